import type { participant as en } from '../en/participant.js';

export const participant: typeof en = {};
