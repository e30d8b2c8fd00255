// The rules of booking hours and absences (DOMAIN.md): only inside the person's assignment and never
// in the future, at most the daily maximum, the ISO week's worked hours never above the person's
// weekly hours, worked hours on other than working days only when forced, one booking a day.
// Each function returns violations (empty = allowed); none throws.
import { coversDay, lastDay } from './assignment.js';
import { addDays, dayNumber, formatDateDe, fromDayNumber, isoWeekday, type IsoDate } from './dates.js';
import { holidayName, isWorkingDay } from './holidays.js';
import { formatMinutesClock, isQuarterHour, minutesToDecimalHours, type Minutes } from './durations.js';
import type { Assignment, Booking, MainData, Settings } from './types.js';
import { violation, type Violation } from './violations.js';
import { compareText } from './compare.js';
import { groupBy } from './collections.js';
import { patternText, plannedMinutesOfWeekday, weekdayMinutesOf } from './weekday-pattern.js';
import { weekLimitHours, weeklyHoursOn } from './weekly-hours.js';

/** What the rules need to know besides the bookings. */
export interface BookingRules {
  settings: Settings;
  assignments: readonly Assignment[];
  today: IsoDate;
}

/** Planned hours of a day: weekly hours ÷ 5, rounded down to the quarter hour. */
export function plannedDailyMinutes(hoursPerWeek: number): Minutes {
  const minutes = Math.floor((hoursPerWeek * 60) / 5);
  return minutes - (minutes % 15);
}

/** "6,5 h" or the absence code: how a booking reads in a message. */
export function describeBooking(b: Pick<Booking, 'minutes' | 'absence'>): string {
  return b.absence ?? `${minutesToDecimalHours(b.minutes, ',')} h`;
}

/** Monday and Sunday of the ISO week that holds a day (the week may span two calendar years). */
export function isoWeekSpan(date: IsoDate): { from: IsoDate; to: IsoDate } {
  const monday = addDays(date, 1 - isoWeekday(date));
  return { from: monday, to: addDays(monday, 6) };
}

/** Why a day is no working day, or null when it is one. */
export function nonWorkingReason(date: IsoDate, closingDays: readonly IsoDate[]): string | null {
  if (isWorkingDay(date, closingDays)) return null;
  const wd = isoWeekday(date);
  if (wd === 6) return 'a Saturday';
  if (wd === 7) return 'a Sunday';
  const holiday = holidayName(date);
  if (holiday) return `a public holiday (${holiday})`;
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
  const ids = [b.participantId];
  const out: Violation[] = [];
  if (b.absence !== null && b.minutes !== 0)
    out.push(
      violation(
        'booking-shape',
        `${b.participantId}: the absence on ${b.date} carries ${b.minutes} worked minutes — an absence day has no worked time`,
        ids,
      ),
    );
  if (b.absence === null && b.minutes <= 0)
    out.push(
      violation(
        'booking-shape',
        `${b.participantId}: the booking on ${b.date} has no hours — book worked hours or an absence code`,
        ids,
      ),
    );
  if (!isQuarterHour(b.minutes))
    out.push(
      violation(
        'quarter-hour',
        `${b.participantId}: ${formatMinutesClock(b.minutes)} h on ${b.date} is not in quarter-hour steps — round to :00, :15, :30 or :45`,
        ids,
      ),
    );
  return out;
}

/** Inside an assignment (start to end or exit) and not in the future. */
export function periodViolations(b: Booking, mine: readonly Assignment[], today: IsoDate | null): Violation[] {
  const ids = [b.participantId];
  if (today !== null && b.date > today) {
    return [
      violation(
        'booking-future',
        `${b.participantId}: ${formatDateDe(b.date)} lies in the future — book hours and absences on the day or afterwards, never ahead`,
        ids,
      ),
    ];
  }
  if (mine.length === 0)
    return [
      violation('booking-period', `${b.participantId} has never been enrolled — only participants can be booked`, ids),
    ];
  if (mine.some((a) => coversDay(a, b.date))) return [];
  const spans = mine.map((a) => `${formatDateDe(a.start)} to ${formatDateDe(lastDay(a))}`).join(', ');
  return [
    violation(
      'booking-period',
      `${b.participantId} has no assignment on ${formatDateDe(b.date)} — bookings are possible from the start to the end or exit of the assignment (${spans})`,
      ids,
    ),
  ];
}

export function dailyMaxViolations(b: Booking, settings: Settings): Violation[] {
  if (b.minutes <= settings.dailyMaxMinutes) return [];
  return [
    violation(
      'daily-maximum',
      `${b.participantId}: ${describeBooking(b)} on ${formatDateDe(b.date)} is more than the daily maximum of ${minutesToDecimalHours(settings.dailyMaxMinutes, ',')} h`,
      [b.participantId],
    ),
  ];
}

const ABSENCE_WORDS: Record<string, string> = {
  holiday: 'leave',
  excused: 'an excused absence',
  unexcused: 'an unexcused absence',
  closed: 'a closing day',
};

export function workingDayViolations(b: Booking, settings: Settings, assignment?: Assignment): Violation[] {
  if (b.absence !== null) return absenceDayViolations(b, settings, assignment);
  if (b.minutes === 0 || b.forced) return [];
  const why = nonWorkingReason(b.date, settings.closingDays);
  if (!why) return [];
  return [
    violation(
      'working-day',
      `${b.participantId}: ${formatDateDe(b.date)} is ${why} — worked hours on that day need --force`,
      [b.participantId],
    ),
  ];
}

/**
 * Leave, excused and unexcused absences fall on working days only, closing days on weekdays that
 * are no public holiday — and all of them only on weekdays the person's distribution plans hours
 * for (`assignment`, the one covering the day); a sickness may be booked on any day of the assignment.
 */
export function absenceDayViolations(b: Booking, settings: Settings, assignment?: Assignment): Violation[] {
  if (b.absence === null || b.absence === 'sick' || b.absence === 'sick-certified') return [];
  const why = nonWorkingReason(b.date, b.absence === 'closed' ? [] : settings.closingDays);
  if (!why) {
    if (!assignment || plannedMinutesOfWeekday(assignment, b.date, weeklyHoursOn(assignment, b.date)) > 0) return [];
    const [absence, pattern] = [b.absence, patternText(weekdayMinutesOf(assignment))];
    return [
      violation(
        'absence-day',
        (m) => m.weekdays.absenceOnFreeDay(b.participantId, b.date, isoWeekday(b.date), pattern, absence),
        [b.participantId],
      ),
    ];
  }
  return [
    violation(
      'absence-day',
      `${b.participantId}: ${formatDateDe(b.date)} is ${why} — ${ABSENCE_WORDS[b.absence]} is booked on working days only; leave the day without a booking`,
      [b.participantId],
    ),
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
  const span = `${formatDateDe(week.from)}–${formatDateDe(week.to)}`;
  const limit = `${minutesToDecimalHours(limitMinutes, ',')} h a week of the assignment`;
  const message = booking
    ? `${participantId}: ${describeBooking(booking.b)} on ${formatDateDe(booking.b.date)} would make ${minutesToDecimalHours(workedMinutes, ',')} h in the week ${span}, above the ${limit} (${minutesToDecimalHours(Math.max(0, limitMinutes - booking.otherDaysMinutes), ',')} h left that day)`
    : `${participantId}: ${minutesToDecimalHours(workedMinutes, ',')} h booked in the week ${span}, above the ${limit}`;
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
    violation(
      'booking-duplicate',
      `${b.participantId} is already booked on ${formatDateDe(b.date)} (${describeBooking(existing)}) — pass --replace to correct it`,
      [b.participantId],
    ),
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
          violation(
            'booking-duplicate',
            `${b.participantId} is booked twice on ${formatDateDe(b.date)} in the same batch`,
            [b.participantId],
          ),
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
  const seen = new Set<string>();
  // person|monday → worked minutes of the week and the largest weekly hours that apply to it
  const weeks = new Map<string, { participantId: string; monday: IsoDate; minutes: Minutes; limit: number }>();
  for (const b of bookings) {
    const mine = byPerson.get(b.participantId) ?? [];
    const key = `${b.participantId}|${b.date}`;
    if (seen.has(key))
      out.push(
        violation(
          'booking-duplicate',
          `${b.participantId} has two bookings on ${formatDateDe(b.date)} — delete one with 'insat hours delete'`,
          [b.participantId],
        ),
      );
    seen.add(key);
    const shape = bookingShapeViolations(b);
    const period = periodViolations(b, mine, today);
    const assignment = mine.find((a) => coversDay(a, b.date));
    out.push(
      ...shape,
      ...period,
      ...dailyMaxViolations(b, main.settings),
      ...workingDayViolations(b, main.settings, assignment),
    );
    if (b.minutes > 0 && assignment) {
      const monday = addDays(b.date, 1 - isoWeekday(b.date));
      const wk = `${b.participantId}|${monday}`;
      const w = weeks.get(wk) ?? { participantId: b.participantId, monday, minutes: 0, limit: 0 };
      w.minutes += b.minutes;
      w.limit = Math.max(w.limit, weekLimitHours(assignment, b.date) * 60);
      weeks.set(wk, w);
    }
  }
  for (const w of weeks.values()) out.push(...weeklyHoursViolations(w.participantId, w.monday, w.minutes, w.limit));
  return out;
}
