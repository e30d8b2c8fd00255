import type { input as en } from '../en/input.js';

export const input: typeof en = {};
