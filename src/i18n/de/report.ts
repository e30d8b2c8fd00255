import type { report as en } from '../en/report.js';

export const report: typeof en = {};
