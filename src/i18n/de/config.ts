import type { config as en } from '../en/config.js';

export const config: typeof en = {};
