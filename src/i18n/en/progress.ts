// The rules of a progress report (src/model/progress.ts).
import type { IsoDate } from '../../model/dates.js';
import { fmt } from './format.js';

export const progress = {
  purged: (id: string) => `the personal data of ${id} has been purged — no progress report can be written`,
  notStarted: (id: string, start: IsoDate) =>
    `the assignment of ${id} starts on ${fmt.date(start)} — a progress report can be written from that day on`,
  outsideAssignment: (from: IsoDate, to: IsoDate, id: string, start: IsoDate, last: IsoDate) =>
    `the period ${fmt.range(from, to)} lies outside the assignment of ${id} (${fmt.range(start, last)}) — choose days of the assignment`,
};
