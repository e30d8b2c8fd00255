import type { settings as en } from '../en/settings.js';

export const settings: typeof en = {};
