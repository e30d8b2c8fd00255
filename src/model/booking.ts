// The rules of booking hours and absences (DOMAIN.md): only inside the person's assignment and never
// in the future, at most the daily maximum, the ISO week's worked hours never above the person's
// weekly hours, worked hours on other than working days only when forced, one booking a day.
// Each function returns violations (empty = allowed); none throws.
import { coversDay, lastDay } from './assignment.js';
import { addDays, dayNumber, fromDayNumber, isoWeekday, type IsoDate } from './dates.js';
import { holidayName, isWorkingDay } from './holidays.js';
import { isQuarterHour, type Minutes } from './durations.js';
import type { Assignment, Booking, MainData, Settings } from './types.js';
import { violation, type Violation } from './violations.js';
import type { Text } from '../i18n/text.js';
import { compareText } from './compare.js';
import { groupBy } from './collections.js';
import { evenSplit, patternText, plannedMinutesOfWeekday, weekdayMinutesOf } from './weekday-pattern.js';
import { weekLimitHours, weeklyHoursOn } from './weekly-hours.js';

/** What the rules need to know besides the bookings. */
export interface BookingRules {
  settings: Settings;
  assignments: readonly Assignment[];
  today: IsoDate;
}

/** Planned hours of a day: weekly hours ÷ 5, rounded down to the quarter hour (the even week's rule). */
export function plannedDailyMinutes(hoursPerWeek: number): Minutes {
  return evenSplit(hoursPerWeek * 60, [1, 2, 3, 4, 5])[0]!;
}

/**
 * The minutes a roster books "as planned" on a day: the weekday's share of the hours valid that day;
 * on a weekend (booked only when forced) the weekly hours ÷ 5, as the distribution plans nothing there.
 */
export function minutesAsPlanned(a: Assignment, date: IsoDate): Minutes {
  const hours = weeklyHoursOn(a, date);
  if (isoWeekday(date) >= 6) return plannedDailyMinutes(hours);
  return plannedMinutesOfWeekday(a, date, hours);
}

/** Monday and Sunday of the ISO week that holds a day (the week may span two calendar years). */
export function isoWeekSpan(date: IsoDate): { from: IsoDate; to: IsoDate } {
  const monday = addDays(date, 1 - isoWeekday(date));
  return { from: monday, to: addDays(monday, 6) };
}

/** Why a day is no working day: a weekend day, a public holiday (by name) or a closing day. */
export type NonWorkingDay =
  { kind: 'saturday' | 'sunday' | 'closing'; holiday?: undefined } | { kind: 'holiday'; holiday: string };

/** Why a day is no working day, or null when it is one (`m.booking.nonWorking` says it in words). */
export function nonWorkingDay(date: IsoDate, closingDays: readonly IsoDate[]): NonWorkingDay | null {
  if (isWorkingDay(date, closingDays)) return null;
  const wd = isoWeekday(date);
  if (wd === 6) return { kind: 'saturday' };
  if (wd === 7) return { kind: 'sunday' };
  const holiday = holidayName(date);
  if (holiday) return { kind: 'holiday', holiday };
  return { kind: 'closing' };
}

/** Why a day is no working day, in English words, or null (kept for callers not yet speaking through the catalogue). */
export function nonWorkingReason(date: IsoDate, closingDays: readonly IsoDate[]): string | null {
  const why = nonWorkingDay(date, closingDays);
  if (!why) return null;
  if (why.kind === 'saturday') return 'a Saturday';
  if (why.kind === 'sunday') return 'a Sunday';
  if (why.kind === 'holiday') return `a public holiday (${why.holiday})`;
  return 'a closing day of the provider';
}

/**
 * The bookings the rules look at, by participant and day. Batches (a roster, an import) add their
 * bookings one by one, so that each is checked against the store and the batch's earlier ones.
 */
export class BookingIndex {
  private readonly byPerson = new Map<string, Map<IsoDate, Booking>>();

  constructor(bookings: Iterable<Booking> = []) {
    for (const b of bookings) this.set(b);
  }

  get(participantId: string, date: IsoDate): Booking | undefined {
    return this.byPerson.get(participantId)?.get(date);
  }

  set(b: Booking): void {
    let days = this.byPerson.get(b.participantId);
    if (!days) this.byPerson.set(b.participantId, (days = new Map()));
    days.set(b.date, b);
  }

  /** Worked minutes of the person in the ISO week of `date`, leaving out the day `date` itself. */
  weekMinutesBesides(participantId: string, date: IsoDate): Minutes {
    const days = this.byPerson.get(participantId);
    if (!days) return 0;
    const monday = dayNumber(date) - (isoWeekday(date) - 1);
    let sum = 0;
    for (let n = monday; n < monday + 7; n++) {
      const d = fromDayNumber(n);
      if (d !== date) sum += days.get(d)?.minutes ?? 0;
    }
    return sum;
  }
}

/** The person's assignments, by person id (built once for a batch or the whole store). */
export function assignmentsByPerson(assignments: readonly Assignment[]): Map<string, Assignment[]> {
  const out = groupBy(assignments, (a) => a.personId);
  for (const list of out.values()) list.sort((x, y) => compareText(x.start, y.start));
  return out;
}

/** The shape of a booking itself: quarter hours, worked time or an absence but not both. */
export function bookingShapeViolations(b: Booking): Violation[] {
  // `insat check` asks this of every booking: nothing is built for a booking in good shape
  const out: Violation[] = [];
  if (b.absence !== null && b.minutes !== 0)
    out.push(
      violation('booking-shape', (m) => m.booking.absenceWithMinutes(b.participantId, b.date, b.minutes), [
        b.participantId,
      ]),
    );
  if (b.absence === null && b.minutes <= 0)
    out.push(violation('booking-shape', (m) => m.booking.noHours(b.participantId, b.date), [b.participantId]));
  if (!isQuarterHour(b.minutes))
    out.push(
      violation('quarter-hour', (m) => m.booking.quarterHour(b.participantId, b.minutes, b.date), [b.participantId]),
    );
  return out;
}

/** Inside an assignment (start to end or exit) and not in the future. */
export function periodViolations(b: Booking, mine: readonly Assignment[], today: IsoDate | null): Violation[] {
  if (today !== null && b.date > today) {
    return [violation('booking-future', (m) => m.booking.future(b.participantId, b.date), [b.participantId])];
  }
  if (mine.length === 0)
    return [violation('booking-period', (m) => m.booking.neverEnrolled(b.participantId), [b.participantId])];
  for (const a of mine) if (coversDay(a, b.date)) return [];
  const spans = mine.map((a) => ({ from: a.start, to: lastDay(a) }));
  return [
    violation('booking-period', (m) => m.booking.noAssignment(b.participantId, b.date, spans), [b.participantId]),
  ];
}

export function dailyMaxViolations(b: Booking, settings: Settings): Violation[] {
  if (b.minutes <= settings.dailyMaxMinutes) return [];
  return [
    violation('daily-maximum', (m) => m.booking.dailyMax(b.participantId, b, b.date, settings.dailyMaxMinutes), [
      b.participantId,
    ]),
  ];
}

export function workingDayViolations(b: Booking, settings: Settings, assignment?: Assignment): Violation[] {
  if (b.absence !== null) return absenceDayViolations(b, settings, assignment);
  if (b.minutes === 0 || b.forced) return [];
  const why = nonWorkingDay(b.date, settings.closingDays);
  if (!why) return [];
  return [violation('working-day', (m) => m.booking.workingDay(b.participantId, b.date, why), [b.participantId])];
}

/**
 * Leave, excused and unexcused absences fall on working days only, closing days on weekdays that
 * are no public holiday — and all of them only on weekdays the person's distribution plans hours
 * for (`assignment`, the one covering the day); a sickness may be booked on any day of the assignment.
 */
export function absenceDayViolations(b: Booking, settings: Settings, assignment?: Assignment): Violation[] {
  if (b.absence === null || b.absence === 'sick' || b.absence === 'sick-certified') return [];
  const why = nonWorkingDay(b.date, b.absence === 'closed' ? [] : settings.closingDays);
  const absence = b.absence;
  if (!why) {
    if (!assignment || plannedMinutesOfWeekday(assignment, b.date, weeklyHoursOn(assignment, b.date)) > 0) return [];
    const pattern = patternText(weekdayMinutesOf(assignment));
    return [
      violation(
        'absence-day',
        (m) => m.weekdays.absenceOnFreeDay(b.participantId, b.date, isoWeekday(b.date), pattern, absence),
        [b.participantId],
      ),
    ];
  }
  return [
    violation('absence-day', (m) => m.booking.absenceDay(b.participantId, b.date, why, absence), [b.participantId]),
  ];
}

/**
 * The weekly-hours rule, once: the worked minutes of an ISO week never above the weekly hours of
 * the assignment. With `booking`, the message speaks of the booking that would break it.
 */
export function weeklyHoursViolations(
  participantId: string,
  dayOfWeek: IsoDate,
  workedMinutes: Minutes,
  limitMinutes: Minutes,
  booking?: { b: Booking; otherDaysMinutes: Minutes },
): Violation[] {
  if (workedMinutes <= limitMinutes) return [];
  const week = isoWeekSpan(dayOfWeek);
  const message: Text = booking
    ? (m) =>
        m.booking.weeklyWouldMake(
          participantId,
          booking.b,
          booking.b.date,
          workedMinutes,
          week.from,
          week.to,
          limitMinutes,
          Math.max(0, limitMinutes - booking.otherDaysMinutes),
        )
    : (m) => m.booking.weeklyBooked(participantId, workedMinutes, week.from, week.to, limitMinutes);
  return [violation('weekly-hours', message, [participantId])];
}

/** One booking: the ISO week's worked minutes (other days + this one) against the person's weekly hours. */
export function weeklyViolations(
  b: Booking,
  otherDaysMinutes: Minutes,
  assignment: Assignment | undefined,
): Violation[] {
  if (!assignment || b.minutes === 0) return [];
  return weeklyHoursViolations(
    b.participantId,
    b.date,
    otherDaysMinutes + b.minutes,
    weekLimitHours(assignment, b.date) * 60,
    {
      b,
      otherDaysMinutes,
    },
  );
}

export function duplicateViolations(b: Booking, existing: Booking | undefined, replace: boolean): Violation[] {
  if (!existing || replace) return [];
  return [
    violation('booking-duplicate', (m) => m.booking.duplicate(b.participantId, b.date, existing), [b.participantId]),
  ];
}

function check(
  b: Booking,
  rules: BookingRules,
  mine: readonly Assignment[],
  index: BookingIndex,
  replace: boolean,
): Violation[] {
  const shape = bookingShapeViolations(b);
  const period = periodViolations(b, mine, rules.today);
  if (shape.length > 0 || period.length > 0) return [...shape, ...period];
  const assignment = mine.find((a) => coversDay(a, b.date));
  return [
    ...duplicateViolations(b, index.get(b.participantId, b.date), replace),
    ...dailyMaxViolations(b, rules.settings),
    ...workingDayViolations(b, rules.settings, assignment),
    ...weeklyViolations(b, index.weekMinutesBesides(b.participantId, b.date), assignment),
  ];
}

/**
 * May this one booking be stored? `existing` are stored bookings (at least the person's bookings of
 * the ISO week of the day — bookings of both calendar years when the week spans two).
 */
export function bookingViolations(
  b: Booking,
  rules: BookingRules,
  existing: Iterable<Booking>,
  replace = false,
): Violation[] {
  const mine = rules.assignments
    .filter((a) => a.personId === b.participantId)
    .sort((x, y) => compareText(x.start, y.start));
  return check(b, rules, mine, new BookingIndex(existing), replace);
}

export interface BatchItem {
  violations: Violation[];
  /** Index of an earlier item of the same batch for the same person and day. */
  duplicateOf: number | null;
}

/**
 * Checks a batch (a roster booking, an import) item by item, each against the store and the
 * batch's earlier items that were allowed: duplicates within the batch and weekly sums that
 * include the batch's other bookings are found. The batch is stored only when no item has a problem.
 */
export function batchViolations(
  batch: readonly Booking[],
  rules: BookingRules,
  existing: Iterable<Booking>,
  replace = false,
): BatchItem[] {
  const index = new BookingIndex(existing);
  const byPerson = assignmentsByPerson(rules.assignments);
  const seen = new Map<string, number>();
  return batch.map((b, i) => {
    const key = `${b.participantId}|${b.date}`;
    const first = seen.get(key);
    if (first !== undefined) {
      return {
        duplicateOf: first,
        violations: [
          violation('booking-duplicate', (m) => m.booking.duplicateInBatch(b.participantId, b.date), [b.participantId]),
        ],
      };
    }
    seen.set(key, i);
    const violations = check(b, rules, byPerson.get(b.participantId) ?? [], index, replace);
    if (violations.length === 0) index.set(b);
    return { duplicateOf: null, violations };
  });
}

/**
 * Every stored booking against the rules, for `insat check`: shape, period (and, given `today`,
 * the future), duplicates, daily maximum, working days and the weekly hours of each ISO week.
 */
export function storeBookingViolations(
  main: MainData,
  bookings: readonly Booking[],
  today: IsoDate | null = null,
): Violation[] {
  const byPerson = assignmentsByPerson(main.assignments);
  const out: Violation[] = [];
  const add = (found: readonly Violation[]): void => {
    for (const v of found) out.push(v);
  };
  // A 40-year store holds 320,000 bookings: per person the days seen and the weeks by Monday's day
  // number, so that no key string is built per booking. `weeks` keeps the order the weeks were met in.
  const people = new Map<string, PersonSeen>();
  const weeks: WeekWorked[] = [];
  for (const b of bookings) {
    let person = people.get(b.participantId);
    if (!person) {
      person = { mine: byPerson.get(b.participantId) ?? [], days: new Set(), weeks: new Map() };
      people.set(b.participantId, person);
    }
    const mine = person.mine;
    if (person.days.has(b.date))
      out.push(
        violation('booking-duplicate', (m) => m.booking.twoBookings(b.participantId, b.date), [b.participantId]),
      );
    person.days.add(b.date);
    add(bookingShapeViolations(b));
    add(periodViolations(b, mine, today));
    const assignment = mine.find((a) => coversDay(a, b.date));
    add(dailyMaxViolations(b, main.settings));
    add(workingDayViolations(b, main.settings, assignment));
    if (b.minutes > 0 && assignment) {
      const monday = dayNumber(b.date) - (isoWeekday(b.date) - 1);
      let w = person.weeks.get(monday);
      if (!w) {
        w = { participantId: b.participantId, monday: fromDayNumber(monday), minutes: 0, limit: 0 };
        person.weeks.set(monday, w);
        weeks.push(w);
      }
      w.minutes += b.minutes;
      w.limit = Math.max(w.limit, weekLimitHours(assignment, b.date) * 60);
    }
  }
  for (const w of weeks) add(weeklyHoursViolations(w.participantId, w.monday, w.minutes, w.limit));
  return out;
}

/** What `storeBookingViolations` has met of one person so far. */
interface PersonSeen {
  mine: readonly Assignment[];
  days: Set<IsoDate>;
  /** by the day number of the week's Monday */
  weeks: Map<number, WeekWorked>;
}

/** The worked minutes of a person's ISO week and the largest weekly hours that apply to it. */
interface WeekWorked {
  participantId: string;
  monday: IsoDate;
  minutes: Minutes;
  limit: number;
}
