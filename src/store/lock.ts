// One writer at a time: an inter-process lock around every read-modify-write. A second writer
// waits (INSAT_LOCK_WAIT_MS, default 10 s), then gives up with exit 5 and changes nothing.
//
// The lock is proper-lockfile's directory (insat.lock), with one addition: the owner writes
// insat.lock/owner.json (pid, host, process start time). A lock whose owner has provably ended on
// this machine — killed, crashed, switched off — is taken over at once instead of after
// proper-lockfile's 15 s staleness; a lock whose owner is still alive is never taken, even when its
// event loop was too busy to refresh it. Owners on another host fall back to the 15 s rule.
import fs from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { BusyError, StoreError } from '../errors.js';
import { LOCK_FILE, MAIN_FILE } from './paths.js';
import type { Catalogue } from '../i18n/text.js';

const OWNER_FILE = 'owner.json';
const STALE_MS = 15_000;

interface Owner {
  pid: number;
  host: string;
  start: string | null;
  since: string;
}

/** The kernel's start time of a process (Linux), so that a reused pid is not taken for the owner. */
function processStart(pid: number): string | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

function readOwner(lockDir: string): Owner | null {
  return readOwnerFile(join(lockDir, OWNER_FILE));
}

function readOwnerFile(path: string): Owner | null {
  try {
    const o = JSON.parse(fs.readFileSync(path, 'utf8')) as Owner;
    return typeof o.pid === 'number' && typeof o.host === 'string' ? o : null;
  } catch {
    return null;
  }
}

/** True only when the owner ran on this host and is gone (or its pid now belongs to another process). */
function ownerEnded(o: Owner): boolean {
  if (o.host !== hostname()) return false;
  if (o.pid === process.pid) return false;
  try {
    process.kill(o.pid, 0);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ESRCH';
  }
  const start = processStart(o.pid);
  return o.start !== null && start !== null && start !== o.start;
}

function lockedError(lockDir: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${lockDir} is held by a running process`), { code: 'ELOCKED' });
}

function readOwnerText(lockDir: string): string | null {
  try {
    return fs.readFileSync(join(lockDir, OWNER_FILE), 'utf8');
  } catch {
    return null;
  }
}

/** Moves a lock directory out of the way in one step, then deletes it (ENOENT: it was gone already). */
function moveAway(lockDir: string): void {
  const grave = join(dirname(lockDir), `.${basename(lockDir)}.${process.pid}.gone`);
  fs.rmSync(grave, { recursive: true, force: true });
  try {
    fs.renameSync(lockDir, grave);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw e;
  }
  fs.rmSync(grave, { recursive: true, force: true });
}

/** Creates `path` holding `text`, or returns false when it exists (link is exclusive, and the file appears whole). */
function createExclusive(path: string, text: string): boolean {
  const tmp = join(dirname(path), `.${LOCK_FILE}.${process.pid}.claiming`);
  fs.writeFileSync(tmp, text, { mode: 0o600 });
  try {
    fs.linkSync(tmp, path);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}

/**
 * Removes the lock whose owner file reads `ownerText` (a dead or long-stale owner) — unless it has
 * been replaced meanwhile. Several waiters see the same dead lock at once; removing "whatever lies at
 * insat.lock" would let a late one remove the lock a quicker one has just taken. So a taker first
 * claims that very lock (a claim file named after its owner, created exclusively), checks under the
 * claim that the lock is still that one, and only then removes it. A claim whose taker died is
 * passed over to the next numbered claim. Everyone else just retries: a takeover is never an error.
 */
function takeOver(lockDir: string, ownerText: string, me: Owner): void {
  const { createHash } = process.getBuiltinModule('node:crypto'); // not at start: ~4 ms to load
  const id = createHash('sha256').update(ownerText).digest('hex').slice(0, 16);
  const claims: string[] = [];
  try {
    for (let k = 0; k < 100; k++) {
      const claim = join(dirname(lockDir), `.${basename(lockDir)}.claim-${id}-${k}`);
      if (createExclusive(claim, JSON.stringify(me))) {
        claims.push(claim);
        if ((readOwnerText(lockDir) ?? '') === ownerText) moveAway(lockDir);
        return;
      }
      const taker = readOwnerFile(claim);
      if (taker === null || !ownerEnded(taker)) return; // another waiter is taking it over right now
      claims.push(claim);
    }
  } finally {
    for (const c of claims) fs.rmSync(c, { force: true });
  }
}

/**
 * proper-lockfile removes a lock in two cases: its own lock when it is released, and a stale one
 * (here: a dead owner's, or one without a refresh for 15 s from another host) before taking it.
 */
function removeLock(lockDir: string, me: Owner): void {
  const text = readOwnerText(lockDir);
  const o = text === null ? null : readOwner(lockDir);
  if (o && o.pid === process.pid && o.host === me.host) return moveAway(lockDir);
  if (o && o.host === hostname() && !ownerEnded(o)) throw lockedError(lockDir);
  takeOver(lockDir, text ?? '', me);
}

type Callback<T = void> = (err: NodeJS.ErrnoException | null, value?: T) => void;

/**
 * The file system proper-lockfile works with (the six calls it makes): node's, with the owner file kept
 * inside the lock. Not `...fs`: spreading it runs fs's lazy getters, which load Node's streams,
 * fs/promises and readline (~6 ms of every write).
 */
function lockFs(me: Owner): typeof fs {
  return {
    realpath: fs.realpath,
    utimes: fs.utimes,
    // The lock appears with its owner note inside or not at all: made under a private name, then
    // renamed into place (a rename onto an existing, non-empty lock fails, so two writers cannot both win).
    mkdir(path: string, cb: Callback) {
      const attempt = join(dirname(path), `.${basename(path)}.${process.pid}.new`);
      try {
        fs.rmSync(attempt, { recursive: true, force: true });
        fs.mkdirSync(attempt, { mode: 0o700 });
        fs.writeFileSync(join(attempt, OWNER_FILE), JSON.stringify(me), { mode: 0o600 });
        fs.renameSync(attempt, path);
      } catch (e) {
        fs.rmSync(attempt, { recursive: true, force: true });
        const err = e as NodeJS.ErrnoException;
        return cb(
          err.code === 'ENOTEMPTY' || err.code === 'EEXIST' || err.code === 'EISDIR'
            ? Object.assign(new Error(`${path} exists`), { code: 'EEXIST' })
            : err,
        );
      }
      cb(null);
    },
    stat(path: string, cb: Callback<fs.Stats>) {
      fs.stat(path, (err, st) => {
        if (err) return cb(err);
        const o = readOwner(path);
        // A dead owner's lock is reported as long stale, so proper-lockfile removes it and retries.
        if (o && ownerEnded(o))
          return cb(
            null,
            Object.assign(Object.create(Object.getPrototypeOf(st) as object) as fs.Stats, st, { mtime: new Date(0) }),
          );
        cb(null, st);
      });
    },
    rmdir(path: string, cb: Callback) {
      try {
        removeLock(path, me);
      } catch (e) {
        return cb(e as NodeJS.ErrnoException);
      }
      cb(null);
    },
    rmdirSync(path: string) {
      removeLock(path, me);
    },
  } as unknown as typeof fs;
}

/**
 * Removes what processes that have ended left of the lock: half-made locks (`.insat.lock.<pid>.new`),
 * locks being deleted (`.<pid>.gone`), claim files (`.claim-…`, `.<pid>.claiming`). Call it holding the
 * lock: then no claim is still needed (a claimed lock is gone before anyone can hold the store).
 */
export function removeDeadLockAttempts(dir: string, names: readonly string[]): void {
  for (const n of names) {
    const path = join(dir, n);
    const m = /^\.insat\.lock\.(\d+)\.(new|gone|claiming)$/.exec(n);
    if (m) {
      if (Number(m[1]) === process.pid) continue;
      const o = m[2] === 'new' ? readOwner(path) : null;
      if (o ? ownerEnded(o) : !alive(Number(m[1]))) fs.rmSync(path, { recursive: true, force: true });
    } else if (/^\.insat\.lock\.claim-/.test(n)) {
      const o = readOwnerFile(path);
      if (!o || ownerEnded(o)) fs.rmSync(path, { force: true });
    }
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

/** How to fix a failed file-system call on the data directory, by its error code, in the catalogue's words. */
export function fixFor(m: Catalogue, code: string | undefined): string {
  if (code === 'ENOSPC' || code === 'EDQUOT') return m.store.fix.diskFull;
  if (code === 'EROFS') return m.store.fix.readOnly;
  if (code === 'EACCES' || code === 'EPERM') return m.store.fix.notWritable;
  if (code === 'ENOTDIR') return m.store.fix.notADirectory;
  return m.store.fix.other;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function withLock<T>(dir: string, fn: () => Promise<T>, opts: { waitMs?: number } = {}): Promise<T> {
  const waitMs = opts.waitMs ?? Number(process.env.INSAT_LOCK_WAIT_MS ?? 10_000);
  const lockDir = join(dir, LOCK_FILE);
  const me: Owner = {
    pid: process.pid,
    host: hostname(),
    start: processStart(process.pid),
    since: new Date().toISOString(),
  };
  const options = { lockfilePath: lockDir, realpath: false, stale: STALE_MS, retries: 0, fs: lockFs(me) };
  // Loaded here, not at start: with graceful-fs, signal-exit and the streams and assert behind them it
  // costs a reading command several milliseconds, and reading commands take no lock.
  const { default: lockfile } = await import('proper-lockfile');
  const deadline = Date.now() + (Number.isFinite(waitMs) ? Math.max(0, waitMs) : 10_000);
  let release: () => Promise<void>;
  for (let delay = 25; ; delay = Math.min(100, delay * 1.5)) {
    try {
      release = await lockfile.lock(join(dir, MAIN_FILE), options);
      break;
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      // Only a held lock is worth waiting for; a read-only or full disk fails at once.
      if (err.code !== 'ELOCKED') {
        throw new StoreError((m) =>
          m.store.cannotLock(dir, m.fmt.systemError(err.code, err.message), fixFor(m, err.code)),
        );
      }
      if (Date.now() >= deadline) {
        const o = readOwner(lockDir);
        throw new BusyError((m) =>
          m.store.busy(
            dir,
            o ? m.store.lockOwner(o.pid, o.host === hostname() ? null : o.host, o.since) : m.store.anotherProcess,
          ),
        );
      }
      await sleep(delay);
    }
  }
  try {
    return await fn();
  } finally {
    await release().catch(() => undefined);
  }
}
