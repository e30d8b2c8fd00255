import type { check as en } from '../en/check.js';

export const check: typeof en = {};
