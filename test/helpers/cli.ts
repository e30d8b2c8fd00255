// Runs insat like a user would, against a temporary store with "today" fixed and no terminal:
// in-process by default (the built code in a worker thread, answered synchronously), as a real
// process where the process itself matters (a preload in NODE_OPTIONS, a time zone, or `spawn`).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createSyncFn } from 'synckit';

export const ROOT = resolve(new URL('../..', import.meta.url).pathname);
export const BIN = join(ROOT, 'bin', 'insat');

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
  json<T = any>(): T;
}

export interface RunOptions {
  today?: string;
  env?: Record<string, string | undefined>;
  input?: string;
  /** Run bin/insat as its own process. */
  spawn?: boolean;
}

type Raw = { code: number; stdout: string; stderr: string };

type RunInWorker = (args: string[], env: Record<string, string>) => Raw;

// One worker for all the test files of a jest worker process, made by the test environment
// (test/helpers/environment.mjs); a file run under another environment makes its own.
const injected = (globalThis as { insatRunInWorker?: RunInWorker }).insatRunInWorker;
const runInWorker: RunInWorker =
  injected ??
  createSyncFn<(args: string[], env: Record<string, string>) => Promise<Raw>>(
    join(ROOT, 'test', 'helpers', 'in-process-worker.mjs'),
    { timeout: 120_000 },
  );

export function tempDataDir(prefix = 'insat-test-'): string {
  return join(mkdtempSync(join(tmpdir(), prefix)), 'data');
}

/** The environment of a run: what cron gives (PATH, HOME, CI), today fixed, English, plus the test's own. */
export function runEnv(opts: RunOptions): Record<string, string> {
  const env: Record<string, string | undefined> = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    CI: 'true',
    INSAT_TODAY: opts.today ?? '2026-11-25',
    // The tests written before insat spoke German assert its English; tests of the German words say INSAT_LANG=de.
    INSAT_LANG: 'en',
    ...opts.env,
  };
  return Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined));
}

/** What only a real process can do: a preload, a time zone, input on stdin. */
function needsProcess(opts: RunOptions): boolean {
  return Boolean(opts.spawn || opts.input || opts.env?.NODE_OPTIONS !== undefined || opts.env?.TZ !== undefined);
}

/** Runs `insat ARGS --data DIR`. */
export function insat(dir: string, args: string[], opts: RunOptions = {}): RunResult {
  const raw = needsProcess(opts)
    ? spawned(['--data', dir, ...args], opts)
    : runInWorker(['--data', dir, ...args], runEnv(opts));
  return {
    ...raw,
    json() {
      return JSON.parse(raw.stdout);
    },
  };
}

/** Runs `insat ARGS --data DIR` as its own process. */
export function insatProcess(dir: string, args: string[], opts: RunOptions = {}): RunResult {
  return insat(dir, args, { ...opts, spawn: true });
}

function spawned(args: string[], opts: RunOptions): Raw {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    input: opts.input ?? '',
    env: runEnv(opts),
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Runs and fails the test with the output when the exit code is not the expected one. */
export function ok(dir: string, args: string[], opts: RunOptions = {}, expected = 0): RunResult {
  const r = insat(dir, args, opts);
  if (r.code !== expected)
    throw new Error(
      `insat ${args.join(' ')} → exit ${r.code}, expected ${expected}\nstdout: ${r.stdout}\nstderr: ${r.stderr}`,
    );
  return r;
}

/** Every file of the store with its bytes, to prove that a refused command changed nothing. */
export function storeBytes(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const f of readdirSync(d)) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(p.slice(dir.length), readFileSync(p, 'latin1'));
    }
  };
  walk(dir);
  return out;
}

const namesUsed = new Map<string, number>();

/** A store with one applicant walked through the pipeline to "suitable": returns its id. */
export function suitableApplicant(dir: string, name = 'Max Muster', opts: RunOptions = {}): string {
  // one person, one record: a fixture asked for twice in one store is a second person, "Name (2)"
  const n = (namesUsed.get(`${dir}\0${name}`) ?? 0) + 1;
  namesUsed.set(`${dir}\0${name}`, n);
  if (n > 1) name = `${name} (${n})`;
  const id = ok(
    dir,
    [
      'applicant',
      'add',
      '--name',
      name,
      '--birth-date',
      '1980-05-01',
      '--referred-by',
      'jobcenter',
      '--contact-date',
      '2026-01-05',
      '--json',
    ],
    opts,
  ).json().id;
  ok(dir, ['applicant', 'schedule', id, '--info-date', '2026-01-12'], opts);
  ok(dir, ['applicant', 'attended', id], opts);
  ok(dir, ['applicant', 'decide', id, '--suitable', '--by', 'Frau Schulte', '--date', '2026-01-20'], opts);
  return id;
}

/**
 * Names a participant's social worker (a staff record, added once per store) and integration
 * officer, as DOMAIN.md wants every assignment to: without them `check --strict` warns.
 */
export function withContacts(dir: string, id: string, opts: RunOptions = {}): void {
  const staff = ok(dir, ['staff', 'list', '--all', '--json'], opts).json().staff as { id: string; role: string }[];
  const worker =
    staff.find((s) => s.role === 'social-worker')?.id ??
    ok(
      dir,
      ['staff', 'add', '--name', 'Jana Kötter', '--role', 'social-worker', '--from', '2020-01-01', '--json'],
      opts,
    ).json().id;
  ok(dir, ['participant', 'edit', id, '--social-worker', worker, '--integration-officer', 'Frau Schulte'], opts);
}

/** Enrols a fresh suitable applicant; returns its id. */
export function enrolled(
  dir: string,
  area: string,
  start: string,
  until: string,
  hours = 20,
  opts: RunOptions = {},
): string {
  const id = suitableApplicant(dir, `Person ${area} ${start}`, opts);
  ok(dir, ['enrol', id, '--area', area, '--start', start, '--until', until, '--hours-per-week', String(hours)], opts);
  return id;
}
