// Dated settings other than the rate (seat plans, closing days): a change never reaches into the
// past without an override, and a seat plan never drops below the seats already taken on its first day.
import { coversDay, areaOn } from './assignment.js';
import { occupiedOn } from './capacity.js';
import type { IsoDate } from './dates.js';
import { nonWorkingReason } from './booking.js';
import { AREAS, type Assignment, type SeatPlan } from './types.js';
import { violation, type Violation } from './violations.js';
import type { Text } from '../i18n/text.js';

/** A seat plan below the seats taken on its first day, naming who holds them. */
export function seatPlanViolations(assignments: readonly Assignment[], plan: SeatPlan): Violation[] {
  const day = plan.from;
  const occ = occupiedOn(assignments, day);
  const holders = (area?: string) =>
    assignments.filter((a) => coversDay(a, day) && (!area || areaOn(a, day) === area)).map((a) => a.personId);
  const out: Violation[] = [];
  if (occ.total > plan.total) {
    const ids = holders();
    out.push(violation('seat-plan', (m) => m.settings.seatPlanBelowTaken(day, plan.total, occ.total, ids), ids));
  }
  for (const area of AREAS) {
    if (occ.areas[area] > plan.areas[area]) {
      const ids = holders(area);
      out.push(
        violation(
          'seat-plan',
          (m) => m.settings.seatPlanAreaBelowTaken(day, area, plan.areas[area], occ.areas[area], ids),
          ids,
        ),
      );
    }
  }
  return out;
}

/** A dated setting changed for days before today needs --force. */
export function pastSettingViolations(
  what: Text,
  days: readonly IsoDate[],
  today: IsoDate,
  force: boolean,
): Violation[] {
  const past = days.filter((d) => d < today);
  if (force || past.length === 0) return [];
  return [violation('changing-the-past', (m) => m.settings.reachesBack(what(m), past))];
}

/** Closing days fall on working days only (a weekend or public holiday is closed anyway). */
export function closingDayViolations(days: readonly IsoDate[]): Violation[] {
  return days
    .map((d) => [d, nonWorkingReason(d, [])] as const)
    .filter(([, why]) => why !== null)
    .map(([d, why]) => violation('closing-day', (m) => m.settings.notWorkingDay(d, why ?? '')));
}
