import type { corrections as en } from '../en/corrections.js';

export const corrections: typeof en = {};
