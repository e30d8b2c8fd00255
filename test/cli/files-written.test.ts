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
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from '@jest/globals';
import { writeOutputFile } from '../../src/cli/output-file.js';
import { writePdf } from '../../src/commands/report/output.js';
import { BIN, enrolled, insat, ok, runEnv, tempDataDir, type RunResult } from '../helpers/cli.js';

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

  test('with --force, a symlink at the target is replaced by the file, not written through', () => {
    const base = scratch();
    const victim = join(base, 'victim.txt');
    writeFileSync(victim, 'do not touch');
    const target = join(base, 'export.csv');
    symlinkSync(victim, target);
    expect(() => writeOutputFile(target, 'a,b\n', { force: false })).toThrow(/export\.csv.*--force/);
    writeOutputFile(target, 'a,b\n', { force: true });
    expect(lstatSync(target).isSymbolicLink()).toBe(false);
    expect(readFileSync(target, 'utf8')).toBe('a,b\n');
    expect(readFileSync(victim, 'utf8')).toBe('do not touch');
  });

  test('a failed write leaves no temporary file behind', () => {
    const base = scratch();
    const target = join(base, 'busy');
    mkdirSync(join(target, 'inside'), { recursive: true }); // renaming a file over a non-empty directory fails
    expect(() => writePdf(target, Buffer.from('%PDF-1.3'), true)).toThrow(/cannot write .*busy/);
    expect(readdirSync(base)).toEqual(['busy']);
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
