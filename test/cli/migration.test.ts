// A store from before month files (bookings/YYYY.json, schema 1) is migrated by the first command
// that opens it: one commit under the lock (month files and the main file staged, the history entry
// "store layout migrated", the year files removed). Its data, exports, check, history and undo stay as
// they were; a reader that finds the lock busy reads the old layout; a kill at any file-system call of
// the migration leaves a store that the next command opens with the same data.
//
// The kills: one traced process copies the store right before each file-system call of the migration
// (test/fixtures/kill-at.mjs, INSAT_KILL_SNAPSHOTS), and every copy goes through the checks in-process.
// Real SIGKILLs at six of the points (the first and the last call, the history append, the first
// install rename, the first year file removed, the middle of the longest stretch between those) prove
// that a copy is what a kill leaves, byte for byte, and go through the same checks.
import { beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { insat, ok, ROOT, storeBytes, tempDataDir } from '../helpers/cli.js';
import {
  copyStore,
  holdLock,
  insatAsync,
  KILL_AT,
  killSnapshots,
  type KillSnapshots,
  realKillPoints,
  realKills,
  release,
  storeProblems,
} from '../helpers/store-files.js';
import { bookingFiles, layoutFreeData, toYearLayout } from '../helpers/year-layout.js';

const TODAY = '2026-11-25';
const opts = { today: TODAY };
const YEAR_FILES = ['2025.json', '2026.json'];
const MONTH_FILES = ['2025-12.json', '2026-11.json'];

/** The same store in both layouts: `made` by today's insat, and `old` as an insat before month files left it. */
let made: string;
let old: string;
let id: string;

beforeAll(() => {
  made = tempDataDir('insat-migrate-');
  ok(made, ['init'], opts);
  id = enrolledSinceDecember(made);
  for (const day of ['2025-12-02', '2025-12-03', '2026-11-17', '2026-11-18'])
    ok(made, ['hours', 'book', id, '--date', day, '--hours', '4'], opts);
  old = copyStore(made, 'insat-migrate-old-');
  toYearLayout(old);
});

/** A participant from December 2025 to November 2026 (bookings in two years), walked through the pipeline first. */
function enrolledSinceDecember(dir: string): string {
  const person = ['--name', 'Person holz 2025-12-01', '--birth-date', '1980-05-01', '--referred-by', 'jobcenter'];
  const pid = ok(dir, ['applicant', 'add', ...person, '--contact-date', '2025-10-01', '--json'], opts).json().id;
  ok(dir, ['applicant', 'schedule', pid, '--info-date', '2025-10-08'], opts);
  ok(dir, ['applicant', 'attended', pid], opts);
  ok(dir, ['applicant', 'decide', pid, '--suitable', '--by', 'Frau Schulte', '--date', '2025-10-20'], opts);
  const until = ['--until', '2026-11-30', '--hours-per-week', '20'];
  ok(dir, ['enrol', pid, '--area', 'holz', '--start', '2025-12-01', ...until], opts);
  return pid as string;
}

interface Entry {
  summary: string;
  layout?: string;
  changes: unknown[];
}
const history = (dir: string): Entry[] =>
  readFileSync(join(dir, 'history.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Entry);
const migrations = (dir: string) => history(dir).filter((e) => e.layout === 'months');

/** What people see of the store: the hours export, the participants and check. */
function views(dir: string): string[] {
  return [
    ok(dir, ['export', 'hours', '--from', '2025-01-01', '--to', '2026-12-31', '--format', 'json'], opts).stdout,
    ok(dir, ['participant', 'list', '--json'], opts).stdout,
    ok(dir, ['check'], opts).stdout,
  ];
}

/**
 * Writes the seeded history of `years` years (src/demo/generate.ts) as a store into `dir`, with the
 * built code in a process of its own: generating 160,000 bookings there costs a third of the CPU it
 * costs in jest's module sandbox.
 */
function writeHistoryStore(dir: string, years: number): void {
  const dist = (file: string) => JSON.stringify(pathToFileURL(join(ROOT, 'dist', ...file.split('/'))).href);
  const script = `
    const { historyProgramme } = await import(${dist('demo/generate.js')});
    const { createStore } = await import(${dist('store/transaction.js')});
    const { main, bookings } = historyProgramme(${years}, ${JSON.stringify(TODAY)});
    createStore(${JSON.stringify(dir)}, main, bookings, false);`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`writing the ${years}-year store failed: ${r.stderr}`);
}

describe('the first command migrates an old store', () => {
  test('into month files, in one history entry, with the data, the exports and check unchanged', () => {
    const dir = copyStore(old, 'insat-migrate-first-');
    expect(bookingFiles(dir)).toEqual(YEAR_FILES);
    const entries = history(dir).length;
    expect(views(dir)).toEqual(views(made));
    expect(bookingFiles(dir)).toEqual(MONTH_FILES);
    expect(layoutFreeData(dir)).toBe(layoutFreeData(made));
    expect(JSON.parse(readFileSync(join(dir, 'insat.json'), 'utf8')).schemaVersion).toBe(2);
    expect(history(dir)).toHaveLength(entries + 1);
    expect(history(dir).at(-1)).toMatchObject({ layout: 'months', changes: [] });
    expect(history(dir).at(-1)!.summary).toMatch(/store layout migrated/);
    expect(storeProblems(dir)).toEqual([]);
    views(dir);
    expect(migrations(dir)).toHaveLength(1);
  });

  test('history shows the changes made before it, and undo reverts them (it passes over the migration)', () => {
    const dir = copyStore(old, 'insat-migrate-undo-');
    const nov = () => ok(dir, ['hours', 'list', '--participant', id, '--month', '2026-11', '--json'], opts).json();
    expect(nov().bookings).toHaveLength(2);
    expect(migrations(dir)).toHaveLength(1);
    expect(ok(dir, ['history'], opts).stdout).toContain(`hours book ${id} on 2026-11-18`);
    expect(ok(dir, ['undo'], opts).stdout).toContain(`hours book ${id} on 2026-11-18`);
    expect((nov().bookings as { date: string }[]).map((b) => b.date)).toEqual(['2026-11-17']);
    ok(dir, ['undo'], opts);
    expect(nov().bookings).toHaveLength(0);
    // A change after the migration and one before it touch the same booking: undo names the later one.
    ok(dir, ['hours', 'book', id, '--date', '2025-12-03', '--hours', '5', '--replace'], opts);
    ok(dir, ['undo'], opts);
    expect(layoutFreeData(dir)).not.toBe(layoutFreeData(made));
    expect(bookingFiles(dir)).toEqual(MONTH_FILES);
  });

  test('undo says nothing was undone when the migration is the only entry', () => {
    const dir = copyStore(old, 'insat-migrate-only-');
    rmSync(join(dir, 'history.jsonl'));
    ok(dir, ['check'], opts);
    expect(history(dir)).toHaveLength(1);
    const before = storeBytes(dir);
    const r = insat(dir, ['undo'], opts);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('nothing to undo');
    expect(storeBytes(dir)).toEqual(before);
  });

  test('a store of 20 years migrates and passes check', () => {
    const dir = tempDataDir('insat-migrate-20y-');
    writeHistoryStore(dir, 20);
    const expected = layoutFreeData(dir);
    toYearLayout(dir);
    expect(bookingFiles(dir)).toHaveLength(21);
    const r = insat(dir, ['check'], opts);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(bookingFiles(dir).length).toBeGreaterThanOrEqual(240);
    expect(bookingFiles(dir).every((f) => /^\d{4}-\d{2}\.json$/.test(f))).toBe(true);
    expect(layoutFreeData(dir)).toBe(expected);
  }, 120_000);
});

describe('backups in both layouts', () => {
  test('list and restore accept a backup with year files; a new daily backup has month files', () => {
    const dir = copyStore(old, 'insat-migrate-backup-');
    const list = ok(dir, ['backup', 'list', '--json'], opts).json().backups as { name: string; people: number }[];
    expect(list.map((b) => b.name)).toEqual([TODAY]);
    expect(readdirSync(join(dir, 'backups', TODAY, 'bookings'))).toEqual([]);
    ok(dir, ['hours', 'book', id, '--date', '2026-11-19', '--hours', '4'], { today: '2026-11-26' });
    expect(readdirSync(join(dir, 'backups', '2026-11-26', 'bookings')).sort()).toEqual(MONTH_FILES);
    // An old backup with year files (as an insat before month files made it) restores into month files.
    const older = copyStore(made, 'insat-migrate-backup-src-');
    ok(older, ['applicant', 'add', '--name', 'Nach Backup', '--birth-date', '1980-01-01', '--referred-by', 'self'], {
      today: '2026-11-27',
    });
    toYearLayout(older);
    expect(readdirSync(join(older, 'backups', '2026-11-27', 'bookings')).sort()).toEqual(YEAR_FILES);
    expect(ok(older, ['backup', 'list', '--json'], opts).json().backups).toHaveLength(2);
    ok(older, ['hours', 'delete', id, '--date', '2026-11-17'], { today: '2026-11-27' });
    ok(older, ['backup', 'restore', '2026-11-27'], { today: '2026-11-27' });
    expect(bookingFiles(older)).toEqual(MONTH_FILES);
    expect(views(older)).toEqual(views(made));
  });
});

describe('purge reaches the backups of both layouts', () => {
  test('a backup with year files loses the purged name like the migrated store', () => {
    const dir = copyStore(made, 'insat-migrate-purge-');
    const name = 'Person Gestaltung Frueher';
    const person = ['--name', name, '--birth-date', '1979-04-01', '--referred-by', 'jobcenter'];
    const pid = ok(dir, ['applicant', 'add', ...person, '--contact-date', '2024-11-04', '--json'], opts).json().id;
    ok(dir, ['applicant', 'schedule', pid, '--info-date', '2024-11-11'], opts);
    ok(dir, ['applicant', 'attended', pid], opts);
    ok(dir, ['applicant', 'decide', pid, '--suitable', '--by', 'Frau Schulte', '--date', '2024-11-20'], opts);
    const span = ['--start', '2025-01-06', '--until', '2025-06-30', '--hours-per-week', '20'];
    ok(dir, ['enrol', pid, '--area', 'gestaltung', ...span], opts);
    // The first change of the next day backs up the store with that person in it.
    ok(dir, ['note', 'add', id, '--text', 'Gespräch'], { today: '2026-11-26' });
    toYearLayout(dir);
    const backup = join(dir, 'backups', '2026-11-26');
    expect(readdirSync(join(backup, 'bookings')).sort()).toEqual(YEAR_FILES);
    expect(readFileSync(join(backup, 'insat.json'), 'utf8')).toContain(name);
    const reason = ['--reason', 'Widerruf der Einwilligung'];
    ok(dir, ['purge', '--exited-before', '2025-12-31', '--yes', '--force', ...reason], { today: '2026-11-26' });
    expect(bookingFiles(dir)).toEqual(MONTH_FILES);
    for (const f of [join(dir, 'insat.json'), join(dir, 'history.jsonl'), join(backup, 'insat.json')])
      expect({ f, named: readFileSync(f, 'utf8').includes(name) }).toEqual({ f, named: false });
    expect(ok(dir, ['backup', 'restore', '2026-11-26', '--dry-run'], { today: '2026-11-26' }).code).toBe(0);
  });
});

const NEXT_PERSON = ['--birth-date', '1979-02-02', '--referred-by', 'self'];
const IMPATIENT = { INSAT_LOCK_WAIT_MS: '150' };
const exportHours = (dir: string) =>
  insat(dir, ['export', 'hours', '--from', '2025-01-01', '--to', '2026-12-31', '--format', 'json'], {
    today: TODAY,
    env: IMPATIENT,
  });

describe('a reader that finds the lock busy', () => {
  test('reads the year files of a store not yet migrated, and leaves them', async () => {
    const dir = copyStore(old, 'insat-migrate-busy-');
    const expected = exportHours(made).stdout;
    const holder = await holdLock(dir);
    try {
      const r = exportHours(dir);
      expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
      expect(r.stdout).toBe(expected);
      expect(bookingFiles(dir)).toEqual(YEAR_FILES);
    } finally {
      await release(holder);
    }
    expect(exportHours(dir).stdout).toBe(expected);
    expect(bookingFiles(dir)).toEqual(MONTH_FILES);
  });
});

describe('a reader that cannot write the migration', () => {
  test('on a full disk reads the year files, changes nothing, and the next command migrates', async () => {
    const args = ['export', 'hours', '--from', '2025-01-01', '--to', '2026-12-31', '--format', 'json'];
    const traced = copyStore(old, 'insat-migrate-full-trace-');
    const trace = `${traced}.trace`;
    ok(traced, args, { today: TODAY, env: { NODE_OPTIONS: `--import ${KILL_AT}`, INSAT_KILL_TRACE: trace } });
    const calls = readFileSync(trace, 'utf8').trim().split('\n');
    const firstStaged = calls.findIndex((c) => /\topenSync\t.*\.commit-/.test(c)) + 1;
    expect(firstStaged).toBeGreaterThan(0);
    const dir = copyStore(old, 'insat-migrate-full-');
    const before = storeBytes(dir);
    const r = await insatAsync(dir, args, {
      today: TODAY,
      env: { NODE_OPTIONS: `--import ${KILL_AT}`, INSAT_FAIL_AT: String(firstStaged), INSAT_FAIL_CODE: 'ENOSPC' },
    });
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    expect(r.stdout).toBe(exportHours(made).stdout);
    expect(storeBytes(dir)).toEqual(before);
    ok(dir, ['check'], opts);
    expect(bookingFiles(dir)).toEqual(MONTH_FILES);
  });
});

describe('SIGKILL at every file-system call of the migration', () => {
  const args = ['participant', 'list', '--json'];
  /** The migration traced once, with the store as a kill right before each of its calls leaves it. */
  let traced: string;
  let run: KillSnapshots;
  /** The call that installs the first staged file: the entry is written, the year files are all there. */
  let firstInstall: number;
  /** The store a kill right before `firstInstall` leaves, kept aside before the checks below change the snapshots. */
  let killedAfterEntry: string;

  beforeAll(() => {
    traced = copyStore(old, 'insat-migrate-trace-');
    run = killSnapshots(traced, args, { today: TODAY });
    firstInstall = run.calls.findIndex((c) => /\trenameSync\t.*\.commit-[^/]*\.tmp$/.test(c)) + 1;
    killedAfterEntry = copyStore(run.store(firstInstall), 'insat-migrate-half-');
  });

  /** What is wrong after a kill: the next command (in-process; only the killed reader needs a process) must open the store with the same data. */
  function afterKill(dir: string, expected: { data: string; views: string[] }): string[] {
    const problems = storeProblems(dir).map((p) => `right after the kill: ${p}`);
    if (layoutFreeData(dir) !== expected.data && migrations(dir).length === 0)
      problems.push('right after the kill: the old layout lost data');
    const next = insat(dir, ['check'], { today: TODAY });
    if (next.code !== 0) problems.push(`the next command failed (exit ${next.code}): ${next.stderr.trim()}`);
    if (layoutFreeData(dir) !== expected.data) problems.push('the data differs');
    if (bookingFiles(dir).join() !== MONTH_FILES.join()) problems.push(`files: ${bookingFiles(dir).join(', ')}`);
    if (migrations(dir).length !== 1) problems.push(`${migrations(dir).length} migration entries`);
    if (views(dir).join() !== expected.views.join()) problems.push('the exports or check differ');
    // A dead reader's lock is harmless to readers; the next writer takes it over and tidies up.
    const writer = insat(dir, ['applicant', 'add', '--name', 'Next', ...NEXT_PERSON], {
      today: TODAY,
      env: { INSAT_LOCK_WAIT_MS: '2000' },
    });
    if (writer.code !== 0) problems.push(`the next writer failed (exit ${writer.code}): ${writer.stderr.trim()}`);
    const leftovers = [...readdirSync(dir), ...bookingFiles(dir)].filter(
      (f) => f.startsWith('.') || f === 'insat.lock',
    );
    if (leftovers.length > 0) problems.push(`left behind: ${leftovers.join(', ')}`);
    return problems;
  }

  test('the next command opens the store, migrated or not, with the same data', async () => {
    const { calls } = run;
    expect(bookingFiles(traced)).toEqual(MONTH_FILES);
    expect(calls.some((c) => /\topenSync\t.*history\.jsonl$/.test(c))).toBe(true);
    expect(calls.some((c) => /\trmSync\t.*bookings\/2025\.json$/.test(c))).toBe(true);
    expect(calls.length).toBeGreaterThan(10);
    expect(run.inFlight()).toEqual([]);
    const expected = { data: layoutFreeData(made), views: views(made) };
    const where = (n: number) => `kill point ${n} (${calls[n - 1]!.split('\t').slice(1).join(' ')})`;

    // Real SIGKILLs at some of the points (the commit, the first install, the first year file removed
    // among them): each leaves the disk exactly as the snapshot of its point.
    const landmarks = [
      /\tappendFileSync\t/,
      /\trenameSync\t.*\.commit-[^/]*\.tmp$/,
      /\trmSync\t.*bookings\/\d{4}\.json$/,
    ];
    const real = realKillPoints(calls, landmarks);
    expect(real).toContain(firstInstall);
    const fresh = () => copyStore(old, 'insat-migrate-kill-');
    const kills = await realKills(run, real, fresh, args, { today: TODAY, tracedDir: traced });
    for (const k of kills) expect({ at: where(k.n), ...k.left }).toEqual({ at: where(k.n), ...k.snapshot });
    const failures: string[] = [];
    for (const k of kills) {
      failures.push(...afterKill(k.dir, expected).map((p) => `real ${where(k.n)}: ${p}`));
      rmSync(join(k.dir, '..'), { recursive: true, force: true });
    }
    // Every point: the store a kill leaves there.
    for (const n of calls.map((_, i) => i + 1))
      failures.push(...afterKill(run.store(n), expected).map((p) => `${where(n)}: ${p}`));
    expect(failures).toEqual([]);
  }, 300_000);

  test('killed after its history entry: a reader beside a busy lock reads the month files it committed', async () => {
    // The entry is appended through a descriptor: open, append, flush; then the first staged file is installed.
    const opened = run.calls.findIndex((c) => /\topenSync\t.*history\.jsonl$/.test(c)) + 1;
    expect(run.calls[opened]).toMatch(/\tappendFileSync\t/);
    expect(firstInstall).toBe(opened + 3);
    const dir = killedAfterEntry;
    expect(migrations(dir)).toHaveLength(1);
    expect(bookingFiles(dir)).toEqual(expect.arrayContaining(YEAR_FILES));
    const expected = exportHours(made).stdout;
    const holder = await holdLock(dir);
    try {
      const read = exportHours(dir);
      expect({ code: read.code, stderr: read.stderr }).toEqual({ code: 0, stderr: '' });
      expect(read.stdout).toBe(expected);
    } finally {
      await release(holder);
    }
    expect(exportHours(dir).stdout).toBe(expected);
    expect(bookingFiles(dir)).toEqual(MONTH_FILES);
  });
});
