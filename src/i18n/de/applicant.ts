import type { applicant as en } from '../en/applicant.js';

export const applicant: typeof en = {};
