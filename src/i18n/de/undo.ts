import type { undo as en } from '../en/undo.js';

export const undo: typeof en = {};
