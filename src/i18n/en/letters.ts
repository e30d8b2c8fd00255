// The two letters to the Jobcenter: `insat report absences` and `insat report vacancy` (the PDFs
// themselves are German; these are the command line's words around them).
import type { IsoDate } from '../../model/dates.js';
import { fmt } from './format.js';

const days = (n: number) => fmt.count(n, 'assigned working day', 'assigned working days');

export const letters = {
  absences: {
    description:
      'the monthly absence report (Fehlzeitenmeldung, § 61 SGB II) as a letter: a page per integration officer, or one list (setting absenceReportLayout)',
    optMonth: 'the month',
    optAllowGaps: 'report a month that still has working days nobody booked (they show as not booked)',
    optOut: 'the PDF file, or a directory for Fehlzeitenmeldung_<yyyy-mm>.pdf (default: the current directory)',
    help: `
The figures are those of 'insat absences --month M': per participant the Jobcenter customer number and
the absence days by category (certified sick, sick without a certificate, excused, unexcused, leave)
with their dates and flags; reason categories only, never a diagnosis, never a note. A month with
assigned working days nobody booked is refused (exit 3) with the list of those days, unless --allow-gaps;
so is a month that is not over yet.
'insat config set absenceReportLayout list' prints one list instead of a page per integration officer.`,
    nobody: (month: string) => `nobody has a seat in ${month} — choose another month`,
    notOver: (month: string, last: IsoDate, first: IsoDate) =>
      `${month} is not over (its last day is ${fmt.date(last)}): the report would give the days still ahead as free of absence — write it from ${fmt.date(first)} on`,
    /** One participant's days nobody booked: "p003 2026-11-02, 2026-11-03". */
    unbookedOf: (id: string, dates: readonly IsoDate[]) => `${id} ${dates.map(fmt.date).join(', ')}`,
    gaps: (month: string, n: number, list: readonly string[]) =>
      `${days(n)} of ${month} nobody booked (${list.join('; ')}): the absence report would be incomplete — book them first ('insat hours missing --month ${month}' lists them), or pass --allow-gaps to report them as not booked`,
    gapsReported: (month: string, n: number) =>
      `${days(n)} of ${month} nobody booked: reported as not booked, never as absence`,
  },
  vacancy: {
    description:
      'the notice of free seats (Platzfreimeldung): per area the seats free and from when, seats freeing in 4 and 8 weeks, suitable applicants waiting',
    optDate: 'the day of the notice (default: today)',
    optOut: 'the PDF file, or a directory for Platzfreimeldung_<yyyy-mm-dd>.pdf (default: the current directory)',
  },
  /** `config set absenceReportLayout VALUE` */
  badLayout: (key: string, value: string, layouts: readonly string[]) =>
    `${key} '${value}' is not a layout — use ${fmt.alternatives(layouts)}`,
};
