// Weekly hours change during an assignment (the Jobcenter assigns fewer or more hours from a day on):
// the assignment keeps its first hours and a list of dated changes. Every rule and figure that needs
// the weekly hours reads them through `weeklyHoursOn`, so bookings before a change keep the hours
// that were valid when they were made.
import { lastDay } from './assignment.js';
import { addDays, isoWeekday, type IsoDate } from './dates.js';
import type { Minutes } from './durations.js';
import type { Assignment, Booking } from './types.js';
import { evenDailyMinutes, weekdayMinutesOf, type WeekdayMinutes } from './weekday-pattern.js';
import { violation, type Violation } from './violations.js';

type HoursOf = Pick<Assignment, 'hoursPerWeek' | 'hoursChanges'>;

/** The weekly hours valid on a day: the last change on or before it, else the hours of the start. */
export function weeklyHoursOn(a: HoursOf, date: IsoDate): number {
  let hours = a.hoursPerWeek;
  for (const c of a.hoursChanges ?? []) if (c.from <= date) hours = c.hoursPerWeek;
  return hours;
}

/**
 * The assignment as it stands on a day: the weekly hours valid then, and its weekday distribution for
 * them (a distribution keeps its days; other weekly hours are spread evenly over them).
 */
export function assignmentOn(a: Assignment, date: IsoDate): Assignment {
  const hoursPerWeek = weeklyHoursOn(a, date);
  if (hoursPerWeek === a.hoursPerWeek) return a;
  return { ...a, hoursPerWeek, ...(a.weekdayMinutes ? { weekdayMinutes: weekdayMinutesOf(a, hoursPerWeek) } : {}) };
}

/** The weekday plan valid on a day: the minutes of Monday … Friday, and the minutes of every day when the week is even. */
export interface WeekdayPlan {
  minutes: WeekdayMinutes;
  evenPerDay: Minutes | null;
}

/** The weekday plan of the assignment as it stands on a day (after dated changes of the weekly hours). */
export function weekdayPlanOn(a: Assignment, date: IsoDate): WeekdayPlan {
  const now = assignmentOn(a, date);
  return { minutes: weekdayMinutesOf(now), evenPerDay: evenDailyMinutes(now) };
}

/**
 * The weekly hours that limit the ISO week holding `date`. A change in the middle of a week makes two
 * values valid in that week; the larger one limits it, so no day booked before the change turns into
 * a violation (and the days after it may use the new hours).
 */
export function weekLimitHours(a: HoursOf, date: IsoDate): number {
  if (!a.hoursChanges?.length) return a.hoursPerWeek; // most assignments: no change, no week to look at
  const monday = addDays(date, 1 - isoWeekday(date));
  const sunday = addDays(monday, 6);
  let hours = weeklyHoursOn(a, monday);
  for (const c of a.hoursChanges ?? [])
    if (c.from > monday && c.from <= sunday) hours = Math.max(hours, weeklyHoursOn(a, c.from));
  return hours;
}

/**
 * What a booking on `date` may still carry within the week's limit, in whole quarter hours and at
 * most the minutes wanted; `bookedBesides` is what the week holds apart from that day.
 */
export function minutesThatFitTheWeek(a: HoursOf, date: IsoDate, bookedBesides: Minutes, wanted: Minutes): Minutes {
  const left = Math.max(0, weekLimitHours(a, date) * 60 - bookedBesides);
  return Math.min(left - (left % 15), wanted);
}

/** Every weekly-hours value the assignment ever has (for the programme's bounds). */
export function allWeeklyHours(a: HoursOf): number[] {
  return [a.hoursPerWeek, ...(a.hoursChanges ?? []).map((c) => c.hoursPerWeek)];
}

/**
 * The assignment with `hours` valid from `from` on (until the next recorded change). A change that
 * repeats the hours valid before it is dropped, so setting the old hours again removes a change.
 */
export function withWeeklyHoursFrom(a: Assignment, from: IsoDate, hours: number): Assignment {
  const base = from <= a.start ? hours : a.hoursPerWeek;
  const listed = [...(a.hoursChanges ?? []).filter((c) => c.from !== from && c.from > a.start)];
  if (from > a.start) listed.push({ from, hoursPerWeek: hours });
  listed.sort((x, y) => (x.from < y.from ? -1 : x.from > y.from ? 1 : 0));
  const kept: { from: IsoDate; hoursPerWeek: number }[] = [];
  let valid = base;
  for (const c of listed) {
    if (c.hoursPerWeek === valid) continue;
    kept.push(c);
    valid = c.hoursPerWeek;
  }
  const { hoursChanges: _old, ...rest } = a;
  // new hours from the first day: the weekday distribution keeps its days and adds up to them again,
  // as it does for hours from a later day (assignmentOn)
  const respread = a.weekdayMinutes && base !== a.hoursPerWeek ? { weekdayMinutes: weekdayMinutesOf(a, base) } : {};
  return { ...rest, hoursPerWeek: base, ...respread, ...(kept.length > 0 ? { hoursChanges: kept } : {}) };
}

/**
 * What every stored list of changes keeps (for `insat check`): each change after the first day and not
 * after the end, oldest first, one a day — `weeklyHoursOn` reads the list in that order. (A change after
 * an exit may stay: it is never valid.)
 */
export function hoursChangesViolations(a: Assignment): Violation[] {
  const changes = a.hoursChanges ?? [];
  const wrong = changes.filter(
    (c, i) => c.from <= a.start || c.from > a.until || (i > 0 && c.from <= changes[i - 1]!.from),
  );
  if (wrong.length === 0) return [];
  const days = wrong.map((c) => c.from);
  return [violation('hours-date', (m) => m.check.hoursChanges(a.personId, a.start, a.until, days), [a.personId])];
}

/** A change of the weekly hours must start on a day of the assignment. */
export function hoursChangeDateViolations(a: Assignment, from: IsoDate): Violation[] {
  if (from >= a.start && from <= lastDay(a)) return [];
  return [violation('hours-date', (m) => m.corrections.hoursDate(a.personId, from, a.start, lastDay(a)), [a.personId])];
}

/**
 * Weeks from `from` on whose booked hours exceed the new weekly hours: the change is refused until
 * those bookings are corrected (bookings of weeks before the change keep their hours).
 */
export function bookedAboveHoursViolations(a: Assignment, from: IsoDate, bookings: readonly Booking[]): Violation[] {
  const firstMonday = addDays(from, 1 - isoWeekday(from));
  const weeks = new Map<IsoDate, Minutes>();
  for (const b of bookings) {
    if (b.participantId !== a.personId || b.date < firstMonday || b.date < a.start || b.date > lastDay(a)) continue;
    const monday = addDays(b.date, 1 - isoWeekday(b.date));
    weeks.set(monday, (weeks.get(monday) ?? 0) + b.minutes);
  }
  const over = [...weeks]
    .filter(([monday, minutes]) => minutes > weekLimitHours(a, monday) * 60)
    .sort(([x], [y]) => (x < y ? -1 : 1));
  if (over.length === 0) return [];
  const shown = over.slice(0, 6);
  return [
    violation(
      'weekly-hours',
      (m) =>
        m.corrections.bookedAboveHours(
          a.personId,
          shown.map(([monday, minutes]) =>
            m.corrections.weekOver(monday, addDays(monday, 6), minutes, weekLimitHours(a, monday)),
          ),
          over.length - shown.length,
        ),
      [a.personId],
    ),
  ];
}
