import type { init as en } from '../en/init.js';

export const init: typeof en = {};
