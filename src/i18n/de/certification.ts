import type { certification as en } from '../en/certification.js';

export const certification: typeof en = {};
