// When an enrolment finds no free seat: the earliest later start at which the same assignment (same
// area, same length) fits the seat plan — for the refusal to name.
import { lastDay } from './assignment.js';
import { capacityViolations } from './capacity.js';
import { addDays, dayNumber, type IsoDate } from './dates.js';
import type { Assignment, Settings } from './types.js';

/**
 * The earliest day after the proposed start from which the proposed assignment, moved there with its
 * length and area, takes no seat beyond the seat plan; null when no seat frees up in the plan as it stands.
 * A seat frees up the day after an assignment's last day, or when a seat plan begins.
 */
export function earliestFreeStart(
  assignments: readonly Assignment[],
  settings: Settings,
  proposed: Assignment,
): IsoDate | null {
  const others = assignments.filter((a) => a.id !== proposed.id);
  const length = dayNumber(proposed.until) - dayNumber(proposed.start);
  const area = proposed.areas[0]!.area;
  const candidates = new Set<IsoDate>();
  for (const a of others) candidates.add(addDays(lastDay(a), 1));
  for (const plan of settings.seats) candidates.add(plan.from);
  for (const day of [...candidates].filter((d) => d > proposed.start).sort()) {
    const moved: Assignment = { ...proposed, start: day, until: addDays(day, length), areas: [{ from: day, area }] };
    if (capacityViolations([...others, moved], settings, day, moved.until).length === 0) return day;
  }
  return null;
}
