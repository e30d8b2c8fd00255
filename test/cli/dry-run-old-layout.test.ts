// A dry run changes nothing, also on a store from before month files (bookings/YYYY.json): it reads
// the bookings the migration would move instead of migrating, and answers exactly what the command
// answers on the migrated store — the same lines, the same refusals, the same exit code.
import { beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { insat, ok, storeBytes, tempDataDir, type RunResult } from '../helpers/cli.js';
import { copyStore } from '../helpers/store-files.js';
import { bookingFiles, toYearLayout } from '../helpers/year-layout.js';

const TODAY = '2026-11-25';
const opts = { today: TODAY };

/** The same store as an insat before month files left it: bookings in 2025.json and 2026.json. */
let old: string;
let id: string;
let backup: string;

beforeAll(() => {
  const made = tempDataDir('insat-dry-old-');
  ok(made, ['init'], opts);
  const person = ['--name', 'Person holz 2025-12-01', '--birth-date', '1980-05-01', '--referred-by', 'jobcenter'];
  id = ok(made, ['applicant', 'add', ...person, '--contact-date', '2025-10-01', '--json'], opts).json().id as string;
  ok(made, ['applicant', 'schedule', id, '--info-date', '2025-10-08'], opts);
  ok(made, ['applicant', 'attended', id], opts);
  ok(made, ['applicant', 'decide', id, '--suitable', '--by', 'Frau Schulte', '--date', '2025-10-20'], opts);
  ok(
    made,
    ['enrol', id, '--area', 'holz', '--start', '2025-12-01', '--until', '2026-11-30', '--hours-per-week', '20'],
    opts,
  );
  for (const day of ['2025-12-02', '2025-12-03', '2026-11-17', '2026-11-18'])
    ok(made, ['hours', 'book', id, '--date', day, '--hours', '4'], opts);
  old = copyStore(made, 'insat-dry-old-layout-');
  toYearLayout(old);
  backup = readdirSync(join(old, 'backups'))[0]!;
});

/** A copy of the old store that a read-only command has migrated, as every real run would first. */
function migratedCopy(): string {
  const dir = copyStore(old, 'insat-dry-migrated-');
  ok(dir, ['check'], opts);
  expect(bookingFiles(dir)).toEqual(['2025-12.json', '2026-11.json']);
  return dir;
}

function answer(r: RunResult): { code: number; stdout: string; stderr: string } {
  return { code: r.code, stdout: r.stdout, stderr: r.stderr };
}

const timesheet = () => {
  const file = join(mkdtempSync(join(tmpdir(), 'insat-dry-csv-')), 'stunden.csv');
  writeFileSync(file, `participant,date,hours\n${id},2026-11-19,4\n${id},2026-11-20,3\n`);
  return file;
};

/** Write commands with --dry-run: those that change bookings, the main file or both, refusals among them. */
const commands: [string, () => string[]][] = [
  ['hours book on a free day', () => ['hours', 'book', id, '--date', '2026-11-19', '--hours', '4']],
  [
    'hours book on a day booked in a year file (refused)',
    () => ['hours', 'book', id, '--date', '2025-12-02', '--hours', '5'],
  ],
  [
    'hours book --replace of a year file booking',
    () => ['hours', 'book', id, '--date', '2025-12-02', '--hours', '5', '--replace'],
  ],
  ['hours delete of a year file booking', () => ['hours', 'delete', id, '--date', '2025-12-03']],
  ['hours import', () => ['hours', 'import', timesheet()]],
  ['participant extend', () => ['participant', 'extend', id, '--until', '2027-03-31']],
  [
    'participant edit (reads the store before it changes it)',
    () => ['participant', 'edit', id, '--jobcenter-ref', 'AZ-7'],
  ],
  [
    'participant exit before booked days (refused)',
    () => ['participant', 'exit', id, '--date', '2025-12-01', '--reason', 'job'],
  ],
  ['config set', () => ['config', 'set', 'bookingGraceDays', '7']],
  ['undo', () => ['undo']],
  ['backup restore', () => ['backup', 'restore', backup]],
];

describe('--dry-run on a store with bookings year files', () => {
  test.each(commands)('%s: no file changes, and the answer is the one of the migrated store', (_what, args) => {
    const dir = copyStore(old, 'insat-dry-run-');
    const before = storeBytes(dir);
    const dry = insat(dir, [...args(), '--dry-run'], opts);
    expect(storeBytes(dir)).toEqual(before);
    expect(bookingFiles(dir)).toEqual(['2025.json', '2026.json']);
    expect(answer(dry)).toEqual(answer(insat(migratedCopy(), [...args(), '--dry-run'], opts)));
  });

  test.each([
    ['hours book', () => ['hours', 'book', id, '--date', '2026-11-19', '--hours', '4']],
    ['hours book --replace', () => ['hours', 'book', id, '--date', '2025-12-02', '--hours', '5', '--replace']],
    ['participant extend', () => ['participant', 'extend', id, '--until', '2027-03-31']],
  ] as [string, () => string[]][])('%s --json: the document of the real run on a copy', (_what, args) => {
    const dir = copyStore(old, 'insat-dry-run-json-');
    const before = storeBytes(dir);
    const dry = ok(dir, [...args(), '--dry-run', '--json'], opts).json() as Record<string, unknown>;
    expect(storeBytes(dir)).toEqual(before);
    const real = ok(copyStore(old, 'insat-real-run-'), [...args(), '--json'], opts).json() as Record<string, unknown>;
    expect({ ...dry, dryRun: undefined }).toEqual({ ...real, dryRun: undefined });
  });

  test('the real run after the dry run migrates the store and does what the dry run said', () => {
    const dir = copyStore(old, 'insat-dry-then-real-');
    ok(dir, ['hours', 'book', id, '--date', '2026-11-19', '--hours', '4', '--dry-run'], opts);
    ok(dir, ['hours', 'book', id, '--date', '2026-11-19', '--hours', '4'], opts);
    expect(bookingFiles(dir)).toEqual(['2025-12.json', '2026-11.json']);
    const list = ok(dir, ['hours', 'list', '--participant', id, '--format', 'json'], opts).json() as {
      bookings?: { date: string }[];
    };
    expect(JSON.stringify(list)).toContain('2026-11-19');
  });

  test('two versions of one booking (a month file copied beside the year file) are refused as by the real run', () => {
    const conflicted = (prefix: string) => {
      const dir = copyStore(old, prefix);
      const month = {
        schemaVersion: 2,
        month: '2025-12',
        bookings: [{ participantId: id, date: '2025-12-02', minutes: 300 }],
      };
      writeFileSync(join(dir, 'bookings', '2025-12.json'), JSON.stringify(month, null, 1) + '\n');
      return dir;
    };
    const args = ['hours', 'book', id, '--date', '2026-11-19', '--hours', '4'];
    const dir = conflicted('insat-dry-conflict-');
    const before = storeBytes(dir);
    const dry = insat(dir, [...args, '--dry-run'], opts);
    expect(storeBytes(dir)).toEqual(before);
    const realDir = conflicted('insat-real-conflict-');
    const real = insat(realDir, args, opts);
    expect(real.code).toBe(6);
    expect(dry.code).toBe(real.code);
    expect(dry.stderr.replaceAll(dir, 'DIR')).toEqual(real.stderr.replaceAll(realDir, 'DIR'));
  });
});
