import type { stats as en } from '../en/stats.js';

export const stats: typeof en = {};
