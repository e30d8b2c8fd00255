import type { hours as en } from '../en/hours.js';

export const hours: typeof en = {};
