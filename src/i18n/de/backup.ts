import type { backup as en } from '../en/backup.js';

export const backup: typeof en = {};
