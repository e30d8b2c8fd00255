// The texts of the booking features added with the weekday distribution (range booking, a closed
// area, the roster's week hint, the prompts), in one place for the message catalogue.
import { minutesToDecimalHours, type Minutes } from '../../model/durations.js';
import { GERMAN_ABSENCE_WORDS } from '../../model/words.js';

export const rosterText = {
  noRange: '--from/--to book a range for one person — a whole area is booked one day at a time with --date',
  areaAbsenceOnlyClosed: (code: string) =>
    `--absent ${code} with --area — a whole area is booked absent only as a closing day: use --absent closed (or book people one by one)`,
  weekHint: (id: string, fitsMinutes: Minutes) =>
    fitsMinutes > 0
      ? `book the hours that fit with --except ${id}=${minutesToDecimalHours(fitsMinutes, ',')}`
      : `no hours are left that week: book an absence with --except ${id}=CODE`,
  dayOff: (ids: readonly string[]) => `no planned hours that day (weekday distribution), left out: ${ids.join(', ')}`,
  nobodyPlanned: (area: string, day: string) => `nobody in ${area} has planned hours on ${day} — nothing to book`,
};

export const rangeText = {
  needsBoth: '--from and --to go together — give the first and the last day of the range',
  withDate: '--date is one day, --from/--to a range — give one of them',
  backwards: (from: string, to: string) => `--to ${to} lies before --from ${from} — give the first day first`,
  tooLong: (days: number) => `the range has ${days} days, more than a year — book at most 366 days at once`,
  needsValue: '--from/--to books every working day of the range — add --absent CODE (or --hours H)',
  noDays: (id: string, from: string, to: string) =>
    `${id} has no working day with planned hours from ${from} to ${to} — nothing to book; weekends, public holidays, closing days and days without planned hours are left out`,
  done: (dryRun: boolean, id: string, days: number, from: string, to: string, what: string) =>
    `${dryRun ? 'book' : 'booked'} ${id} on ${days} working day${days === 1 ? '' : 's'} from ${from} to ${to}: ${what}`,
  skipped: (count: number) =>
    `${count} day${count === 1 ? '' : 's'} left out (weekends, public holidays, closing days, days without planned hours)`,
};

export const promptText = {
  hoursOrAbsence: 'Hours worked (6,5 or 6:30) or an absence (krank, urlaub, …)',
  hoursOrAbsenceInvalid: `use 6.5, 6,5 or 6:30, or an absence code (${GERMAN_ABSENCE_WORDS})`,
};
