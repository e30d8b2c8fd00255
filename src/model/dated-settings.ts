// Dated settings other than the rate (seat plans, closing days): a change never reaches into the
// past without an override, and a seat plan never drops below the seats already taken on its first day.
import { coversDay, areaOn } from './assignment.js';
import { occupiedOn } from './capacity.js';
import type { IsoDate } from './dates.js';
import { nonWorkingReason } from './booking.js';
import { AREAS, type Assignment, type SeatPlan } from './types.js';
import { violation, type Violation } from './violations.js';

/** A seat plan below the seats taken on its first day, naming who holds them. */
export function seatPlanViolations(assignments: readonly Assignment[], plan: SeatPlan): Violation[] {
  const day = plan.from;
  const occ = occupiedOn(assignments, day);
  const holders = (area?: string) =>
    assignments.filter((a) => coversDay(a, day) && (!area || areaOn(a, day) === area)).map((a) => a.personId);
  const out: Violation[] = [];
  if (occ.total > plan.total) {
    const ids = holders();
    out.push(
      violation(
        'seat-plan',
        `the seat plan from ${day} has ${plan.total} seats, but ${occ.total} are taken that day (${ids.join(', ')}) — keep at least ${occ.total}, or start the plan after those assignments end`,
        ids,
      ),
    );
  }
  for (const area of AREAS) {
    if (occ.areas[area] > plan.areas[area]) {
      const ids = holders(area);
      out.push(
        violation(
          'seat-plan',
          `the seat plan from ${day} gives ${area} ${plan.areas[area]} seats, but ${occ.areas[area]} are taken there that day (${ids.join(', ')}) — keep at least ${occ.areas[area]}, or start the plan after those assignments end`,
          ids,
        ),
      );
    }
  }
  return out;
}

/** A dated setting changed for days before today needs --force. */
export function pastSettingViolations(
  what: string,
  days: readonly IsoDate[],
  today: IsoDate,
  force: boolean,
): Violation[] {
  const past = days.filter((d) => d < today);
  if (force || past.length === 0) return [];
  return [
    violation(
      'changing-the-past',
      `${what} reaches back before today (${past.slice(0, 5).join(', ')}${past.length > 5 ? ', …' : ''}); figures already reported would change — add --force if it is meant`,
    ),
  ];
}

/** Closing days fall on working days only (a weekend or public holiday is closed anyway). */
export function closingDayViolations(days: readonly IsoDate[]): Violation[] {
  return days
    .map((d) => [d, nonWorkingReason(d, [])] as const)
    .filter(([, why]) => why !== null)
    .map(([d, why]) =>
      violation('closing-day', `${d} is no working day (${why}) — a closing day falls on a working day; leave it out`),
    );
}
