// Public holidays in North Rhine-Westphalia and the programme's working days (DOMAIN.md: Monday to
// Friday, except NRW public holidays and the provider's closing days). Pure: no clock, no I/O.
import { addDays, isoOf, isoWeekday, type IsoDate } from './dates.js';
import { compareText } from './compare.js';

/** Easter Sunday (Gregorian calendar), by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoOf(year, month, day);
}

const cache = new Map<number, ReadonlyMap<IsoDate, string>>();

/** The NRW public holidays of a year, date → German name, in calendar order. */
export function nrwHolidays(year: number): Map<IsoDate, string> {
  let found = cache.get(year);
  if (!found) {
    const easter = easterSunday(year);
    const days: [IsoDate, string][] = [
      [isoOf(year, 1, 1), 'Neujahr'],
      [addDays(easter, -2), 'Karfreitag'],
      [addDays(easter, 1), 'Ostermontag'],
      [isoOf(year, 5, 1), 'Tag der Arbeit'],
      [addDays(easter, 39), 'Christi Himmelfahrt'],
      [addDays(easter, 50), 'Pfingstmontag'],
      [addDays(easter, 60), 'Fronleichnam'],
      [isoOf(year, 10, 3), 'Tag der Deutschen Einheit'],
      [isoOf(year, 11, 1), 'Allerheiligen'],
      [isoOf(year, 12, 25), '1. Weihnachtstag'],
      [isoOf(year, 12, 26), '2. Weihnachtstag'],
    ];
    // 1 May and Ascension Day can coincide (e.g. 2008); keep both names on the one day.
    const map = new Map<IsoDate, string>();
    for (const [d, name] of days.sort((x, y) => compareText(x[0], y[0]))) {
      const before = map.get(d);
      map.set(d, before ? `${before} / ${name}` : name);
    }
    found = map;
    cache.set(year, found);
  }
  // A fresh copy: callers may change their map without touching the cache.
  return new Map(found);
}

/** The holiday's name, or null when the day is no NRW public holiday. */
export function holidayName(date: IsoDate): string | null {
  // `insat check` asks for every booked day of the history: each distinct day is looked up once.
  let name = holidayOf.get(date);
  if (name === undefined) {
    const year = Number(date.slice(0, 4));
    let map = cache.get(year);
    if (!map) {
      nrwHolidays(year);
      map = cache.get(year)!;
    }
    name = map.get(date) ?? null;
    holidayOf.set(date, name);
  }
  return name;
}

const holidayOf = new Map<IsoDate, string | null>();

// Closing days are a short list (a few a year); a long list (a store with many years) is looked up
// through a set, rebuilt when the list has changed its length.
const closingSets = new WeakMap<readonly IsoDate[], { length: number; set: ReadonlySet<IsoDate> }>();

function isClosingDay(date: IsoDate, closingDays: readonly IsoDate[]): boolean {
  if (closingDays.length <= 32) return closingDays.includes(date);
  let cached = closingSets.get(closingDays);
  if (!cached || cached.length !== closingDays.length) {
    cached = { length: closingDays.length, set: new Set(closingDays) };
    closingSets.set(closingDays, cached);
  }
  return cached.set.has(date);
}

/** Monday to Friday, no NRW public holiday, no closing day of the provider. */
export function isWorkingDay(date: IsoDate, closingDays: readonly IsoDate[]): boolean {
  if (isoWeekday(date) >= 6) return false;
  if (holidayName(date) !== null) return false;
  return !isClosingDay(date, closingDays);
}
