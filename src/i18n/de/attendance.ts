import type { attendance as en } from '../en/attendance.js';

export const attendance: typeof en = {};
