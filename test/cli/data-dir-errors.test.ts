// A data directory the machine will not let insat use — a file where the directory should be, a
// path through a file, a read-only file system — is exit 6 with what to do (CLI.md: the store cannot
// be read), never "a bug in insat" (exit 1). File-system errors in the data directory that no command
// words itself are mapped in one place (src/store/fs-errors.ts, called by src/cli/run.ts).
import '../helpers/english.js';
import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { storeErrorFromFs } from '../../src/store/fs-errors.js';
import { BIN, insat, ok, ROOT, runEnv, storeBytes, tempDataDir } from '../helpers/cli.js';

const PRELOAD = `--import=${pathToFileURL(join(ROOT, 'test', 'fixtures', 'kill-at.mjs')).href}`;

/** A regular file where the data directory should be. */
function plainFile(): string {
  const file = tempDataDir('insat-datafile-');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, 'not a store\n');
  return file;
}

const READERS = [
  ['seats'],
  ['participant', 'list'],
  ['participant', 'show', 'p001'],
  ['applicant', 'list'],
  ['hours', 'list'],
  ['history'],
  ['check'],
  ['export', 'hours'],
  ['pay', '--month', '2026-10'],
  ['occupancy'],
  ['backup', 'list'],
  ['config', 'show'],
  ['due'],
];

describe('--data pointing at a regular file', () => {
  test.each(READERS.map((a) => [a.join(' '), a] as const))(
    '%s: exit 6 naming the file, with how to fix it',
    (_, args) => {
      const file = plainFile();
      const r = insat(file, [...args, '--json']);
      expect({ code: r.code, stdout: r.stdout }).toEqual({ code: 6, stdout: '' });
      const message = `${file} cannot hold a store: ${file} is a file, not a directory — point --data or INSAT_DATA at the store's directory (or at a new one for 'insat init')`;
      expect(r.stderr).toBe(`error: ${message}\n${JSON.stringify({ error: { code: 'store', message } })}\n`);
      expect(readFileSync(file, 'utf8')).toBe('not a store\n');
    },
  );

  test.each(
    [
      ['init'],
      ['init', '--force'],
      ['init', '--dry-run'],
      ['applicant', 'add', '--name', 'Max Muster', '--birth-date', '1980-01-01', '--referred-by', 'self'],
      ['undo'],
    ].map((a) => [a.join(' '), a] as const),
  )('%s: exit 6, the file untouched', (_, args) => {
    const file = plainFile();
    const r = insat(file, args);
    expect(r.code).toBe(6);
    expect(r.stderr).toMatch(/^error: .* is a file, not a directory — point --data or INSAT_DATA at .*\n$/);
    expect(readFileSync(file, 'utf8')).toBe('not a store\n');
  });

  test('INSAT_DATA pointing at a file is told the same', () => {
    const file = plainFile();
    // a process of its own: the helpers always pass --data
    const r = spawnSync(process.execPath, [BIN, 'seats'], {
      encoding: 'utf8',
      env: runEnv({ env: { INSAT_DATA: file } }),
    });
    expect({ code: r.status, stderr: r.stderr }).toEqual({
      code: 6,
      stderr: expect.stringMatching(new RegExp(`^error: .*: ${file} is a file, not a directory — `)),
    });
  });
});

describe('--data under a regular file', () => {
  test.each(
    [['init'], ['seats'], ['history'], ['hours', 'book', 'p001', '--date', '2026-11-24', '--hours', '4']].map(
      (a) => [a.join(' '), a] as const,
    ),
  )('%s: exit 6 naming the file that is in the way', (_, args) => {
    const file = plainFile();
    const r = insat(join(file, 'store'), args);
    expect({ code: r.code, stderr: r.stderr }).toEqual({
      code: 6,
      stderr: `error: ${join(file, 'store')} cannot hold a store: ${file} is a file, not a directory — point --data or INSAT_DATA at the store's directory (or at a new one for 'insat init')\n`,
    });
    expect(readFileSync(file, 'utf8')).toBe('not a store\n');
  });
});

describe('init on a read-only file system', () => {
  // The first call init makes on the disk is the chmod of the data directory (0700); on a read-only
  // file system the kernel answers EROFS (test/fixtures/kill-at.mjs answers so in a process of its own).
  const readOnly = { env: { NODE_OPTIONS: PRELOAD, INSAT_FAIL_AT: '1', INSAT_FAIL_CODE: 'EROFS' } };

  test('init: exit 6 saying the file system is read-only', () => {
    const dir = tempDataDir();
    mkdirSync(dir, { recursive: true });
    const r = insat(dir, ['init'], readOnly);
    expect({ code: r.code, stderr: r.stderr }).toEqual({
      code: 6,
      stderr: `error: cannot use the store ${dir}: EROFS (chmod ${dir}) — the data directory is on a read-only file system — mount it writable or choose another --data directory\n`,
    });
  });

  test('init --force over a store: exit 6, the store as it was', () => {
    const dir = tempDataDir();
    ok(dir, ['init', '--demo']);
    const before = storeBytes(dir);
    const r = insat(dir, ['init', '--force'], readOnly);
    expect(r.code).toBe(6);
    expect(r.stderr).toMatch(
      /^error: cannot use the store .*: EROFS .* — the data directory is on a read-only file system/,
    );
    expect(storeBytes(dir)).toEqual(before);
  });
});

describe('which file-system errors are the store', () => {
  const dir = '/srv/insat';
  const err = (code: string, path?: string) => Object.assign(new Error(code), { code, syscall: 'open', path });

  test('an error of the machine at a path in the data directory is exit 6', () => {
    for (const code of ['EROFS', 'EACCES', 'EPERM', 'ENOSPC', 'EIO'])
      expect(storeErrorFromFs(err(code, `${dir}/insat.json`), dir)?.exitCode).toBe(6);
    expect(storeErrorFromFs(err('EACCES', dir), dir)?.exitCode).toBe(6);
  });

  test('anything else stays what it is: a path elsewhere, a missing file, no path, not an fs error', () => {
    expect(storeErrorFromFs(err('EACCES', '/srv/insat-other/insat.json'), dir)).toBeNull();
    expect(storeErrorFromFs(err('ENOENT', `${dir}/insat.json`), dir)).toBeNull();
    expect(storeErrorFromFs(err('EROFS'), dir)).toBeNull();
    expect(storeErrorFromFs(new TypeError('x is undefined'), dir)).toBeNull();
  });
});
