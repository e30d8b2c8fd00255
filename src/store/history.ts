// The audit trail: one JSON line per change (when, who, the command line, every record before
// and after), appended and flushed. `insat undo` reads it to revert the last change as a whole.
import {
  appendFileSync,
  closeSync,
  fstatSync,
  fsyncSync,
  ftruncateSync,
  openSync,
  readFileSync,
  readSync,
} from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { StoreError } from '../errors.js';
import { violation, type Violation } from '../model/violations.js';
import { HISTORY_FILE } from './paths.js';
import type { ChangeRecord } from './records.js';
import type { WriteMeta } from './transaction.js';

export interface HistoryEntry {
  id: string;
  at: string;
  user: string;
  argv: string[];
  summary: string;
  undoOf?: string;
  changes: ChangeRecord[];
  /** Set on the entry that moved the bookings from year files into month files: nothing undo can revert. */
  layout?: 'months';
  /** Files (relative to the store) the change removes once its new files are installed; part of the commit. */
  removes?: string[];
}

function osUser(): string {
  try {
    return userInfo().username;
  } catch {
    return process.env.USER ?? 'unknown';
  }
}

/** The time of the last entry this process made: two entries (a migration and a change) never share an id. */
let lastMs = 0;

/** The entry that records a change (not yet written). */
export function newHistoryEntry(
  meta: { summary: string } & Pick<WriteMeta, 'argv' | 'undoOf'>,
  changes: ChangeRecord[],
): HistoryEntry {
  lastMs = Math.max(Date.now(), lastMs + 1);
  const at = new Date(lastMs).toISOString();
  return {
    id: `${at.replace(/[-:.TZ]/g, '').slice(0, 17)}-${process.pid}`,
    at,
    user: osUser(),
    argv: meta.argv,
    summary: meta.summary,
    ...(meta.undoOf ? { undoOf: meta.undoOf } : {}),
    changes,
  };
}

/**
 * Appends one entry as one line and flushes it to disk. When the write fails (a full disk), the
 * file is cut back to its old length, so no torn line is left behind, and the error is thrown.
 */
export function appendHistoryEntry(dir: string, entry: HistoryEntry): void {
  const fd = openSync(join(dir, HISTORY_FILE), 'a', 0o600);
  try {
    const size = fstatSync(fd).size;
    try {
      appendFileSync(fd, JSON.stringify(entry) + '\n');
      fsyncSync(fd);
    } catch (e) {
      try {
        ftruncateSync(fd, size);
        fsyncSync(fd);
      } catch {
        /* the next writer cuts a torn line */
      }
      throw e;
    }
  } finally {
    closeSync(fd);
  }
}

/** A history line as insat writes it: an object with an id and its changed records. */
export function parseHistoryLine(text: string): HistoryEntry | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const e = value as Partial<HistoryEntry>;
  return typeof e.id === 'string' && Array.isArray(e.changes) ? (value as HistoryEntry) : null;
}

/** At most this many damaged line numbers are named; the rest are counted. */
const NAMED_LINES = 10;

/**
 * The lines of history.jsonl that are not an entry (1-based), read in chunks, never the whole file
 * at once. A last line without its line end is not counted: that is what a crash in the middle of an
 * append leaves — that change never happened, and the next writer cuts the line (commit.ts) — every
 * other line was written whole, with its line end, and fsynced.
 */
export function damagedHistoryLines(dir: string): { lines: number[]; count: number } {
  const path = join(dir, HISTORY_FILE);
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { lines: [], count: 0 };
    throw new StoreError((m) => m.store.historyUnreadable(path, (e as Error).message));
  }
  const lines: number[] = [];
  let count = 0;
  let lineNo = 0;
  try {
    const chunk = Buffer.alloc(1 << 20);
    let rest = Buffer.alloc(0);
    let pos = 0;
    for (let n; (n = readSync(fd, chunk, 0, chunk.length, pos)) > 0; pos += n) {
      const data = rest.length ? Buffer.concat([rest, chunk.subarray(0, n)]) : chunk.subarray(0, n);
      let start = 0;
      // A newline byte never occurs inside a multi-byte UTF-8 character, so splitting bytes is safe.
      for (let nl = data.indexOf(0x0a, start); nl >= 0; nl = data.indexOf(0x0a, start)) {
        lineNo++;
        const text = data.toString('utf8', start, nl);
        if (text.trim() && !parseHistoryLine(text)) {
          count++;
          if (lines.length < NAMED_LINES) lines.push(lineNo);
        }
        start = nl + 1;
      }
      rest = Buffer.from(data.subarray(start));
    }
  } finally {
    closeSync(fd);
  }
  return { lines, count };
}

/** `insat check`: damaged lines of the audit trail (the changes they recorded can neither be shown nor undone). */
export function historyViolations(dir: string): Violation[] {
  const { lines, count } = damagedHistoryLines(dir);
  if (count === 0) return [];
  return [violation('history-damaged', (m) => m.check.historyDamaged(join(dir, HISTORY_FILE), lines, count))];
}

/** Every entry, oldest first. A line torn by a crash (the last one) is skipped, not fatal. */
export function readHistory(dir: string): HistoryEntry[] {
  let text: string;
  try {
    text = readFileSync(join(dir, HISTORY_FILE), 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new StoreError((m) =>
      m.store.historyUnreadable(
        join(dir, HISTORY_FILE),
        m.fmt.systemError((e as NodeJS.ErrnoException).code, (e as Error).message),
      ),
    );
  }
  const out: HistoryEntry[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const entry = parseHistoryLine(line);
    if (entry) out.push(entry); // else a torn last line after a crash, or a damaged line (insat check names it)
  }
  return out;
}

/** The newest change that has not been undone and is not itself an undo. */
export function lastUndoable(entries: readonly HistoryEntry[]): HistoryEntry | null {
  const undone = new Set(entries.filter((e) => e.undoOf).map((e) => e.undoOf!));
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i]!;
    if (!e.undoOf && !undone.has(e.id)) return e;
  }
  return null;
}
