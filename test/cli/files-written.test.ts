// Files insat writes for people (PDF reports, exports with --out) hold names and Jobcenter
// numbers: 0600 in directories created 0700 whatever the umask, written through an exclusive
// temporary file that a prepared symlink cannot redirect, and never replacing a file without --force.
import '../helpers/english.js';
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, test } from '@jest/globals';
import { writeOutputFile } from '../../src/cli/output-file.js';
import { writePdf } from '../../src/commands/report/output.js';
import { BIN, enrolled, insat, ok, ROOT, runEnv, tempDataDir, type RunResult } from '../helpers/cli.js';

let dir: string;
let first: string;
let second: string;

beforeAll(() => {
  dir = tempDataDir('insat-files-');
  ok(dir, ['init']);
  first = enrolled(dir, 'holz', '2026-02-01', '2027-01-31', 20);
  second = enrolled(dir, 'kueche', '2026-03-02', '2027-03-01', 25);
});

const mode = (path: string) => statSync(path).mode & 0o777;
const scratch = () => mkdtempSync(join(tmpdir(), 'insat-out-'));

/**
 * Runs insat with the given umask. The umask is the process's (all its threads share it), and the
 * in-process run is synchronous: set for that one run, it is what insat meets, as under a shell's
 * `umask`, and nothing else of this process creates files meanwhile. A file created without a mode
 * of its own shows that it is in force.
 */
function underUmask(umask: string, args: string[]): RunResult {
  const mask = parseInt(umask, 8);
  const probe = join(scratch(), 'probe');
  const before = process.umask(mask);
  try {
    writeFileSync(probe, '');
    expect(mode(probe)).toBe(0o666 & ~mask);
    return insat(dir, args);
  } finally {
    process.umask(before);
  }
}

describe.each(['022', '000'])('at umask %s', (umask) => {
  test('a PDF into a new --out DIR/ is 0600, every directory created 0700', () => {
    const base = scratch();
    const target = join(base, 'berichte', '2026');
    const r = underUmask(umask, ['report', 'attendance', '--month', '2026-10', '--out', `${target}/`]);
    expect(r).toMatchObject({ code: 0 });
    expect(mode(join(base, 'berichte'))).toBe(0o700);
    expect(mode(target)).toBe(0o700);
    expect(readdirSync(target)).toEqual(['Anwesenheitsliste_2026-10.pdf']);
    expect(mode(join(target, 'Anwesenheitsliste_2026-10.pdf'))).toBe(0o600);
  });

  test('a PDF to a named --out file and a batch of progress reports are 0600', () => {
    const base = scratch();
    expect(underUmask(umask, ['report', 'progress', first, '--out', join(base, 'bericht.pdf')])).toMatchObject({
      code: 0,
    });
    expect(mode(join(base, 'bericht.pdf'))).toBe(0o600);
    expect(underUmask(umask, ['report', 'progress', '--out', join(base, 'alle') + '/'])).toMatchObject({ code: 0 });
    expect(mode(join(base, 'alle'))).toBe(0o700);
    const files = readdirSync(join(base, 'alle'));
    expect(files).toHaveLength(2);
    for (const f of files) expect(mode(join(base, 'alle', f))).toBe(0o600);
  });

  test.each(['csv', 'csv-de', 'json'])(
    'export participants --format %s --out FILE is 0600 and holds the export',
    (format) => {
      const file = join(scratch(), `teilnehmende.${format}`);
      const r = underUmask(umask, ['export', 'participants', '--format', format, '--out', file]);
      expect(r).toMatchObject({ code: 0 });
      expect(r.stdout).toContain(file);
      expect(mode(file)).toBe(0o600);
      expect(readFileSync(file, 'utf8')).toBe(insat(dir, ['export', 'participants', '--format', format]).stdout);
    },
  );
});

describe('an existing file is replaced only with --force', () => {
  test('report progress --out FILE onto an existing file: exit 2 naming it, the file untouched; --force replaces it', () => {
    const file = join(scratch(), 'bericht.pdf');
    writeFileSync(file, 'mein Dokument');
    const r = insat(dir, ['report', 'progress', first, '--out', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^error: .*${file.replace(/[.]/g, '\\.')}.* — .*--force`));
    expect(readFileSync(file, 'utf8')).toBe('mein Dokument');
    ok(dir, ['report', 'progress', first, '--out', file, '--force']);
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    expect(mode(file)).toBe(0o600);
  });

  test('a batch names every file it would replace and writes none', () => {
    const out = scratch();
    ok(dir, ['report', 'progress', '--out', `${out}/`]);
    const files = readdirSync(out).sort();
    expect(files).toHaveLength(2);
    for (const f of files) writeFileSync(join(out, f), 'alt');
    const r = insat(dir, ['report', 'progress', '--out', `${out}/`]);
    expect(r.code).toBe(2);
    for (const f of files) expect(r.stderr).toContain(f);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    for (const f of files) expect(readFileSync(join(out, f), 'utf8')).toBe('alt');
    ok(dir, ['report', 'progress', '--out', `${out}/`, '--force']);
    for (const f of files) expect(readFileSync(join(out, f), 'utf8')).not.toBe('alt');
  });

  test('a batch where only some files exist writes none of them', () => {
    const out = scratch();
    const name = `Verlaufsbericht_${second}_2026-11-24.pdf`;
    writeFileSync(join(out, name), 'alt');
    const r = insat(dir, ['report', 'progress', '--out', `${out}/`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(name);
    expect(readdirSync(out)).toEqual([name]);
  });

  test('export --out onto an existing file: exit 2, untouched; --force replaces it', () => {
    const file = join(scratch(), 'export.csv');
    writeFileSync(file, 'alt');
    const r = insat(dir, ['export', 'participants', '--out', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(file);
    expect(readFileSync(file, 'utf8')).toBe('alt');
    ok(dir, ['export', 'participants', '--out', file, '--force']);
    expect(readFileSync(file, 'utf8')).toMatch(/^id,name,/);
  });

  test('the default file name in the current directory is not replaced either', () => {
    const cwd = scratch();
    writeFileSync(join(cwd, 'Anwesenheitsliste_2026-10.pdf'), 'alt');
    // A process of its own: a worker thread keeps the current directory it first saw.
    const r = spawnSync(process.execPath, [BIN, '--data', dir, 'report', 'attendance', '--month', '2026-10'], {
      cwd,
      encoding: 'utf8',
      env: runEnv({}),
    });
    expect(r.status).toBe(2);
    expect(readFileSync(join(cwd, 'Anwesenheitsliste_2026-10.pdf'), 'utf8')).toBe('alt');
  });
});

describe('temporary files cannot be turned against the writer', () => {
  test('a symlink at the old predictable temporary name does not redirect the write', () => {
    const base = scratch();
    const victim = join(base, 'victim.txt');
    writeFileSync(victim, 'do not touch');
    const target = join(base, 'report.pdf');
    symlinkSync(victim, `${target}.${process.pid}.tmp`);
    writePdf(target, Buffer.from('%PDF-1.3 new'), false);
    expect(readFileSync(victim, 'utf8')).toBe('do not touch');
    expect(readFileSync(target, 'utf8')).toBe('%PDF-1.3 new');
    expect(lstatSync(`${target}.${process.pid}.tmp`).isSymbolicLink()).toBe(true);
  });

  test('a symlink at the target is refused, also with --force: neither written through nor replaced', () => {
    const base = scratch();
    const victim = join(base, 'victim.txt');
    writeFileSync(victim, 'do not touch');
    const target = join(base, 'export.csv');
    symlinkSync(victim, target);
    for (const force of [false, true]) {
      expect(() => writeOutputFile(target, 'a,b\n', { force })).toThrow(/export\.csv is a symbolic link/);
    }
    expect(lstatSync(target).isSymbolicLink()).toBe(true);
    expect(readFileSync(victim, 'utf8')).toBe('do not touch');
    expect(readdirSync(base).sort()).toEqual(['export.csv', 'victim.txt']);
  });

  test('a failed write leaves no temporary file behind', () => {
    // The move into place fails as on a full disk (test/fixtures/kill-at.mjs fails that call in a process of its own).
    const base = scratch();
    const target = join(base, 'export.csv');
    const trace = join(scratch(), 'trace');
    const preload = `--import=${pathToFileURL(join(ROOT, 'test', 'fixtures', 'kill-at.mjs')).href}`;
    ok(dir, ['export', 'participants', '--out', target], { env: { NODE_OPTIONS: preload, INSAT_KILL_TRACE: trace } });
    const calls = readFileSync(trace, 'utf8').trimEnd().split('\n');
    const move = calls.findIndex((c) => /\t(linkSync|renameSync)\t/.test(c)) + 1;
    expect(move).toBeGreaterThan(1);
    rmSync(target);
    const r = insat(dir, ['export', 'participants', '--out', target], {
      env: { NODE_OPTIONS: preload, INSAT_FAIL_AT: String(move) },
    });
    expect({ code: r.code, stderr: r.stderr }).toEqual({
      code: 2,
      stderr: `error: cannot write ${target}: ENOSPC — free some disk space\n`,
    });
    expect(readdirSync(base)).toEqual([]);
  });

  test("a killed writer's leftover temporary file is removed by the next write of that file", () => {
    const base = scratch();
    const target = join(base, 'export.csv');
    const leftover = join(base, '.export.csv.999999999-0123456789abcdef.tmp'); // no process has that id
    writeFileSync(leftover, 'half');
    writeOutputFile(target, 'whole\n', { force: false });
    expect(existsSync(leftover)).toBe(false);
    expect(readdirSync(base)).toEqual(['export.csv']);
  });
});

/** A named pipe and, where this user may make one, a character device like /dev/null (1,3) — both made here, never /dev's own. */
function specialFiles(base: string): { path: string; kind: RegExp }[] {
  const out: { path: string; kind: RegExp }[] = [];
  const fifo = join(base, 'pipe.pdf');
  expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
  out.push({ path: fifo, kind: /named pipe \(FIFO\)/ });
  const device = join(base, 'null.pdf');
  if (spawnSync('mknod', [device, 'c', '1', '3']).status === 0) out.push({ path: device, kind: /device file/ });
  return out;
}

describe('only a regular file is ever replaced', () => {
  const refused = (r: RunResult, path: string, kind: RegExp) => {
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^error: ${path.replace(/[.]/g, '\\.')} is `));
    expect(r.stderr).toMatch(kind);
    expect(r.stderr).toContain('also with --force');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  };
  const untouched = (path: string) => {
    const st = lstatSync(path);
    expect(st.isFIFO() || st.isCharacterDevice()).toBe(true);
  };

  test('export --out onto a named pipe or a device: exit 2 naming it, with or without --force; it stays what it was', () => {
    const base = scratch();
    for (const { path, kind } of specialFiles(base)) {
      for (const force of [[], ['--force']]) {
        refused(insat(dir, ['export', 'hours', '--out', path, ...force]), path, kind);
        untouched(path);
      }
    }
  });

  test('report PDFs onto a named pipe or a device, a file or a batch: refused before anything is written', () => {
    const base = scratch();
    for (const { path, kind } of specialFiles(base)) {
      refused(insat(dir, ['report', 'progress', first, '--out', path, '--force']), path, kind);
      refused(insat(dir, ['report', 'vacancy', '--out', path, '--force']), path, kind);
      untouched(path);
    }
    const batch = scratch();
    const name = `Verlaufsbericht_${second}_2026-11-24.pdf`;
    expect(spawnSync('mkfifo', [join(batch, name)]).status).toBe(0);
    const r = insat(dir, ['report', 'progress', '--out', `${batch}/`, '--force']);
    refused(r, join(batch, name), /named pipe/);
    expect(readdirSync(batch)).toEqual([name]);
  });

  test('a directory where a batch would put a PDF is named as one, also with --force', () => {
    const batch = scratch();
    const name = `Verlaufsbericht_${second}_2026-11-24.pdf`;
    mkdirSync(join(batch, name));
    const r = insat(dir, ['report', 'progress', '--out', `${batch}/`, '--force']);
    refused(r, join(batch, name), /is a directory, not a regular file/);
    expect(readdirSync(batch)).toEqual([name]);
  });
});

describe('an --out path through a file', () => {
  test.each([
    ['report', 'vacancy'],
    ['report', 'absences', '--month', '2026-10', '--allow-gaps'],
    ['report', 'attendance', '--month', '2026-10'],
    ['report', 'progress'],
  ])('%s %s --out FILE/: exit 2 naming the file, which stays as it was', (...args) => {
    const file = join(scratch(), 'F');
    writeFileSync(file, 'keep');
    for (const out of [`${file}/`, `${file}/sub/`]) {
      const r = insat(dir, [...args, '--out', out]);
      expect({ code: r.code, lastLine: r.stderr.trimEnd().split('\n').at(-1) }).toEqual({
        code: 2,
        lastLine: `error: --out '${out}': ${file} is a file, not a directory — give a directory that exists or can be created, or a file name in one`,
      });
    }
    expect(readFileSync(file, 'utf8')).toBe('keep');
  });

  test('report groups --out FILE/: exit 2 naming the file', () => {
    const store = tempDataDir('insat-files-groups-');
    ok(store, ['init']);
    enrolled(store, 'holz', '2026-10-01', '2027-03-31', 20);
    ok(store, [
      'group',
      'add',
      '--date',
      '2026-10-13',
      '--topic',
      'Bewerbung',
      '--kind',
      'lesson',
      '--from',
      '10:00',
      '--to',
      '12:00',
      '--led-by',
      'Frau Kaya',
      '--area',
      'all',
    ]);
    const file = join(scratch(), 'F');
    writeFileSync(file, 'keep');
    const r = insat(store, ['report', 'groups', '--month', '2026-10', '--out', `${file}/`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `error: --out '${file}/': ${file} is a file, not a directory — give a directory that exists or can be created, or a file name in one\n`,
    );
    expect(readFileSync(file, 'utf8')).toBe('keep');
  });

  test('export and report --out FILE/name: exit 2 naming the file', () => {
    const file = join(scratch(), 'F');
    writeFileSync(file, 'keep');
    for (const args of [
      ['export', 'hours', '--out', `${file}/x.csv`],
      ['report', 'vacancy', '--out', `${file}/x.pdf`],
      ['export', 'hours', '--out', `${file}/sub/x.csv`],
    ]) {
      const r = insat(dir, args);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`^error: --out '.*': ${file} is a file, not a directory — .*\n$`));
    }
  });
});
