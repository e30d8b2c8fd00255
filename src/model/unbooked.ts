// Days nobody booked. An assigned working day in the past without a booking is "nicht erfasst":
// neither attendance nor absence (DOMAIN.md, monthly absence report). The one definition, for
// `insat hours missing` and the figures that must not count such a day as anything else.
import { areaOn, lastDay } from './assignment.js';
import { addDays, dayNumber, fromDayNumber, maxDate, minDate, type IsoDate, type Period } from './dates.js';
import { isWorkingDay } from './holidays.js';
import type { Area, Assignment, Booking, MainData, Settings } from './types.js';
import { violation, type Violation } from './violations.js';
import { isAssignedWorkingDay } from './weekday-pattern.js';

export interface UnbookedDay {
  participantId: string;
  date: IsoDate;
  area: Area;
}

/** Ids in numeric order: p9 before p10. */
function byId(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * Every assigned working day (with planned hours, model/weekday-pattern.ts) of `period` before today on which the person has no booking: per
 * person (in id order), newest day first. `bookings` must hold every booking of the period.
 */
export function unbookedDays(
  assignments: readonly Assignment[],
  bookings: readonly Booking[],
  closingDays: readonly IsoDate[],
  period: Period,
  today: IsoDate,
): UnbookedDay[] {
  const lastPast = minDate(period.to, addDays(today, -1));
  // On a 20-year store check walks every assigned day: each person's booked days as sorted day
  // numbers, walked alongside the assignment's days (no lookup per day).
  const booked = new Map<string, number[]>();
  for (const b of bookings) {
    const n = dayNumber(b.date);
    if (Number.isNaN(n)) continue; // no day: it matches none
    const days = booked.get(b.participantId);
    if (days) days.push(n);
    else booked.set(b.participantId, [n]);
  }
  for (const days of booked.values()) days.sort((x, y) => x - y);
  const out: UnbookedDay[] = [];
  for (const a of assignments) {
    const mine = booked.get(a.personId) ?? [];
    const first = dayNumber(maxDate(a.start, period.from));
    const last = dayNumber(minDate(lastDay(a), lastPast));
    let i = 0;
    for (let n = first; n <= last; n++) {
      while (i < mine.length && mine[i]! < n) i++;
      if (i < mine.length && mine[i] === n) continue;
      const date = fromDayNumber(n);
      if (isAssignedWorkingDay(a, date, closingDays))
        out.push({ participantId: a.personId, date, area: areaOn(a, date) });
    }
  }
  return out.sort((x, y) => byId(x.participantId, y.participantId) || (x.date < y.date ? 1 : x.date > y.date ? -1 : 0));
}

export const DEFAULT_BOOKING_GRACE_DAYS = 5;

/** Working days a day may stay unbooked before `insat check` warns: the setting, else the default. */
export function bookingGraceDays(settings: Settings): number {
  return settings.bookingGraceDays ?? DEFAULT_BOOKING_GRACE_DAYS;
}

/**
 * `insat check`'s warning: per person, the assigned working days nobody booked that are older than
 * the grace period (the last `bookingGraceDays` working days before today are left to the office).
 */
export function unbookedWarnings(main: MainData, bookings: readonly Booking[], today: IsoDate): Violation[] {
  const grace = bookingGraceDays(main.settings);
  const cutoff = grace === 0 ? today : lastWorkingDays(grace, today, main.settings.closingDays).from;
  const span = main.assignments.reduce<Period | null>(
    (p, a) =>
      p ? { from: minDate(p.from, a.start), to: maxDate(p.to, lastDay(a)) } : { from: a.start, to: lastDay(a) },
    null,
  );
  if (!span) return [];
  const purged = new Set(main.people.filter((p) => p.purged).map((p) => p.id));
  const assignments = main.assignments.filter((a) => !purged.has(a.personId));
  const byPerson = new Map<string, IsoDate[]>();
  for (const d of unbookedDays(
    assignments,
    bookings,
    main.settings.closingDays,
    { from: span.from, to: addDays(cutoff, -1) },
    today,
  )) {
    const list = byPerson.get(d.participantId);
    if (list) list.push(d.date);
    else byPerson.set(d.participantId, [d.date]);
  }
  return [...byPerson].map(([id, dates]) => {
    return violation('unbooked-days', (m) => m.booking.unbooked(id, dates, grace), [id]);
  });
}

/** The last `count` working days before today (the default period of `insat hours missing`). */
export function lastWorkingDays(count: number, today: IsoDate, closingDays: readonly IsoDate[]): Period {
  let from = today;
  let to: IsoDate | null = null;
  for (let found = 0; found < count;) {
    from = addDays(from, -1);
    if (isWorkingDay(from, closingDays)) {
      to ??= from;
      found++;
    }
  }
  return { from, to: to! };
}
