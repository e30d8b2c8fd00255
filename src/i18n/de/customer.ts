import type { customer as en } from '../en/customer.js';

export const customer: typeof en = {};
