// The monthly absence report as a letter to the Jobcenter (§ 61 SGB II): the figures of `insat
// absences` (absenceReport), arranged for the integration officers — one section per officer, or
// one list (setting `absenceReportLayout`). A line carries what the Jobcenter may read: customer
// number, name, the days by category with their dates, the flags; never a diagnosis (the booking
// codes are categories only) and never a note.
import type { AbsenceFlag, AbsenceReport } from './absences.js';
import { lastDay } from './assignment.js';
import { compareText } from './compare.js';
import { addDays, monthPeriod, type IsoDate } from './dates.js';
import { violation, type Violation } from './violations.js';
import type { AbsenceCode, AbsenceReportLayout, Assignment, MainData, Settings } from './types.js';

/**
 * The report to the Jobcenter covers a month that is over: of a month still running (or to come)
 * it would report the days ahead as free of absence.
 */
export function reportMonthViolations(month: string, today: IsoDate): Violation[] {
  const { to } = monthPeriod(month);
  if (to < today) return [];
  const from = addDays(to, 1);
  return [violation('month-not-over', (m) => m.letters.absences.notOver(month, to, from), [])];
}

export function absenceReportLayout(settings: Settings): AbsenceReportLayout {
  return settings.absenceReportLayout ?? 'per-officer';
}

/** The categories the letter prints, in this order; closing days are the provider's and stay out. */
export const LETTER_CATEGORIES = ['certified-sick', 'sick-no-certificate', 'excused', 'unexcused', 'leave'] as const;
export type LetterCategory = (typeof LETTER_CATEGORIES)[number];

const CODE_OF: Record<LetterCategory, AbsenceCode> = {
  'certified-sick': 'sick-certified',
  'sick-no-certificate': 'sick',
  excused: 'excused',
  unexcused: 'unexcused',
  leave: 'holiday',
};

/** Consecutive calendar days, e.g. 2–4 November. */
export interface DayRun {
  from: IsoDate;
  to: IsoDate;
}

export interface LetterLine {
  id: string;
  name: string;
  jobcenterCustomerNo: string;
  jobcenterRef: string;
  officer: string;
  days: Record<LetterCategory, number>;
  dates: Record<LetterCategory, DayRun[]>;
  flags: AbsenceFlag[];
  /** Working days nobody booked (only with --allow-gaps): "nicht erfasst", never an absence. */
  unbooked: DayRun[];
}

export interface LetterSection {
  /** The integration officer ('' when the assignment names none); null in the list layout. */
  officer: string | null;
  lines: LetterLine[];
}

/** The days of each category summed over lines (a section's "Summe" row). */
export function letterTotals(lines: readonly LetterLine[]): Record<LetterCategory, number> {
  return Object.fromEntries(LETTER_CATEGORIES.map((c) => [c, lines.reduce((n, l) => n + l.days[c], 0)])) as Record<
    LetterCategory,
    number
  >;
}

export interface AbsenceLetter {
  month: string;
  from: IsoDate;
  to: IsoDate;
  layout: AbsenceReportLayout;
  sections: LetterSection[];
  totals: Record<LetterCategory, number>;
  closingDays: number;
}

/** Sorted days in runs of consecutive calendar days. */
export function dayRuns(dates: readonly IsoDate[]): DayRun[] {
  const runs: DayRun[] = [];
  for (const d of [...dates].sort(compareText)) {
    const last = runs[runs.length - 1];
    if (last && addDays(last.to, 1) === d) last.to = d;
    else runs.push({ from: d, to: d });
  }
  return runs;
}

/** The person's assignment the report is about: the last one that reaches into the month. */
function assignmentInMonth(main: MainData, id: string, from: IsoDate, to: IsoDate): Assignment | undefined {
  return main.assignments
    .filter((a) => a.personId === id && a.start <= to && lastDay(a) >= from)
    .sort((x, y) => compareText(x.start, y.start))
    .pop();
}

const byName = (x: LetterLine, y: LetterLine) => x.name.localeCompare(y.name, 'de') || compareText(x.id, y.id);

export function absenceLetter(main: MainData, report: AbsenceReport, layout: AbsenceReportLayout): AbsenceLetter {
  const people = new Map(main.people.map((p) => [p.id, p]));
  const lines = report.participants.map((p): LetterLine => {
    const a = assignmentInMonth(main, p.id, report.from, report.to);
    const of = (c: LetterCategory) => p.days.filter((d) => d.category === c).map((d) => d.date);
    return {
      id: p.id,
      name: p.name,
      jobcenterCustomerNo: people.get(p.id)?.jobcenterCustomerNo ?? '',
      jobcenterRef: a?.jobcenterRef ?? '',
      officer: a?.integrationOfficer.trim() ?? '',
      days: Object.fromEntries(LETTER_CATEGORIES.map((c) => [c, p.absences[CODE_OF[c]]])) as Record<
        LetterCategory,
        number
      >,
      dates: Object.fromEntries(LETTER_CATEGORIES.map((c) => [c, dayRuns(of(c))])) as Record<LetterCategory, DayRun[]>,
      flags: p.flags,
      unbooked: dayRuns(p.unbookedDates),
    };
  });
  let sections: LetterSection[];
  if (layout === 'list') sections = [{ officer: null, lines: lines.sort(byName) }];
  else {
    const officers = [...new Set(lines.map((l) => l.officer))].sort(
      (x, y) => Number(x === '') - Number(y === '') || x.localeCompare(y, 'de'),
    );
    sections = officers.map((officer) => ({ officer, lines: lines.filter((l) => l.officer === officer).sort(byName) }));
  }
  return {
    month: report.month,
    from: report.from,
    to: report.to,
    layout,
    sections,
    totals: letterTotals(lines),
    closingDays: report.totals.closed,
  };
}
