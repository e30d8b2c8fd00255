// Reading one backup back (for \`insat backup restore\`): validated like a store, with the zod
// schema — kept apart from backup.ts, which every write loads, so that zod loads only here.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { NotFoundError, StoreError } from '../errors.js';
import type { Booking, MainData } from '../model/types.js';
import { listBackups } from './backup.js';
import { readJsonFile } from './json-file.js';
import { byMonth, monthsIn, yearsIn } from './month-files.js';
import {
  ARCHIVE_FILE,
  BACKUPS_DIR,
  BOOKINGS_DIR,
  bookingsMonthFile,
  legacyYearFile,
  MAIN_FILE,
  type Month,
} from './paths.js';
import { archiveSchema, bookingMonthSchema, bookingYearSchema, mainSchema, zodSpeaksActiveLanguage } from './schema.js';
import type { ArchivePart } from '../model/archive.js';
import type { IsoDate } from '../model/dates.js';
import { mergeArchiveInto, refuseMissingArchive } from './archive-file.js';

export interface BackupContents {
  main: MainData;
  /** The backup's bookings by month — read from month files, or from the year files of a backup made before them. */
  months: Map<Month, Booking[]>;
}

/** Reads a backup with the same validation as the store itself (a broken backup is exit 6). */
export function readBackup(dir: string, name: string): BackupContents {
  zodSpeaksActiveLanguage();
  if (
    !/^[\w.-]+$/.test(name) ||
    name.startsWith('.') ||
    name.endsWith('.partial') ||
    !listBackups(dir).some((b) => b.name === name)
  ) {
    throw new NotFoundError((m) => m.store.noBackup(name));
  }
  const root = join(dir, BACKUPS_DIR, name);
  const file = readJsonFile(join(root, MAIN_FILE), mainSchema as never) as
    (MainData & { schemaVersion: number }) | null;
  if (!file) throw new StoreError((m) => m.store.backupMissingMain(join(root, MAIN_FILE)));
  const { schemaVersion: _v, archive: _a, ...main } = file as typeof file & { archive?: unknown };
  const archive = readJsonFile(join(root, ARCHIVE_FILE), archiveSchema as never) as ArchivePart | null;
  const before = (file as { archive?: { before: IsoDate } }).archive?.before ?? null;
  refuseMissingArchive(join(root, ARCHIVE_FILE), before, archive !== null);
  if (archive) mergeArchiveInto(root, main, archive);
  const months = new Map<Month, Booking[]>();
  const names = existsSync(join(root, BOOKINGS_DIR)) ? readdirSync(join(root, BOOKINGS_DIR)) : [];
  for (const year of yearsIn(names)) {
    const path = join(root, legacyYearFile(year));
    const y = readJsonFile(path, bookingYearSchema as never) as { year: number; bookings: Booking[] } | null;
    if (y && y.year !== year) throw new StoreError((words) => words.store.backupWrongYear(path, y.year));
    for (const [m, list] of byMonth(y?.bookings ?? [])) months.set(m, [...(months.get(m) ?? []), ...list]);
  }
  for (const month of monthsIn(names)) {
    const path = join(root, bookingsMonthFile(month));
    const f = readJsonFile(path, bookingMonthSchema as never) as { month: string; bookings: Booking[] } | null;
    if (f && f.month !== month) throw new StoreError((words) => words.store.backupWrongYear(path, f.month));
    months.set(month, [...(months.get(month) ?? []), ...(f?.bookings ?? [])]);
  }
  return { main: main as MainData, months };
}
