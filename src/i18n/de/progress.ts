import type { progress as en } from '../en/progress.js';

export const progress: typeof en = {};
