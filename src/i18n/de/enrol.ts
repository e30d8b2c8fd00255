import type { enrol as en } from '../en/enrol.js';

export const enrol: typeof en = {};
