import type { seats as en } from '../en/seats.js';
import { fmt } from './format.js';

export const seats: typeof en = {
  description: 'freie und belegte Plätze je Praxisbereich und insgesamt, bald frei werdende Plätze, die Warteliste',
  optDate: 'der Stichtag (Standard: heute)',
  columns: {
    area: 'Praxisbereich',
    capacity: 'Plätze',
    occupied: 'belegt',
    free: 'frei',
    in4: 'frei in ≤4 Wo.',
    in8: 'frei in ≤8 Wo.',
    starting: 'Beginn in ≤4 Wo.',
  },
  total: 'gesamt',
  heading: (date, occupied, capacity, free) =>
    `Plätze am ${fmt.date(date)}: ${occupied} von ${capacity} belegt, ${free} frei`,
  endingSoon: 'Zuweisungen, die in den nächsten 8 Wochen enden:',
  lastDay: (date) => `letzter Tag ${fmt.date(date)}`,
  waiting: (n) => `Warteliste (${n}, als geeignet entschieden, die längste Wartezeit zuerst):`,
  nobodyWaiting: 'Warteliste: niemand wartet — für freie Plätze braucht es neue Interessierte',
  waitingSince: (date, referredBy) => `seit ${fmt.date(date)} (${referredBy})`,
};
