// The words of `insat occupancy` and of the weekly summary mail cron sends (src/reports/occupancy-text.ts).
import type { IsoDate } from '../../model/dates.js';
import type { Minutes } from '../../model/durations.js';
import { fmt } from './format.js';

const s = (n: number) => (n === 1 ? '' : 's');

export const occupancy = {
  description: 'occupancy summary per area and in total, without names (default: the last complete ISO week)',
  helpAfter: `
Occupancy = occupied seat-days ÷ capacity seat-days, both counted on working days only (Monday to
Friday, no NRW public holiday, no closing day). A seat is occupied from the assignment's start to its
end or exit, inclusive; the capacity is the seat plan valid on each day. Attendance = days with hours
worked ÷ working days with a seat. The waiting list is counted as the store stands now.
For cron: never prompts, no colour unless on a terminal, nothing on stderr when all is well.`,
  exampleMailSubject: 'INSAT occupancy',
  /** The exit groups (ExitGroup), in the mail and the year's figures. */
  exitGroups: {
    regular: 'regular end',
    integration: 'work or training',
    'further-support': 'further support',
    other: 'other',
  } as Record<string, string>,
  total: 'Total',
  /** The area column of csv-de in people's words (the table names areas and the total itself); English keeps the codes. */
  areaWords: {} as Record<string, string>,
  /** "INSAT occupancy 2026-W47 (2026-11-16 – 2026-11-22), 5 working days"; `label` null: the dates only. */
  heading: (label: string | null, from: IsoDate, to: IsoDate, workingDays: number) =>
    `INSAT occupancy ${label === null ? fmt.range(from, to) : `${label} (${fmt.range(from, to)})`}, ${workingDays} working day${s(workingDays)}`,
  /** "35 of 40 seat-days" (the numbers come padded) */
  seatDays: (occupied: string, capacity: string) => `${occupied} of ${capacity} seat-days`,
  freeAtEnd: (free: string, seats: string) => `${free} of ${seats} seats free at the end`,
  notOver: (today: IsoDate) =>
    `The period is not over (today is ${fmt.date(today)}): seats from today on are counted as planned.`,
  /** The labels of the lines under the bars (padded by the renderer). */
  entries: 'Entries',
  exits: 'Exits',
  freeingUp: 'Freeing up',
  waitingList: 'Waiting list',
  hoursWorked: 'Hours worked',
  freeing: (n: number, to: IsoDate) => `${n} seat${s(n)} in the 4 weeks after ${fmt.date(to)}`,
  waiting: (suitable: number, awaiting: number) =>
    `${suitable} decided suitable, ${awaiting} awaiting an information appointment`,
  worked: (minutes: Minutes, workedDays: number, assignedDays: number) =>
    `${fmt.hours(minutes)} h, attendance ${fmt.percent(workedDays, assignedDays)} (${workedDays} of ${assignedDays} assigned working days worked)`,
  columns: {
    from: 'from',
    to: 'to',
    area: 'area',
    workingDays: 'working days',
    seats: 'seats',
    occupiedSeatDays: 'occupied seat-days',
    capacitySeatDays: 'capacity seat-days',
    rate: 'occupancy',
    freeAtEnd: 'free at end',
    entries: 'entries',
    exits: 'exits',
    exitGroup: (group: string) => `exits ${group}`,
    freeingShort: 'freeing ≤4 wk',
    freeingIn4Weeks: 'freeing in 4 weeks',
    hours: 'hours',
    workedDays: 'worked days',
    assignedWorkingDays: 'assigned working days',
    attendance: 'attendance',
    waitlist: 'waiting list',
    awaitingInfoAppointment: 'awaiting info appointment',
  },
};
