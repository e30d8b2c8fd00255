// Before an assignment ends the Jobcenter needs a final report or a request to extend it
// (DOMAIN.md "deadlines"): due `assignmentEndWeeks` weeks before the end. Open until the end passes;
// an exit recorded or a following assignment of the person settles it.
import { addDays } from '../dates.js';
import type { MainData } from '../types.js';
import { dueItem, type DueItem, type DueWindow } from './item.js';
import { nameOf } from './names.js';
import { dueSettings } from './settings.js';

export function assignmentEndItems(main: MainData, w: DueWindow): DueItem[] {
  const weeks = dueSettings(main.settings).assignmentEndWeeks;
  const name = nameOf(main);
  const out: DueItem[] = [];
  for (const a of main.assignments) {
    if (a.exit || a.until < w.today) continue;
    const date = addDays(a.until, -7 * weeks);
    if (date > w.to) continue;
    if (main.assignments.some((b) => b.personId === a.personId && b.start > a.start)) continue;
    out.push(
      dueItem('assignment-end', date, w, [a.personId], name(a.personId), (m) => m.due.assignmentEnd(a.until, weeks)),
    );
  }
  return out;
}
