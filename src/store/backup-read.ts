// Reading one backup back (for \`insat backup restore\`): validated like a store, with the zod
// schema — kept apart from backup.ts, which every write loads, so that zod loads only here.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { NotFoundError, StoreError } from '../errors.js';
import type { Booking, MainData } from '../model/types.js';
import { listBackups } from './backup.js';
import { readJsonFile } from './json-file.js';
import { BACKUPS_DIR, BOOKINGS_DIR, bookingsFile, MAIN_FILE } from './paths.js';
import { bookingYearSchema, mainSchema, zodSpeaksActiveLanguage } from './schema.js';

export interface BackupContents {
  main: MainData;
  years: Map<number, Booking[]>;
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
  const { schemaVersion: _v, ...main } = file;
  const years = new Map<number, Booking[]>();
  const b = join(root, BOOKINGS_DIR);
  if (existsSync(b)) {
    for (const f of readdirSync(b)) {
      const m = /^(\d{4})\.json$/.exec(f);
      if (!m) continue;
      const y = readJsonFile(join(root, bookingsFile(Number(m[1]))), bookingYearSchema as never) as {
        year: number;
        bookings: Booking[];
      } | null;
      if (y && y.year !== Number(m[1]))
        throw new StoreError((words) => words.store.backupWrongYear(join(root, bookingsFile(Number(m[1]))), y.year));
      years.set(Number(m[1]), y?.bookings ?? []);
    }
  }
  return { main: main as MainData, years };
}
