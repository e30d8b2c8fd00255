// One change, one step — on disk too. A change may touch several files (the main file, bookings of
// one or more years) and always adds a history entry; a crash at any moment must leave all of them
// old or all of them new. The history is the commit log:
//
//   1. stage: every new file is written next to its target as .<name>.commit-<entry id>.tmp and flushed;
//   2. commit: the history entry is appended and flushed — from here on the change has happened;
//   3. install: each staged file is renamed over its target, the directories are flushed.
//
//   4. remove: files the entry lists under `removes` (the year files a layout migration replaces) are deleted.
//
// `recoverStore` (run under the lock before every change, and by readers that find staged files)
// finishes steps 3 and 4 for the change whose entry is the last line of the history, and throws away
// staged files of a change that never reached step 2. It also cuts a torn last history line.
import {
  closeSync,
  existsSync,
  fstatSync,
  fsyncSync,
  ftruncateSync,
  openSync,
  readdirSync,
  readSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { StoreError } from '../errors.js';
import { appendHistoryEntry, type HistoryEntry } from './history.js';
import { fixFor, removeDeadLockAttempts } from './lock.js';
import { BOOKINGS_DIR, HISTORY_FILE, YEAR_FILE } from './paths.js';
import { completePendingPurge } from './purge-job.js';

const STAGED = /^\.(.+)\.commit-([0-9]+-[0-9]+)\.tmp$/;
/** Temporary files of writeFileAtomic (`.<name>.<pid>.<ms>.tmp`) that a crash left behind. */
const LEFTOVER = /^\..+\.[0-9]+\.[0-9]+\.tmp$/;

export interface FileWrite {
  path: string;
  text: string;
}

function syncDir(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    /* some file systems cannot sync a directory; the rename is still atomic */
  }
}

function stagedName(path: string, id: string): string {
  return join(dirname(path), `.${basename(path)}.commit-${id}.tmp`);
}

function writeStaged(path: string, text: string): void {
  const fd = openSync(path, 'wx', 0o600);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function fail(what: string, e: unknown): StoreError {
  const err = e as NodeJS.ErrnoException;
  return new StoreError((m) =>
    m.store.cannotWrite(what, m.fmt.systemError(err.code, err.message), fixFor(m, err.code)),
  );
}

/** Deletes the files a committed entry replaces (idempotent: a crash in between is finished by the next command). */
function removeReplaced(dir: string, entry: Pick<HistoryEntry, 'removes'> | null): void {
  const removes = entry?.removes ?? [];
  if (removes.length === 0) return;
  for (const r of removes) rmSync(join(dir, r), { force: true });
  for (const d of new Set(removes.map((r) => dirname(join(dir, r))))) syncDir(d);
}

/** Writes `files` and appends `entry` as one step that a crash cannot split (and then removes `entry.removes`). */
export function commitChange(dir: string, entry: HistoryEntry, files: readonly FileWrite[]): void {
  const staged: [string, string][] = [];
  try {
    for (const f of files) {
      const tmp = stagedName(f.path, entry.id);
      staged.push([tmp, f.path]);
      writeStaged(tmp, f.text);
    }
  } catch (e) {
    for (const [tmp] of staged) rmSync(tmp, { force: true });
    throw fail(staged.at(-1)?.[1] ?? dir, e);
  }
  for (const d of new Set(staged.map(([tmp]) => dirname(tmp)))) syncDir(d);
  try {
    appendHistoryEntry(dir, entry);
  } catch (e) {
    for (const [tmp] of staged) rmSync(tmp, { force: true });
    throw fail(join(dir, HISTORY_FILE), e);
  }
  try {
    for (const [tmp, target] of staged) renameSync(tmp, target);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw new StoreError((m) =>
      m.store.recordedNotApplied(dir, m.fmt.systemError(err.code, err.message), fixFor(m, err.code)),
    );
  }
  for (const d of new Set(staged.map(([, target]) => dirname(target)))) syncDir(d);
  try {
    removeReplaced(dir, entry);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw new StoreError((m) =>
      m.store.recordedNotApplied(dir, m.fmt.systemError(err.code, err.message), fixFor(m, err.code)),
    );
  }
}

function stagedFiles(dir: string): { path: string; target: string; id: string }[] {
  const out: { path: string; target: string; id: string }[] = [];
  for (const d of [dir, join(dir, BOOKINGS_DIR)]) {
    let names: string[];
    try {
      names = readdirSync(d);
    } catch {
      continue;
    }
    for (const n of names) {
      const m = STAGED.exec(n);
      if (m) out.push({ path: join(d, n), target: join(d, m[1]!), id: m[2]! });
    }
  }
  return out;
}

/** True when a change was interrupted between staging and installing (or a writer is in that step right now). */
export function hasStagedChange(dir: string): boolean {
  return stagedFiles(dir).length > 0;
}

/**
 * Where the last committed state of each data file lies, for a reader that does not hold the lock
 * while a writer is between staging and installing: the staged file of the change whose entry is the
 * last history line (target → staged path). Staged files of a change not yet committed are not the
 * committed state and are left out. A staged file may be installed while the reader reads: the
 * reader then falls back to the target, which holds the same text.
 */
export function committedStagedFiles(dir: string): Map<string, string> {
  const staged = stagedFiles(dir);
  const out = new Map<string, string>();
  if (staged.length === 0) return out;
  const last = lastHistoryId(dir);
  for (const s of staged) if (s.id === last) out.set(s.target, s.path);
  return out;
}

/** Cuts a torn last history line (a crash in the middle of an append), so the next entry starts on a line of its own. */
function cutTornHistory(dir: string): void {
  const path = join(dir, HISTORY_FILE);
  if (!existsSync(path)) return;
  let fd = openSync(path, 'r');
  try {
    const end = fstatSync(fd).size;
    const byte = Buffer.alloc(1);
    if (end === 0 || (readSync(fd, byte, 0, 1, end - 1), byte[0] === 0x0a)) return;
    const start = lineStart(fd, end);
    closeSync(fd);
    fd = openSync(path, 'r+');
    ftruncateSync(fd, start);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** The id of the last complete history line (null when the last line is torn: that change never committed). */
function lastHistoryId(dir: string): string | null {
  return lastHistoryEntry(dir)?.id ?? null;
}

/** The last complete history line (null when there is none or it is torn: that change never committed). */
export function lastHistoryEntry(dir: string): HistoryEntry | null {
  const path = join(dir, HISTORY_FILE);
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return null;
  }
  try {
    const end = fstatSync(fd).size;
    if (end === 0) return null;
    const byte = Buffer.alloc(1);
    readSync(fd, byte, 0, 1, end - 1);
    if (byte[0] !== 0x0a) return null;
    const start = lineStart(fd, end - 1);
    const buf = Buffer.alloc(end - start);
    readSync(fd, buf, 0, buf.length, start);
    try {
      return JSON.parse(buf.toString('utf8')) as HistoryEntry;
    } catch {
      return null;
    }
  } finally {
    closeSync(fd);
  }
}

/** The offset just after the last newline before `end`, reading backwards in chunks. */
function lineStart(fd: number, end: number): number {
  const chunk = Buffer.alloc(1 << 16);
  let pos = end;
  while (pos > 0) {
    const from = Math.max(0, pos - chunk.length);
    const n = readSync(fd, chunk, 0, pos - from, from);
    const i = chunk.subarray(0, n).lastIndexOf(0x0a);
    if (i >= 0) return from + i + 1;
    pos = from;
  }
  return 0;
}

/** Completes or discards an interrupted change, and finishes a committed purge's scrub. Call it holding the lock. */
export async function recoverStore(dir: string): Promise<void> {
  if (!existsSync(dir)) return;
  try {
    cutTornHistory(dir);
    const staged = stagedFiles(dir);
    const last = staged.length > 0 ? lastHistoryId(dir) : null;
    for (const s of staged) {
      if (s.id === last) renameSync(s.path, s.target);
      else rmSync(s.path, { force: true });
    }
    let yearFiles = false;
    for (const d of [dir, join(dir, BOOKINGS_DIR)]) {
      let names: string[];
      try {
        names = readdirSync(d);
      } catch {
        continue;
      }
      for (const n of names) if (LEFTOVER.test(n)) rmSync(join(d, n), { force: true });
      if (d === dir) removeDeadLockAttempts(dir, names);
      else yearFiles = names.some((n) => YEAR_FILE.test(n));
    }
    if (staged.length > 0) for (const d of new Set(staged.map((s) => dirname(s.target)))) syncDir(d);
    // Only a change that removes files (a layout migration) leaves year files behind when it is cut short.
    if (yearFiles) removeReplaced(dir, lastHistoryEntry(dir));
    await completePendingPurge(dir);
  } catch (e) {
    if (e instanceof StoreError) throw e;
    const err = e as NodeJS.ErrnoException;
    throw new StoreError((m) =>
      m.store.cannotComplete(dir, m.fmt.systemError(err.code, err.message), fixFor(m, err.code)),
    );
  }
}
