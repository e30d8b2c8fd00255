// The monthly absence report (§ 61 SGB II) for every month in which somebody had a seat, due by
// day `absenceReportDay` of the next month. insat does not record that it was sent: listed from
// today on, never as overdue.
import { lastDay } from '../assignment.js';
import { addMonths, isoOf, monthPeriod, type IsoDate } from '../dates.js';
import type { MainData, Settings } from '../types.js';
import { dueItem, upcoming, type DueItem, type DueWindow } from './item.js';
import { dueSettings } from './settings.js';

/** The day the absence report of a month (YYYY-MM) is due: day `absenceReportDay` of the next month. */
export function absenceReportDue(settings: Settings, month: string): IsoDate {
  const next = addMonths(`${month}-01`, 1);
  return isoOf(Number(next.slice(0, 4)), Number(next.slice(5, 7)), dueSettings(settings).absenceReportDay);
}

export function absenceReportItems(main: MainData, w: DueWindow): DueItem[] {
  const out: DueItem[] = [];
  // the month before today's is the first whose report can still lie ahead
  for (let first = addMonths(`${w.today.slice(0, 7)}-01`, -1); first <= w.to; first = addMonths(first, 1)) {
    const month = first.slice(0, 7);
    const date = absenceReportDue(main.settings, month);
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
