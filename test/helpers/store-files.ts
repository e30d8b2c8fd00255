// What the robustness tests (crash, concurrency, disk, bad input) look at: the store's files as
// they lie on disk, independent of the code that wrote them.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { BIN, insat, ROOT, type RunOptions, type RunResult } from './cli.js';

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
): Promise<RunResult & { signal: string | null }> {
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
