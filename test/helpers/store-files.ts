// What the robustness tests (crash, concurrency, disk, bad input) look at: the store's files as
// they lie on disk, independent of the code that wrote them.
import { cpSync, existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { BIN, insat, ok, ROOT, type RunOptions, type RunResult } from './cli.js';

/** Every problem a reader would meet: a data file, a finished backup or a history line that does not parse. */
export function storeProblems(dir: string): string[] {
  const problems: string[] = [];
  const parse = (path: string) => {
    try {
      JSON.parse(readFileSync(path, 'utf8'));
    } catch (e) {
      problems.push(`${path}: ${(e as Error).message}`);
    }
  };
  const dataFiles = (root: string) => {
    if (existsSync(join(root, 'insat.json'))) parse(join(root, 'insat.json'));
    else problems.push(`${root}: insat.json is missing`);
    if (existsSync(join(root, 'archive.json'))) parse(join(root, 'archive.json'));
    const b = join(root, 'bookings');
    if (existsSync(b)) for (const f of readdirSync(b)) if (/^\d{4}(-\d{2})?\.json$/.test(f)) parse(join(b, f));
  };
  dataFiles(dir);
  const backups = join(dir, 'backups');
  if (existsSync(backups)) {
    for (const name of readdirSync(backups)) if (!name.endsWith('.partial')) dataFiles(join(backups, name));
  }
  const history = join(dir, 'history.jsonl');
  if (existsSync(history)) {
    const text = readFileSync(history, 'utf8');
    if (text && !text.endsWith('\n')) problems.push(`${history}: the last line is torn`);
    text
      .split('\n')
      .filter((l) => l.trim())
      .forEach((line, i) => {
        try {
          JSON.parse(line);
        } catch (e) {
          problems.push(`${history} line ${i + 1}: ${(e as Error).message}`);
        }
      });
  }
  return problems;
}

/** The data files (main file and bookings by month, or by year in an old store) as one comparable text; temporary files are left out. */
export function dataState(dir: string): string {
  const parts = [
    `insat.json\n${existsSync(join(dir, 'insat.json')) ? readFileSync(join(dir, 'insat.json'), 'utf8') : '(missing)'}`,
  ];
  if (existsSync(join(dir, 'archive.json')))
    parts.push(`archive.json\n${readFileSync(join(dir, 'archive.json'), 'utf8')}`);
  const b = join(dir, 'bookings');
  if (existsSync(b)) {
    for (const f of readdirSync(b)
      .filter((x) => /^\d{4}(-\d{2})?\.json$/.test(x))
      .sort()) {
      const text = readFileSync(join(b, f), 'utf8');
      // An empty bookings file and no file mean the same: no bookings that month (or year).
      if ((JSON.parse(text) as { bookings: unknown[] }).bookings.length > 0) parts.push(`bookings/${f}\n${text}`);
    }
  }
  return parts.join('\n');
}

export function historyLines(dir: string): number {
  const path = join(dir, 'history.jsonl');
  return existsSync(path)
    ? readFileSync(path, 'utf8')
        .split('\n')
        .filter((l) => l.trim()).length
    : 0;
}

/** A fresh copy of a store in its own temporary directory. */
export function copyStore(src: string, prefix = 'insat-copy-'): string {
  const dir = join(mkdtempSync(join(tmpdir(), prefix)), 'data');
  cpSync(src, dir, { recursive: true });
  return dir;
}

const known = new Map<string, boolean>();

/** Whether this build of insat has a command (`hours book`, `check` …): its help names it. */
export function hasCommand(...words: string[]): boolean {
  const key = words.join(' ');
  if (!known.has(key)) {
    const r = insat(join(tmpdir(), 'insat-no-store'), [...words, '--help']);
    known.set(key, r.code === 0 && new RegExp(`^Usage: insat ${key}( |$)`, 'm').test(r.stdout));
  }
  return known.get(key)!;
}

/** Whether `insat export WHAT` is built (each export is its own module). */
export function hasExport(what: string): boolean {
  return existsSync(join(ROOT, 'dist', 'commands', 'export', `${what}.js`));
}

/** `insat` without blocking: for several processes at once. */
export function insatAsync(
  dir: string,
  args: string[],
  opts: RunOptions = {},
): Promise<RunResult & { signal: string | null; pid: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, '--data', dir, ...args], {
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        CI: 'true',
        INSAT_TODAY: opts.today ?? '2026-11-25',
        INSAT_LANG: 'en',
        ...opts.env,
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (code, signal) =>
      resolve({
        code: code ?? -1,
        signal,
        pid: child.pid!,
        stdout,
        stderr,
        json() {
          return JSON.parse(stdout);
        },
      }),
    );
    // A child that exits (or is killed) before reading its stdin closes the pipe: writing to it then
    // fails with EPIPE, which is no failure of the command under test.
    child.stdin.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EPIPE') reject(e);
    });
    child.stdin.end(opts.input ?? '');
  });
}

/** Runs `task` for each item, at most `limit` at a time; results in the items' order. */
export async function inPool<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await task(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

/** A process that holds the store's lock until `release`: a writer at work, for as long as a test needs. */
export async function holdLock(dir: string): Promise<ChildProcess> {
  const holder = spawn(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `const { withLock } = await import(${JSON.stringify(join(ROOT, 'dist', 'store', 'lock.js'))});
       await withLock(${JSON.stringify(dir)}, async () => {
         process.stdout.write('locked\\n');
         await new Promise((resolve) => process.stdin.once('data', resolve));
       });`,
    ],
    { stdio: ['pipe', 'pipe', 'inherit'] },
  );
  await new Promise<void>((resolve) => holder.stdout!.once('data', () => resolve()));
  return holder;
}

/** Lets a `holdLock` process finish, and waits until it has. */
export async function release(holder: ChildProcess): Promise<void> {
  holder.stdin!.end('go\n');
  await new Promise<void>((resolve) => holder.on('exit', () => resolve()));
}

/**
 * Everything of a store as it lies on disk, for comparing two stores that two processes left at the
 * same point of the same command: every entry's path, type, mode and link count, and each file's
 * text. What necessarily differs between two processes is masked: the directory the writer ran
 * on (`ranOn`, in the history's command lines), its pid (in file names, the lock's owner note,
 * history ids), clock times (ISO times, history ids, temporary files' milliseconds) and the owner's
 * process start time.
 */
export function diskImage(dir: string, pid: number, ranOn = dir): string[] {
  const mask = (text: string) =>
    text
      .replaceAll(JSON.stringify(ranOn).slice(1, -1), '<store>')
      // the pid only where insat writes one: a history id, a temporary or lock file's name, the
      // lock's owner (as a bare number it would also mask a year or a figure equal to it)
      .replace(new RegExp(`(\\d{17})-${pid}\\b`, 'g'), '$1-<pid>')
      .replace(new RegExp(`\\.${pid}(?=\\.(\\d+\\.tmp|new|gone|claiming)\\b|-[0-9a-f]+\\.tmp\\b)`, 'g'), '.<pid>')
      .replace(new RegExp(`"pid":${pid}\\b`, 'g'), '"pid":<pid>')
      .replace(/\d{4}-\d{2}-\d{2}T\d{2}[:-]\d{2}[:-]\d{2}([.-]\d+)?Z/g, '<time>')
      .replace(/\b\d{17}-<pid>/g, '<stamp>-<pid>')
      .replace(/\.<pid>\.\d+\.tmp\b/g, '.<pid>.<ms>.tmp')
      .replace(/"start":"\d+"/g, '"start":"<start>"');
  const out: string[] = [];
  const walk = (rel: string) => {
    const path = join(dir, rel);
    const st = lstatSync(path);
    const head = `${mask(rel || '.')} mode ${(st.mode & 0o7777).toString(8)} links ${st.nlink}`;
    if (st.isDirectory()) {
      out.push(`${head} dir`);
      for (const name of readdirSync(path).sort()) walk(rel ? join(rel, name) : name);
    } else if (st.isSymbolicLink()) out.push(`${head} symlink → ${readlinkSync(path)}`);
    else out.push(`${head} file\n${mask(readFileSync(path, 'latin1'))}`);
  };
  walk('');
  return out.sort();
}

/** The preload that kills, fails or traces a process at its file-system calls (test/fixtures/kill-at.mjs). */
export const KILL_AT = pathToFileURL(join(ROOT, 'test', 'fixtures', 'kill-at.mjs')).href;

export interface KillSnapshots {
  /** The counted file-system calls, one line each: number, name, path or descriptor. */
  calls: string[];
  /** The traced process's id: the dead owner its lock names. */
  pid: number;
  /** The store as a SIGKILL right before call `n` leaves it. */
  store(n: number): string;
  /** Points where a counted asynchronous call was still running (their copies would be a guess). */
  inFlight(): string[];
}

/**
 * Runs `insat ARGS` once as its own process on `dir` and copies the store right before each of its
 * file-system calls that can change the disk (INSAT_KILL_SNAPSHOTS): the states that a SIGKILL at
 * each of those calls leaves, from one process instead of one per call. `dir` ends in the new state.
 */
export function killSnapshots(dir: string, args: string[], opts: { today: string }): KillSnapshots {
  const trace = `${dir}.trace`;
  const snapshots = `${dir}.snapshots`;
  ok(dir, args, {
    today: opts.today,
    env: { NODE_OPTIONS: `--import ${KILL_AT}`, INSAT_KILL_TRACE: trace, INSAT_KILL_SNAPSHOTS: snapshots },
  });
  const calls = readFileSync(trace, 'utf8').trim().split('\n');
  return {
    calls,
    pid: Number(readFileSync(join(snapshots, 'pid'), 'utf8')),
    store: (n) => join(snapshots, String(n), 'data'),
    inFlight: () =>
      calls
        .map((_, i) => join(snapshots, String(i + 1), 'in-flight'))
        .filter((f) => existsSync(f))
        .map((f) => `${f}: ${readFileSync(f, 'utf8').trim()}`),
  };
}

/**
 * The kill points a test repeats with a real SIGKILL, to prove that each snapshot is what a kill
 * leaves: the first and the last call, the first call matching each of `landmarks` (the commit and
 * install steps), and the middle of the longest stretch between those; in order, each once.
 */
export function realKillPoints(calls: readonly string[], landmarks: readonly RegExp[]): number[] {
  const marks = landmarks.map((re) => {
    const i = calls.findIndex((c) => re.test(c));
    if (i < 0) throw new Error(`no call matches ${re}`);
    return i + 1;
  });
  const points = [...new Set([1, calls.length, ...marks])].sort((a, b) => a - b);
  let gap = 0;
  for (let i = 1; i < points.length; i++)
    if (points[i]! - points[i - 1]! > points[gap + 1]! - points[gap]!) gap = i - 1;
  if (points[gap + 1]! - points[gap]! > 1) points.push(Math.floor((points[gap]! + points[gap + 1]!) / 2));
  return points.sort((a, b) => a - b);
}

/** What a kill left on disk: the signal the process ended with, the data and every file (diskImage). */
export interface KillImage {
  signal: string | null;
  data: string;
  files: string[];
}

/**
 * Kills `insat ARGS` for real right before each of `points`, each time on a fresh store from `fresh()`,
 * and returns beside what each kill left the snapshot of that point as a kill must leave it: the two
 * are to be equal. `tracedDir` is the store the snapshots were taken of (its path is masked).
 */
export function realKills(
  run: KillSnapshots,
  points: readonly number[],
  fresh: () => string,
  args: string[],
  opts: { today: string; tracedDir: string },
): Promise<{ n: number; dir: string; left: KillImage; snapshot: KillImage }[]> {
  return inPool(points, 2, async (n) => {
    const dir = fresh();
    const r = await insatAsync(dir, args, {
      today: opts.today,
      env: { NODE_OPTIONS: `--import ${KILL_AT}`, INSAT_KILL_AT: String(n) },
    });
    const at = run.store(n);
    return {
      n,
      dir,
      left: { signal: r.signal, data: dataState(dir), files: diskImage(dir, r.pid) },
      snapshot: { signal: 'SIGKILL', data: dataState(at), files: diskImage(at, run.pid, opts.tracedDir) },
    };
  });
}
