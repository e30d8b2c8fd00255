// The programme's settings and their dated history (seat plans, closing days, the allowance rate).
import type { IsoDate } from '../../model/dates.js';
import type { Minutes } from '../../model/durations.js';
import { fmt } from './format.js';

export interface RepricedMonthWords {
  month: string;
  oldCents: number;
  newCents: number;
}

export const settings = {
  seatsPerArea: (from: IsoDate, sum: number, total: number) =>
    `the areas' seats from ${fmt.date(from)} add up to ${sum}, more than the total ${total} — lower an area's seats or raise the total`,
  programmeCapacity: (from: IsoDate, total: number, max: number) =>
    `the seat plan from ${fmt.date(from)} has ${total} seats; the programme allows at most ${max} — lower seats.total`,
  weeklyHoursBounds: (min: number, max: number) =>
    `weekly hours minimum ${min} is above the maximum ${max} — change weeklyHours.min or weeklyHours.max so that min ≤ max`,
  dailyMaximum: (minutes: Minutes) =>
    `a daily maximum of ${fmt.hours(minutes)} h is not a possible working day — set dailyMax to more than 0 and at most 24 hours`,
  twoRates: (from: IsoDate) => `two allowance rates start on ${fmt.date(from)} — keep one rate per start day`,
  seatPlanBelowTaken: (from: IsoDate, total: number, taken: number, ids: string[]) =>
    `the seat plan from ${fmt.date(from)} has ${total} seats, but ${taken} are taken that day (${ids.join(', ')}) — keep at least ${taken}, or start the plan after those assignments end`,
  seatPlanAreaBelowTaken: (from: IsoDate, area: string, seats: number, taken: number, ids: string[]) =>
    `the seat plan from ${fmt.date(from)} gives ${area} ${seats} seats, but ${taken} are taken there that day (${ids.join(', ')}) — keep at least ${taken}, or start the plan after those assignments end`,
  theSeatPlanFrom: (from: IsoDate) => `the seat plan from ${fmt.date(from)}`,
  theClosingDays: 'the change of closing days',
  theRateChangeFrom: (from: IsoDate) => `the rate change from ${fmt.date(from)}`,
  reachesBack: (what: string, past: IsoDate[]) =>
    `${what} reaches back before today (${past.slice(0, 5).map(fmt.date).join(', ')}${past.length > 5 ? ', …' : ''}); figures already reported would change — add --force if it is meant`,
  notWorkingDay: (day: IsoDate, why: string) =>
    `${fmt.date(day)} is no working day (${why}) — a closing day falls on a working day; leave it out`,
  repriced: (m: RepricedMonthWords) => `${m.month}: ${fmt.euro(m.oldCents)} → ${fmt.euro(m.newCents)}`,
  reachesMonths: (lines: string[], n: number) =>
    `reaches into ${n} month${n === 1 ? '' : 's'} with bookings (${lines.join('; ')}${n > 3 ? '; …' : ''})`,
  startsBeforeToday: (today: IsoDate) => `starts before today (${fmt.date(today)})`,
  pastRateChange: (what: string, why: string) =>
    `${what} ${why}; statements already sent must stay reproducible — see every month with --dry-run --force, then repeat with --force if it is meant`,
  rateStartsThatDay: (from: IsoDate) =>
    `a rate already starts on ${fmt.date(from)}; the history is never rewritten — choose another date, or remove the wrong entry with 'insat config rate delete --from ${from}'`,
  rateUnchanged: (from: IsoDate, cents: number) =>
    `the rate from ${fmt.date(from)} is already ${fmt.euro(cents)}/h — a rate equal to the one before it changes nothing; leave it out`,
  noRateThatDay: (from: IsoDate) =>
    `no rate starts on ${fmt.date(from)} — see the starting days with 'insat config rate list'`,
  onlyRate: (from: IsoDate) => `the rate from ${fmt.date(from)} is the only one — set another rate first`,
  rateSameAsNext: (from: IsoDate, next: IsoDate, cents: number) =>
    `a rate of ${fmt.euro(cents)}/h already starts on ${fmt.date(next)}; the same rate from ${fmt.date(from)} would make that step change nothing — to let it start earlier, delete it first with 'insat config rate delete --from ${next}'`,
  unpriced: (days: number, first: IsoDate, last: IsoDate) =>
    `${fmt.count(days, 'day with hours worked', 'days with hours worked')} (${fmt.date(first)} – ${fmt.date(last)}) ${days === 1 ? 'has' : 'have'} no allowance rate — keep or set a rate from ${fmt.date(first)} or earlier ('insat config rate list')`,
  deleteLeavesEqualRates: (from: IsoDate, before: IsoDate, after: IsoDate, cents: number) =>
    `without the rate from ${fmt.date(from)} the rate from ${fmt.date(before)} (${fmt.euro(cents)}/h) would be followed by the same rate from ${fmt.date(after)} — delete the rate from ${fmt.date(after)} first ('insat config rate delete --from ${after}')`,
};
