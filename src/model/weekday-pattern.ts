// The weekday distribution of an assignment (DOMAIN.md): the planned hours of each weekday, Monday
// to Friday. Without one the weekly hours are spread evenly over Monday to Friday. A weekday without
// planned hours is no assigned working day for that person: nothing is planned, nothing is missing.
import { coversDay } from './assignment.js';
import { isoWeekday, type IsoDate } from './dates.js';
import { isWorkingDay } from './holidays.js';
import type { Text } from '../i18n/text.js';
import { isQuarterHour, minutesToDecimalHours, parseHours, type Minutes } from './durations.js';
import type { Assignment, Settings } from './types.js';
import { violation, type Violation } from './violations.js';

/** Planned minutes of Monday … Friday (five entries). */
export type WeekdayMinutes = Minutes[];

/** ISO weekday numbers (1 = Monday) and the short German names the office writes (mo, di, mi, do, fr). */
export const WEEKDAY_SHORT = ['mo', 'di', 'mi', 'do', 'fr', 'sa', 'so'] as const;

const DAY_WORDS: Record<string, number> = {};
const names: string[][] = [
  ['mo', 'mon', 'montag', 'monday'],
  ['di', 'tu', 'tue', 'dienstag', 'tuesday'],
  ['mi', 'we', 'wed', 'mittwoch', 'wednesday'],
  ['do', 'th', 'thu', 'donnerstag', 'thursday'],
  ['fr', 'fri', 'freitag', 'friday'],
  ['sa', 'sat', 'samstag', 'saturday'],
  ['so', 'su', 'sun', 'sonntag', 'sunday'],
];
names.forEach((words, i) => words.forEach((w) => (DAY_WORDS[w] = i + 1)));

/** A weekday from a German or English name or abbreviation, any case: 1 = Monday … 7 = Sunday, or null. */
export function weekdayOfWord(text: string): number | null {
  return DAY_WORDS[text.trim().toLowerCase().replace(/\.$/, '')] ?? null;
}

/** Why a `--days` or `--pattern` value cannot be read; the command words it. */
export type PatternProblem =
  | { kind: 'empty' }
  | { kind: 'item'; item: string }
  | { kind: 'day'; item: string }
  | { kind: 'range'; item: string }
  | { kind: 'twice'; day: number }
  | { kind: 'weekend'; day: number }
  | { kind: 'hours'; item: string }
  | { kind: 'quarter'; item: string };

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: PatternProblem };

const fail = <T>(problem: PatternProblem): Parsed<T> => ({ ok: false, problem });

/** `mo-fr`, `mo,di,do`, `Montag-Mittwoch,Freitag` → the ISO weekdays (Monday to Friday only), in order. */
export function parseDays(text: string): Parsed<number[]> {
  const items = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (items.length === 0) return fail({ kind: 'empty' });
  const days = new Set<number>();
  for (const item of items) {
    const range = /^([^-–]+)[-–]([^-–]+)$/.exec(item);
    const first = weekdayOfWord(range ? range[1]! : item);
    const last = range ? weekdayOfWord(range[2]!) : first;
    if (first === null || last === null) return fail({ kind: 'day', item });
    if (last < first) return fail({ kind: 'range', item });
    for (let d = first; d <= last; d++) {
      if (d >= 6) return fail({ kind: 'weekend', day: d });
      if (days.has(d)) return fail({ kind: 'twice', day: d });
      days.add(d);
    }
  }
  return { ok: true, value: [...days].sort((a, b) => a - b) };
}

/**
 * `mo=6,di=6,mi=6,do=6,fr=0` (German or English names; hours 6.5, 6,5 or 6:30 in quarter hours) →
 * minutes of Monday … Friday; a day not named has no planned hours. Saturday and Sunday may only be 0.
 */
export function parsePattern(text: string): Parsed<WeekdayMinutes> {
  // a comma starts a new item only before a day name: "mo=6,5,di=6" keeps 6,5 whole
  const items = text
    .split(/,(?=\s*[a-zäöü]+\.?\s*=)/i)
    .map((s) => s.trim())
    .filter(Boolean);
  if (items.length === 0) return fail({ kind: 'empty' });
  const minutes: WeekdayMinutes = [0, 0, 0, 0, 0];
  const named = new Set<number>();
  for (const item of items) {
    const m = /^([^=]+)=(.*)$/.exec(item);
    if (!m) return fail({ kind: 'item', item });
    const day = weekdayOfWord(m[1]!);
    if (day === null) return fail({ kind: 'day', item });
    if (named.has(day)) return fail({ kind: 'twice', day });
    named.add(day);
    const value = parseHours(m[2]!);
    if (value === null) return fail({ kind: 'hours', item });
    if (!isQuarterHour(value)) return fail({ kind: 'quarter', item });
    if (day >= 6) {
      if (value > 0) return fail({ kind: 'weekend', day });
      continue;
    }
    minutes[day - 1] = value;
  }
  return { ok: true, value: minutes };
}

/** Weekly minutes ÷ the number of days, each rounded down to the quarter hour (the default's rule). */
export function evenSplit(weeklyMinutes: Minutes, days: readonly number[]): WeekdayMinutes {
  const perDay = days.length === 0 ? 0 : Math.floor(weeklyMinutes / days.length / 15) * 15;
  return [1, 2, 3, 4, 5].map((d) => (days.includes(d) ? perDay : 0));
}

const ALL_WEEKDAYS = [1, 2, 3, 4, 5];

/** The days a distribution plans hours on. */
export function plannedWeekdays(minutes: WeekdayMinutes): number[] {
  return ALL_WEEKDAYS.filter((d) => (minutes[d - 1] ?? 0) > 0);
}

/** Is this Monday to Friday evenly (what an assignment without a distribution plans)? */
export function isEvenWeek(a: Pick<Assignment, 'hoursPerWeek' | 'weekdayMinutes'>): boolean {
  return !a.weekdayMinutes || sameMinutes(a.weekdayMinutes, evenSplit(a.hoursPerWeek * 60, ALL_WEEKDAYS));
}

/** The week as chosen at enrolment: working days (the hours split evenly over them) or minutes per weekday. */
export type WeekdayChoice = { kind: 'days'; days: number[] } | { kind: 'pattern'; minutes: WeekdayMinutes };

/** The distribution an assignment stores: none for Monday to Friday evenly (the default, as in older stores). */
export function storedWeekdayMinutes(
  w: WeekdayChoice | null,
  hoursPerWeek: number,
): Pick<Assignment, 'weekdayMinutes'> {
  if (w === null || (w.kind === 'days' && w.days.length === 5)) return {};
  return { weekdayMinutes: w.kind === 'days' ? evenSplit(hoursPerWeek * 60, w.days) : w.minutes };
}

/** The planned minutes of every weekday when the week is Monday to Friday evenly, else null. */
export function evenDailyMinutes(a: Pick<Assignment, 'hoursPerWeek' | 'weekdayMinutes'>): Minutes | null {
  return isEvenWeek(a) ? evenSplit(a.hoursPerWeek * 60, ALL_WEEKDAYS)[0]! : null;
}

function sameMinutes(x: WeekdayMinutes, y: WeekdayMinutes): boolean {
  return x.length === y.length && x.every((m, i) => m === y[i]);
}

/**
 * The planned minutes of Monday … Friday for given weekly hours. The stored distribution belongs to
 * the assignment's own weekly hours; when other weekly hours apply (a dated change), they are spread
 * evenly over the same working days.
 */
export function weekdayMinutesOf(
  a: Pick<Assignment, 'hoursPerWeek' | 'weekdayMinutes'>,
  weeklyHours: number = a.hoursPerWeek,
): WeekdayMinutes {
  if (!a.weekdayMinutes) return evenSplit(weeklyHours * 60, ALL_WEEKDAYS);
  // a distribution never plans more than the week allows, even when the hours were lowered under it
  if (weeklyHours === a.hoursPerWeek && patternSum(a.weekdayMinutes) <= weeklyHours * 60) return [...a.weekdayMinutes];
  return evenSplit(weeklyHours * 60, plannedWeekdays(a.weekdayMinutes));
}

/** The planned minutes of a weekday (0 on Saturday and Sunday), not looking at holidays or the assignment's dates. */
export function plannedMinutesOfWeekday(
  a: Pick<Assignment, 'hoursPerWeek' | 'weekdayMinutes'>,
  date: IsoDate,
  weeklyHours: number = a.hoursPerWeek,
): Minutes {
  const wd = isoWeekday(date);
  return wd >= 6 ? 0 : weekdayMinutesOf(a, weeklyHours)[wd - 1]!;
}

/**
 * The planned minutes of a day: 0 outside the assignment, on a day that is no working day (weekend,
 * public holiday, closing day), and on a weekday the distribution leaves free.
 */
export function plannedMinutesOn(
  a: Assignment,
  date: IsoDate,
  closingDays: readonly IsoDate[],
  weeklyHours: number = a.hoursPerWeek,
): Minutes {
  if (!coversDay(a, date) || !isWorkingDay(date, closingDays)) return 0;
  return plannedMinutesOfWeekday(a, date, weeklyHours);
}

/** A working day inside the assignment with planned hours: a day the person is expected (and may be missing). */
export function isAssignedWorkingDay(a: Assignment, date: IsoDate, closingDays: readonly IsoDate[]): boolean {
  return plannedMinutesOn(a, date, closingDays) > 0;
}

export function patternSum(minutes: WeekdayMinutes): Minutes {
  return minutes.reduce((s, m) => s + m, 0);
}

/** `mo=6,di=6,mi=6,do=6,fr=0`: the distribution as it is typed (and can be typed again). */
export function patternText(minutes: WeekdayMinutes): string {
  return minutes.map((m, i) => `${WEEKDAY_SHORT[i]}=${minutesToDecimalHours(m)}`).join(',');
}

/** A typed pattern must add up to the weekly hours: every hour of the week has its day. */
export function patternSumViolations(personId: string, minutes: WeekdayMinutes, hoursPerWeek: number): Violation[] {
  const sum = patternSum(minutes);
  if (sum === hoursPerWeek * 60) return [];
  const text = patternText(minutes);
  return [violation('weekday-pattern', (m) => m.weekdays.patternSum(text, sum, hoursPerWeek), [personId])];
}

/**
 * What every stored distribution keeps (for enrol and `insat check`): quarter hours, no day above the
 * daily maximum, at least one working day, and a planned week never above the weekly hours.
 */
export function weekdayPatternViolations(settings: Settings, a: Assignment): Violation[] {
  const minutes = a.weekdayMinutes;
  if (!minutes) return [];
  const id = a.personId;
  const text = patternText(minutes);
  const sum = patternSum(minutes);
  const out: Violation[] = [];
  const rule = (message: Text) => out.push(violation('weekday-pattern', message, [id]));
  if (!minutes.every(isQuarterHour)) rule((m) => m.weekdays.notQuarter(id, text));
  const tooLong = minutes.findIndex((min) => min > settings.dailyMaxMinutes);
  if (tooLong >= 0)
    rule((m) => m.weekdays.overDailyMax(id, WEEKDAY_SHORT[tooLong]!, minutes[tooLong]!, settings.dailyMaxMinutes));
  if (sum === 0) rule((m) => m.weekdays.noDay(id, text));
  if (sum > a.hoursPerWeek * 60) rule((m) => m.weekdays.aboveWeek(id, text, sum, a.hoursPerWeek));
  return out;
}
