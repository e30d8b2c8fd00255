// jest's globalSetup and globalTeardown: every temporary file of a test run — the stores by the
// thousand, PDFs, traces — goes into one folder of its own (TMPDIR, which os.tmpdir() reads and the
// test workers inherit), removed when the run ends; a run used to leave ~240 MB behind in /tmp.
// The folder is in memory (tmpfs, /dev/shm) where the machine has one with 1 GB free, else in the
// temporary directory: the tests prove what insat does to its files, not how a disk syncs them (a
// SIGKILL leaves the same files on either), and on a busy disk each write's fsync cost more wall time
// than the command. INSAT_KEEP_TEST_FILES=1
// keeps the folder for a look (its path is printed).
import { accessSync, constants, mkdtempSync, rmSync, statfsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const MEMORY = '/dev/shm';
// A run writes ~250 MB; a container's /dev/shm is often 64 MB, and a full one would fail tests.
const ROOM = 1024 ** 3;

function inMemory() {
  try {
    accessSync(MEMORY, constants.W_OK);
    const fs = statfsSync(MEMORY);
    return statSync(MEMORY).isDirectory() && fs.bavail * fs.bsize >= ROOM;
  } catch {
    return false;
  }
}

export function setup() {
  const folder = mkdtempSync(join(inMemory() ? MEMORY : tmpdir(), 'insat-test-run-'));
  process.env.INSAT_TEST_RUN_FOLDER = folder;
  process.env.TMPDIR = folder;
}

export function teardown() {
  const folder = process.env.INSAT_TEST_RUN_FOLDER;
  if (!folder) return;
  if (process.env.INSAT_KEEP_TEST_FILES === '1') process.stderr.write(`\nthe test run's files: ${folder}\n`);
  else rmSync(folder, { recursive: true, force: true });
}
