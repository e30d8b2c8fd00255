import type { group as en } from '../en/group.js';

export const group: typeof en = {};
