// Opening the store for reading, and the one way to change it: a locked transaction that records
// what changed (history, undo), backs up before the first change of the day, and writes the changed
// files and the history entry as one step that a crash cannot split (commit.ts). Bookings live in one file per year so that day-to-day commands read and
// write only the years they touch, however long the programme has run.
import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Low } from 'lowdb';
import { BusyError, refuseIf, StoreError } from '../errors.js';
import { lastDay } from '../model/assignment.js';
import { assignmentSpan } from '../model/capacity.js';
import { sayViolation } from '../i18n/active.js';
import { newViolations, touchedViolations, type TouchedScope } from '../model/touched-check.js';
import type { IsoDate } from '../model/dates.js';
import type { Assignment, Booking, MainData } from '../model/types.js';
import { dailyBackup, snapshotStore } from './backup.js';
import { commitChange, committedStagedFiles, hasStagedChange, recoverStore, type FileWrite } from './commit.js';
import { newHistoryEntry, type HistoryEntry } from './history.js';
import { CheckedJsonFile, ensureDir, writeFileAtomic } from './json-file.js';
import { fixFor, withLock } from './lock.js';
import { completePendingPurge, hasPendingPurge, type PurgeScrubResult } from './purge-job.js';
import { BACKUPS_DIR, BOOKINGS_DIR, bookingsFile, MAIN_FILE } from './paths.js';
import {
  addMissingCollections,
  diffSnapshots,
  MAIN_COLLECTIONS,
  MAIN_SINGLETONS,
  snapshotBookings,
  snapshotMain,
  type ChangeRecord,
} from './records.js';
import { BOOKING_YEAR_CHECK, MAIN_FILE_CHECK, SCHEMA_VERSION } from './quick-check.js';
import { compareText } from '../model/compare.js';

type MainFile = MainData & { schemaVersion: number };
type BookingYearFile = { schemaVersion: number; year: number; bookings: Booking[] };
type MainKey = (typeof MAIN_SINGLETONS)[number] | (typeof MAIN_COLLECTIONS)[number];
const MAIN_KEYS: readonly MainKey[] = [...MAIN_SINGLETONS, ...MAIN_COLLECTIONS];

export class Store {
  private readonly years = new Map<number, Low<BookingYearFile>>();

  /** Data files whose last committed text lies in a staged file not yet installed (target → staged). */
  protected readonly committedAt = new Map<string, string>();

  protected constructor(
    readonly dir: string,
    protected readonly mainDb: Low<MainFile>,
  ) {}

  static async open(dir: string): Promise<Store> {
    // A change caught between staging and installing its files: a crashed writer's change is finished
    // or discarded at once (its lock is free or dead). A writer at work right now is not waited for —
    // a reader never fails because a writer is busy — the reader reads the last committed state.
    let committedAt = new Map<string, string>();
    if (hasStagedChange(dir) || hasPendingPurge(dir)) {
      try {
        await withLock(dir, () => recoverStore(dir), { waitMs: 0 });
      } catch (e) {
        if (!(e instanceof BusyError)) throw e;
        committedAt = committedStagedFiles(dir);
      }
    }
    const store = new Store(dir, await loadMain(dir, committedAt.get(join(dir, MAIN_FILE))));
    for (const [target, staged] of committedAt) store.committedAt.set(target, staged);
    return store;
  }

  get main(): MainData {
    return this.mainDb.data;
  }

  /** The years that have a bookings file, ascending. */
  bookingYears(): number[] {
    const d = join(this.dir, BOOKINGS_DIR);
    const files = [
      ...(existsSync(d) ? readdirSync(d) : []),
      ...[...this.committedAt.keys()].filter((p) => dirname(p) === d).map((p) => basename(p)),
    ];
    return [
      ...new Set(
        files
          .map((f) => /^(\d{4})\.json$/.exec(f))
          .filter((m) => m !== null)
          .map((m) => Number(m![1])),
      ),
    ].sort((a, b) => a - b);
  }

  protected async yearDb(year: number): Promise<Low<BookingYearFile>> {
    let db = this.years.get(year);
    if (!db) {
      const path = join(this.dir, bookingsFile(year));
      db = new Low<BookingYearFile>(
        new CheckedJsonFile<BookingYearFile>(path, BOOKING_YEAR_CHECK, this.committedAt.get(path)),
        { schemaVersion: SCHEMA_VERSION, year, bookings: [] },
      );
      await db.read();
      const holds = db.data.year;
      if (holds !== year)
        throw new StoreError((m) => m.store.wrongYear(join(this.dir, bookingsFile(year)), holds, year));
      this.years.set(year, db);
    }
    return db;
  }

  /** The bookings of one calendar year (the live array inside a transaction). */
  async bookingsOfYear(year: number): Promise<Booking[]> {
    return (await this.yearDb(year)).data.bookings;
  }

  /** Bookings with from ≤ date ≤ to, reading only the years in between. */
  async bookingsBetween(from: IsoDate, to: IsoDate): Promise<Booking[]> {
    const out: Booking[] = [];
    for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) {
      for (const b of await this.bookingsOfYear(y)) if (b.date >= from && b.date <= to) out.push(b);
    }
    return out;
  }

  async allBookings(): Promise<Booking[]> {
    const out: Booking[] = [];
    for (const y of this.bookingYears()) out.push(...(await this.bookingsOfYear(y)));
    return out;
  }

  protected loadedYears(): Map<number, Low<BookingYearFile>> {
    return this.years;
  }
}

async function loadMain(dir: string, readPath?: string): Promise<Low<MainFile>> {
  const path = join(dir, MAIN_FILE);
  if (!existsSync(path)) {
    throw new StoreError((m) => m.store.noStore(dir));
  }
  const db = new Low<MainFile>(new CheckedJsonFile<MainFile>(path, MAIN_FILE_CHECK, readPath), null as never);
  await db.read();
  if (db.data === null) throw new StoreError((m) => m.store.empty(path));
  addMissingCollections(db.data);
  return db;
}

export interface WriteMeta {
  /** One line for `insat history`: what the command did. */
  summary: string;
  argv: string[];
  today: IsoDate;
  dryRun: boolean;
  /** Set by `insat undo`: the history entry this change reverts. */
  undoOf?: string;
}

export interface WriteResult<T> {
  result: T;
  changes: ChangeRecord[];
  entry: HistoryEntry | null;
  /** What finishing a purge committed by this change erased from the trail and the backups. */
  purgeScrub: PurgeScrubResult | null;
}

/** A store opened inside the lock: change `main` and the arrays of `bookingsOfYear`, then commit. */
export class Transaction extends Store {
  /** Each part of the main file (settings, people, …) as JSON text when the transaction began. */
  private readonly mainBefore = new Map<MainKey, string>();
  private readonly yearsBefore = new Map<number, Map<string, string>>();
  /** How many people the store had on disk, before this change. */
  peopleBefore = 0;
  /** Files the change writes besides the data files (a purge's job file), in the same commit. */
  readonly extraFiles: FileWrite[] = [];

  static async begin(dir: string): Promise<Transaction> {
    const tx = new Transaction(dir, await loadMain(dir));
    for (const k of MAIN_KEYS) tx.mainBefore.set(k, JSON.stringify(tx.main[k]));
    tx.peopleBefore = tx.main.people.length;
    return tx;
  }

  protected override async yearDb(year: number): Promise<Low<BookingYearFile>> {
    const db = await super.yearDb(year);
    if (!this.yearsBefore.has(year)) this.yearsBefore.set(year, snapshotBookings(db.data.bookings));
    return db;
  }

  /** The main file as it was when the transaction began. */
  private mainAsBefore(): MainData {
    const out = {} as Record<MainKey, unknown>;
    for (const k of MAIN_KEYS) out[k] = JSON.parse(this.mainBefore.get(k)!);
    return out as unknown as MainData;
  }

  /**
   * Refuses (exit 3) a change that would leave the store with a problem `insat check` reports and the
   * store did not have before — checked for what the change touched (model/touched-check.ts).
   */
  async recheck(changes: readonly ChangeRecord[], today: IsoDate): Promise<void> {
    const scope = this.touchedScope(changes);
    if (scope.people.size === 0 && !scope.settings && !scope.staff) return;
    const years = this.yearsOf(scope);
    const bookingsNow: Booking[] = [];
    for (const y of years) bookingsNow.push(...(await this.bookingsOfYear(y)));
    const after = touchedViolations(this.main, bookingsNow, today, scope);
    if (after.length === 0) return;
    const bookingsThen: Booking[] = [];
    for (const y of years) {
      const snap = this.yearsBefore.get(y);
      if (snap) for (const v of snap.values()) bookingsThen.push(JSON.parse(v) as Booking);
      else bookingsThen.push(...(await this.bookingsOfYear(y)));
    }
    refuseIf(newViolations(touchedViolations(this.mainAsBefore(), bookingsThen, today, scope), after, sayViolation));
  }

  private touchedScope(changes: readonly ChangeRecord[]): TouchedScope {
    const people = new Set<string>();
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
        continue;
      }
      if (c.collection === 'staff') {
        staff = true;
        continue;
      }
      for (const img of [c.before, c.after] as ({ personId?: string } | null)[]) {
        if (img?.personId) people.add(img.personId);
        if (c.collection === 'assignments' && img) {
          const a = img as Assignment;
          const last = lastDay(a) > a.until ? lastDay(a) : a.until;
          if (from === null || a.start < from) from = a.start;
          if (to === null || last > to) to = last;
        }
      }
    }
    if (settings) for (const p of this.main.people) people.add(p.id);
    const span = settings ? assignmentSpan(this.main.assignments) : from && to ? { from, to } : null;
    return { people, settings, staff, seatDays: span };
  }

  /** The years of bookings to look at: those of the touched people's assignments, and those already loaded. */
  private yearsOf(scope: TouchedScope): number[] {
    const years = new Set<number>(this.loadedYears().keys());
    const onDisk = new Set(this.bookingYears());
    for (const a of this.main.assignments) {
      if (!scope.people.has(a.personId)) continue;
      for (let y = Number(a.start.slice(0, 4)); y <= Number(lastDay(a).slice(0, 4)); y++)
        if (onDisk.has(y)) years.add(y);
    }
    if (scope.seatDays)
      for (let y = Number(scope.seatDays.from.slice(0, 4)); y <= Number(scope.seatDays.to.slice(0, 4)); y++)
        if (onDisk.has(y)) years.add(y);
    return [...years].sort((a, b) => a - b);
  }

  changes(): ChangeRecord[] {
    // Record by record only where a part of the main file changed: a booking leaves the main file's
    // 2,000 records of a 20-year store alone, and comparing one text per part is cheap.
    const changed = new Set(MAIN_KEYS.filter((k) => JSON.stringify(this.main[k]) !== this.mainBefore.get(k)));
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
    for (const [year, before] of this.yearsBefore) {
      out.push(
        ...diffSnapshots(`bookings/${year}`, before, snapshotBookings(this.loadedYears().get(year)!.data.bookings)),
      );
    }
    return out;
  }

  /** Writes every changed file (each atomically). */
  async save(changes: ChangeRecord[]): Promise<void> {
    for (const f of this.filesToWrite(changes)) {
      ensureDir(dirname(f.path));
      writeFileAtomic(f.path, f.text);
    }
  }

  /** The new text of every file that `changes` touch (bookings sorted by day, then participant). */
  filesToWrite(changes: ChangeRecord[]): FileWrite[] {
    const files = new Set(changes.map((c) => c.file));
    const out: FileWrite[] = [];
    for (const [year, db] of this.loadedYears()) {
      if (!files.has(`bookings/${year}`)) continue;
      ensureDir(join(this.dir, BOOKINGS_DIR));
      db.data.bookings.sort((a, b) => compareText(a.date, b.date) || compareText(a.participantId, b.participantId));
      out.push({ path: join(this.dir, bookingsFile(year)), text: JSON.stringify(db.data, null, 1) + '\n' });
    }
    if (files.has('main'))
      out.push({ path: join(this.dir, MAIN_FILE), text: JSON.stringify(this.mainDb.data, null, 1) + '\n' });
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
    const tx = await Transaction.begin(dir);
    const result = await change(tx);
    const changes = tx.changes();
    if (changes.length > 0) await tx.recheck(changes, meta.today);
    if (meta.dryRun || changes.length === 0) return { result, changes, entry: null, purgeScrub: null };
    try {
      dailyBackup(dir, meta.today, tx.peopleBefore);
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      throw new StoreError((m) =>
        m.store.cannotBackup(join(dir, BACKUPS_DIR), err.code ?? err.message, fixFor(m, err.code)),
      );
    }
    const entry = newHistoryEntry(meta, changes);
    commitChange(dir, entry, [...tx.filesToWrite(changes), ...tx.extraFiles]);
    return { result, changes, entry, purgeScrub: await completePendingPurge(dir) };
  });
}

/** The text of every data file of a whole store: the main file and one file per year (`alsoYears` written empty). */
function wholeStoreFiles(dir: string, data: MainData, bookings: Booking[], alsoYears: readonly number[]): FileWrite[] {
  const byYear = new Map<number, Booking[]>(alsoYears.map((y) => [y, []]));
  for (const b of bookings) {
    const y = Number(b.date.slice(0, 4));
    if (!byYear.has(y)) byYear.set(y, []);
    byYear.get(y)!.push(b);
  }
  const out: FileWrite[] = [];
  for (const [year, list] of [...byYear].sort(([a], [b]) => a - b)) {
    list.sort((a, b) => a.date.localeCompare(b.date) || a.participantId.localeCompare(b.participantId));
    out.push({
      path: join(dir, bookingsFile(year)),
      text: JSON.stringify({ schemaVersion: SCHEMA_VERSION, year, bookings: list }, null, 1) + '\n',
    });
  }
  out.push({
    path: join(dir, MAIN_FILE),
    text: JSON.stringify({ schemaVersion: SCHEMA_VERSION, ...data }, null, 1) + '\n',
  });
  return out;
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
      if (existsSync(join(dir, MAIN_FILE))) saved = snapshotStore(dir, saveAs);
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      throw new StoreError((m) => m.store.cannotKeepOld(saveAs, err.code ?? err.message, fixFor(m, err.code)));
    }
    ensureDir(join(dir, BOOKINGS_DIR));
    const oldYears = readdirSync(join(dir, BOOKINGS_DIR))
      .map((f) => /^(\d{4})\.json$/.exec(f))
      .filter((m) => m !== null)
      .map((m) => Number(m![1]));
    if (meta.dryRun) return { saved };
    commitChange(dir, newHistoryEntry(meta, []), wholeStoreFiles(dir, data, bookings, oldYears));
    return { saved };
  });
}

/** Creates a new store from `data` (init); refuses to replace one unless `force`. */
export function createStore(dir: string, data: MainData, bookings: Booking[], force: boolean): void {
  ensureDir(dir);
  const byYear = new Map<number, Booking[]>();
  for (const b of bookings) {
    const y = Number(b.date.slice(0, 4));
    if (!byYear.has(y)) byYear.set(y, []);
    byYear.get(y)!.push(b);
  }
  const path = join(dir, MAIN_FILE);
  if (existsSync(path) && !force) {
    throw new StoreError((m) => m.store.exists(dir));
  }
  ensureDir(join(dir, BOOKINGS_DIR));
  for (const f of readdirSync(join(dir, BOOKINGS_DIR))) {
    const m = /^(\d{4})\.json$/.exec(f);
    if (m && !byYear.has(Number(m[1]))) byYear.set(Number(m[1]), []);
  }
  for (const [year, list] of byYear) {
    list.sort((a, b) => compareText(a.date, b.date) || compareText(a.participantId, b.participantId));
    writeFileAtomic(
      join(dir, bookingsFile(year)),
      JSON.stringify({ schemaVersion: SCHEMA_VERSION, year, bookings: list }, null, 1) + '\n',
    );
  }
  writeFileAtomic(path, JSON.stringify({ schemaVersion: SCHEMA_VERSION, ...data }, null, 1) + '\n');
}
