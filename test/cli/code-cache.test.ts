// bin/insat starts the bundle through V8's code cache (README, "How the bundle starts"): the build
// makes the start cache from `--help`, and the first run of each command that ends well makes that
// command's own (compiled from the bundle alone), so a later run of it compiles almost nothing. A damaged or foreign cache never
// stops a run: it is replaced.
// Spawned on purpose: the launcher and the process's start are what is tested, on a copy of the
// bundle in a temporary folder (the real one is shared by every test).
import { beforeEach, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, runEnv } from '../helpers/cli.js';

let home: string;

/** A copy of the launcher and the bundle, without a code cache (the shipped data files and the packages linked). */
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'insat-code-cache-'));
  mkdirSync(join(home, 'bin'));
  mkdirSync(join(home, 'dist', 'bundle'), { recursive: true });
  for (const f of ['bin/insat', 'bin/package.json', 'dist/bundle/insat.cjs', 'package.json'])
    copyFileSync(join(ROOT, f), join(home, f));
  for (const d of ['node_modules', 'data']) symlinkSync(join(ROOT, d), join(home, d));
});

function run(args: string[]) {
  const r = spawnSync(process.execPath, [join(home, 'bin', 'insat'), '--data', join(home, 'store'), ...args], {
    env: runEnv({ env: { XDG_CACHE_HOME: join(home, 'user-cache') } }),
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The commands that have a cache beside the bundle, from the files' names (`NAME partial`: made by a failed run). */
function cached(): string[] {
  return readdirSync(join(home, 'dist', 'bundle'))
    .filter((f) => f.endsWith('.cache'))
    .map((f) => /^insat-[^.]+(?:\.[^.]+)*?\.([a-z-]+)(\.partial)?\.cache$/.exec(f)!)
    .map((m) => (m[2] ? `${m[1]} partial` : m[1]!))
    .sort();
}

function cacheFile(command: string): string {
  const file = readdirSync(join(home, 'dist', 'bundle')).find((f) => f.endsWith(`.${command}.cache`));
  expect(file).toBeDefined();
  return join(home, 'dist', 'bundle', file!);
}

describe('the code cache of bin/insat', () => {
  test("is made by each command's first run that ends well, then stays as it is", () => {
    expect(run(['--help']).code).toBe(0);
    expect(cached()).toEqual(['start']);
    expect(run(['init']).code).toBe(0);
    expect(run(['seats', '--json']).code).toBe(0);
    expect(cached()).toEqual(['init', 'seats', 'start']);
    const made = readFileSync(cacheFile('seats'));
    const again = run(['seats', '--json']);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toHaveProperty('date', '2026-11-25');
    expect(readFileSync(cacheFile('seats')).equals(made)).toBe(true);
  });

  test("a command's cache holds its own words, not those help compiled for every command", () => {
    // a description `insat --help` prints (staff), which `seats` never reads: V8 keeps one-byte strings as they are
    const staffWords = Buffer.from('the team: instructors of the work areas', 'latin1');
    expect(run(['--help']).code).toBe(0);
    run(['init']);
    expect(run(['seats']).code).toBe(0);
    expect(readFileSync(cacheFile('start')).includes(staffWords)).toBe(true);
    expect(readFileSync(cacheFile('seats')).includes(staffWords)).toBe(false);
  });

  test('a run that fails past its arguments leaves a partial cache, used until a run ends well and replaced then; help of a command uses the start cache', () => {
    run(['init']);
    expect(run(['participant', 'show', 'p999']).code).toBe(4);
    expect(run(['hours', 'book', '--help']).code).toBe(0);
    expect(run(['hours', '--help']).code).toBe(0);
    expect(run(['hours', 'help', 'book']).code).toBe(0);
    expect(cached()).toEqual(['init', 'participant-show partial', 'start']);
    // a second failure starts from it and leaves it as it is
    const partial = readFileSync(cacheFile('participant-show.partial'));
    const again = run(['participant', 'show', 'p999']);
    expect(again.code).toBe(4);
    expect(again.stderr).toMatch(/p999/);
    expect(readFileSync(cacheFile('participant-show.partial')).equals(partial)).toBe(true);
    // the first run that ends well writes the whole cache, and the partial one goes
    expect(run(['participant', 'list', '--data', join(home, 'no-store')]).code).toBe(6);
    expect(cached()).toContain('participant-list partial');
    expect(run(['participant', 'list']).code).toBe(0);
    expect(cached()).toEqual(['init', 'participant-list', 'participant-show partial', 'start']);
    // a usage error, a typo of a command's name too, writes none
    expect(run(['seats', '--date', '2026-13-45']).code).toBe(2);
    expect(run(['sets']).code).toBe(2);
    expect(cached()).toEqual(['init', 'participant-list', 'participant-show partial', 'start']);
  });

  test('the command is its leading words: ids, option values and global options do not count', () => {
    run(['init']);
    run([
      '--lang',
      'de',
      'applicant',
      'add',
      '--name',
      'Erika Muster',
      '--birth-date',
      '1980-01-01',
      '--referred-by',
      'self',
    ]);
    expect(run(['applicant', 'list']).code).toBe(0);
    expect(run(['--data', join(home, 'store'), 'applicant', 'list', '--json']).code).toBe(0);
    expect(cached()).toEqual(['applicant-add', 'applicant-list', 'init']);
  });

  test('a damaged cache file or one V8 rejects does not change a run, and is replaced', () => {
    const plain = run(['--help']);
    const file = cacheFile('start');
    const made = readFileSync(file).length;
    for (const damage of [Buffer.from('not a cache at all'), Buffer.from('[""]\nnot what V8 wrote')]) {
      writeFileSync(file, damage);
      const r = run(['--help']);
      expect(r).toEqual(plain);
      expect(cached()).toEqual(['start']);
      expect(readFileSync(file).length).toBeGreaterThan(made / 2);
    }
  });
  test('another bundle of the same size and time (a copy that kept the time) does not start from the old cache', () => {
    const bundle = join(home, 'dist', 'bundle', 'insat.cjs');
    // a time in whole seconds, which utimes sets exactly
    const time = 1_700_000_000;
    utimesSync(bundle, time, time);
    expect(run(['--help']).stdout).toContain('the team: instructors of the work areas');
    const size = statSync(bundle).size;
    const other = readFileSync(bundle, 'latin1').replace('the team: instructors', 'THE TEAM: instructors');
    writeFileSync(bundle, other, 'latin1');
    utimesSync(bundle, time, time);
    expect(statSync(bundle)).toMatchObject({ size, mtimeMs: time * 1000 });
    expect(run(['--help']).stdout).toContain('THE TEAM: instructors of the work areas');
  });

  test("where the bundle's folder takes no cache, the user's cache does, and other builds' caches left there a day go", () => {
    const bundle = join(home, 'dist', 'bundle', 'insat.cjs');
    const st = statSync(bundle);
    const key = `insat-${process.versions.v8}-${process.arch}-${st.size}-${Math.floor(st.mtimeMs)}-${Math.floor(st.ctimeMs)}`;
    // a folder where the seats cache would go: the write there fails, as in a folder that is not writable
    mkdirSync(join(home, 'dist', 'bundle', `${key}.seats.cache`));
    const user = join(home, 'user-cache', 'insat');
    mkdirSync(user, { recursive: true });
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000);
    const files = {
      stale: 'insat-0.0.0-x64-1-1-1.seats.cache',
      staleTemporary: 'insat-0.0.0-x64-1-1-1.seats.cache.tmp123',
      fresh: 'insat-0.0.0-x64-2-2-2.seats.cache',
      notOurs: 'notes.cache',
    };
    for (const f of Object.values(files)) writeFileSync(join(user, f), 'x');
    for (const f of [files.stale, files.staleTemporary, files.notOurs])
      utimesSync(join(user, f), twoDaysAgo, twoDaysAgo);
    run(['init']);
    expect(run(['seats']).code).toBe(0);
    // init's cache went beside the bundle; seats' here, and the stale one of another build is gone
    expect(readdirSync(user).sort()).toEqual([`${key}.seats.cache`, files.fresh, files.notOurs].sort());
    // the failed write beside the bundle left no temporary file
    expect(readdirSync(join(home, 'dist', 'bundle')).filter((f) => f.includes('.tmp'))).toEqual([]);
    // the next run reads it from there
    const made = readFileSync(join(user, `${key}.seats.cache`));
    expect(run(['seats']).code).toBe(0);
    expect(readFileSync(join(user, `${key}.seats.cache`)).equals(made)).toBe(true);
    // a cache read after a day is touched, so that another build sharing the folder leaves it
    utimesSync(join(user, `${key}.seats.cache`), twoDaysAgo, twoDaysAgo);
    expect(run(['seats']).code).toBe(0);
    expect(statSync(join(user, `${key}.seats.cache`)).mtimeMs).toBeGreaterThan(Date.now() - 60_000);
  });

  test('a whole cache V8 rejects goes when a run fails, and the partial one that run leaves is read', () => {
    run(['init']);
    expect(run(['participant', 'list']).code).toBe(0);
    writeFileSync(cacheFile('participant-list'), 'not a cache at all');
    expect(run(['participant', 'list', '--data', join(home, 'no-store')]).code).toBe(6);
    expect(cached()).toEqual(['init', 'participant-list partial']);
    const partial = readFileSync(cacheFile('participant-list.partial'));
    expect(run(['participant', 'list', '--data', join(home, 'no-store')]).code).toBe(6);
    expect(readFileSync(cacheFile('participant-list.partial')).equals(partial)).toBe(true);
  });
});
