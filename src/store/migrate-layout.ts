// Stores from before schema 2 keep bookings in one file per year. The first command that opens such
// a store moves them into month files under the lock, as one commit like any change (commit.ts): the
// month files and the main file (now schema 2) are staged, the history entry "store layout migrated"
// is the moment it happens, and the year files are removed as the last step of that commit — a crash
// before the entry leaves the old layout, a crash after it is finished by the next command.
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { StoreError } from '../errors.js';
import { m as activeCatalogue } from '../i18n/active.js';
import type { Booking } from '../model/types.js';
import { snapshotStore } from './backup.js';
import { commitChange } from './commit.js';
import { fixFor } from './lock.js';
import { newHistoryEntry, type HistoryEntry } from './history.js';
import { readCheckedJsonFile } from './json-file.js';
import { bookingsDirNames, monthFiles, monthsIn, yearsIn, type BookingMonthFile } from './month-files.js';
import { BACKUPS_DIR, bookingsMonthFile, legacyYearFile, MAIN_FILE, type Month } from './paths.js';
import {
  BOOKING_MONTH_CHECK,
  BOOKING_YEAR_CHECK,
  MAIN_FILE_CHECK,
  MONTH_LAYOUT_SCHEMA_VERSION,
} from './quick-check.js';
import { bookingKey } from './records.js';

interface BookingYearFile {
  schemaVersion: number;
  year: number;
  bookings: Booking[];
}

/** The bookings of a year file of the old layout (`readPath`: a committed version not yet installed). */
export async function readYearFile(dir: string, year: number, readPath?: string): Promise<Booking[]> {
  const path = join(dir, legacyYearFile(year));
  const file = await readCheckedJsonFile<BookingYearFile>(path, BOOKING_YEAR_CHECK, readPath);
  if (file === null) return [];
  if (file.year !== year) throw new StoreError((m) => m.store.wrongYear(path, file.year, year));
  return file.bookings;
}

/** The bookings of a month file (`readPath`: a committed version not yet installed). */
export async function readMonthFile(dir: string, month: Month, readPath?: string): Promise<Booking[] | null> {
  const path = join(dir, bookingsMonthFile(month));
  const file = await readCheckedJsonFile<BookingMonthFile>(path, BOOKING_MONTH_CHECK, readPath);
  if (file === null) return null;
  if (file.month !== month) throw new StoreError((m) => m.store.wrongMonth(path, file.month, month));
  // a booking edited by hand into another month's file would stand beside the one `hours book` adds
  const stray = file.bookings.find((b) => !b.date.startsWith(month));
  if (stray) throw new StoreError((m) => m.store.bookingOutsideMonth(path, stray.participantId, stray.date, month));
  return file.bookings;
}

/** Two versions of one booking, in a year file and a month file: no reader or writer goes on until a person decides. */
export class LayoutConflict extends StoreError {}

/** True for the entry of a layout migration: it records no records, and undo passes over it. */
export function isLayoutMigration(entry: Pick<HistoryEntry, 'layout'>): boolean {
  return entry.layout === 'months';
}

function summary(years: number, months: number): string {
  try {
    return activeCatalogue().store.layoutMigrated(years, months);
  } catch {
    return `store layout migrated: ${years} year files → ${months} month files`;
  }
}

/** What a store of the old layout holds: the bookings of its year files and of month files beside them. */
export interface OldLayout {
  years: number[];
  /** Months that already have a file (a hand copy): what they hold is kept. */
  months: Month[];
  bookings: Booking[];
  main: Record<string, unknown>;
}

/**
 * The bookings a migration would move into month files, read without changing anything (a dry run
 * answers from them); null when there is nothing to migrate (or no main file: the caller reports that).
 * Two versions of one booking are a LayoutConflict, as for the migration.
 */
export async function readOldLayout(dir: string): Promise<OldLayout | null> {
  const names = bookingsDirNames(dir);
  const years = yearsIn(names);
  if (years.length === 0) return null;
  const main = await readCheckedJsonFile<Record<string, unknown>>(join(dir, MAIN_FILE), MAIN_FILE_CHECK);
  if (main === null) return null;
  // Month files beside year files come only from a hand copy; what they hold is kept.
  const existing = monthsIn(names);
  const bookings: Booking[] = [];
  const seen = new Map<string, Booking>();
  for (const month of existing) {
    for (const b of (await readMonthFile(dir, month)) ?? []) {
      seen.set(bookingKey(b), b);
      bookings.push(b);
    }
  }
  for (const y of years) {
    for (const b of await readYearFile(dir, y)) {
      const kept = seen.get(bookingKey(b));
      if (kept === undefined) bookings.push(b);
      else if (kept.minutes !== b.minutes || kept.absence !== b.absence || kept.forced !== b.forced) {
        // two versions of one booking: which one is true is for a person to decide, never a guess
        const yearFile = join(dir, legacyYearFile(y));
        const monthFile = join(dir, bookingsMonthFile(b.date.slice(0, 7) as Month));
        throw new LayoutConflict((m) => m.store.layoutConflict(yearFile, monthFile, b.participantId, b.date));
      }
    }
  }
  return { years, months: existing, bookings, main };
}

/**
 * Moves the bookings of year files into month files, in one commit. Call it holding the lock, after
 * recoverStore. Returns false when there is nothing to migrate (or no main file: the caller reports that).
 */
export async function migrateToMonthFiles(dir: string): Promise<boolean> {
  const old = await readOldLayout(dir);
  if (old === null) return false;
  const { years, months: existing, bookings, main } = old;
  const mainPath = join(dir, MAIN_FILE);
  const files = monthFiles(dir, bookings, existing);
  files.push({
    path: mainPath,
    text:
      JSON.stringify(
        { ...main, schemaVersion: Math.max(main.schemaVersion as number, MONTH_LAYOUT_SCHEMA_VERSION) },
        null,
        1,
      ) + '\n',
  });
  const entry: HistoryEntry = {
    ...newHistoryEntry({ summary: summary(years.length, files.length - 1), argv: [] }, []),
    layout: 'months',
    removes: years.map((y) => legacyYearFile(y)),
  };
  const kept = keepOldLayout(dir);
  try {
    commitChange(dir, entry, files);
  } catch (e) {
    // a migration that did not happen leaves the store as it was, without the backup made for it
    if (kept) rmSync(join(dir, BACKUPS_DIR, BEFORE_MONTH_FILES), { recursive: true, force: true });
    throw e;
  }
  return true;
}

/** The backup that keeps a store as it was before its move to month files. */
export const BEFORE_MONTH_FILES = 'before-month-files';

/**
 * Keeps the store as it is, year files and all, as backup `before-month-files` (`insat backup
 * restore before-month-files` brings it back) — once: an interrupted migration keeps the first copy.
 * True when the copy was made now.
 */
function keepOldLayout(dir: string): boolean {
  if (existsSync(join(dir, BACKUPS_DIR, BEFORE_MONTH_FILES))) return false;
  try {
    snapshotStore(dir, BEFORE_MONTH_FILES);
    return true;
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw new StoreError((m) =>
      m.store.cannotBackup(join(dir, BACKUPS_DIR), m.fmt.systemError(err.code, err.message), fixFor(m, err.code)),
    );
  }
}
