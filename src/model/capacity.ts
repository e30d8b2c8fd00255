// Seats: no day may have more occupied seats than the area's or the programme's capacity.
import { addDays, type IsoDate } from './dates.js';
import { coversDay, areaOn, lastDay } from './assignment.js';
import { seatPlanOn } from './settings.js';
import { AREAS, type Area, type Assignment, type SeatPlan, type Settings } from './types.js';
import type { Catalogue, Text } from '../i18n/text.js';
import { violation, type Violation } from './violations.js';
import { compareText } from './compare.js';

export interface SeatCount {
  total: number;
  areas: Record<Area, number>;
}

export function occupiedOn(assignments: readonly Assignment[], date: IsoDate): SeatCount {
  const count: SeatCount = { total: 0, areas: { holz: 0, kueche: 0, gestaltung: 0 } };
  for (const a of assignments) {
    if (!coversDay(a, date)) continue;
    count.total++;
    count.areas[areaOn(a, date)]++;
  }
  return count;
}

/** An area's seats not taken (never below 0). */
export function freeInArea(plan: SeatPlan, occ: SeatCount, area: Area): number {
  return Math.max(0, plan.areas[area] - occ.areas[area]);
}

/**
 * The seats a new assignment can take: room in the programme and in an area — the areas may have
 * fewer seats in all than the programme (`seats`, the occupancy summary and the vacancy notice).
 */
export function freeSeats(plan: SeatPlan, occ: SeatCount): number {
  const inAreas = AREAS.reduce((n, area) => n + freeInArea(plan, occ, area), 0);
  return Math.min(Math.max(0, plan.total - occ.total), inAreas);
}

/**
 * The days on which occupancy can reach a new high within [from, to]: the first day, every start,
 * every area move and every change of the seat plan. Checking those days checks every day.
 */
function candidateDays(assignments: readonly Assignment[], settings: Settings, from: IsoDate, to: IsoDate): IsoDate[] {
  const days = new Set<IsoDate>([from]);
  const add = (d: IsoDate) => {
    if (d >= from && d <= to) days.add(d);
  };
  for (const a of assignments) {
    add(a.start);
    for (const s of a.areas) add(s.from);
  }
  for (const p of settings.seats) add(p.from);
  return [...days].sort();
}

/**
 * Every day in [from, to] on which the assignments exceed the capacity valid that day; one
 * violation per area (or the total) for the first such day. `fix` replaces the general advice
 * (an enrolment names the earliest start with a free seat).
 */
export function capacityViolations(
  assignments: readonly Assignment[],
  settings: Settings,
  from: IsoDate,
  to: IsoDate,
  fix?: Text,
): Violation[] {
  const out: Violation[] = [];
  const reported = new Set<string>();
  // The days come in order: only the assignments begun and not yet ended can hold a seat on a day
  // (a 20-year store has a thousand assignments and as many candidate days).
  const byStart = [...assignments].sort((x, y) => compareText(x.start, y.start));
  let begun = 0;
  let running: Assignment[] = [];
  for (const day of candidateDays(assignments, settings, from, to)) {
    while (begun < byStart.length && byStart[begun]!.start <= day) running.push(byStart[begun++]!);
    running = running.filter((a) => lastDay(a) >= day);
    const occ = occupiedOn(running, day);
    const plan = seatPlanOn(settings, day);
    const ids = () => assignments.filter((a) => coversDay(a, day)).map((a) => a.personId);
    // on the first day of a seat plan the plan is what is short, not the enrolment
    const planDay = settings.seats.some((p) => p.from === day);
    // with `fix` the advice is the caller's
    const advice = (m: Catalogue, own: string) => (fix && !planDay ? fix(m) : own);
    if (occ.total > plan.total && !reported.has('total')) {
      reported.add('total');
      const [taken, capacity] = [occ.total, plan.total];
      out.push(
        violation(
          'capacity',
          (m) =>
            m.people.seatsTaken(
              taken,
              day,
              capacity,
              advice(m, planDay ? m.people.raisePlan(day, 'seats.total', taken) : m.people.laterStart(day)),
            ),
          ids(),
        ),
      );
    }
    for (const area of AREAS) {
      if (occ.areas[area] > plan.areas[area] && !reported.has(area)) {
        reported.add(area);
        const [taken, capacity] = [occ.areas[area], plan.areas[area]];
        out.push(
          violation(
            'capacity',
            (m) =>
              m.people.areaSeatsTaken(
                taken,
                area,
                day,
                capacity,
                advice(m, planDay ? m.people.raisePlan(day, `seats.${area}`, taken) : m.people.otherArea(day)),
              ),
            assignments.filter((a) => coversDay(a, day) && areaOn(a, day) === area).map((a) => a.personId),
          ),
        );
      }
    }
  }
  return out;
}

/** The whole range of days any assignment covers, for checking a store end to end. */
export function assignmentSpan(assignments: readonly Assignment[]): { from: IsoDate; to: IsoDate } | null {
  if (assignments.length === 0) return null;
  let from = assignments[0]!.start,
    to = lastDay(assignments[0]!);
  for (const a of assignments) {
    if (a.start < from) from = a.start;
    if (lastDay(a) > to) to = lastDay(a);
  }
  return { from, to };
}

/** The assignments holding a seat (of an area) on `date` whose last day comes before `date + days` (ends and exits). */
export function endingWithin(
  assignments: readonly Assignment[],
  date: IsoDate,
  days: number,
  area?: Area,
): Assignment[] {
  const limit = addDays(date, days);
  return assignments.filter((a) => coversDay(a, date) && lastDay(a) < limit && (!area || areaOn(a, date) === area));
}

/** Seats that become free after `date` and up to `date + days` (assignment ends and exits). */
export function freeingWithin(assignments: readonly Assignment[], date: IsoDate, days: number, area?: Area): number {
  return endingWithin(assignments, date, days, area).length;
}
