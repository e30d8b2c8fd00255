// The notice of free seats (Platzfreimeldung) for the Jobcenter: per area the seats free and from
// which day, the seats that free up in the next 4 and 8 weeks, and the suitable applicants waiting
// with their Jobcenter customer numbers — for the Jobcenter to assign. The counts are `insat
// seats`' (seatSummary); what is new here is the day from which each seat is free.
import { lastDay } from './assignment.js';
import { endingWithin, occupiedOn } from './capacity.js';
import { addDays, type IsoDate } from './dates.js';
import { seatSummary } from './seats.js';
import { seatPlanOn } from './settings.js';
import { AREAS, type Area, type Assignment, type MainData, type Settings } from './types.js';
import { compareText } from './compare.js';

/** How far ahead the notice looks: the 8 weeks of "seats freeing". */
export const VACANCY_HORIZON_DAYS = 56;

export interface FreeSeats {
  /** The first day the seats are free. */
  from: IsoDate;
  seats: number;
}

export interface AreaVacancy {
  area: Area;
  capacity: number;
  occupied: number;
  /** Seats free on the day of the notice (as `insat seats` counts them). */
  free: number;
  /** Seats that stay free from a day up to the end of the horizon, earliest first. */
  freeFrom: FreeSeats[];
  freeingIn4Weeks: number;
  freeingIn8Weeks: number;
  /** Days from which a seat of an assignment ending within 8 weeks is free again (the day after its last day). */
  freeingOn: IsoDate[];
}

export interface WaitingForSeat {
  id: string;
  name: string;
  jobcenterCustomerNo: string;
  /** The day the person was found suitable. */
  since: IsoDate;
}

export interface VacancyNotice {
  date: IsoDate;
  /** The last day the notice looks at (date + 8 weeks). */
  horizon: IsoDate;
  areas: AreaVacancy[];
  /** The programme as a whole, as `insat seats` counts it: its seats may be fewer than the areas' sum. */
  total: { capacity: number; occupied: number; free: number; freeingIn4Weeks: number; freeingIn8Weeks: number };
  waiting: WaitingForSeat[];
}

/** Seats of an area a new assignment could take on a day: room in the area and in the programme. */
export function seatsFreeOn(assignments: readonly Assignment[], settings: Settings, area: Area, date: IsoDate): number {
  const plan = seatPlanOn(settings, date);
  const occ = occupiedOn(assignments, date);
  return Math.max(0, Math.min(plan.areas[area] - occ.areas[area], plan.total - occ.total));
}

/**
 * The seats of an area that stay free from a day through `to`, by the day they become free: a seat
 * counts as free from a day only when no later start (or move, or smaller seat plan) takes it before
 * `to`. Today 2 free, a start in 2 weeks, an end in 3 weeks → 1 seat from today, 1 more from the day
 * after that end.
 */
export function seatsFreeFrom(
  assignments: readonly Assignment[],
  settings: Settings,
  area: Area,
  from: IsoDate,
  to: IsoDate,
): FreeSeats[] {
  const days: IsoDate[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) days.push(d);
  // the fewest seats free on any day from d to the end: what stays free from d on
  const lasting: number[] = new Array<number>(days.length);
  let least = Infinity;
  for (let i = days.length - 1; i >= 0; i--) {
    least = Math.min(least, seatsFreeOn(assignments, settings, area, days[i]!));
    lasting[i] = least;
  }
  const out: FreeSeats[] = [];
  let counted = 0;
  days.forEach((d, i) => {
    if (lasting[i]! > counted) {
      out.push({ from: d, seats: lasting[i]! - counted });
      counted = lasting[i]!;
    }
  });
  return out;
}

/** The days from which the seats of an area's assignments ending after `date` and within `days` are free again. */
export function seatsFreeingOn(assignments: readonly Assignment[], date: IsoDate, days: number, area: Area): IsoDate[] {
  return endingWithin(assignments, date, days, area)
    .map((a) => addDays(lastDay(a), 1))
    .sort(compareText);
}

export function vacancyNotice(data: MainData, date: IsoDate): VacancyNotice {
  const summary = seatSummary(data, date);
  const horizon = addDays(date, VACANCY_HORIZON_DAYS);
  const people = new Map(data.people.map((p) => [p.id, p]));
  return {
    date,
    horizon,
    areas: AREAS.map((area) => {
      const s = summary.areas.find((a) => a.area === area)!;
      return {
        area,
        capacity: s.capacity,
        occupied: s.occupied,
        free: s.free,
        freeFrom: seatsFreeFrom(data.assignments, data.settings, area, date, horizon),
        freeingIn4Weeks: s.freeingIn4Weeks,
        freeingIn8Weeks: s.freeingIn8Weeks,
        freeingOn: seatsFreeingOn(data.assignments, date, VACANCY_HORIZON_DAYS, area),
      };
    }),
    total: {
      capacity: summary.capacity,
      occupied: summary.occupied,
      free: summary.free,
      freeingIn4Weeks: summary.freeingIn4Weeks,
      freeingIn8Weeks: summary.freeingIn8Weeks,
    },
    // a purged record has no name or number left to send
    waiting: summary.waiting
      .filter((w) => !people.get(w.id)?.purged)
      .map((w) => ({
        id: w.id,
        name: w.name,
        jobcenterCustomerNo: people.get(w.id)?.jobcenterCustomerNo ?? '',
        since: w.since,
      })),
  };
}
