// Opening the store for reading, and the one way to change it: a locked transaction that records
// what changed (history, undo), backs up before the first change of the day, and writes the changed
// files and the history entry as one step that a crash cannot split (commit.ts). Bookings live in one
// file per calendar month (month-files.ts) so that day-to-day commands read and write only the months
// they touch, however long the programme has run. A store from before (one file per year) is migrated
// by the first command that opens it (migrate-layout.ts).
import { existsSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Low } from 'lowdb';
import { BusyError, refuseIf, StoreError } from '../errors.js';
import { lastDay } from '../model/assignment.js';
import { assignmentSpan } from '../model/capacity.js';
import { isoWeekSpan } from '../model/booking.js';
import { sayViolation } from '../i18n/active.js';
import {
  newViolations,
  touchedBookingViolations,
  touchedViolations,
  type TouchedScope,
} from '../model/touched-check.js';
import type { IsoDate } from '../model/dates.js';
import type { Assignment, Booking, MainData } from '../model/types.js';
import { dailyBackup, hasDailyBackup, hasDataFiles, snapshotStore } from './backup.js';
import { deepFreeze } from './deep-freeze.js';
import {
  commitChange,
  committedStagedFiles,
  hasStagedChange,
  lastHistoryEntry,
  recoverStore,
  type FileWrite,
} from './commit.js';
import { newHistoryEntry, type HistoryEntry } from './history.js';
import { CheckedJsonFile, ensureDir, writeFileAtomic } from './json-file.js';
import { fixFor, withLock } from './lock.js';
import { completePendingPurge, hasPendingPurge, type PurgeScrubResult } from './purge-job.js';
import {
  ARCHIVE_FILE,
  BACKUPS_DIR,
  BOOKINGS_DIR,
  bookingsMonthFile,
  HISTORY_FILE,
  legacyYearFile,
  MAIN_FILE,
  monthOf,
  monthsFromTo,
  type Month,
} from './paths.js';
import {
  addMissingCollections,
  diffSnapshots,
  MAIN_COLLECTIONS,
  MAIN_SINGLETONS,
  snapshotBookings,
  snapshotMain,
  type ChangeRecord,
} from './records.js';
import { MAIN_FILE_CHECK, MONTH_LAYOUT_SCHEMA_VERSION } from './quick-check.js';
import { emptyArchive, splitArchive, type ArchivePart } from '../model/archive.js';
import {
  archiveFileText,
  mainFileText,
  mergeArchiveInto,
  readArchive,
  refuseMissingArchive,
  refuseSharedRecord,
  type ArchiveRead,
} from './archive-file.js';
import { compareText } from '../model/compare.js';
import {
  bookingsDirNames,
  byMonth,
  hasYearFiles,
  monthFiles,
  monthFileText,
  monthsIn,
  yearsIn,
} from './month-files.js';
import {
  isLayoutMigration,
  LayoutConflict,
  migrateToMonthFiles,
  readMonthFile,
  readOldLayout,
  readYearFile,
} from './migrate-layout.js';

type MainFile = MainData & { schemaVersion: number; archive?: { before: IsoDate } };
type MainKey = (typeof MAIN_SINGLETONS)[number] | (typeof MAIN_COLLECTIONS)[number];
const MAIN_KEYS: readonly MainKey[] = [...MAIN_SINGLETONS, ...MAIN_COLLECTIONS];

/** Bookings files as they lie on disk (their names in bookings/), or all bookings already in memory (old layout). */
type Source = { kind: 'months'; names: string[] } | { kind: 'read'; months: Map<Month, Booking[]> };

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
    refuseMissingArchive(join(this.dir, ARCHIVE_FILE), this.archiveBefore, this.archive.text);
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
async function migrateUnlessDryRun(dir: string, dryRun: boolean): Promise<Source | null> {
  if (!dryRun) {
    await migrateToMonthFiles(dir);
    return null;
  }
  const old = await readOldLayout(dir);
  return old && { kind: 'read', months: byMonth(old.bookings) };
}

/**
 * What a command reads, so that it may leave archive.json unread: the first day it looks at (`from`),
 * and the one person it is about. The main file holds every record of every person with a day on or
 * after its `archive.before`, and every person without a finished stay (model/archive.ts).
 */
export interface Needs {
  from?: IsoDate;
  person?: string;
}

/** Whether the archive must be read for `needs`: a day before the split's, or a person not in the main file. */
function needsArchive(main: MainData, before: IsoDate | null, needs: Needs | undefined): boolean {
  if (needs === undefined || before === null || main.people.length === 0) return true;
  if (needs.from !== undefined && needs.from < before) return true;
  return needs.person !== undefined && !main.people.some((p) => p.id === needs.person);
}

async function loadMain(dir: string, readPath?: string): Promise<Low<MainData>> {
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

export interface WriteMeta {
  /** One line for `insat history`: what the command did. */
  summary: string;
  argv: string[];
  today: IsoDate;
  dryRun: boolean;
  /** Set by `insat undo`: the history entry this change reverts. */
  undoOf?: string;
  /**
   * The change touches bookings only: the main file's data is deep-frozen (a write to it throws), so
   * the transaction neither keeps nor compares its text.
   */
  bookingsOnly?: boolean;
  /** With `bookingsOnly`: what the change reads (archive.json is read only when it must be, see Needs). */
  needs?: Needs;
}

export interface WriteResult<T> {
  result: T;
  changes: ChangeRecord[];
  entry: HistoryEntry | null;
  /** What finishing a purge committed by this change erased from the trail and the backups. */
  purgeScrub: PurgeScrubResult | null;
}

/** A store opened inside the lock: change `main` and the arrays of `bookingsOfMonth`, then commit. */
export class Transaction extends Store {
  /** Each part of the main file (settings, people, …) as JSON text when the transaction began (not kept when frozen). */
  private readonly mainBefore = new Map<MainKey, string>();
  /** The main file's data is deep-frozen: it cannot have changed. */
  private mainFrozen = false;
  /** Each month's bookings (key → JSON text) as read: the history diff compares only these months. */
  private readonly monthsBefore = new Map<Month, Map<string, string>>();
  /** How many people the store had on disk, before this change. */
  peopleBefore = 0;
  /** Files the change writes besides the data files (a purge's job file), in the same commit. */
  readonly extraFiles: FileWrite[] = [];

  /** `bookingsOnly`: the main file's data is frozen instead of recorded (WriteMeta.bookingsOnly). */
  /** `unmigrated`: the bookings of a store of the old layout, read for a dry run instead of migrating it. */
  static async begin(
    dir: string,
    bookingsOnly = false,
    unmigrated: Source | null = null,
    needs?: Needs,
  ): Promise<Transaction> {
    // A change of the main data always works on all of it: only a bookings-only change may skip the archive.
    const tx = await new Transaction(dir, await loadMain(dir)).mergeArchive(
      undefined,
      bookingsOnly ? needs : undefined,
    );
    tx.source = unmigrated;
    if (bookingsOnly) {
      deepFreeze(tx.main);
      tx.mainFrozen = true;
    } else for (const k of MAIN_KEYS) tx.mainBefore.set(k, JSON.stringify(tx.main[k]));
    tx.peopleBefore = tx.main.people.length;
    return tx;
  }

  protected override loaded(month: Month, bookings: readonly Booking[]): void {
    this.monthsBefore.set(month, snapshotBookings(bookings));
  }

  /** A copy that cannot be changed: a booking pushed into it would be lost — use bookingsOfMonth. */
  override async bookingsOfYear(year: number): Promise<Booking[]> {
    return Object.freeze(await super.bookingsOfYear(year)) as Booking[];
  }

  /** The main file as it was when the transaction began. */
  private mainAsBefore(): MainData {
    if (this.mainFrozen) return this.main;
    const out = {} as Record<MainKey, unknown>;
    for (const k of MAIN_KEYS) out[k] = JSON.parse(this.mainBefore.get(k)!);
    return out as unknown as MainData;
  }

  /**
   * Refuses (exit 3) a change that would leave the store with a problem `insat check` reports and the
   * store did not have before — checked for what the change touched (model/touched-check.ts).
   */
  async recheck(changes: readonly ChangeRecord[], today: IsoDate): Promise<void> {
    const { scope, recordPeople } = this.touchedScope(changes);
    if (scope.people.size === 0 && !scope.settings && !scope.staff) return;
    const months = this.monthsOf(scope, recordPeople, changes);
    const bookingsNow: Booking[] = [];
    for (const m of months) bookingsNow.push(...(await this.bookingsOfMonth(m)));
    // A frozen main file is the same before and after: the rules that read only it cannot find anything
    // new (at most a booking's problem worded exactly like one of theirs is refused that would have passed).
    const rules = this.mainFrozen ? touchedBookingViolations : touchedViolations;
    const after = rules(this.main, bookingsNow, today, scope);
    if (after.length === 0) return;
    const bookingsThen: Booking[] = [];
    for (const m of months)
      for (const v of this.monthsBefore.get(m)!.values()) bookingsThen.push(JSON.parse(v) as Booking);
    refuseIf(newViolations(rules(this.mainAsBefore(), bookingsThen, today, scope), after, sayViolation));
  }

  /** What the change touched; `recordPeople`: the people whose own records (not only bookings) changed. */
  private touchedScope(changes: readonly ChangeRecord[]): { scope: TouchedScope; recordPeople: Set<string> } {
    const people = new Set<string>();
    const recordPeople = new Set<string>();
    let settings = false;
    let staff = false;
    let from: IsoDate | null = null,
      to: IsoDate | null = null;
    for (const c of changes) {
      if (c.file !== 'main') {
        people.add(c.key.split('|')[0]!);
        continue;
      }
      if (c.collection === 'settings') {
        settings = true;
        continue;
      }
      if (c.collection === 'people') {
        people.add(c.key);
        recordPeople.add(c.key);
        continue;
      }
      if (c.collection === 'staff') {
        staff = true;
        continue;
      }
      for (const img of [c.before, c.after] as ({ personId?: string } | null)[]) {
        if (img?.personId) {
          people.add(img.personId);
          recordPeople.add(img.personId);
        }
        if (c.collection === 'assignments' && img) {
          const a = img as Assignment;
          const last = lastDay(a) > a.until ? lastDay(a) : a.until;
          if (from === null || a.start < from) from = a.start;
          if (to === null || last > to) to = last;
        }
      }
    }
    if (settings)
      for (const p of this.main.people) {
        people.add(p.id);
        recordPeople.add(p.id);
      }
    const span = settings ? assignmentSpan(this.main.assignments) : from && to ? { from, to } : null;
    return { scope: { people, settings, staff, seatDays: span }, recordPeople };
  }

  /**
   * The months of bookings to look at: those already loaded; for a changed booking the months of its
   * ISO week (the weekly hours); for a person whose records changed every year of their assignments;
   * the days whose seats may have changed.
   */
  private monthsOf(scope: TouchedScope, recordPeople: ReadonlySet<string>, changes: readonly ChangeRecord[]): Month[] {
    const months = new Set<Month>(this.loadedMonths().keys());
    const onDisk = new Set(this.bookingMonths());
    const addSpan = (from: IsoDate, to: IsoDate) => {
      for (const m of monthsFromTo(monthOf(from), monthOf(to))) if (onDisk.has(m)) months.add(m);
    };
    for (const c of changes) {
      if (c.file === 'main') continue;
      const week = isoWeekSpan(c.key.split('|')[1]!);
      addSpan(week.from, week.to);
    }
    for (const a of this.main.assignments) {
      if (recordPeople.has(a.personId)) addSpan(`${a.start.slice(0, 4)}-01-01`, `${lastDay(a).slice(0, 4)}-12-31`);
    }
    if (scope.seatDays) addSpan(scope.seatDays.from, scope.seatDays.to);
    return [...months].sort(compareText);
  }

  changes(): ChangeRecord[] {
    // Record by record only where a part of the main file changed: a booking leaves the main file's
    // 2,000 records of a 20-year store alone, and comparing one text per part is cheap.
    // A frozen main file cannot have changed.
    const changed = new Set(
      this.mainFrozen ? [] : MAIN_KEYS.filter((k) => JSON.stringify(this.main[k]) !== this.mainBefore.get(k)),
    );
    const out: ChangeRecord[] = [];
    if (changed.size > 0) {
      const before = {} as Record<MainKey, unknown>;
      const after = {} as Record<MainKey, unknown>;
      for (const k of MAIN_KEYS) {
        const isCollection = (MAIN_COLLECTIONS as readonly string[]).includes(k);
        before[k] = changed.has(k) ? JSON.parse(this.mainBefore.get(k)!) : isCollection ? [] : this.main[k];
        after[k] = changed.has(k) || !isCollection ? this.main[k] : [];
      }
      out.push(
        ...diffSnapshots(
          'main',
          snapshotMain(before as unknown as MainData),
          snapshotMain(after as unknown as MainData),
        ),
      );
    }
    for (const [month, before] of this.monthsBefore) {
      out.push(...diffSnapshots(`bookings/${month}`, before, snapshotBookings(this.loadedMonths().get(month)!)));
    }
    return out;
  }

  /** Writes every changed file (each atomically). */
  async save(changes: ChangeRecord[], today: IsoDate): Promise<void> {
    for (const f of this.filesToWrite(changes, today)) {
      ensureDir(dirname(f.path));
      writeFileAtomic(f.path, f.text);
    }
  }

  /**
   * The new text of every file that `changes` touch (bookings sorted by day, then participant). The main
   * data is split anew as of `today`: people whose stay ended long ago go to archive.json, which is
   * written only when its text changes.
   */
  filesToWrite(changes: ChangeRecord[], today: IsoDate): FileWrite[] {
    const files = new Set(changes.map((c) => c.file));
    const out: FileWrite[] = [];
    for (const [month, bookings] of this.loadedMonths()) {
      if (!files.has(`bookings/${month}`)) continue;
      ensureDir(join(this.dir, BOOKINGS_DIR));
      out.push({ path: join(this.dir, bookingsMonthFile(month)), text: monthFileText(month, bookings) });
    }
    // The first month file of a store from before them (one that had no year files to migrate)
    // raises its main file to the schema that has month files, so an older insat refuses the store
    // instead of reading it without these bookings.
    const raisesSchema = out.length > 0 && this.schemaVersion < MONTH_LAYOUT_SCHEMA_VERSION;
    if (files.has('main') || (raisesSchema && this.archive.text !== null))
      out.push(...mainFiles(this.dir, this.main, today, this.archive.text));
    else if (raisesSchema)
      // only the layout of bookings changes: the main file is written as it is, of the schema that has month files
      out.push({
        path: join(this.dir, MAIN_FILE),
        text: JSON.stringify({ schemaVersion: MONTH_LAYOUT_SCHEMA_VERSION, ...this.main }, null, 1) + '\n',
      });
    return out;
  }
}

/**
 * The one way to change the store: lock, load, let `change` modify the data, record and write
 * what changed. With `dryRun`, nothing is written. Nothing changes when `change` throws.
 */
export async function writeStore<T>(
  dir: string,
  meta: WriteMeta,
  change: (tx: Transaction) => T | Promise<T>,
): Promise<WriteResult<T>> {
  return withLock(dir, async () => {
    await recoverStore(dir);
    const unmigrated = await migrateUnlessDryRun(dir, meta.dryRun);
    const tx = await Transaction.begin(dir, meta.bookingsOnly, unmigrated, meta.needs);
    const result = await change(tx);
    const changes = tx.changes();
    if (changes.length > 0) await tx.recheck(changes, meta.today);
    if (meta.dryRun || changes.length === 0) return { result, changes, entry: null, purgeScrub: null };
    // The commands of every day leave archive.json unread. The day's first change reads it before it is
    // backed up, so that a broken one is refused while the daily backups still hold a good copy.
    // A record in both files is refused as every reader of the archive refuses it.
    if (!tx.archiveMerged && !hasDailyBackup(dir, meta.today)) {
      const archive = await readArchive(dir);
      refuseMissingArchive(join(dir, ARCHIVE_FILE), tx.archiveBefore, archive.text);
      refuseSharedRecord(dir, tx.main, archive.part);
    }
    try {
      dailyBackup(dir, meta.today, tx.peopleBefore);
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      throw new StoreError((m) =>
        m.store.cannotBackup(join(dir, BACKUPS_DIR), err.code ?? err.message, fixFor(m, err.code)),
      );
    }
    const entry = newHistoryEntry(meta, changes);
    commitChange(dir, entry, [...tx.filesToWrite(changes, meta.today), ...tx.extraFiles]);
    return { result, changes, entry, purgeScrub: await completePendingPurge(dir) };
  });
}

/**
 * The main file and archive.json for `data` split as of `today`; archive.json when its text differs
 * from `archiveOnDisk`, or there is none (null): it is always there beside a main file that names the split.
 */
function mainFiles(dir: string, data: MainData, today: IsoDate, archiveOnDisk: string | null): FileWrite[] {
  const split = splitArchive(data, today);
  const out = [{ path: join(dir, MAIN_FILE), text: mainFileText(split.main, split.before) }];
  const text = archiveFileText(split.archive);
  if (text !== archiveOnDisk) out.push({ path: join(dir, ARCHIVE_FILE), text });
  return out;
}

/**
 * The text of every data file of a whole store: the main file, archive.json and one file per month
 * (`alsoMonths` written empty, so that no month of the old store survives).
 */
function wholeStoreFiles(
  dir: string,
  data: MainData,
  bookings: Booking[],
  alsoMonths: readonly Month[],
  today: IsoDate,
): FileWrite[] {
  const split = splitArchive(data, today);
  return [
    ...monthFiles(dir, bookings, alsoMonths),
    { path: join(dir, ARCHIVE_FILE), text: archiveFileText(split.archive) },
    { path: join(dir, MAIN_FILE), text: mainFileText(split.main, split.before) },
  ];
}

/**
 * Replaces the whole store (init --force, restoring over a store that cannot be read) in one step
 * that a crash cannot split, like every other write: the old files are kept as backup `saveAs`
 * first, then the new files and a history entry are committed together. The entry records no
 * records (the old ones may not even be readable), so it cannot be undone.
 */
export async function replaceStore(
  dir: string,
  meta: WriteMeta,
  data: MainData,
  bookings: Booking[],
  saveAs: string,
): Promise<{ saved: string | null }> {
  return withLock(dir, async () => {
    await recoverStore(dir);
    let saved: string | null = null;
    try {
      // also what is left of a store whose insat.json is missing: its bookings and archive are kept
      if (hasDataFiles(dir)) saved = snapshotStore(dir, saveAs);
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      throw new StoreError((m) => m.store.cannotKeepOld(saveAs, err.code ?? err.message, fixFor(m, err.code)));
    }
    ensureDir(join(dir, BOOKINGS_DIR));
    const names = bookingsDirNames(dir);
    if (meta.dryRun) return { saved };
    // Year files of a store from before month files are removed as part of the same commit.
    const removes = yearsIn(names).map((y) => legacyYearFile(y));
    const entry: HistoryEntry = { ...newHistoryEntry(meta, []), ...(removes.length ? { removes } : {}) };
    commitChange(dir, entry, wholeStoreFiles(dir, data, bookings, monthsIn(names), meta.today));
    return { saved };
  });
}

/**
 * Creates a new store from `data` (init); refuses to replace one unless `force`. With `today`, the
 * people whose stay ended long before it go to archive.json at once (else the first change files them).
 */
export function createStore(dir: string, data: MainData, bookings: Booking[], force: boolean, today?: IsoDate): void {
  ensureDir(dir);
  const path = join(dir, MAIN_FILE);
  if (existsSync(path) && !force) {
    throw new StoreError((m) => m.store.exists(dir));
  }
  ensureDir(join(dir, BOOKINGS_DIR));
  const names = bookingsDirNames(dir);
  for (const f of monthFiles(dir, bookings, monthsIn(names))) writeFileAtomic(f.path, f.text);
  for (const y of yearsIn(names)) rmSync(join(dir, legacyYearFile(y)), { force: true });
  const split = today ? splitArchive(data, today) : { main: data, archive: emptyArchive(), before: null };
  const archiveText = archiveFileText(split.archive);
  if (split.before !== null || existsSync(join(dir, ARCHIVE_FILE)))
    writeFileAtomic(join(dir, ARCHIVE_FILE), archiveText);
  writeFileAtomic(path, mainFileText(split.main, split.before));
}
