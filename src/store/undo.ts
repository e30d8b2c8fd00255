// Reverting the last change as a whole (`insat undo`), and reading the audit trail newest first
// without parsing all of it: history.jsonl is read backwards in chunks, so undo and `history
// --limit N` cost the same after 20 years as after one.
import { closeSync, existsSync, fstatSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { RuleError, StoreError } from '../errors.js';
import type { Booking, MainData } from '../model/types.js';
import { violation, type Violation } from '../model/violations.js';
import { parseHistoryLine, type HistoryEntry } from './history.js';
import { isLayoutMigration } from './migrate-layout.js';
import { HISTORY_FILE, MAIN_FILE } from './paths.js';
import { getBookingRecord, getMainRecord, setBookingRecord, setMainRecord, type ChangeRecord } from './records.js';
import type { Transaction } from './transaction.js';
import type { Catalogue } from '../i18n/text.js';

const CHUNK = 1 << 16;

/** Exit 6 when `dir` holds no store at all (neither data nor a trail), as every other command does. */
export function requireStore(dir: string): void {
  if (!existsSync(join(dir, MAIN_FILE)) && !existsSync(join(dir, HISTORY_FILE))) {
    throw new StoreError((m) => m.store.noStore(dir));
  }
}

/**
 * History entries, newest first. A torn or unreadable line is skipped, as readHistory does;
 * `onDamaged` hears of each complete line that is not an entry (`insat check` names them).
 */
export function* historyNewestFirst(dir: string, onDamaged: () => void = () => {}): Generator<HistoryEntry> {
  const path = join(dir, HISTORY_FILE);
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw new StoreError((m) =>
      m.store.historyUnreadable(path, m.fmt.systemError((e as NodeJS.ErrnoException).code, (e as Error).message)),
    );
  }
  try {
    let pos = fstatSync(fd).size;
    let rest = Buffer.alloc(0);
    // the last line without its line end is a torn append (a crash), not damage: the next writer cuts it
    let complete = false;
    const parse = (line: Buffer): HistoryEntry | null => {
      const text = line.toString('utf8').trim();
      const whole = complete;
      complete = true;
      if (!text) return null;
      const entry = parseHistoryLine(text);
      if (!entry && whole) onDamaged();
      return entry;
    };
    while (pos > 0) {
      const len = Math.min(CHUNK, pos);
      pos -= len;
      const buf = Buffer.alloc(len);
      readSync(fd, buf, 0, len, pos);
      const data = rest.length ? Buffer.concat([buf, rest]) : buf;
      // A newline byte never occurs inside a multi-byte UTF-8 character, so splitting bytes is safe.
      let end = data.length;
      let nl = data.lastIndexOf(0x0a, end - 1);
      while (nl >= 0) {
        const e = parse(data.subarray(nl + 1, end));
        if (e) yield e;
        end = nl;
        nl = end > 0 ? data.lastIndexOf(0x0a, end - 1) : -1;
      }
      rest = Buffer.from(data.subarray(0, end));
    }
    const first = parse(rest);
    if (first) yield first;
  } finally {
    closeSync(fd);
  }
}

export interface UndoTarget {
  /** The newest change that is neither undone nor an undo itself; null when there is none. */
  entry: HistoryEntry | null;
  /** The entries recorded after it, newest first (undos and undone changes). */
  later: HistoryEntry[];
}

export function findUndoTarget(dir: string): UndoTarget {
  const undone = new Set<string>();
  const later: HistoryEntry[] = [];
  for (const e of historyNewestFirst(dir)) {
    // The move to month files changed no record: there is nothing to revert, so undo looks past it.
    if (isLayoutMigration(e)) continue;
    if (e.undoOf) undone.add(e.undoOf);
    if (e.undoOf || undone.has(e.id)) {
      later.push(e);
      continue;
    }
    return { entry: e, later };
  }
  return { entry: null, later };
}

/** JSON with sorted keys: two records are the same when their canonical texts are. */
export function canonical(value: unknown): string {
  return (
    JSON.stringify(value, (_k, v: unknown) =>
      v && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(
            Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
          )
        : v,
    ) ?? 'null'
  );
}

/** How a record reads in a message: "assignment a007", "the booking of p012 on 2026-11-24", "the settings". */
export function recordLabel(m: Catalogue, c: Pick<ChangeRecord, 'file' | 'collection' | 'key'>): string {
  const words = m.store.records;
  if (c.file !== 'main') {
    const [who, day] = c.key.split('|');
    return words.booking(who ?? '', day ?? '');
  }
  if (c.collection === 'settings') return words.settings;
  if (c.collection === 'counters') return words.counters;
  const noun = (words.nouns as Record<string, string | undefined>)[c.collection];
  return `${noun ?? c.collection} ${c.key}`;
}

/**
 * The id counters only move forward: an id once handed out (and perhaps printed in a report or an
 * export) never names another record. Undo leaves them alone and does not count them as conflicts.
 */
const forwardOnly = (c: Pick<ChangeRecord, 'file' | 'collection'>) => c.file === 'main' && c.collection === 'counters';

/** A booking is the same record whatever file the entry names (`bookings/YYYY` before month files, `bookings/YYYY-MM`). */
const sameRecord = (a: ChangeRecord, b: ChangeRecord) =>
  (a.file === 'main') === (b.file === 'main') &&
  (a.file !== 'main' || a.file === b.file) &&
  a.collection === b.collection &&
  a.key === b.key;

/** A purge cannot be undone: what it erased is gone from the store, the history and the backups. */
export function isPurge(entry: HistoryEntry): boolean {
  return entry.changes.some(
    (c) =>
      c.collection === 'people' &&
      (c.after as { purged?: boolean } | null)?.purged === true &&
      (c.before as { purged?: boolean } | null)?.purged !== true,
  );
}

/**
 * Why `entry` cannot be reverted: every record it changed must still hold the value it left. For
 * a record changed since, the later entry that did it is named (else: changed outside insat).
 */
export function undoConflicts(
  entry: HistoryEntry,
  later: readonly HistoryEntry[],
  current: (c: ChangeRecord) => unknown,
): Violation[] {
  if (isPurge(entry)) {
    return [violation('undo-purge', (m) => m.store.undo.purge(entry.summary), [entry.id])];
  }
  if (entry.changes.length === 0) {
    return [violation('undo-unrecorded', (m) => m.store.undo.unreadableReplaced(entry.summary), [entry.id])];
  }
  const out: Violation[] = [];
  for (const c of entry.changes) {
    if (forwardOnly(c)) continue;
    const now = canonical(current(c));
    if (now === canonical(c.after)) continue;
    const touching = later.filter((e) => e.changes.some((x) => sameRecord(x, c)));
    const culprit =
      touching.find((e) => e.changes.some((x) => sameRecord(x, c) && canonical(x.after) === now)) ?? touching[0];
    out.push(
      culprit
        ? violation('undo-conflict', (m) => m.store.undo.changedLater(recordLabel(m, c), culprit.summary, culprit.at), [
            c.key,
            culprit.id,
          ])
        : violation('undo-conflict', (m) => m.store.undo.changedOutside(recordLabel(m, c), entry.summary), [c.key]),
    );
  }
  if (out.length > 10) {
    const more = out.length - 10;
    return [...out.slice(0, 10), violation('undo-conflict', (m) => m.store.undo.more(more))];
  }
  return out;
}

/**
 * The month file a recorded booking lies in now: found by the day in its key, so that entries written
 * before month files (`bookings/YYYY`) are reverted as well as those after (`bookings/YYYY-MM`).
 */
function bookingMonth(c: Pick<ChangeRecord, 'file' | 'key'>): string {
  const day = c.key.split('|')[1] ?? '';
  if (!/^bookings\/\d{4}(-\d{2})?$/.test(c.file) || !/^\d{4}-\d{2}-\d{2}$/.test(day))
    throw new StoreError((m) => m.store.unknownHistoryFile(c.file));
  return day.slice(0, 7);
}

/** The current value of a changed record inside a transaction. */
async function currentValues(tx: Transaction, changes: readonly ChangeRecord[]): Promise<Map<ChangeRecord, unknown>> {
  const out = new Map<ChangeRecord, unknown>();
  for (const c of changes) {
    if (c.file === 'main') out.set(c, getMainRecord(tx.main as MainData, c.collection, c.key));
    else out.set(c, getBookingRecord(await tx.bookingsOfMonth(bookingMonth(c)), c.key));
  }
  return out;
}

/**
 * Inside a transaction: refuses (RuleError) when a record changed since `target`, else sets every
 * record it changed back to its value before.
 */
export async function revertEntry(tx: Transaction, target: UndoTarget & { entry: HistoryEntry }): Promise<void> {
  const values = await currentValues(tx, target.entry.changes);
  const conflicts = undoConflicts(target.entry, target.later, (c) => values.get(c) ?? null);
  if (conflicts.length > 0) throw new RuleError(conflicts);
  for (const c of target.entry.changes) {
    if (forwardOnly(c)) continue;
    if (c.file === 'main') setMainRecord(tx.main, c.collection, c.key, c.before);
    else setBookingRecord(await tx.bookingsOfMonth(bookingMonth(c)), c.key, c.before as Booking | null);
  }
}
