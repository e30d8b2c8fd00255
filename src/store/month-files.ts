// Bookings are filed by calendar month: bookings/YYYY-MM.json = { schemaVersion, month, bookings }.
// A day's work reads and writes one month (about 700 bookings on a 20-year store, not 8,000), and the
// history diff of a change compares only the months it loaded.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { compareText } from '../model/compare.js';
import type { Booking } from '../model/types.js';
import type { FileWrite } from './commit.js';
import { BOOKINGS_DIR, bookingsMonthFile, MONTH_FILE, monthOf, YEAR_FILE, type Month } from './paths.js';
import { MONTH_LAYOUT_SCHEMA_VERSION } from './quick-check.js';

export interface BookingMonthFile {
  schemaVersion: number;
  month: Month;
  bookings: Booking[];
}

/** The order bookings are stored in: by day, then participant. */
export function sortBookings(bookings: Booking[]): Booking[] {
  return bookings.sort((a, b) => compareText(a.date, b.date) || compareText(a.participantId, b.participantId));
}

export function monthFileText(month: Month, bookings: Booking[]): string {
  return (
    JSON.stringify({ schemaVersion: MONTH_LAYOUT_SCHEMA_VERSION, month, bookings: sortBookings(bookings) }, null, 1) +
    '\n'
  );
}

/** Bookings grouped by the month of their day. */
export function byMonth(bookings: Iterable<Booking>): Map<Month, Booking[]> {
  const out = new Map<Month, Booking[]>();
  for (const b of bookings) {
    const m = monthOf(b.date);
    const list = out.get(m);
    if (list) list.push(b);
    else out.set(m, [b]);
  }
  return out;
}

/** The files of `bookings` by month; `alsoEmpty` months are written without bookings (replacing what they held). */
export function monthFiles(dir: string, bookings: Iterable<Booking>, alsoEmpty: Iterable<Month> = []): FileWrite[] {
  const months = byMonth(bookings);
  for (const m of alsoEmpty) if (!months.has(m)) months.set(m, []);
  return [...months]
    .sort(([a], [b]) => compareText(a, b))
    .map(([month, list]) => ({ path: join(dir, bookingsMonthFile(month)), text: monthFileText(month, list) }));
}

/** The names in the bookings folder (none when it does not exist). */
export function bookingsDirNames(dir: string): string[] {
  try {
    return readdirSync(join(dir, BOOKINGS_DIR));
  } catch {
    return [];
  }
}

export function monthsIn(names: readonly string[]): Month[] {
  const out: Month[] = [];
  for (const n of names) {
    const m = MONTH_FILE.exec(n);
    if (m) out.push(m[1]!);
  }
  return out.sort(compareText);
}

export function yearsIn(names: readonly string[]): number[] {
  const out: number[] = [];
  for (const n of names) {
    const m = YEAR_FILE.exec(n);
    if (m) out.push(Number(m[1]));
  }
  return out.sort((a, b) => a - b);
}

/** True when the store still keeps bookings in year files (a store from before month files). */
export function hasYearFiles(dir: string): boolean {
  return bookingsDirNames(dir).some((n) => YEAR_FILE.test(n));
}
