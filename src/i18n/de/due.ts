import type { due as en } from '../en/due.js';

export const due: typeof en = {};
