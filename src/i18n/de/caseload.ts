import type { caseload as en } from '../en/caseload.js';

export const caseload: typeof en = {};
