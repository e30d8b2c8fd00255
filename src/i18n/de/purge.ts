import type { purge as en } from '../en/purge.js';

export const purge: typeof en = {};
