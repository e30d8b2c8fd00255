// Calendar days as ISO strings (YYYY-MM-DD). Arithmetic goes through a day number (days since
// 1970-01-01, computed in UTC) so that no time zone or daylight-saving change can shift a day.

export type IsoDate = string;

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DE_RE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const DE_SHORT_RE = /^(\d{1,2})\.(\d{1,2})\.(\d{2})$/;
const MS_PER_DAY = 86_400_000;
const DAY_WORDS: Record<string, number> = { heute: 0, today: 0, gestern: -1, yesterday: -1 };

/**
 * Parses `YYYY-MM-DD` or `dd.MM.yyyy`; given `today`, also `dd.MM.yy` (the century that puts the
 * day at most 10 years after today: 19.05.26 → 2026, 01.05.80 → 1980) and heute/today,
 * gestern/yesterday. Returns the ISO form, or null when it is no real day.
 */
export function parseDate(text: string, today?: IsoDate): IsoDate | null {
  const t = text.trim();
  let y: number, m: number, d: number;
  const iso = ISO_RE.exec(t);
  const de = DE_RE.exec(t);
  const short = today === undefined ? null : DE_SHORT_RE.exec(t);
  const word = today === undefined ? undefined : DAY_WORDS[t.toLowerCase()];
  if (word !== undefined) return addDays(today!, word);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (de) [y, m, d] = [Number(de[3]), Number(de[2]), Number(de[1])];
  else if (short) {
    const thisYear = Number(today!.slice(0, 4));
    y = Math.floor(thisYear / 100) * 100 + Number(short[3]);
    if (y > thisYear + 10) y -= 100;
    [m, d] = [Number(short[2]), Number(short[1])];
  } else return null;
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m) || y < 1900 || y > 2200) return null;
  return isoOf(y, m, d);
}

export function isoOf(y: number, m: number, d: number): IsoDate {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** `MM-DD`, a day that exists in some year (02-29 included): a yearly date such as a deadline. */
export function isMonthDay(text: string): boolean {
  const m = /^(\d{2})-(\d{2})$/.exec(text);
  return (
    m !== null &&
    Number(m[1]) >= 1 &&
    Number(m[1]) <= 12 &&
    Number(m[2]) >= 1 &&
    Number(m[2]) <= daysInMonth(2000, Number(m[1]))
  );
}

/** The day of a yearly `MM-DD` in a year; 02-29 falls on 28 February in a common year. */
export function monthDayIn(year: number, monthDay: string): IsoDate {
  const m = Number(monthDay.slice(0, 2));
  return isoOf(year, m, Math.min(Number(monthDay.slice(3, 5)), daysInMonth(year, m)));
}

/** A real day written `YYYY-MM-DD` (years 1900–2200, as `parseDate` takes them). */
export function isValidIso(text: string): boolean {
  // Read digit by digit: the store's quick check asks this for every date of every booking.
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
  const y = digitsAt(text, 0, 4);
  const m = digitsAt(text, 5, 7);
  const d = digitsAt(text, 8, 10);
  return y >= 1900 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** The number written with ASCII digits from `from` to `to` (exclusive), or -1 for any other character. */
function digitsAt(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const digit = text.charCodeAt(i) - 48; // NaN past the end
    if (!(digit >= 0 && digit <= 9)) return -1;
    n = n * 10 + digit;
  }
  return n;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(y: number, m: number): number {
  // Other months and two-digit years the way `Date` reads them (month 0 = December before, year 99 = 1999).
  if (!Number.isInteger(m) || m < 1 || m > 12 || !Number.isInteger(y) || y < 100) {
    return new Date(Date.UTC(y, m, 0)).getUTCDate();
  }
  return m === 2 && isLeapYear(y) ? 29 : MONTH_DAYS[m - 1]!;
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

// `insat check` converts the dates of every booking of the history several times: each distinct
// day is computed once (a 40-year store has about 15,000 of them). The lookup is cheap: V8 keeps the
// ISO texts that JSON.parse reads (10 characters) as internalized strings.
const dayNumbers = new Map<string, number>();
const isoDates = new Map<number, IsoDate>();

export function dayNumber(date: IsoDate): number {
  let n = dayNumbers.get(date);
  if (n === undefined) {
    n = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / MS_PER_DAY;
    // a whole number (or NaN for no date), kept as a small integer: fast `%` in isoWeekday, fast map keys
    if (!Number.isNaN(n)) n |= 0;
    dayNumbers.set(date, n);
  }
  return n;
}

export function fromDayNumber(n: number): IsoDate {
  let iso = isoDates.get(n);
  if (iso === undefined) {
    const dt = new Date(n * MS_PER_DAY);
    iso = isoOf(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate());
    isoDates.set(n, iso);
  }
  return iso;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** Adds calendar months; a day that does not exist in the target month falls to its last day. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7)) - 1 + months;
  const ty = y + Math.floor(m / 12);
  const tm = (((m % 12) + 12) % 12) + 1;
  return isoOf(ty, tm, Math.min(Number(date.slice(8, 10)), daysInMonth(ty, tm)));
}

/** Days from a to b inclusive of both ends (0 when b < a). */
export function daysInclusive(a: IsoDate, b: IsoDate): number {
  return Math.max(0, dayNumber(b) - dayNumber(a) + 1);
}

/** 1 = Monday … 7 = Sunday (ISO). */
export function isoWeekday(date: IsoDate): number {
  // Day 0, 1970-01-01, was a Thursday (4).
  return ((((dayNumber(date) + 3) % 7) + 7) % 7) + 1;
}

export function isWeekend(date: IsoDate): boolean {
  return isoWeekday(date) >= 6;
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a < b ? a : b;
}
export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a > b ? a : b;
}

export function* eachDay(from: IsoDate, to: IsoDate): Generator<IsoDate> {
  const end = dayNumber(to);
  for (let n = dayNumber(from); n <= end; n++) yield fromDayNumber(n);
}

export interface Period {
  from: IsoDate;
  to: IsoDate;
}

/** The smallest period that holds all the given ones; there must be at least one. */
export function spanOf(periods: readonly Period[]): Period {
  return periods.reduce((s, p) => ({ from: minDate(s.from, p.from), to: maxDate(s.to, p.to) }), periods[0]!);
}

export function monthPeriod(month: string): Period {
  const y = Number(month.slice(0, 4)),
    m = Number(month.slice(5, 7));
  return { from: isoOf(y, m, 1), to: isoOf(y, m, daysInMonth(y, m)) };
}

export function parseMonth(text: string): string | null {
  const m = /^(\d{4})-(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const mm = Number(m[2]);
  return mm >= 1 && mm <= 12 ? `${m[1]}-${m[2]}` : null;
}

/** ISO-8601 week of a day: the week belongs to the year that holds its Thursday. */
export function isoWeekOf(date: IsoDate): { year: number; week: number } {
  const thursday = addDays(date, 4 - isoWeekday(date));
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor((dayNumber(thursday) - dayNumber(isoOf(year, 1, 1))) / 7) + 1;
  return { year, week };
}

export function isoWeeksInYear(year: number): number {
  return isoWeekOf(isoOf(year, 12, 28)).week;
}

export function isoWeekPeriod(year: number, week: number): Period {
  const jan4 = isoOf(year, 1, 4);
  const monday = addDays(jan4, 1 - isoWeekday(jan4) + (week - 1) * 7);
  return { from: monday, to: addDays(monday, 6) };
}

/** Parses `YYYY-Www` in any case (`2026-w49`); null when the week does not exist in that year. */
export function parseIsoWeek(text: string): { year: number; week: number } | null {
  const m = /^(\d{4})-W(\d{2})$/i.exec(text.trim());
  if (!m) return null;
  const year = Number(m[1]),
    week = Number(m[2]);
  return week >= 1 && week <= isoWeeksInYear(year) ? { year, week } : null;
}

export function formatIsoWeek(w: { year: number; week: number }): string {
  return `${w.year}-W${String(w.week).padStart(2, '0')}`;
}

/** German display form: 24.11.2026. */
export function formatDateDe(date: IsoDate): string {
  return `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`;
}

/** Whole calendar months between two days (start inclusive), for "months of participation". */
export function fullMonthsBetween(from: IsoDate, to: IsoDate): number {
  // counted up to the day after `to`, so that 01.09.–30.11. is three full months, not two
  const next = addDays(to, 1);
  let months =
    (Number(next.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(next.slice(5, 7)) - Number(from.slice(5, 7));
  if (addMonths(from, months) > next) months--;
  return Math.max(0, months);
}
