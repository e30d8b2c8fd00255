// One writer at a time: an inter-process lock around every read-modify-write. A second writer
// waits (INSAT_LOCK_WAIT_MS, default 10 s), then gives up with exit 5 and changes nothing.
import { join } from 'node:path';
import lockfile from 'proper-lockfile';
import { BusyError, StoreError } from '../errors.js';
import { LOCK_FILE, MAIN_FILE } from './paths.js';

export async function withLock<T>(dir: string, fn: () => Promise<T>): Promise<T> {
  const waitMs = Number(process.env.INSAT_LOCK_WAIT_MS ?? 10_000);
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(join(dir, MAIN_FILE), {
      lockfilePath: join(dir, LOCK_FILE),
      realpath: false,
      stale: 15_000,
      retries: { retries: Math.max(1, Math.ceil(waitMs / 100)), minTimeout: 50, maxTimeout: 100, factor: 1.2 },
    });
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ELOCKED') {
      throw new BusyError(`the store ${dir} is busy: another insat process holds it — try again in a moment`);
    }
    throw new StoreError(`cannot lock the store ${dir}: ${err.code ?? err.message} — check that the directory exists and is writable`);
  }
  try {
    return await fn();
  } finally {
    await release().catch(() => undefined);
  }
}
