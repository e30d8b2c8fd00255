// The monthly absence report (§ 61 SGB II) for every month in which somebody had a seat, due by
// day `absenceReportDay` of the next month. insat does not record that it was sent: listed from
// today on, never as overdue.
import { lastDay } from '../assignment.js';
import { addMonths, isoOf, monthPeriod } from '../dates.js';
import type { MainData } from '../types.js';
import { dueItem, upcoming, type DueItem, type DueWindow } from './item.js';
import { dueSettings } from './settings.js';

export function absenceReportItems(main: MainData, w: DueWindow): DueItem[] {
  const day = dueSettings(main.settings).absenceReportDay;
  const out: DueItem[] = [];
  // the month before today's is the first whose report can still lie ahead
  for (let first = addMonths(`${w.today.slice(0, 7)}-01`, -1); first <= w.to; first = addMonths(first, 1)) {
    const month = first.slice(0, 7);
    const next = addMonths(first, 1);
    const date = isoOf(Number(next.slice(0, 4)), Number(next.slice(5, 7)), day);
    if (!upcoming(date, w)) continue;
    const { from, to } = monthPeriod(month);
    if (!main.assignments.some((a) => a.start <= to && lastDay(a) >= from)) continue;
    out.push(
      dueItem(
        'absence-report',
        date,
        w,
        [],
        (m) => m.due.month(month),
        (m) => m.due.absenceReport(month),
      ),
    );
  }
  return out;
}
