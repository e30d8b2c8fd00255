import type { pay as en } from '../en/pay.js';

export const pay: typeof en = {};
