import type { history as en } from '../en/history.js';

export const history: typeof en = {};
