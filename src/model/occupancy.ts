// Occupancy (Auslastung) over a period: occupied seat-days ÷ capacity seat-days, counted on
// working days only (DOMAIN.md, "Occupancy"). A seat is occupied on every calendar day from the
// assignment's start up to and including its end or exit; the capacity is the seat plan valid on
// each day, so a capacity change in the middle of a period counts from its day on.
//
// The cost is bounded by the period and the seats in it, never by the length of the history: only
// the assignments that overlap the period are walked, day by day, and only the bookings of the
// period are read (the caller passes `store.bookingsBetween(from, to)`).
import { applicantStatus, areaOn, isAwaitingInfoAppointment, lastDay } from './assignment.js';
import { freeInArea, freeingWithin, freeSeats, occupiedOn } from './capacity.js';
import { addDays, eachDay, isoWeekday, isoWeekOf, type IsoDate, type Period } from './dates.js';
import { EXIT_REASONS, exitGroupOf } from './exit-reasons.js';
import { isWorkingDay } from './holidays.js';
import type { Minutes } from './durations.js';
import { roundHalfUp } from './money.js';
import { seatPlanOn } from './settings.js';
import {
  AREAS,
  EXIT_GROUPS,
  type Area,
  type Assignment,
  type Booking,
  type ExitGroup,
  type MainData,
} from './types.js';
import { compareText } from './compare.js';
import { groupBy, perArea } from './collections.js';
import { weekdayMinutesOf } from './weekday-pattern.js';

/** The exit reason of an assignment that simply ran to its end without a recorded exit. */
export const IMPLICIT_END_REASON = 'regular-end';

/** occupied ÷ capacity, 0 (never NaN) when there is no capacity. */
export function ratio(part: number, whole: number): number {
  return whole > 0 ? part / whole : 0;
}

/** Occupied ÷ capacity seat-days in percent to one decimal (rounded half up, as printed); 0 without capacity. */
export function occupancyPercent(o: { occupiedSeatDays: number; capacitySeatDays: number }): number {
  return o.capacitySeatDays > 0 ? roundHalfUp(o.occupiedSeatDays * 1000, o.capacitySeatDays) / 10 : 0;
}

export function emptyGroupCounts(): Record<ExitGroup, number> {
  return Object.fromEntries(EXIT_GROUPS.map((g) => [g, 0])) as Record<ExitGroup, number>;
}

/** The last complete ISO week before `today` (Monday to Sunday, ending before today). */
export function lastCompleteWeek(today: IsoDate): { year: number; week: number; from: IsoDate; to: IsoDate } {
  const from = addDays(today, 1 - isoWeekday(today) - 7);
  return { ...isoWeekOf(from), from, to: addDays(from, 6) };
}

/** The working days of a period, in order (Monday–Friday, no NRW holiday, no closing day). */
export function workingDaysIn(period: Period, closingDays: readonly IsoDate[]): IsoDate[] {
  const out: IsoDate[] = [];
  for (const d of eachDay(period.from, period.to)) if (isWorkingDay(d, closingDays)) out.push(d);
  return out;
}

/** Index of the first element ≥ day in a sorted list of days. */
function lowerBound(days: readonly IsoDate[], day: IsoDate): number {
  let lo = 0,
    hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (days[mid]! < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function overlaps(a: Assignment, period: Period): boolean {
  return a.start <= period.to && lastDay(a) >= period.from;
}

export interface SeatDayCount {
  capacitySeatDays: number;
  occupiedSeatDays: number;
}

/** Occupied seat-days on which the person's weekday distribution plans hours (DOMAIN.md, "the assignment"). */
export interface AssignedDayCount extends SeatDayCount {
  assignedWorkingDays: number;
}

export interface SeatDays extends AssignedDayCount {
  workingDays: number;
  areas: Record<Area, AssignedDayCount>;
}

/**
 * Whether a working day is an assigned working day of the assignment: its weekday distribution plans
 * hours for that weekday (the day must lie in the assignment and be a working day — the caller knows).
 */
function plansWeekday(): (a: Assignment, workingDay: IsoDate) => boolean {
  const minutes = new Map<Assignment, readonly number[]>();
  return (a, day) => {
    let m = minutes.get(a);
    if (!m) minutes.set(a, (m = weekdayMinutesOf(a)));
    return m[isoWeekday(day) - 1]! > 0;
  };
}

/**
 * Capacity and occupied seat-days of a period, on working days only, in total and per area (the
 * area a seat is in on each day). `workingDays` may be passed when the caller has them already.
 */
export function seatDays(
  main: MainData,
  period: Period,
  workingDays = workingDaysIn(period, main.settings.closingDays),
): SeatDays {
  const out: SeatDays = {
    workingDays: workingDays.length,
    capacitySeatDays: 0,
    occupiedSeatDays: 0,
    assignedWorkingDays: 0,
    areas: perArea(() => ({ capacitySeatDays: 0, occupiedSeatDays: 0, assignedWorkingDays: 0 })),
  };
  const plans = plansWeekday();
  for (const d of workingDays) {
    const plan = seatPlanOn(main.settings, d);
    out.capacitySeatDays += plan.total;
    for (const area of AREAS) out.areas[area].capacitySeatDays += plan.areas[area];
  }
  for (const a of main.assignments) {
    if (!overlaps(a, period)) continue;
    const last = lastDay(a);
    for (let i = lowerBound(workingDays, a.start); i < workingDays.length && workingDays[i]! <= last; i++) {
      const day = workingDays[i]!;
      const area = out.areas[areaOn(a, day)];
      out.occupiedSeatDays++;
      area.occupiedSeatDays++;
      if (plans(a, day)) {
        out.assignedWorkingDays++;
        area.assignedWorkingDays++;
      }
    }
  }
  return out;
}

export interface ExitCounts {
  exits: number;
  exitsByGroup: Record<ExitGroup, number>;
  exitsByReason: Record<string, number>;
}

/** The reason an assignment ended: its recorded exit, or `regular-end` when it ran its course. */
export function endReason(a: Assignment): string {
  return a.exit && a.exit.date <= a.until ? a.exit.reason : IMPLICIT_END_REASON;
}

/** Assignments whose seat is first taken within the period (entries). */
export function entriesIn(assignments: readonly Assignment[], period: Period): Assignment[] {
  return assignments.filter((a) => a.start >= period.from && a.start <= period.to);
}

/**
 * Assignments whose last day lies within the period (exits): a recorded exit, or the end of the
 * assignment reached without one (counted as `regular-end`).
 */
export function exitsIn(assignments: readonly Assignment[], period: Period): Assignment[] {
  return assignments.filter((a) => {
    const l = lastDay(a);
    return l >= period.from && l <= period.to;
  });
}

export function countExits(ended: readonly Assignment[]): ExitCounts {
  const out: ExitCounts = { exits: ended.length, exitsByGroup: emptyGroupCounts(), exitsByReason: {} };
  for (const a of ended) {
    const reason = endReason(a);
    out.exitsByGroup[exitGroupOf(reason)]++;
    out.exitsByReason[reason] = (out.exitsByReason[reason] ?? 0) + 1;
  }
  return out;
}

/** Exit reasons in the order of DOMAIN.md, for stable output. */
export function sortedReasons(byReason: Record<string, number>): [string, number][] {
  const order = Object.keys(EXIT_REASONS);
  const rank = (r: string) => (order.includes(r) ? order.indexOf(r) : order.length);
  return Object.entries(byReason).sort((x, y) => rank(x[0]) - rank(y[0]) || compareText(x[0], y[0]));
}

export interface Attendance {
  hoursMinutes: Minutes;
  /** Bookings with worked minutes on one of the person's assigned working days. */
  workedDays: number;
  /** Working days in a seat on which the person's weekday distribution plans hours. */
  assignedWorkingDays: number;
  attendanceRate: number;
}

/** The assignment that covers a participant's day, or undefined. */
function seatIndex(
  assignments: readonly Assignment[],
  period: Period,
): (personId: string, day: IsoDate) => Assignment | undefined {
  const byPerson = groupBy(
    assignments.filter((a) => overlaps(a, period)),
    (a) => a.personId,
  );
  return (personId, day) => byPerson.get(personId)?.find((x) => x.start <= day && day <= lastDay(x));
}

export interface AreaOccupancy extends SeatDayCount {
  area: Area;
  /** Seats of the area in the plan valid on the last day of the period. */
  capacity: number;
  rate: number;
  freeAtEnd: number;
  entries: number;
  exits: number;
  exitsByGroup: Record<ExitGroup, number>;
  freeingIn4Weeks: number;
  hoursMinutes: Minutes;
  workedDays: number;
  assignedWorkingDays: number;
  attendanceRate: number;
}

/** The occupancy summary of a period. Carries no names: counts only. */
export interface OccupancySummary extends ExitCounts, Attendance {
  from: IsoDate;
  to: IsoDate;
  workingDays: number;
  /** Seats in the plan valid on the last day of the period. */
  capacity: number;
  occupiedSeatDays: number;
  capacitySeatDays: number;
  /** occupiedSeatDays ÷ capacitySeatDays, 0..1 (0 when there is no capacity). */
  rate: number;
  entries: number;
  /** Seats occupied and free on the last day of the period. */
  occupiedAtEnd: number;
  freeAtEnd: number;
  /** Seats whose assignment ends within the 4 weeks after the period (free from the next day). */
  freeingIn4Weeks: number;
  /** Applicants decided suitable and not yet enrolled (the store as it stands). */
  waitlist: number;
  /** Applicants still waiting for (or booked into) the information appointment. */
  awaitingInfoAppointment: number;
  areas: AreaOccupancy[];
}

/**
 * The waiting list and those awaiting the information appointment, as the store stands now. Each
 * person is checked against their own assignments only, so a long history stays cheap.
 */
export function pipelineCounts(main: MainData): { waitlist: number; awaitingInfoAppointment: number } {
  const byPerson = groupBy(main.assignments, (a) => a.personId);
  let waitlist = 0,
    awaitingInfoAppointment = 0;
  for (const p of main.people) {
    const own = byPerson.get(p.id) ?? [];
    if (applicantStatus(p, own) === 'suitable') waitlist++;
    if (isAwaitingInfoAppointment(p, own)) awaitingInfoAppointment++;
  }
  return { waitlist, awaitingInfoAppointment };
}

/**
 * The occupancy summary of a period. `bookings` may hold more than the period; only those
 * within it count. Hours worked count on every day; worked days only on working days.
 */
export function occupancySummary(
  main: MainData,
  bookings: readonly Booking[],
  period: Period,
  pipeline: { waitlist: number; awaitingInfoAppointment: number } = pipelineCounts(main),
): OccupancySummary {
  const { assignments, settings } = main;
  const days = seatDays(main, period);
  const endPlan = seatPlanOn(settings, period.to);
  const endOcc = occupiedOn(assignments, period.to);
  const entered = entriesIn(assignments, period);
  const ended = exitsIn(assignments, period);

  const seatOf = seatIndex(assignments, period);
  const plans = plansWeekday();
  const hours = perArea(() => 0),
    worked = perArea(() => 0);
  let hoursMinutes = 0,
    workedDays = 0;
  const working = new Map<IsoDate, boolean>();
  for (const b of bookings) {
    if (b.date < period.from || b.date > period.to) continue;
    hoursMinutes += b.minutes;
    const seat = seatOf(b.participantId, b.date);
    const area = seat ? areaOn(seat, b.date) : null;
    if (area) hours[area] += b.minutes;
    if (b.minutes <= 0 || !seat) continue;
    let isWorking = working.get(b.date);
    if (isWorking === undefined) working.set(b.date, (isWorking = isWorkingDay(b.date, settings.closingDays)));
    // attendance counts the days worked among the assigned ones: never more than 100 %
    if (!isWorking || !plans(seat, b.date)) continue;
    workedDays++;
    worked[area!]++;
  }

  const areas = AREAS.map((area): AreaOccupancy => {
    const d = days.areas[area];
    const areaExits = countExits(ended.filter((a) => areaOn(a, lastDay(a)) === area));
    return {
      area,
      capacity: endPlan.areas[area],
      capacitySeatDays: d.capacitySeatDays,
      occupiedSeatDays: d.occupiedSeatDays,
      rate: ratio(d.occupiedSeatDays, d.capacitySeatDays),
      freeAtEnd: freeInArea(endPlan, endOcc, area),
      entries: entered.filter((a) => areaOn(a, a.start) === area).length,
      exits: areaExits.exits,
      exitsByGroup: areaExits.exitsByGroup,
      freeingIn4Weeks: freeingWithin(assignments, period.to, 28, area),
      hoursMinutes: hours[area],
      workedDays: worked[area],
      assignedWorkingDays: d.assignedWorkingDays,
      attendanceRate: ratio(worked[area], d.assignedWorkingDays),
    };
  });

  return {
    from: period.from,
    to: period.to,
    workingDays: days.workingDays,
    capacity: endPlan.total,
    occupiedSeatDays: days.occupiedSeatDays,
    capacitySeatDays: days.capacitySeatDays,
    rate: ratio(days.occupiedSeatDays, days.capacitySeatDays),
    entries: entered.length,
    ...countExits(ended),
    occupiedAtEnd: endOcc.total,
    freeAtEnd: freeSeats(endPlan, endOcc),
    freeingIn4Weeks: freeingWithin(assignments, period.to, 28),
    ...pipeline,
    hoursMinutes,
    workedDays,
    assignedWorkingDays: days.assignedWorkingDays,
    attendanceRate: ratio(workedDays, days.assignedWorkingDays),
    areas,
  };
}
