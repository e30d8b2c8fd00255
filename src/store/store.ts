// Opening the store for reading: the main file (with archive.json merged in when the command needs
// it), and the bookings, one file per calendar month (month-files.ts), so that day-to-day commands read
// only the months they touch, however long the programme has run. A store from before (one file per
// year) is migrated by the first command that opens it (migrate-layout.ts). Changing it: transaction.ts.
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Low } from 'lowdb';
import { BusyError, StoreError } from '../errors.js';
import type { IsoDate } from '../model/dates.js';
import type { Booking, MainData } from '../model/types.js';
import { committedStagedFiles, hasStagedChange, lastHistoryEntry, recoverStore } from './commit.js';
import { CheckedJsonFile } from './json-file.js';
import { withLock } from './lock.js';
import { hasPendingPurge } from './purge-job.js';
import {
  ARCHIVE_FILE,
  BOOKINGS_DIR,
  bookingsMonthFile,
  HISTORY_FILE,
  legacyYearFile,
  MAIN_FILE,
  monthOf,
  monthsFromTo,
  type Month,
} from './paths.js';
import { addMissingCollections } from './records.js';
import { MAIN_FILE_CHECK } from './quick-check.js';
import { emptyArchive, type ArchivePart } from '../model/archive.js';
import { mergeArchiveInto, readArchive, refuseMissingArchive, type ArchiveRead } from './archive-file.js';
import { compareText } from '../model/compare.js';
import { bookingsDirNames, byMonth, hasYearFiles, monthsIn, yearsIn } from './month-files.js';
import {
  isLayoutMigration,
  LayoutConflict,
  migrateToMonthFiles,
  readMonthFile,
  readOldLayout,
  readYearFile,
} from './migrate-layout.js';

export type MainFile = MainData & { schemaVersion: number; archive?: { before: IsoDate } };

/** Bookings files as they lie on disk (their names in bookings/), or all bookings already in memory (old layout). */
export type Source = { kind: 'months'; names: string[] } | { kind: 'read'; months: Map<Month, Booking[]> };

export class Store {
  /** The bookings of each month read so far (the live arrays inside a transaction). */
  private readonly months = new Map<Month, Booking[]>();
  protected source: Source | null = null;

  /** Data files whose last committed text lies in a staged file not yet installed (target → staged). */
  protected readonly committedAt = new Map<string, string>();

  /** The main file's schema version as read. */
  protected readonly schemaVersion: number;
  /** The day the people in archive.json ended before, as the main file names it (null: nothing archived). */
  readonly archiveBefore: IsoDate | null;
  /** archive.json as read (its records are merged into `main`). */
  protected archive: ArchiveRead = { part: emptyArchive(), text: null };
  /** Whether archive.json was read: false when the command needs only the main file (Needs). */
  archiveMerged = false;

  protected constructor(
    readonly dir: string,
    protected readonly mainDb: Low<MainData>,
  ) {
    // The main file's own keys are the store's business, not the data's: `main` is the data alone.
    const file = mainDb.data as MainFile;
    this.schemaVersion = file.schemaVersion;
    this.archiveBefore = file.archive?.before ?? null;
    delete (file as Partial<MainFile>).schemaVersion;
    delete file.archive;
  }

  /** Reads archive.json and merges its records into `main` (`readPath`: a committed version not yet installed). */
  protected async mergeArchive(readPath?: string, needs?: Needs): Promise<this> {
    if (!needsArchive(this.main, this.archiveBefore, needs)) return this;
    this.archive = await readArchive(this.dir, readPath);
    refuseMissingArchive(join(this.dir, ARCHIVE_FILE), this.archiveBefore, this.archive.text !== null);
    this.archiveMerged = true;
    mergeArchiveInto(this.dir, this.main, this.archive.part);
    return this;
  }

  /** The records archive.json holds (for `insat check`: does the split keep its promise?). */
  archivedPart(): ArchivePart {
    return this.archive.part;
  }

  /**
   * `dryRun`: a store of the old layout is read as the migration would leave it, and not migrated.
   * `needs`: the command reads only what the main file holds for these (archive.json only when it must).
   */
  static async open(dir: string, opts: { dryRun?: boolean; needs?: Needs } = {}): Promise<Store> {
    // Without the lock insat.json and archive.json are two reads, and a writer that commits between
    // them may have moved people from one file to the other: the reader would meet a person in both
    // (a "broken store") or in neither. Every commit appends to the history, so a history that changed
    // meanwhile means: read both again (test/cli/archive-reader-between.test.ts).
    for (let attempt = 1; ; attempt++) {
      const mark = historyMark(dir);
      try {
        const store = await Store.openOnce(dir, opts);
        if (!store.archiveMerged || attempt >= 3 || historyMark(dir) === mark) return store;
      } catch (e) {
        if (!(e instanceof StoreError) || attempt >= 3 || historyMark(dir) === mark) throw e;
      }
    }
  }

  private static async openOnce(
    dir: string,
    { dryRun = false, needs }: { dryRun?: boolean; needs?: Needs },
  ): Promise<Store> {
    // A change caught between staging and installing its files: a crashed writer's change is finished
    // or discarded at once (its lock is free or dead); a store with year files is migrated to month
    // files. A writer at work right now is not waited for — a reader never fails because a writer is
    // busy — the reader reads the last committed state (in the old layout when it is still the
    // committed one). Nor does a reader fail because the migration cannot be written (a read-only
    // or full disk): it reads the year files.
    const old = hasYearFiles(dir);
    let unmigrated: Source | null = null;
    if (old || hasStagedChange(dir) || hasPendingPurge(dir)) {
      try {
        await withLock(
          dir,
          async () => {
            await recoverStore(dir);
            unmigrated = await migrateUnlessDryRun(dir, dryRun);
          },
          { waitMs: 0 },
        );
      } catch (e) {
        if (e instanceof LayoutConflict || (!(e instanceof BusyError) && !(old && e instanceof StoreError))) throw e;
        return Store.openWithoutLock(dir, needs);
      }
    }
    const store = await new Store(dir, await loadMain(dir)).mergeArchive(undefined, needs);
    store.source = unmigrated;
    return store;
  }

  /** The last committed state, read without the lock while a writer may be at work. */
  private static async openWithoutLock(dir: string, needs?: Needs): Promise<Store> {
    for (let attempt = 0; ; attempt++) {
      const last = lastHistoryEntry(dir);
      const committedAt = committedStagedFiles(dir);
      const years = yearsIn(bookingsDirNames(dir));
      const store = new Store(dir, await loadMain(dir, committedAt.get(join(dir, MAIN_FILE))));
      await store.mergeArchive(committedAt.get(join(dir, ARCHIVE_FILE)), needs);
      for (const [target, staged] of committedAt) store.committedAt.set(target, staged);
      // the last committed change removes the year files (a migration, init --force, a restore):
      // what they still hold is no longer the store's
      const yearFilesGone = last !== null && (isLayoutMigration(last) || (last.removes ?? []).length > 0);
      if (years.length === 0 || yearFilesGone) return store;
      // The year files are still the committed state: read them all now, and make sure no migration
      // committed (and began removing them) meanwhile — else read again, then in month files.
      const months = new Map<Month, Booking[]>();
      for (const y of years) {
        const path = join(dir, legacyYearFile(y));
        for (const [m, list] of byMonth(await readYearFile(dir, y, committedAt.get(path)))) months.set(m, list);
      }
      if (lastHistoryEntry(dir)?.id === last?.id || attempt >= 3) {
        store.source = { kind: 'read', months };
        return store;
      }
    }
  }

  get main(): MainData {
    return this.mainDb.data;
  }

  private sourceOf(): Source {
    if (!this.source) {
      const d = join(this.dir, BOOKINGS_DIR);
      const names = bookingsDirNames(this.dir);
      for (const p of this.committedAt.keys()) if (dirname(p) === d) names.push(basename(p));
      this.source = { kind: 'months', names };
    }
    return this.source;
  }

  /** The months that have bookings files (or bookings read), ascending. */
  bookingMonths(): Month[] {
    const src = this.sourceOf();
    const onDisk = src.kind === 'months' ? monthsIn(src.names) : [...src.months.keys()];
    return [...new Set([...onDisk, ...this.months.keys()])].sort(compareText);
  }

  /** The years that have bookings, ascending. */
  bookingYears(): number[] {
    return [...new Set(this.bookingMonths().map((m) => Number(m.slice(0, 4))))];
  }

  /** The bookings of one calendar month, `YYYY-MM` (the live array inside a transaction: change bookings here). */
  async bookingsOfMonth(month: Month): Promise<Booking[]> {
    let list = this.months.get(month);
    if (!list) {
      const src = this.sourceOf();
      if (src.kind === 'read') list = src.months.get(month) ?? [];
      else {
        const path = join(this.dir, bookingsMonthFile(month));
        list = (await readMonthFile(this.dir, month, this.committedAt.get(path))) ?? [];
      }
      this.months.set(month, list);
      this.loaded(month, list);
    }
    return list;
  }

  /** Called once per month read: a transaction keeps what the month held. */
  protected loaded(_month: Month, _bookings: readonly Booking[]): void {}

  /** The bookings of one calendar year, read month by month (a copy: change bookings through bookingsOfMonth). */
  async bookingsOfYear(year: number): Promise<Booking[]> {
    return this.bookingsBetween(`${year}-01-01`, `${year}-12-31`);
  }

  /** Bookings with from ≤ date ≤ to, reading only the months in between. */
  async bookingsBetween(from: IsoDate, to: IsoDate): Promise<Booking[]> {
    const out: Booking[] = [];
    if (from > to) return out;
    const have = new Set(this.bookingMonths());
    for (const m of monthsFromTo(monthOf(from), monthOf(to))) {
      if (!have.has(m)) continue;
      for (const b of await this.bookingsOfMonth(m)) if (b.date >= from && b.date <= to) out.push(b);
    }
    return out;
  }

  async allBookings(): Promise<Booking[]> {
    const out: Booking[] = [];
    for (const m of this.bookingMonths()) out.push(...(await this.bookingsOfMonth(m)));
    return out;
  }

  protected loadedMonths(): Map<Month, Booking[]> {
    return this.months;
  }
}

/** Which version of the history a reader saw (a commit appends to it, a purge's scrub replaces it). */
function historyMark(dir: string): string {
  const st = statSync(join(dir, HISTORY_FILE), { throwIfNoEntry: false });
  return st ? `${st.ino}:${st.size}:${st.mtimeMs}` : '';
}

/**
 * Migrates a store of the old layout — except in a dry run, which changes nothing: it reads the
 * bookings the migration would move (the same conflicts refused) and answers from them.
 */
export async function migrateUnlessDryRun(dir: string, dryRun: boolean): Promise<Source | null> {
  if (!dryRun) {
    await migrateToMonthFiles(dir);
    return null;
  }
  const old = await readOldLayout(dir);
  return old && { kind: 'read', months: byMonth(old.bookings) };
}

/**
 * What a command reads, so that it may leave archive.json unread: the first day it looks at (`from`),
 * and the people it is about (`people`: one, or the ids a roster booking names). The main file holds every record of every person with a day on or
 * after its `archive.before`, and every person still in the entry pipeline (model/archive.ts).
 */
export interface Needs {
  from?: IsoDate;
  people?: readonly string[];
}

/** Whether the archive must be read for `needs`: a day before the split's, or a person not in the main file. */
function needsArchive(main: MainData, before: IsoDate | null, needs: Needs | undefined): boolean {
  if (needs === undefined || before === null || main.people.length === 0) return true;
  if (needs.from !== undefined && needs.from < before) return true;
  return (needs.people ?? []).some((id) => !main.people.some((p) => p.id === id));
}

export async function loadMain(dir: string, readPath?: string): Promise<Low<MainData>> {
  const path = join(dir, MAIN_FILE);
  if (!existsSync(path)) {
    throw new StoreError((m) => m.store.noStore(dir));
  }
  const db = new Low<MainFile>(new CheckedJsonFile<MainFile>(path, MAIN_FILE_CHECK, readPath), null as never);
  await db.read();
  if (db.data === null) throw new StoreError((m) => m.store.empty(path));
  addMissingCollections(db.data);
  return db as unknown as Low<MainData>;
}
