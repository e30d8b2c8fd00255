import type { plan as en } from '../en/plan.js';

export const plan: typeof en = {};
