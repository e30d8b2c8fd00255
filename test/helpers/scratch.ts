// Where the tests that create stores by the hundred keep them: in memory (tmpfs, /dev/shm) when the
// machine has it, else in the temporary directory. They prove what commands do to a store, not how
// a disk syncs; on a disk each write's fsync and each removed directory cost more than the command.
import { accessSync, constants, cpSync, mkdtempSync, rmSync, statfsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const MEMORY = '/dev/shm';
/** A container's /dev/shm is often 64 MB: too small to be worth the risk of filling it. */
const ENOUGH = 256 * 1024 * 1024;

function scratchRoot(): string {
  try {
    const fs = statfsSync(MEMORY);
    if (statSync(MEMORY).isDirectory() && fs.bavail * fs.bsize >= ENOUGH) {
      accessSync(MEMORY, constants.W_OK);
      return MEMORY;
    }
  } catch {
    /* no tmpfs here: the temporary directory will do */
  }
  return tmpdir();
}

const root = scratchRoot();

/** A new, not yet created store directory (`…/data`) in its own scratch directory. */
export function scratchDataDir(prefix: string): string {
  return join(mkdtempSync(join(root, prefix)), 'data');
}

/** A fresh copy of a store in its own scratch directory. */
export function scratchCopy(src: string, prefix: string): string {
  const dir = scratchDataDir(prefix);
  cpSync(src, dir, { recursive: true });
  return dir;
}

/** Removes a store made by `scratchDataDir` or `scratchCopy`, with its scratch directory. */
export function removeScratch(dataDir: string): void {
  rmSync(dirname(dataDir), { recursive: true, force: true });
}
