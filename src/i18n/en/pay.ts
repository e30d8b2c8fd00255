// The words of `insat pay` (the monthly allowance statement, MAE) and its export.
import type { IsoDate } from '../../model/dates.js';
import type { Minutes } from '../../model/durations.js';
import { fmt } from './format.js';

const s = (n: number) => (n === 1 ? '' : 's');

export const pay = {
  description: 'the monthly allowance (MAE) statement: hours worked × the rate valid on each day, per participant',
  optMonth: 'the month',
  optParticipant: 'one participant',
  helpAfter: `
The allowance is paid only for hours actually worked: each day's hours × the rate valid that day
('insat config rate list'), summed exactly and rounded half up once per person and month. Absence
days earn nothing and are counted by code. Everybody with a seat on a day of the month is listed.`,
  askMonth: 'Month (YYYY-MM)',
  monthFormat: 'use YYYY-MM',
  noRate: (dates: readonly IsoDate[]) =>
    `no allowance rate was set for ${dates.map(fmt.date).join(', ')}; those hours count 0 € — set one with 'insat config rate set EUROS --from DATE'`,
  unbooked: (days: number, month: string, people: number) =>
    `${days} assigned working day${s(days)} of ${month} ${days === 1 ? 'is' : 'are'} not booked yet (${people} participant${s(people)}, column 'not booked'): the statement pays only booked hours — see 'insat hours missing --month ${month}'`,
  nobody: (month: string) => `nobody had a seat or a booking in ${month} — nothing to pay`,
  total: (cents: number, worked: Minutes, working: number, all: number, from: IsoDate, to: IsoDate) =>
    `total ${fmt.euro(cents)} for ${fmt.hours(worked)} h worked by ${working} of ${all} participants, ${fmt.date(from)}–${fmt.date(to)}`,
  /** Entry or exit within the month, in the table: "from 2026-11-16" · "to 2026-11-13". */
  seatFrom: (date: IsoDate) => `from ${fmt.date(date)}`,
  seatTo: (date: IsoDate) => `to ${fmt.date(date)}`,
  noSeat: 'no seat',
  columns: {
    pseudonym: 'pseudonym',
    id: 'id',
    name: 'name',
    area: 'area',
    from: 'from',
    to: 'to',
    seat: 'seat',
    daysWorked: 'days worked',
    hours: 'hours',
    rate: 'euros per hour',
    amount: 'amount',
    sickCertified: 'sick (certified)',
    sick: 'sick',
    excused: 'excused',
    unexcused: 'unexcused',
    leave: 'leave',
    closed: 'closed',
    absenceDays: 'absence days',
    notBooked: 'not booked',
  },
};
