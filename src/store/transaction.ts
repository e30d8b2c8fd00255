// The one way to change the store: a locked transaction that records what changed (history, undo),
// backs up before the first change of the day, and writes the changed files and the history entry as
// one step that a crash cannot split (commit.ts); and the two ways to write a whole store (init,
// restore).
import { existsSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { refuseIf, StoreError } from '../errors.js';
import { lastDay } from '../model/assignment.js';
import { assignmentSpan } from '../model/capacity.js';
import { isoWeekSpan } from '../model/booking.js';
import { catalogueOf, sayViolation } from '../i18n/active.js';
import { DEFAULT_LANGUAGE, isLang, type Text } from '../i18n/text.js';
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
import { commitChange, recoverStore, type FileWrite } from './commit.js';
import { newHistoryEntry, type HistoryEntry } from './history.js';
import { ensureDir, writeFileAtomic } from './json-file.js';
import { fixFor, withLock } from './lock.js';
import { completePendingPurge, type PurgeScrubResult } from './purge-job.js';
import {
  ARCHIVE_FILE,
  BACKUPS_DIR,
  BOOKINGS_DIR,
  bookingsMonthFile,
  legacyYearFile,
  MAIN_FILE,
  monthOf,
  monthsFromTo,
  type Month,
} from './paths.js';
import {
  diffBookings,
  diffSnapshots,
  MAIN_COLLECTIONS,
  MAIN_SINGLETONS,
  snapshotBookings,
  snapshotMain,
  type ChangeRecord,
} from './records.js';
import { MONTH_LAYOUT_SCHEMA_VERSION } from './quick-check.js';
import { emptyArchive, splitArchive } from '../model/archive.js';
import {
  archiveFileText,
  mainFileText,
  readArchive,
  refuseMissingArchive,
  refuseSharedRecord,
} from './archive-file.js';
import { compareText } from '../model/compare.js';
import { bookingsDirNames, monthFiles, monthFileText, monthsIn, yearsIn } from './month-files.js';

import { loadMain, migrateUnlessDryRun, Store, type Needs, type Source } from './store.js';

type MainKey = (typeof MAIN_SINGLETONS)[number] | (typeof MAIN_COLLECTIONS)[number];
const MAIN_KEYS: readonly MainKey[] = [...MAIN_SINGLETONS, ...MAIN_COLLECTIONS];

export interface WriteMeta {
  /**
   * One line for `insat history`: what the command did. Worded (a Text), it is written in the store's
   * language whatever the run's: the history is read later by the whole team.
   */
  summary: string | Text;
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
  /** Each month's bookings (key → a copy) as read: the history diff compares only these months. */
  private readonly monthsBefore = new Map<Month, Map<string, Booking>>();
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
    for (const m of months) for (const b of this.monthsBefore.get(m)!.values()) bookingsThen.push({ ...b });
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
      out.push(...diffBookings(`bookings/${month}`, before, this.loadedMonths().get(month)!));
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
    // The commands of every day leave archive.json unread. The day's first change reads it before it is
    // backed up, so that a broken one is refused while the daily backups still hold a good copy.
    // A record in both files is refused as every reader of the archive refuses it.
    // A dry run is refused the same way: it answers what the real run would.
    if (changes.length > 0 && !tx.archiveMerged && !hasDailyBackup(dir, meta.today)) {
      const archive = await readArchive(dir);
      refuseMissingArchive(join(dir, ARCHIVE_FILE), tx.archiveBefore, archive.text !== null);
      refuseSharedRecord(dir, tx.main, archive.part);
    }
    if (meta.dryRun || changes.length === 0) return { result, changes, entry: null, purgeScrub: null };
    try {
      dailyBackup(dir, meta.today, tx.peopleBefore);
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      throw new StoreError((m) =>
        m.store.cannotBackup(join(dir, BACKUPS_DIR), m.fmt.systemError(err.code, err.message), fixFor(m, err.code)),
      );
    }
    const entry = newHistoryEntry({ ...meta, summary: await summaryText(meta.summary, tx.main) }, changes);
    commitChange(dir, entry, [...tx.filesToWrite(changes, meta.today), ...tx.extraFiles]);
    return { result, changes, entry, purgeScrub: await completePendingPurge(dir) };
  });
}

/** A worded summary in the store's language (its `language` setting, else German). */
async function summaryText(summary: string | Text, data: MainData): Promise<string> {
  if (typeof summary === 'string') return summary;
  const lang = data.settings.language;
  return summary(await catalogueOf(typeof lang === 'string' && isLang(lang) ? lang : DEFAULT_LANGUAGE));
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
      throw new StoreError((m) =>
        m.store.cannotKeepOld(saveAs, m.fmt.systemError(err.code, err.message), fixFor(m, err.code)),
      );
    }
    ensureDir(join(dir, BOOKINGS_DIR));
    const names = bookingsDirNames(dir);
    if (meta.dryRun) return { saved };
    // Year files of a store from before month files are removed as part of the same commit.
    const removes = yearsIn(names).map((y) => legacyYearFile(y));
    const summary = await summaryText(meta.summary, data);
    const entry: HistoryEntry = {
      ...newHistoryEntry({ ...meta, summary }, []),
      ...(removes.length ? { removes } : {}),
    };
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
