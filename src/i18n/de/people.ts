import type { people as en } from '../en/people.js';

export const people: typeof en = {};
