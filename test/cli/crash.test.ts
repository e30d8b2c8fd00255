// A crash in the middle of a write never damages the store. Each write command runs once as its own
// process with a preload (test/fixtures/kill-at.mjs) that counts every file-system call that can
// change the disk and copies the store right before each one (INSAT_KILL_SNAPSHOTS): the disk that a
// SIGKILL right before that call leaves, since every write is a synchronous call, a kill leaves the
// page cache as it is, and the lock's owner is dead once the process has exited. From each of those
// states the store must load, every file must parse, the data must be exactly the old or exactly the
// new state, the history must agree with it, and the next writer (in-process) must get through at
// once (the dead process's lock is not left in its way).
//
// Proven by snapshot: the recovery at every kill point of every scenario. Proven by real SIGKILLs:
// that a snapshot is what a kill leaves — at five points of each scenario (the first and the last
// call, the history append that commits, the first install rename, the middle of the longest stretch
// between those) a process is killed, its disk must equal the snapshot of that point byte for byte
// (up to pid, clock and directory), and it goes through the same recovery checks. Kills at random
// moments and the lock of a killed writer are real processes throughout.
import '../helpers/english.js';
import { beforeAll, describe, expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Store } from '../../src/store/store.js';
import { BIN, enrolled, insat, ok, tempDataDir } from '../helpers/cli.js';
import {
  copyStore,
  dataState,
  hasCommand,
  historyLines,
  KILL_AT,
  killSnapshots,
  realKillPoints,
  realKills,
  storeProblems,
} from '../helpers/store-files.js';

const BASE_DAY = '2026-11-23';
const KILL_DAY = '2026-11-25';

interface Ids {
  holz: string;
  kueche: string;
  lastYear: string;
  backup: string;
  purgeable: string;
}
interface Scenario {
  name: string;
  needs: string[][];
  today: string;
  args: (ids: Ids) => string[];
  /** Changes each fresh copy of the store before the command runs (e.g. makes it unreadable). */
  prepare?: (dir: string) => void;
  /** The old state cannot be read: after a kill that left it, loading and the next write fail as before. */
  brokenBefore?: boolean;
  /** What else must hold once the next writer has run, given whether the change had happened (its new state). */
  finished?: (dir: string, changed: boolean) => string[];
}

/** The name of the participant who left in 2025; a note on another participant mentions it too. */
const PURGED_NAME = 'Person gestaltung 2025-01-06';

/** Where the purged name still stands: the trail, the data files and every backup. */
function mentionsOfPurgedName(dir: string): string[] {
  const files = [join(dir, 'history.jsonl'), join(dir, 'insat.json'), join(dir, 'archive.json')];
  if (existsSync(join(dir, 'backups')))
    for (const b of readdirSync(join(dir, 'backups')))
      files.push(join(dir, 'backups', b, 'insat.json'), join(dir, 'backups', b, 'archive.json'));
  return files.filter((f) => existsSync(f) && readFileSync(f, 'utf8').includes(PURGED_NAME));
}

/** A participant of 2021–2022, written into insat.json as a store from before archive.json holds them. */
const LONG_ENDED = 'p-long-ended';
function addLongEndedStay(dir: string): void {
  const path = join(dir, 'insat.json');
  const main = JSON.parse(readFileSync(path, 'utf8')) as {
    people: Record<string, unknown>[];
    assignments: Record<string, unknown>[];
  };
  const person = main.people[0]!;
  const assignment = main.assignments[0]!;
  main.people.push({
    ...person,
    id: LONG_ENDED,
    contactDate: '2020-10-01',
    infoAppointment: '2020-10-08',
    decision: { suitable: true, by: 'Frau Schulte', date: '2020-10-20' },
  });
  main.assignments.push({
    ...assignment,
    id: 'a-long-ended',
    personId: LONG_ENDED,
    start: '2021-01-04',
    until: '2022-01-03',
    areas: [{ from: '2021-01-04', area: 'holz' }],
    hoursChanges: undefined,
    extensions: [],
    exit: null,
  });
  writeFileSync(path, JSON.stringify(main, null, 1) + '\n');
}

const scenarios: Scenario[] = [
  {
    name: 'applicant add, the first change of the day (daily backup, main file, history)',
    needs: [],
    today: KILL_DAY,
    args: () => ['applicant', 'add', '--name', 'Crash Test', '--birth-date', '1980-01-01', '--referred-by', 'self'],
  },
  {
    name: 'participant exit, on a day that already has its backup',
    needs: [],
    today: BASE_DAY,
    args: (ids) => ['participant', 'exit', ids.kueche, '--date', '2026-11-24', '--reason', 'job'],
  },
  {
    name: 'hours book for one participant',
    needs: [['hours', 'book']],
    today: KILL_DAY,
    args: (ids) => ['hours', 'book', ids.holz, '--date', '2026-11-24', '--hours', '4'],
  },
  {
    name: 'hours book into a year that has no bookings file yet',
    needs: [['hours', 'book']],
    today: KILL_DAY,
    args: (ids) => ['hours', 'book', ids.lastYear, '--date', '2025-12-30', '--hours', '4'],
  },
  {
    name: 'purge: the store change, then the trail and the backups scrubbed (finished by the next command after a kill)',
    needs: [['purge']],
    today: KILL_DAY,
    args: () => ['purge', '--exited-before', '2025-12-31', '--yes', '--force', '--reason', 'Widerruf der Einwilligung'],
    finished: (dir, changed) => {
      const problems: string[] = [];
      if (changed) problems.push(...mentionsOfPurgedName(dir).map((f) => `the purged name is still in ${f}`));
      if (existsSync(join(dir, 'purge-pending.json'))) problems.push('the purge job is still pending');
      return problems;
    },
  },
  {
    name: 'applicant add on a store with a stay that ended long ago: the first split writes archive.json',
    needs: [],
    today: KILL_DAY,
    prepare: addLongEndedStay,
    args: () => ['applicant', 'add', '--name', 'Crash Split', '--birth-date', '1980-01-01', '--referred-by', 'self'],
    finished: (dir) => {
      const inFile = (f: string) => existsSync(join(dir, f)) && readFileSync(join(dir, f), 'utf8').includes(LONG_ENDED);
      return inFile('archive.json') && !inFile('insat.json') ? [] : [`${LONG_ENDED} is not (only) in archive.json`];
    },
  },
  {
    name: 'init --force: the whole store replaced in one step, with a history entry',
    needs: [],
    today: KILL_DAY,
    args: () => ['init', '--force'],
  },
  {
    name: 'backup restore over a store that cannot be read: replaced in one step, with a history entry',
    needs: [['backup', 'restore']],
    today: KILL_DAY,
    // Valid JSON that is no store: every command refuses it (exit 6) until it is restored.
    prepare: (dir) => writeFileSync(join(dir, 'insat.json'), '{"schemaVersion":1,"people":"broken"}\n'),
    brokenBefore: true,
    args: (ids) => ['backup', 'restore', ids.backup],
  },
  {
    name: 'backup restore: the main file and the bookings of a year replaced in one step',
    needs: [['backup', 'restore']],
    today: KILL_DAY,
    args: (ids) => ['backup', 'restore', ids.backup],
  },
];

let base: string;
let ids: Ids;

/** Opens the store as every insat command does, and reads all of it. */
async function loads(dir: string): Promise<string | null> {
  try {
    const store = await Store.open(dir);
    await store.allBookings();
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}

/** The next writer runs in-process: only the killed writer has to be a process of its own (its lock names a dead pid). */
function nextWriter(dir: string, today: string) {
  return insat(
    dir,
    [
      'applicant',
      'add',
      '--name',
      'Next Writer',
      '--birth-date',
      '1979-02-02',
      '--referred-by',
      'jobcenter',
      '--not-duplicate',
    ],
    {
      today,
      env: { INSAT_LOCK_WAIT_MS: '2000' },
    },
  );
}

/**
 * What is wrong with the store after a crash, given the states before and after the command. The
 * first insat command after the crash (here: a reader) completes or discards the interrupted
 * change; from then on the data must be the old or the new state, with the history to match, and
 * the next writer must get through at once and tidy up.
 */
async function afterCrash(
  dir: string,
  today: string,
  before: { state: string; history: number },
  after: { state: string; history: number },
  s: Partial<Scenario> = {},
): Promise<string[]> {
  const { finished, brokenBefore } = s;
  const problems = storeProblems(dir).map((p) => `right after the kill: ${p}`);
  const load = await loads(dir);
  const stillBroken = brokenBefore === true && dataState(dir) === before.state;
  if (load !== null && !stillBroken) problems.push(`the store does not load: ${load}`);
  problems.push(...storeProblems(dir));
  const state = dataState(dir);
  const history = historyLines(dir);
  if (state === before.state) {
    if (history !== before.history) problems.push(`old data, but ${history - before.history} new history entries`);
  } else if (state === after.state) {
    if (history !== after.history)
      problems.push(`new data, but the history has ${history} entries instead of ${after.history}`);
  } else {
    problems.push('the data is neither the old nor the new state');
  }
  const next = nextWriter(dir, today);
  if (stillBroken) {
    if (next.code !== 6) problems.push(`the next writer on the old, unreadable store: exit ${next.code} instead of 6`);
  } else if (next.code !== 0) problems.push(`the next writer failed (exit ${next.code}): ${next.stderr.trim()}`);
  else if (storeProblems(dir).length > 0)
    problems.push(`the next write damaged the store: ${storeProblems(dir).join('; ')}`);
  if (finished) problems.push(...finished(dir, state === after.state));
  // The next writer tidies up what the crash left (temporary files, a half-made lock).
  const leftovers = [...readdirSync(dir), ...readdirSync(join(dir, 'bookings'))].filter(
    (f) => f.startsWith('.') || f === 'insat.lock',
  );
  if (leftovers.length > 0) problems.push(`left behind after the next write: ${leftovers.join(', ')}`);
  return problems;
}

const killPoints: Record<string, { snapshots: number; real: number }> = {};

/** A participant since December 2025, walked through the pipeline before that (its dates in order). */
function enrolledLastYear(opts: { today: string }): string {
  const id = ok(
    base,
    [
      'applicant',
      'add',
      '--name',
      'Person gestaltung 2025-12-01',
      '--birth-date',
      '1980-05-01',
      '--referred-by',
      'jobcenter',
      '--contact-date',
      '2025-10-01',
      '--json',
    ],
    opts,
  ).json().id;
  ok(base, ['applicant', 'schedule', id, '--info-date', '2025-10-08'], opts);
  ok(base, ['applicant', 'attended', id], opts);
  ok(base, ['applicant', 'decide', id, '--suitable', '--by', 'Frau Schulte', '--date', '2025-10-20'], opts);
  ok(
    base,
    ['enrol', id, '--area', 'gestaltung', '--start', '2025-12-01', '--until', '2026-11-30', '--hours-per-week', '20'],
    opts,
  );
  return id;
}

/** A participant of the first half of 2025, long gone: the one a purge erases. */
function enrolledIn2025(opts: { today: string }): string {
  const id = ok(
    base,
    [
      'applicant',
      'add',
      '--name',
      PURGED_NAME,
      '--birth-date',
      '1979-04-01',
      '--referred-by',
      'jobcenter',
      '--contact-date',
      '2024-11-04',
      '--json',
    ],
    opts,
  ).json().id;
  ok(base, ['applicant', 'schedule', id, '--info-date', '2024-11-11'], opts);
  ok(base, ['applicant', 'attended', id], opts);
  ok(base, ['applicant', 'decide', id, '--suitable', '--by', 'Frau Schulte', '--date', '2024-11-20'], opts);
  ok(
    base,
    ['enrol', id, '--area', 'gestaltung', '--start', '2025-01-06', '--until', '2025-06-30', '--hours-per-week', '20'],
    opts,
  );
  return id;
}

beforeAll(() => {
  base = tempDataDir('insat-crash-');
  const opts = { today: BASE_DAY };
  ok(base, ['init'], opts);
  ids = {
    holz: enrolled(base, 'holz', '2026-11-02', '2027-10-31', 20, opts),
    kueche: enrolled(base, 'kueche', '2026-11-02', '2027-10-31', 20, opts),
    lastYear: enrolledLastYear(opts),
    backup: '',
    purgeable: enrolledIn2025(opts),
  };
  ok(base, ['note', 'add', ids.holz, '--text', `Arbeitet gut mit ${PURGED_NAME} zusammen`], opts);
  // Bookings, then the next day's backup (made before that day's first change), then more changes:
  // restoring that backup replaces the main file and the bookings of 2026 in one step.
  for (const day of ['2026-11-16', '2026-11-17', '2026-11-18']) {
    for (const id of [ids.holz, ids.kueche]) ok(base, ['hours', 'book', id, '--date', day, '--hours', '4'], opts);
  }
  const nextDay = { today: '2026-11-24' };
  for (const day of ['2026-11-19', '2026-11-20']) {
    for (const id of [ids.holz, ids.kueche]) ok(base, ['hours', 'book', id, '--date', day, '--hours', '4'], nextDay);
  }
  ok(
    base,
    ['applicant', 'add', '--name', 'Nach Dem Backup', '--birth-date', '1981-01-01', '--referred-by', 'self'],
    nextDay,
  );
  ids.backup = '2026-11-24';
});

/** The steps where a change happens: the history entry appended (the commit), the first staged file renamed into place. */
const COMMIT_STEPS = [/\tappendFileSync\t/, /\trenameSync\t.*\.commit-[^/]*\.tmp$/];

describe('SIGKILL at every file-system call of a write', () => {
  for (const s of scenarios) {
    test(
      s.name,
      async () => {
        for (const words of s.needs)
          expect({ command: words.join(' '), exists: hasCommand(...words) }).toEqual({
            command: words.join(' '),
            exists: true,
          });
        const args = s.args(ids);
        // One traced run: its kill points, the store as a kill right before each of them leaves it, the new state.
        const full = copyStore(base, 'insat-crash-full-');
        s.prepare?.(full);
        const before = { state: dataState(full), history: historyLines(full) };
        const run = killSnapshots(full, args, { today: s.today });
        const after = { state: dataState(full), history: historyLines(full) };
        expect(after.state).not.toBe(before.state);
        expect(after.history).toBe(before.history + 1);
        if (s.finished) expect(s.finished(full, true)).toEqual([]);
        const { calls } = run;
        expect(calls.length).toBeGreaterThan(5);
        expect(run.inFlight()).toEqual([]);
        const where = (n: number) => `kill point ${n} (${calls[n - 1]!.split('\t').slice(1).join(' ')})`;

        // Real SIGKILLs at some of the points: each leaves the disk exactly as the snapshot of its point.
        const fresh = () => {
          const dir = copyStore(base, 'insat-crash-kill-');
          s.prepare?.(dir);
          return dir;
        };
        const kills = await realKills(run, realKillPoints(calls, COMMIT_STEPS), fresh, args, {
          today: s.today,
          tracedDir: full,
        });
        for (const k of kills) expect({ at: where(k.n), ...k.left }).toEqual({ at: where(k.n), ...k.snapshot });
        const failures: string[] = [];
        for (const k of kills) {
          for (const p of await afterCrash(k.dir, s.today, before, after, s)) failures.push(`real ${where(k.n)}: ${p}`);
          rmSync(join(k.dir, '..'), { recursive: true, force: true });
        }
        // Every point: the store a kill leaves there recovers.
        for (const n of calls.map((_, i) => i + 1))
          for (const p of await afterCrash(run.store(n), s.today, before, after, s)) failures.push(`${where(n)}: ${p}`);
        expect(failures).toEqual([]);
        rmSync(join(full, '..'), { recursive: true, force: true });
        killPoints[s.name] = { snapshots: calls.length, real: kills.length };
      },
      300_000,
    );
  }

  test('kills at random moments while a process books one change after another', async () => {
    // Not tied to the file-system calls: a plain SIGKILL after a pseudo-random delay, 12 times.
    let seed = 20_061_001;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const failures: string[] = [];
    const dir = copyStore(base, 'insat-crash-random-');
    for (let i = 0; i < 12; i++) {
      const args = ['applicant', 'add', '--name', `Random ${i}`, '--birth-date', '1980-01-01', '--referred-by', 'self'];
      const before = { state: dataState(dir), history: historyLines(dir) };
      const full = copyStore(dir, 'insat-crash-random-full-');
      ok(full, args, { today: KILL_DAY });
      const after = { state: dataState(full), history: historyLines(full) };
      const delay = 120 + Math.floor(random() * 400);
      const child = spawn(process.execPath, [BIN, '--data', dir, ...args], {
        env: { PATH: process.env.PATH, HOME: process.env.HOME, CI: 'true', INSAT_TODAY: KILL_DAY, INSAT_LANG: 'en' },
        stdio: 'ignore',
      });
      const finished = new Promise<void>((res) => child.on('exit', () => res()));
      const killer = setTimeout(() => child.kill('SIGKILL'), delay);
      await finished;
      clearTimeout(killer); // a process that finished first leaves no timer behind to keep jest's worker alive
      for (const p of await afterCrash(dir, KILL_DAY, before, after)) failures.push(`kill after ${delay} ms: ${p}`);
    }
    expect(failures).toEqual([]);
  }, 120_000);

  test('covers at least 50 kill points in all', () => {
    const total = Object.values(killPoints).reduce((a, b) => a + b.snapshots, 0);
    console.log(JSON.stringify(killPoints));
    expect(total).toBeGreaterThanOrEqual(50);
    // And the equivalence of snapshot and kill proven at several points of every scenario.
    expect(Object.values(killPoints).filter((k) => k.real < 4)).toEqual([]);
    expect(Object.keys(killPoints)).toHaveLength(scenarios.length);
  });
});

describe('the lock of a killed writer', () => {
  test('does not block the next writer: a dead owner is detected at once', () => {
    const dir = copyStore(base, 'insat-crash-lock-');
    const args = [
      'applicant',
      'add',
      '--name',
      'Dies Holding The Lock',
      '--birth-date',
      '1980-01-01',
      '--referred-by',
      'self',
    ];
    // Find the call right after the lock came into place, and die there: the process holds the lock.
    const trace = `${dir}.trace`;
    ok(copyStore(base), args, {
      today: KILL_DAY,
      env: { NODE_OPTIONS: `--import ${KILL_AT}`, INSAT_KILL_TRACE: trace },
    });
    const calls = readFileSync(trace, 'utf8').trim().split('\n');
    const locked = calls.findIndex((c) => /\t(renameSync|mkdir)\t.*\/(\.insat\.lock\.\d+\.new|insat\.lock)$/.test(c));
    expect(locked).toBeGreaterThanOrEqual(0);
    const r = insat(dir, args, {
      today: KILL_DAY,
      env: { NODE_OPTIONS: `--import ${KILL_AT}`, INSAT_KILL_AT: String(locked + 2) },
    });
    expect(r.code).toBe(-1);
    expect(() => readFileSync(join(dir, 'insat.lock', 'owner.json'), 'utf8')).not.toThrow();
    const before = dataState(dir);
    // A wait budget far below proper-lockfile's 15 s staleness: only the dead-owner check can let it through.
    const next = insat(
      dir,
      ['applicant', 'add', '--name', 'Next', '--birth-date', '1980-01-01', '--referred-by', 'self', '--json'],
      {
        today: KILL_DAY,
        env: { INSAT_LOCK_WAIT_MS: '300' },
      },
    );
    expect(next.stderr).toBe('');
    expect(next.code).toBe(0);
    expect(dataState(dir)).not.toBe(before);
    expect(storeProblems(dir)).toEqual([]);
  });
});
