import type { occupancy as en } from '../en/occupancy.js';

export const occupancy: typeof en = {};
