// Steps every booking command shares: reading the bookings the rules need, and storing bookings
// in their month's file.
import type { BookingRules } from '../../model/booking.js';
import { isoWeekSpan, nonWorkingReason } from '../../model/booking.js';
import type { IsoDate } from '../../model/dates.js';
import type { Minutes } from '../../model/durations.js';
import type { AbsenceCode, Booking, MainData } from '../../model/types.js';
import type { Store } from '../../store/store.js';
import type { Transaction } from '../../store/transaction.js';
import type { Text } from '../../i18n/text.js';
import { leaveBeyondEarned } from '../../model/absences.js';
import { coversDay } from '../../model/assignment.js';
import { bookedAbsentAtOffers } from '../../model/groups.js';

export function rulesOf(main: MainData, today: IsoDate): BookingRules {
  return { settings: main.settings, assignments: main.assignments, today };
}

/** The stored bookings of the ISO weeks of these days (both calendar years where a week spans two). */
export async function bookingsOfWeeks(store: Store, dates: Iterable<IsoDate>): Promise<Booking[]> {
  const weeks = new Map<IsoDate, IsoDate>();
  for (const d of dates) {
    const w = isoWeekSpan(d);
    weeks.set(w.from, w.to);
  }
  const out: Booking[] = [];
  for (const [from, to] of weeks) out.push(...(await store.bookingsBetween(from, to)));
  return out;
}

/** A booking as asked for; `forced` only where the day needs it (worked hours on a non-working day). */
export function makeBooking(
  main: MainData,
  participantId: string,
  date: IsoDate,
  minutes: Minutes,
  absence: AbsenceCode | null,
  force: boolean,
): Booking {
  const forced = force && absence === null && minutes > 0 && nonWorkingReason(date, main.settings.closingDays) !== null;
  return { participantId, date, minutes: absence === null ? minutes : 0, absence, forced };
}

/** Stores bookings (replacing one of the same person and day); returns the ones replaced. */
export async function putBookings(tx: Transaction, bookings: readonly Booking[]): Promise<Booking[]> {
  const replaced: Booking[] = [];
  const byMonth = new Map<string, Booking[]>();
  for (const b of bookings) {
    const m = b.date.slice(0, 7);
    const list = byMonth.get(m);
    if (list) list.push(b);
    else byMonth.set(m, [b]);
  }
  for (const [month, list] of byMonth) {
    const stored = await tx.bookingsOfMonth(month);
    const at = new Map(stored.map((b, i) => [`${b.participantId}|${b.date}`, i]));
    for (const b of list) {
      const i = at.get(`${b.participantId}|${b.date}`);
      if (i === undefined) {
        at.set(`${b.participantId}|${b.date}`, stored.length);
        stored.push(b);
      } else {
        replaced.push(stored[i]!);
        stored[i] = b;
      }
    }
  }
  return replaced;
}

/**
 * The leave flag of the person's days (model/absences.ts leaveBeyondEarned), read from the bookings
 * since their earliest assignment covering one of the days: done only for leave.
 */
export async function leaveWarning(tx: Transaction, personId: string, days: readonly IsoDate[]): Promise<Text | null> {
  const starts = tx.main.assignments.filter((a) => a.personId === personId && days.some((d) => coversDay(a, d)));
  if (starts.length === 0 || days.length === 0) return null;
  const from = starts.reduce((s, a) => (a.start < s ? a.start : s), starts[0]!.start);
  const to = days.reduce((s, d) => (d > s ? d : s), days[0]!);
  const mine = (await tx.bookingsBetween(from, to)).filter((b) => b.participantId === personId);
  return leaveBeyondEarned(tx.main.settings, personId, tx.main.assignments, mine, days)?.message ?? null;
}

/** Warnings for absences booked on a day the person is recorded present at an offer (model/groups.ts). */
export function attendedOfferWarnings(main: MainData, bookings: readonly Booking[]): Text[] {
  return bookedAbsentAtOffers(main.groupOffers, bookings).map(
    (c): Text =>
      (m) =>
        m.hours.book.presentAtOffer(c.participantId, c.absence, c.date, c.offer),
  );
}

/** Splits `p003=4,p007=sick,p009=6,5` at the commas that start a new `ID=` (so 6,5 stays whole). */
export function splitAssignments(list: string): string[] {
  return list
    .split(/,(?=\s*[a-z]\d{1,6}\s*=)/i)
    .map((s) => s.trim())
    .filter(Boolean);
}
