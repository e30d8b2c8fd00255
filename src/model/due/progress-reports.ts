// Progress reports (Verlaufsberichte) every `progressReportMonths` months from the start of an
// assignment, each due on the last day of its interval (§ 188 BGB: 6 months from 31 August end on
// the last day of February). The report at the end is the final report of `assignment-end`, so an
// interval that ends once that is due asks for none. insat does not record written reports: an
// interval's report is listed from today on, never as overdue.
import { periodEnd } from '../agh-cap.js';
import { lastDay } from '../assignment.js';
import { addDays } from '../dates.js';
import type { MainData } from '../types.js';
import { dueItem, upcoming, type DueItem, type DueWindow } from './item.js';
import { nameOf } from './names.js';
import { dueSettings } from './settings.js';

export function progressReportItems(main: MainData, w: DueWindow): DueItem[] {
  const { progressReportMonths: months, assignmentEndWeeks: weeks } = dueSettings(main.settings);
  const name = nameOf(main);
  const out: DueItem[] = [];
  for (const a of main.assignments) {
    const last = lastDay(a);
    if (last < w.today || a.start > w.to) continue;
    const finalDue = a.exit ? last : addDays(a.until, -7 * weeks);
    for (let k = 1; ; k++) {
      const date = periodEnd(a.start, k * months);
      if (date >= finalDue || date > w.to) break;
      if (!upcoming(date, w)) continue;
      const from = k === 1 ? a.start : addDays(periodEnd(a.start, (k - 1) * months), 1);
      out.push(
        dueItem('progress-report', date, w, [a.personId], name(a.personId), (m) =>
          m.due.progressReport(a.personId, from, date),
        ),
      );
    }
  }
  return out;
}
