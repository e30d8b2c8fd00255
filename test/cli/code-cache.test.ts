// bin/insat starts the bundle through V8's code cache (README, "How the bundle starts"): the build
// makes it from `--help`, and the first run of each command adds that command's code, so a later
// run of it compiles almost nothing. A damaged or foreign cache never stops a run: it is replaced.
// Spawned on purpose: the launcher and the process's start are what is tested, on a copy of the
// bundle in a temporary folder (the real one is shared by every test).
import { beforeEach, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
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

function cacheFile(): string {
  const files = readdirSync(join(home, 'dist', 'bundle')).filter((f) => f.endsWith('.cache'));
  expect(files).toHaveLength(1);
  return join(home, 'dist', 'bundle', files[0]!);
}

/** The commands a cache file has seen (its first line). */
function commandsIn(file: string): string[] {
  const bytes = readFileSync(file);
  return JSON.parse(bytes.subarray(0, bytes.indexOf(10)).toString('utf8')) as string[];
}

describe('the code cache of bin/insat', () => {
  test('is made by the first run and grows with the first run of each command, then stays as it is', () => {
    expect(run(['--help']).code).toBe(0);
    const file = cacheFile();
    expect(commandsIn(file)).toEqual(['']);
    expect(run(['init']).code).toBe(0);
    expect(run(['seats', '--json']).code).toBe(0);
    expect(commandsIn(file)).toEqual(['', 'init', 'seats']);
    const grown = readFileSync(file);
    const again = run(['seats', '--json']);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toHaveProperty('date', '2026-11-25');
    expect(readFileSync(file).equals(grown)).toBe(true);
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
    run(['applicant', 'show', 'p001']);
    run(['applicant', 'show', 'p001', '--json']);
    expect(commandsIn(cacheFile())).toEqual(['init', 'applicant add', 'applicant show']);
  });

  test('a damaged cache file or one V8 rejects does not change a run, and is replaced', () => {
    const plain = run(['--help']);
    const file = cacheFile();
    for (const damage of [Buffer.from('not a cache at all'), Buffer.from('[""]\nnot what V8 wrote')]) {
      writeFileSync(file, damage);
      const r = run(['--help']);
      expect(r).toEqual(plain);
      expect(commandsIn(file)).toEqual(['']);
      expect(readFileSync(file).length).toBeGreaterThan(100_000);
    }
  });
});
