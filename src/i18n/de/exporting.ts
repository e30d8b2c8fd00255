import type { exporting as en } from '../en/exporting.js';

export const exporting: typeof en = {};
