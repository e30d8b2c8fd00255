// Attendance of one person over a period, day by day and summed: the figures of the attendance
// sheet (Anwesenheitsliste) and of the progress report. Pure: plain data in, plain data out.
import { instructorNamesDuring } from './staff.js';
import { areaOn, assignmentsOf, coversDay, lastDay } from './assignment.js';
import { eachDay, isoWeekday, maxDate, minDate, monthPeriod, type IsoDate } from './dates.js';
import { evenDailyMinutes, plannedMinutesOfWeekday, weekdayMinutesOf, type WeekdayMinutes } from './weekday-pattern.js';
import { holidayName, isWorkingDay } from './holidays.js';
import type { Minutes } from './durations.js';
import { ABSENCE_CODES, type AbsenceCode, type Area, type Assignment, type Booking, type MainData } from './types.js';
import { compareText } from './compare.js';
import { groupBy } from './collections.js';
import { assignmentOn, weeklyHoursOn } from './weekly-hours.js';

/** German labels of the absence codes, as printed on documents for the Jobcenter. */
export const ABSENCE_LABELS_DE: Record<AbsenceCode, string> = {
  sick: 'krank ohne AU',
  'sick-certified': 'krank mit AU',
  excused: 'entschuldigt',
  holiday: 'Urlaub',
  unexcused: 'unentschuldigt',
  closed: 'Schließtag',
};

/** `off`: a working day the person's weekday distribution plans no hours for — not an assigned working day. */
export type DayKind = 'working' | 'off' | 'weekend' | 'holiday' | 'closing' | 'outside';

export interface AttendanceDay {
  date: IsoDate;
  /** 1 = Monday … 7 = Sunday */
  weekday: number;
  /** `outside`: no assignment covers the day (before the start, after the end or exit). */
  kind: DayKind;
  holiday: string | null;
  plannedMinutes: Minutes;
  minutes: Minutes;
  absence: AbsenceCode | null;
  /** A booking exists for the day (worked or absent). */
  booked: boolean;
}

export interface MonthAttendance {
  month: string;
  plannedMinutes: Minutes;
  workedMinutes: Minutes;
}

export interface AttendanceSummary {
  from: IsoDate;
  to: IsoDate;
  /** Working days covered by an assignment. */
  workingDays: number;
  plannedMinutes: Minutes;
  workedMinutes: Minutes;
  /** Days with worked time. */
  presentDays: number;
  absenceDays: Record<AbsenceCode, number>;
  unexcusedDates: IsoDate[];
  /** Working days with a seat before today that nobody booked: "nicht erfasst", neither present nor absent. */
  unbookedDates: IsoDate[];
  months: MonthAttendance[];
}

function dayKind(date: IsoDate, covered: boolean, closingDays: readonly IsoDate[]): DayKind {
  if (!covered) return 'outside';
  if (isoWeekday(date) >= 6) return 'weekend';
  if (holidayName(date)) return 'holiday';
  return isWorkingDay(date, closingDays) ? 'working' : 'closing';
}

/**
 * Every day from `from` to `to` for one person: whether an assignment covers it, what was planned
 * and what was booked. `assignments` may be all of the store's; only the person's are used.
 */
export function attendanceDays(
  personId: string,
  assignments: readonly Assignment[],
  bookings: readonly Booking[],
  closingDays: readonly IsoDate[],
  from: IsoDate,
  to: IsoDate,
): AttendanceDay[] {
  const mine = assignmentsOf(assignments, personId);
  const booked = new Map<IsoDate, Booking>();
  for (const b of bookings) if (b.participantId === personId && b.date >= from && b.date <= to) booked.set(b.date, b);
  const out: AttendanceDay[] = [];
  for (const date of eachDay(from, to)) {
    const a = mine.find((x) => coversDay(x, date));
    const planned = a ? plannedMinutesOfWeekday(a, date, weeklyHoursOn(a, date)) : 0;
    let kind = dayKind(date, Boolean(a), closingDays);
    if (kind === 'working' && planned === 0) kind = 'off';
    const b = booked.get(date);
    out.push({
      date,
      weekday: isoWeekday(date),
      kind,
      holiday: holidayName(date),
      plannedMinutes: kind === 'working' ? planned : 0,
      minutes: b?.minutes ?? 0,
      absence: b?.absence ?? null,
      booked: b !== undefined,
    });
  }
  return out;
}

/** A working day with a seat, before today, that nobody booked. */
export function isUnbooked(d: AttendanceDay, today?: IsoDate): boolean {
  return d.kind === 'working' && !d.booked && (today === undefined || d.date < today);
}

export function emptyAbsenceCounts(): Record<AbsenceCode, number> {
  return Object.fromEntries(ABSENCE_CODES.map((c) => [c, 0])) as Record<AbsenceCode, number>;
}

/** Sums the days; with `today`, the working days before it without a booking are the unbooked ones. */
export function summarizeAttendance(days: readonly AttendanceDay[], today?: IsoDate): AttendanceSummary {
  const absenceDays = emptyAbsenceCounts();
  const months = new Map<string, MonthAttendance>();
  const s: AttendanceSummary = {
    from: days[0]?.date ?? '',
    to: days[days.length - 1]?.date ?? '',
    workingDays: 0,
    plannedMinutes: 0,
    workedMinutes: 0,
    presentDays: 0,
    absenceDays,
    unexcusedDates: [],
    unbookedDates: [],
    months: [],
  };
  for (const d of days) {
    const key = d.date.slice(0, 7);
    let m = months.get(key);
    if (!m) {
      m = { month: key, plannedMinutes: 0, workedMinutes: 0 };
      months.set(key, m);
    }
    if (d.kind === 'working') s.workingDays++;
    if (isUnbooked(d, today)) s.unbookedDates.push(d.date);
    s.plannedMinutes += d.plannedMinutes;
    m.plannedMinutes += d.plannedMinutes;
    s.workedMinutes += d.minutes;
    m.workedMinutes += d.minutes;
    if (d.minutes > 0) s.presentDays++;
    if (d.absence) {
      absenceDays[d.absence]++;
      if (d.absence === 'unexcused') s.unexcusedDates.push(d.date);
    }
  }
  s.months = [...months.values()];
  return s;
}

/** The days of a period an assignment of the person covers: [first, last] or null. */
export function coveredSpan(
  personId: string,
  assignments: readonly Assignment[],
  from: IsoDate,
  to: IsoDate,
): { from: IsoDate; to: IsoDate } | null {
  let span: { from: IsoDate; to: IsoDate } | null = null;
  for (const a of assignmentsOf(assignments, personId)) {
    const f = maxDate(a.start, from);
    const t = minDate(lastDay(a), to);
    if (f > t) continue;
    span = span ? { from: minDate(span.from, f), to: maxDate(span.to, t) } : { from: f, to: t };
  }
  return span;
}

/** One person's month on the attendance sheet (Anwesenheitsliste) they sign. */
export interface AttendanceSheet {
  month: string;
  person: { id: string; name: string };
  /** The areas of the month, in order. */
  areas: Area[];
  instructors: string[];
  hoursPerWeek: number;
  /** Planned minutes of Monday … Friday (the weekday distribution). */
  weekdayMinutes: WeekdayMinutes;
  /** The same planned minutes every weekday (Monday to Friday evenly), or null for another distribution. */
  plannedMinutesPerDay: Minutes | null;
  assignment: { start: IsoDate; lastDay: IsoDate; jobcenterRef: string };
  days: AttendanceDay[];
  summary: AttendanceSummary;
}

/**
 * The sheets of a month: everybody with a seat on at least one day of it (or only `personId`),
 * sorted by name; people whose personal data has been purged are left out.
 */
export function attendanceSheets(
  main: MainData,
  bookings: readonly Booking[],
  month: string,
  personId?: string,
  today?: IsoDate,
): AttendanceSheet[] {
  const { from, to } = monthPeriod(month);
  const inMonth = main.assignments.filter(
    (a) => (!personId || a.personId === personId) && a.start <= to && lastDay(a) >= from,
  );
  const byPerson = groupBy(inMonth, (a) => a.personId);
  const sheets: AttendanceSheet[] = [];
  for (const [id, mine] of byPerson) {
    const person = main.people.find((p) => p.id === id)!;
    if (person.purged) continue; // personal data deleted: nobody left to sign
    const a = mine.sort((x, y) => compareText(x.start, y.start))[mine.length - 1]!;
    const days = attendanceDays(id, mine, bookings, main.settings.closingDays, from, to);
    const now = assignmentOn(a, minDate(to, lastDay(a)));
    const areas: Area[] = [];
    for (const d of days) {
      const covering = mine.find((x) => coversDay(x, d.date));
      const area = covering ? areaOn(covering, d.date) : null;
      if (area && areas[areas.length - 1] !== area) areas.push(area);
    }
    sheets.push({
      month,
      person: { id, name: person.name },
      areas,
      instructors: [...new Set(areas.flatMap((ar) => instructorNamesDuring(main.staff, ar, from, to)))],
      hoursPerWeek: now.hoursPerWeek,
      weekdayMinutes: weekdayMinutesOf(now),
      plannedMinutesPerDay: evenDailyMinutes(now),
      assignment: { start: a.start, lastDay: lastDay(a), jobcenterRef: a.jobcenterRef },
      days,
      summary: summarizeAttendance(days, today),
    });
  }
  return sheets.sort(
    (x, y) => x.person.name.localeCompare(y.person.name, 'de') || compareText(x.person.id, y.person.id),
  );
}
