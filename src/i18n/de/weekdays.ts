import type { weekdays as en } from '../en/weekdays.js';

export const weekdays: typeof en = {};
