// The seat situation on one day: capacity, occupied, free, seats freeing up soon, waiting list.
import { applicantStatus, areaOn, lastDay } from './assignment.js';
import { endingWithin, freeInArea, freeingWithin, freeSeats, occupiedOn } from './capacity.js';
import { addDays, type IsoDate } from './dates.js';
import { seatPlanOn } from './settings.js';
import { AREAS, type Area, type MainData, type ReferralSource } from './types.js';
import { compareText } from './compare.js';

export interface AreaSeats {
  area: Area;
  capacity: number;
  occupied: number;
  free: number;
  freeingIn4Weeks: number;
  freeingIn8Weeks: number;
  startingIn4Weeks: number;
}

export interface WaitingApplicant {
  id: string;
  name: string;
  since: IsoDate;
  referredBy: ReferralSource;
}

export interface SeatSummary {
  date: IsoDate;
  capacity: number;
  occupied: number;
  free: number;
  freeingIn4Weeks: number;
  freeingIn8Weeks: number;
  startingIn4Weeks: number;
  waitlist: number;
  areas: AreaSeats[];
  waiting: WaitingApplicant[];
  upcomingEnds: { id: string; area: Area; lastDay: IsoDate }[];
}

export function seatSummary(data: MainData, date: IsoDate): SeatSummary {
  const plan = seatPlanOn(data.settings, date);
  const occ = occupiedOn(data.assignments, date);
  const in4 = (d: IsoDate) => d > date && d <= addDays(date, 28);
  const areas = AREAS.map((area): AreaSeats => ({
    area,
    capacity: plan.areas[area],
    occupied: occ.areas[area],
    free: freeInArea(plan, occ, area),
    freeingIn4Weeks: freeingWithin(data.assignments, date, 28, area),
    freeingIn8Weeks: freeingWithin(data.assignments, date, 56, area),
    startingIn4Weeks: data.assignments.filter((a) => in4(a.start) && a.areas[0]!.area === area).length,
  }));
  // Enrolled people are never waiting: one Set instead of a scan of all assignments per person.
  const enrolled = new Set(data.assignments.map((a) => a.personId));
  const waiting = data.people
    .filter((p) => !enrolled.has(p.id) && applicantStatus(p, []) === 'suitable')
    .map((p) => ({ id: p.id, name: p.name, since: p.decision!.date, referredBy: p.referredBy }))
    .sort((a, b) => compareText(a.since, b.since) || compareText(a.id, b.id));
  const upcomingEnds = endingWithin(data.assignments, date, 56)
    .map((a) => ({ id: a.personId, area: areaOn(a, date), lastDay: lastDay(a) }))
    .sort((a, b) => compareText(a.lastDay, b.lastDay));
  return {
    date,
    capacity: plan.total,
    occupied: occ.total,
    free: freeSeats(plan, occ),
    freeingIn4Weeks: freeingWithin(data.assignments, date, 28),
    freeingIn8Weeks: freeingWithin(data.assignments, date, 56),
    startingIn4Weeks: areas.reduce((s, a) => s + a.startingIn4Weeks, 0),
    waitlist: waiting.length,
    areas,
    waiting,
    upcomingEnds,
  };
}
