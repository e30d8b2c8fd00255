// An exit ends the assignment on its day: hours booked after it would be paid for days outside the
// assignment (and `check` would reject the store). The exit is refused until they are deleted.
import type { IsoDate } from './dates.js';
import type { Booking } from './types.js';
import { violation, type Violation } from './violations.js';

export function bookingsAfterExitViolations(
  personId: string,
  exitDate: IsoDate,
  bookings: readonly Booking[],
): Violation[] {
  const after = bookings
    .filter((b) => b.participantId === personId && b.date > exitDate)
    .map((b) => b.date)
    .sort();
  if (after.length === 0) return [];
  return [violation('exit-bookings', (m) => m.booking.afterExit(personId, exitDate, after), [personId])];
}
