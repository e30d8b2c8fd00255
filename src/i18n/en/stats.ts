// The words of `insat stats`: the year's figures for the annual application.
import type { IsoDate } from '../../model/dates.js';
import type { Minutes } from '../../model/durations.js';
import { fmt } from './format.js';

export const stats = {
  description: "a year's programme figures for the annual application (default: last year), without names",
  optYear: 'the calendar year (default: the previous year; this year gives the year to date)',
  helpAfter: `
Figures: approved seats and average occupancy (per month and area), participants, entries, exits by
reason and group (regular end, work or training, further support, other), the integration rate (exits
into job, self-employment or training ÷ all exits, with and without regular-end), average and median
length of stay of those who left, hours worked, attendance, allowance paid (the monthly statements
summed), absence days by code and the absence rate. An assignment that ran to its end without a
recorded exit counts as an exit with reason regular-end.`,
  notBegun: (year: number, thisYear: number) =>
    `--year ${year} has not begun yet — give ${thisYear} (year to date) or an earlier year`,
  heading: (year: number, from: IsoDate, to: IsoDate, complete: boolean) =>
    `INSAT figures ${year} (${fmt.range(from, to)}${complete ? '' : ', year to date'})`,
  /** A figure with one decimal: 12.5, 12.0 */
  oneDecimal: (x: number) => x.toFixed(1),
  labels: {
    seatsApproved: 'Seats approved',
    averageOccupancy: 'Average occupancy',
    participants: 'Participants',
    entries: 'Entries',
    exits: 'Exits',
    integrationRate: 'Integration rate',
    lengthOfStay: 'Length of stay',
    hoursWorked: 'Hours worked',
    allowancePaid: 'Allowance paid',
    absenceDays: 'Absence days',
    absenceRate: 'Absence rate',
    occupancyByMonth: 'Occupancy by month',
    orders: 'Orders',
    customersByType: 'Customers by type',
    income: 'Income (material)',
    groupOffers: 'Group offers',
    groupAttendance: 'Group attendance',
  },
  averageOccupancy: (rate: string, occupied: string, seats: string, workingDays: number) =>
    `${rate}: ${occupied} of ${seats} seats on an average working day (${workingDays} working days)`,
  participants: (n: number) => `${n} with a seat on at least one day`,
  integrationRate: (all: string, withoutRegular: string, n: number) =>
    `${all} of all exits, ${withoutRegular} without regular-end (${n} into work or training)`,
  stay: (average: string, median: string, stays: number) =>
    `average ${average} days, median ${median} days (${stays} stays ended)`,
  /** The exits of a group by reason: "job 4, training 1". */
  reasons: (items: readonly string[]) => items.join(', '),
  nobodyLeft: 'nobody left',
  hoursWorked: (minutes: Minutes, days: number, attendance: string, assigned: number) =>
    `${fmt.hours(minutes)} h on ${fmt.int(days)} days, attendance ${attendance} of ${fmt.int(assigned)} assigned working days`,
  absenceRate: (rate: string, unexcused: string) =>
    `${rate} (sick, certified sick, excused, unexcused ÷ assigned working days); unexcused ${unexcused}`,
  orders: (total: number, byArea: string, delivered: number, cancelled: number) =>
    `${total} (${byArea}); ${delivered} delivered, ${cancelled} cancelled`,
  none: 'none',
  byMonth: (list: string) => ` (by month ${list})`,
  notRecorded: 'not recorded',
  ofRecordedPlaces: (rate: string) => `${rate} of the recorded places`,
  columns: {
    month: 'month',
    period: 'period',
    from: 'from',
    to: 'to',
    workingDays: 'working days',
    averageSeatsShort: 'Ø seats occupied',
    capacitySeatDays: 'capacity seat-days',
    occupiedSeatDays: 'occupied seat-days',
    rate: 'occupancy',
    averageSeats: 'average seats occupied',
    capacityOf: (area: string) => `capacity seat-days ${area}`,
    occupiedOf: (area: string) => `occupied seat-days ${area}`,
    rateOf: (area: string) => `occupancy ${area}`,
    entries: 'entries',
    exits: 'exits',
    exitsOf: (what: string) => `exits ${what}`,
    hours: 'hours',
    hoursWorked: 'hours worked',
    daysWorked: 'days worked',
    allowance: 'allowance',
    unexcusedDays: 'unexcused days',
    absenceDaysOf: (code: string) => `absence days ${code}`,
    approvedSeats: 'approved seats',
    participants: 'participants',
    integrationRate: 'integration rate',
    integrationRateWithoutRegularEnd: 'integration rate without regular-end',
    averageStayDays: 'average stay days',
    medianStayDays: 'median stay days',
  },
};
