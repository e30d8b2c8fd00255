import type { letters as en } from '../en/letters.js';

export const letters: typeof en = {};
