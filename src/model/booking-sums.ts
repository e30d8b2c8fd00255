// Sums over a list of bookings (or rows carrying a booking's minutes and absence), as the hours
// commands print them: the minutes worked, the days booked absent, the absences by code.
import { noAbsences, type AbsenceDays } from './allowance.js';
import type { Minutes } from './durations.js';
import type { AbsenceCode } from './types.js';

interface BookedDay {
  minutes: Minutes;
  absence: AbsenceCode | null;
}

/** The minutes worked (an absence books 0 minutes). */
export function workedMinutesOf(bookings: readonly Pick<BookedDay, 'minutes'>[]): Minutes {
  return bookings.reduce((s, b) => s + b.minutes, 0);
}

/** How many participants the bookings (or rows) are of. */
export function participantCount(bookings: readonly { participantId: string }[]): number {
  return new Set(bookings.map((b) => b.participantId)).size;
}

/** The bookings of an absence, whatever the code (rows may carry the code as a word). */
export function absenceBookingsOf(bookings: readonly { absence: string | null }[]): number {
  return bookings.filter((b) => b.absence !== null).length;
}

/** The bookings of an absence, by code. */
export function absencesByCode(bookings: readonly Pick<BookedDay, 'absence'>[]): AbsenceDays {
  const counts = noAbsences();
  for (const b of bookings) if (b.absence) counts[b.absence] += 1;
  return counts;
}
