import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/** `--data` > `INSAT_DATA` > `$XDG_DATA_HOME/insat` > `~/.local/share/insat` (CLI.md). */
export function resolveDataDir(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (flag) return resolve(flag);
  if (env.INSAT_DATA) return resolve(env.INSAT_DATA);
  const xdg = env.XDG_DATA_HOME || join(homedir(), '.local', 'share');
  return join(xdg, 'insat');
}

export const MAIN_FILE = 'insat.json';
/** The people whose stay ended long ago, with their assignments, goals and notes (schema 3). */
export const ARCHIVE_FILE = 'archive.json';
export const BOOKINGS_DIR = 'bookings';
export const HISTORY_FILE = 'history.jsonl';
export const BACKUPS_DIR = 'backups';
export const LOCK_FILE = 'insat.lock';

/** A calendar month as bookings are filed: `YYYY-MM`. */
export type Month = string;

/** `bookings/YYYY-MM.json`: the bookings of one calendar month (the layout since schema 2). */
export const MONTH_FILE = /^(\d{4}-(?:0[1-9]|1[0-2]))\.json$/;
/** `bookings/YYYY.json`: the bookings of one year, as stores before schema 2 kept them (migrated on first use). */
export const YEAR_FILE = /^(\d{4})\.json$/;

export function bookingsMonthFile(month: Month): string {
  return join(BOOKINGS_DIR, `${month}.json`);
}

export function legacyYearFile(year: number): string {
  return join(BOOKINGS_DIR, `${year}.json`);
}

/** The month a day's booking is filed under. */
export function monthOf(date: string): Month {
  return date.slice(0, 7);
}

/** The months from `from` to `to` (both `YYYY-MM`), ascending. */
export function monthsFromTo(from: Month, to: Month): Month[] {
  const out: Month[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  const endY = Number(to.slice(0, 4));
  const endM = Number(to.slice(5, 7));
  while (y < endY || (y === endY && m <= endM)) {
    out.push(`${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`);
    if (++m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}
