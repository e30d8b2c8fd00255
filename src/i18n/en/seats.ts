import type { IsoDate } from '../../model/dates.js';
import { fmt } from './format.js';

export const seats = {
  description: 'free and occupied seats per area and in total, seats freeing up soon, the waiting list',
  optDate: 'the day to look at (default: today)',
  columns: {
    area: 'area',
    capacity: 'seats',
    occupied: 'occupied',
    free: 'free',
    in4: 'freeing ≤4 wk',
    in8: 'freeing ≤8 wk',
    starting: 'starting ≤4 wk',
  },
  total: 'total',
  heading: (date: IsoDate, occupied: number, capacity: number, free: number) =>
    `Seats on ${fmt.date(date)}: ${occupied} of ${capacity} occupied, ${free} free`,
  endingSoon: 'Ending within 8 weeks:',
  lastDay: (date: IsoDate) => `last day ${fmt.date(date)}`,
  waiting: (n: number) => `Waiting list (${n}, decided suitable, oldest first):`,
  nobodyWaiting: 'Waiting list: nobody is waiting — free seats need new applicants',
  waitingSince: (date: IsoDate, referredBy: string) => `since ${fmt.date(date)} (${referredBy})`,
};
