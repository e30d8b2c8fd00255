// The audit trail: one JSON line per change (when, who, the command line, every record before
// and after), appended and flushed. `insat undo` reads it to revert the last change as a whole.
import { appendFileSync, closeSync, fstatSync, fsyncSync, ftruncateSync, openSync, readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { StoreError } from '../errors.js';
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
    try {
      out.push(JSON.parse(line) as HistoryEntry);
    } catch {
      /* torn last line after a crash */
    }
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
