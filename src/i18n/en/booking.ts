// The words of the booking rules (src/model/booking.ts, exit-bookings.ts, unbooked.ts).
import type { IsoDate } from '../../model/dates.js';
import { formatMinutesClock, type Minutes } from '../../model/durations.js';
import type { NonWorkingDay } from '../../model/booking.js';
import { fmt } from './format.js';

type Booked = { minutes: Minutes; absence: string | null };

/** "6.5 h" or the absence code: how a booking reads in a message. */
const describe = (b: Booked): string => b.absence ?? `${fmt.hours(b.minutes)} h`;

const nonWorking = (d: NonWorkingDay): string =>
  d.kind === 'saturday'
    ? 'a Saturday'
    : d.kind === 'sunday'
      ? 'a Sunday'
      : d.kind === 'holiday'
        ? `a public holiday (${d.holiday})`
        : 'a closing day of the provider';

const ABSENCE_WORDS: Record<string, string> = {
  holiday: 'leave',
  excused: 'an excused absence',
  unexcused: 'an unexcused absence',
  closed: 'a closing day',
};

const week = (from: IsoDate, to: IsoDate) => `${fmt.date(from)}–${fmt.date(to)}`;
const limit = (minutes: Minutes) => `${fmt.hours(minutes)} h a week of the assignment`;

export const booking = {
  describe,
  nonWorking,
  absenceWithMinutes: (id: string, date: IsoDate, minutes: Minutes) =>
    `${id}: the absence on ${fmt.date(date)} carries ${minutes} worked minutes — an absence day has no worked time`,
  noHours: (id: string, date: IsoDate) =>
    `${id}: the booking on ${fmt.date(date)} has no hours — book worked hours or an absence code`,
  quarterHour: (id: string, minutes: Minutes, date: IsoDate) =>
    `${id}: ${formatMinutesClock(minutes)} h on ${fmt.date(date)} is not in quarter-hour steps — round to :00, :15, :30 or :45`,
  future: (id: string, date: IsoDate) =>
    `${id}: ${fmt.date(date)} lies in the future — book hours and absences on the day or afterwards, never ahead`,
  neverEnrolled: (id: string) => `${id} has never been enrolled — only participants can be booked`,
  noAssignment: (id: string, date: IsoDate, spans: readonly { from: IsoDate; to: IsoDate }[]) =>
    `${id} has no assignment on ${fmt.date(date)} — bookings are possible from the start to the end or exit of the assignment (${spans.map((s) => `${fmt.date(s.from)} to ${fmt.date(s.to)}`).join(', ')})`,
  dailyMax: (id: string, b: Booked, date: IsoDate, maxMinutes: Minutes) =>
    `${id}: ${describe(b)} on ${fmt.date(date)} is more than the daily maximum of ${fmt.hours(maxMinutes)} h`,
  workingDay: (id: string, date: IsoDate, why: NonWorkingDay) =>
    `${id}: ${fmt.date(date)} is ${nonWorking(why)} — worked hours on that day need --force`,
  absenceDay: (id: string, date: IsoDate, why: NonWorkingDay, absence: string) =>
    `${id}: ${fmt.date(date)} is ${nonWorking(why)} — ${ABSENCE_WORDS[absence] ?? absence} is booked on working days only; leave the day without a booking`,
  weeklyWouldMake: (
    id: string,
    b: Booked,
    date: IsoDate,
    worked: Minutes,
    from: IsoDate,
    to: IsoDate,
    limitMinutes: Minutes,
    left: Minutes,
  ) =>
    `${id}: ${describe(b)} on ${fmt.date(date)} would make ${fmt.hours(worked)} h in the week ${week(from, to)}, above the ${limit(limitMinutes)} (${fmt.hours(left)} h left that day)`,
  weeklyBooked: (id: string, worked: Minutes, from: IsoDate, to: IsoDate, limitMinutes: Minutes) =>
    `${id}: ${fmt.hours(worked)} h booked in the week ${week(from, to)}, above the ${limit(limitMinutes)}`,
  duplicate: (id: string, date: IsoDate, existing: Booked) =>
    `${id} is already booked on ${fmt.date(date)} (${describe(existing)}) — pass --replace to correct it`,
  duplicateInBatch: (id: string, date: IsoDate) => `${id} is booked twice on ${fmt.date(date)} in the same batch`,
  twoBookings: (id: string, date: IsoDate) =>
    `${id} has two bookings on ${fmt.date(date)} — delete one with 'insat hours delete'`,
  afterExit: (id: string, exitDate: IsoDate, dates: readonly IsoDate[]) =>
    `${id} has bookings after the exit day ${fmt.date(exitDate)}: ${dates.slice(0, 10).map(fmt.date).join(', ')}${dates.length > 10 ? ` and ${dates.length - 10} more` : ''} — delete them first with 'insat hours delete ${id} --date DAY', or record a later exit day`,
  /** `dates` newest first. */
  unbooked: (id: string, dates: readonly IsoDate[], grace: number) =>
    `${id}: ${dates.length} assigned working day${dates.length === 1 ? '' : 's'} not booked, older than ${grace} working days (${dates.slice(0, 5).map(fmt.date).join(', ')}${dates.length > 5 ? ` and ${dates.length - 5} more` : ''}) — book them; 'insat hours missing --participant ${id} --from ${dates[dates.length - 1]} --to ${dates[0]}' lists them`,
};
