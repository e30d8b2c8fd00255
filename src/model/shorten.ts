// Shortening an assignment (`participant edit ID --until D`): the Jobcenter ended it earlier, or the
// end was recorded wrong. Refused below the last booking (the bookings after the new end are named);
// what lay after the new end — a move, a change of hours, extensions — goes with it.
import { lastDay } from './assignment.js';
import type { IsoDate } from './dates.js';
import type { Assignment, Booking } from './types.js';
import { violation, type Violation } from './violations.js';

export function shortenViolations(a: Assignment, until: IsoDate, bookings: readonly Booking[]): Violation[] {
  const id = a.personId;
  const ids = [id];
  if (until >= a.until)
    return [violation('shorten-dates', (m) => m.corrections.shortenNotEarlier(id, until, a.until), ids)];
  if (until < a.start)
    return [violation('shorten-dates', (m) => m.corrections.shortenBeforeStart(until, a.start), ids)];
  const exitDate = a.exit?.date;
  if (exitDate && until < exitDate)
    return [violation('shorten-dates', (m) => m.corrections.shortenBeforeExit(id, exitDate), ids)];
  const after = bookings
    .filter((b) => b.participantId === id && b.date > until && b.date <= lastDay(a))
    .map((b) => b.date)
    .sort();
  if (after.length === 0) return [];
  const days = after.slice(0, 10);
  return [
    violation(
      'shorten-bookings',
      (m) => m.corrections.shortenBookings(id, until, days, after.length - days.length),
      ids,
    ),
  ];
}

/**
 * The assignment ending on `until`: moves and changes of hours after it are dropped, extensions that
 * began after it too, and the extension that reaches over it ends on it. `crossesCap` says whether an
 * assignment up to a day goes beyond 24 months of AGH (for the extensions' mark).
 */
export function shortenedAssignment(
  a: Assignment,
  until: IsoDate,
  crossesCap: (upTo: Assignment) => boolean,
): Assignment {
  const out: Assignment = {
    ...a,
    until,
    areas: a.areas.filter((s) => s.from <= until),
    extensions: a.extensions.filter((e) => e.previousUntil < until).map((e) => (e.until > until ? { ...e, until } : e)),
  };
  out.extensions = out.extensions.map((e) => ({ ...e, beyondCap: crossesCap({ ...out, until: e.until, exit: null }) }));
  if (a.hoursChanges) {
    const kept = a.hoursChanges.filter((c) => c.from <= until);
    if (kept.length > 0) out.hoursChanges = kept;
    else delete out.hoursChanges;
  }
  if (a.socialWorkerChanges) {
    const kept = a.socialWorkerChanges.filter((c) => c.from <= until);
    if (kept.length > 0) out.socialWorkerChanges = kept;
    else delete out.socialWorkerChanges;
  }
  return out;
}
