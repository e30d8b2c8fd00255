import type { staff as en } from '../en/staff.js';

export const staff: typeof en = {};
