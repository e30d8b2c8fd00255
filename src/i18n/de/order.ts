import type { order as en } from '../en/order.js';

export const order: typeof en = {};
