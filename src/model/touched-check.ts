// "No write may leave a store that `insat check` rejects." Checking the whole store after every write
// would cost a 20-year store half a second, so a write re-checks what it touched: the people whose
// records or bookings it changed (with their bookings over their assignments), the seats over the
// days their assignments changed, the settings when they changed. Same rule functions as `check`.
import { storeBookingViolations } from './booking.js';
import { capacityViolations } from './capacity.js';
import { idViolations, pipelineViolations, purgedViolations, referenceViolations } from './check.js';
import type { IsoDate } from './dates.js';
import { personAssignmentViolations } from './enrolment.js';
import { applicantViolations } from './people.js';
import { orderParticipantViolations } from './orders.js';
import { goalViolations } from './plan.js';
import { attendanceViolations } from './groups.js';
import { groupBy } from './collections.js';
import { settingsViolations } from './settings.js';
import { assignmentStaffViolations, staffRecordViolations } from './staff.js';
import { instructorAreaViolations } from './instructor-area.js';
import type { Booking, MainData } from './types.js';
import type { Violation } from './violations.js';

export interface TouchedScope {
  /** People whose records or bookings changed (all people when the settings changed). */
  people: ReadonlySet<string>;
  /** Days on which the seat occupancy may have changed; null when no assignment changed. */
  seatDays: { from: IsoDate; to: IsoDate } | null;
  settings: boolean;
  /** A staff record changed. */
  staff?: boolean;
}

/** The problems `check` would report about the touched part of the store; `bookings` are the touched people's. */
export function touchedViolations(
  data: MainData,
  bookings: readonly Booking[],
  today: IsoDate,
  scope: TouchedScope,
): Violation[] {
  const mine = (ids: readonly string[]) => ids.some((id) => scope.people.has(id));
  const out: Violation[] = [
    ...idViolations(data),
    ...referenceViolations(data),
    ...assignmentStaffViolations(data),
    ...instructorAreaViolations(data, today),
  ];
  if (scope.staff) for (const s of data.staff) out.push(...staffRecordViolations(s));
  if (scope.settings) out.push(...settingsViolations(data.settings));
  for (const p of data.people) {
    if (!scope.people.has(p.id)) continue;
    out.push(...applicantViolations(p, today));
    const assignments = data.assignments.filter((a) => a.personId === p.id);
    if (assignments.length > 0) out.push(...personAssignmentViolations(data, p, assignments));
  }
  out.push(...pipelineViolations(data).filter((v) => mine(v.ids)));
  out.push(...purgedViolations(data).filter((v) => mine(v.ids)));
  for (const g of data.goals) if (scope.people.has(g.personId)) out.push(...goalViolations(g, today));
  // an assignment shortened or moved must leave each order the person works on a day in its area
  for (const o of data.orders)
    if (mine(o.participants))
      out.push(
        ...orderParticipantViolations(
          o,
          data.assignments,
          today,
          o.participants.filter((p) => scope.people.has(p)),
        ),
      );
  // an assignment shortened (an exit dated back) must keep the seat on the days of offers attended
  const seats = groupBy(
    data.assignments.filter((a) => scope.people.has(a.personId)),
    (a) => a.personId,
  );
  for (const o of data.groupOffers)
    for (const a of o.attendance ?? [])
      if (scope.people.has(a.participantId))
        out.push(
          ...attendanceViolations(o, [a], seats.get(a.participantId) ?? [], today).filter(
            (v) => v.rule === 'group-seat',
          ),
        );
  if (scope.seatDays)
    out.push(...capacityViolations(data.assignments, data.settings, scope.seatDays.from, scope.seatDays.to));
  out.push(...touchedBookingViolations(data, bookings, today, scope));
  return out;
}

/**
 * The problems of the touched people's bookings alone: all a change can add when the main file did not
 * change (the other rules read the main file only, and find before what they find after).
 */
export function touchedBookingViolations(
  data: MainData,
  bookings: readonly Booking[],
  today: IsoDate,
  scope: TouchedScope,
): Violation[] {
  return storeBookingViolations(
    data,
    bookings.filter((b) => scope.people.has(b.participantId)),
    today,
  );
}

/**
 * The violations of `after` that `before` did not have: a write is refused for these only. Two
 * violations are the same when their rule and their words (`say`, in any one language) are.
 */
export function newViolations(
  before: readonly Violation[],
  after: readonly Violation[],
  say: (v: Violation) => string,
): Violation[] {
  const key = (v: Violation) => `${v.rule}|${say(v)}`;
  const old = new Set(before.map(key));
  return after.filter((v) => !old.has(key(v)));
}
