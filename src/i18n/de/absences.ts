import type { absences as en } from '../en/absences.js';

export const absences: typeof en = {};
