// The weekday distribution of an assignment (enrol --days/--pattern) and the booking and enrolment
// features of issue 10 that came with it: range booking, a closed area, the roster's week hint, the
// earliest free seat, the booking and enrolment prompts.
import type { IsoDate } from '../../model/dates.js';
import type { Minutes } from '../../model/durations.js';
import type { AbsenceCode } from '../../model/types.js';
import type { PatternProblem } from '../../model/weekday-pattern.js';
import { fmt } from './format.js';

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const ABSENCE: Record<AbsenceCode, string> = {
  sick: 'a sickness',
  'sick-certified': 'a sickness',
  holiday: 'leave',
  excused: 'an excused absence',
  unexcused: 'an unexcused absence',
  closed: 'a closing day',
};

export const weekdays = {
  optDays: 'the working days, the weekly hours spread evenly over them: mo-fr (default), mo,di,do, …',
  optPattern:
    'hours per weekday instead: mo=6,di=6,mi=6,do=6,fr=0 (German or English day names; must add up to the weekly hours)',
  optFrom: 'first day of a range for one person (with --to, and --absent or --hours): its working days only',
  optTo: 'last day of the range',

  // the rules of a distribution (model/weekday-pattern.ts)
  patternSum: (pattern: string, sum: Minutes, hoursPerWeek: number) =>
    `the weekday pattern ${pattern} adds up to ${fmt.hours(sum)} h, the assignment has ${hoursPerWeek} h a week — make the days add up to ${hoursPerWeek} h`,
  notQuarter: (id: string, pattern: string) =>
    `${id}: the weekday pattern ${pattern} is not in quarter hours — round each day`,
  overDailyMax: (id: string, day: string, minutes: Minutes, max: Minutes) =>
    `${id}: ${day}=${fmt.hours(minutes)} h in the weekday pattern is more than the daily maximum of ${fmt.hours(max)} h — spread the hours over more days`,
  noDay: (id: string, pattern: string) =>
    `${id}: the weekday pattern ${pattern} plans no day — give at least one day hours`,
  aboveWeek: (id: string, pattern: string, sum: Minutes, hoursPerWeek: number) =>
    `${id}: the weekday pattern ${pattern} plans ${fmt.hours(sum)} h, more than the ${hoursPerWeek} h a week of the assignment — lower the days`,
  absenceOnFreeDay: (id: string, date: IsoDate, weekday: number, pattern: string, absence: AbsenceCode) =>
    `${id}: ${fmt.date(date)} is a ${DAYS[weekday - 1]} without planned hours for ${id} (weekday pattern ${pattern}) — ${ABSENCE[absence]} is booked on the person's working days only; leave the day without a booking`,

  // reading --days and --pattern
  daysAndPattern:
    '--days and --pattern exclude each other — --days spreads the weekly hours evenly, --pattern gives each day its hours',
  problem(flag: '--days' | '--pattern', value: string, p: PatternProblem): string {
    const example =
      flag === '--days' ? 'e.g. --days mo-fr or --days mo,di,do' : 'e.g. --pattern mo=6,di=6,mi=6,do=6,fr=0';
    switch (p.kind) {
      case 'empty':
        return `${flag} '${value}' names no day — ${example}`;
      case 'item':
        return `${flag}: '${p.item}' is not DAY=HOURS — ${example}`;
      case 'day':
        return `${flag}: '${p.item}' is not a weekday — use mo, di, mi, do, fr (or mon … fri, Montag … Freitag)`;
      case 'range':
        return `${flag}: '${p.item}' runs backwards — write the first day first, e.g. mo-fr`;
      case 'twice':
        return `${flag} names ${DAYS[p.day - 1]} twice — name each day once`;
      case 'weekend':
        return `${flag}: ${DAYS[p.day - 1]} cannot have planned hours — working days are Monday to Friday`;
      case 'hours':
        return `${flag}: '${p.item}' is not a number of hours — use mo=6, mo=6,5 or mo=6:30`;
      case 'quarter':
        return `${flag}: '${p.item}' is not in quarter-hour steps — round to :00, :15, :30 or :45`;
    }
  },

  // how a distribution reads
  evenWeek: 'Monday to Friday evenly',
  evenWeekPerDay: (perDay: Minutes) => `Monday to Friday evenly, ${fmt.hours(perDay)} h a day`,
  patternWeek: (pattern: string, sum: Minutes) => `${pattern} (${fmt.hours(sum)} h planned a week)`,

  // prompts
  promptHoursPerWeek: 'Hours per week',
  promptJobcenterRef: "Jobcenter's reference of the assignment",
  promptIntegrationOfficer: 'Integration officer (Jobcenter)',
  promptHoursOrAbsence: 'Hours worked (6,5 or 6:30) or an absence (krank, urlaub, …)',
  promptHoursOrAbsenceInvalid: (words: string) => `use 6.5, 6,5 or 6:30, or an absence code (${words})`,

  // a seat refusal at enrolment: the advice after "N seats taken in AREA on DAY, the area has M —"
  earliestStart: (area: string, start: IsoDate, until: IsoDate) =>
    `the earliest start with a free seat in ${area} is ${fmt.date(start)} (--start ${start} --until ${until} keeps the length), or choose another area (see 'insat seats')`,
  noSeatFrees: (area: string) =>
    `no seat in ${area} frees up under the seat plan as it stands: choose another area or raise the seat plan ('insat config set seats.${area} N --from DATE')`,

  // hours book --area
  roster: {
    noRange: '--from/--to book a range for one person — a whole area is booked one day at a time with --date',
    onlyClosed: (code: string) =>
      `--absent ${code} with --area — a whole area is booked absent only as a closing day: use --absent closed (or book people one by one)`,
    weekHint: (id: string, fits: Minutes) =>
      fits > 0
        ? `book the hours that fit with --except ${id}=${fmt.hours(fits)}`
        : `no hours are left that week: book an absence with --except ${id}=CODE`,
    dayOff: (ids: readonly string[]) => `no planned hours that day (weekday distribution), left out: ${ids.join(', ')}`,
    nobodyPlanned: (area: string, date: IsoDate) =>
      `nobody in ${area} has planned hours on ${fmt.date(date)} — nothing to book`,
  },

  // hours book ID --from --to
  range: {
    needsBoth: '--from and --to go together — give the first and the last day of the range',
    withDate: '--date is one day, --from/--to a range — give one of them',
    backwards: (from: string, to: string) => `--to ${to} lies before --from ${from} — give the first day first`,
    tooLong: (days: number) => `the range has ${days} days, more than a year — book at most 366 days at once`,
    needsValue: '--from/--to books every working day of the range — add --absent CODE (or --hours H)',
    noDays: (id: string, from: IsoDate, to: IsoDate) =>
      `${id} has no working day with planned hours from ${fmt.date(from)} to ${fmt.date(to)} — nothing to book; weekends, public holidays, closing days and days without planned hours are left out`,
    done: (dryRun: boolean, id: string, days: number, from: IsoDate, to: IsoDate, what: string) =>
      `${dryRun ? 'book' : 'booked'} ${id} on ${fmt.count(days, 'working day', 'working days')} from ${fmt.date(from)} to ${fmt.date(to)}: ${what}`,
    skipped: (count: number) =>
      `${fmt.count(count, 'day', 'days')} left out (weekends, public holidays, closing days, days without planned hours)`,
    replaced: (list: string) => `replaced: ${list}`,
  },
};
