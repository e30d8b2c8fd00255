import type { note as en } from '../en/note.js';

export const note: typeof en = {};
