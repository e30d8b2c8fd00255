// The annual application for the next year, due every year on `applicationDeadline` (MM-DD;
// 02-29 falls on 28 February in a common year). Listed from today on.
import { monthDayIn } from '../dates.js';
import type { MainData } from '../types.js';
import { dueItem, upcoming, type DueItem, type DueWindow } from './item.js';
import { dueSettings } from './settings.js';

export function applicationItems(main: MainData, w: DueWindow): DueItem[] {
  const deadline = dueSettings(main.settings).applicationDeadline;
  const out: DueItem[] = [];
  for (let year = Number(w.today.slice(0, 4)); year <= Number(w.to.slice(0, 4)); year++) {
    const date = monthDayIn(year, deadline);
    if (upcoming(date, w))
      out.push(dueItem('application', date, w, [], String(year + 1), (m) => m.due.application(year + 1)));
  }
  return out;
}
