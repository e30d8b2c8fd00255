import type { booking as en } from '../en/booking.js';

export const booking: typeof en = {};
