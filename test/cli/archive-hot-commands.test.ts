// The commands of every day (seats, occupancy, participant show, hours book and the roster) read
// insat.json alone when the day they look at lies on or after its `archive.before` and the person
// they are about is in it — and answer exactly what they answer on the same data kept in one file.
import '../helpers/english.js';
import { beforeAll, describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { historyProgramme } from '../../src/demo/generate.js';
import { splitArchive } from '../../src/model/archive.js';
import { createStore } from '../../src/store/transaction.js';
import { insat, tempDataDir } from '../helpers/cli.js';
import { copyStore } from '../helpers/store-files.js';

const TODAY = '2026-11-25';
const at = { today: TODAY };

let whole: string;
let split: string;
let archived: string;
let current: string;
let applicant: string;

beforeAll(() => {
  const { main, bookings } = historyProgramme(4, TODAY);
  const parts = splitArchive(structuredClone(main), TODAY);
  archived = parts.archive.assignments[0]!.personId;
  current = parts.main.assignments.find((a) => a.start <= TODAY && a.until >= TODAY && !a.exit)!.personId;
  const enrolled = new Set(main.assignments.map((a) => a.personId));
  applicant = main.people.find((p) => !enrolled.has(p.id))!.id;
  whole = tempDataDir('insat-hot-whole-');
  createStore(whole, structuredClone(main), bookings, false);
  split = tempDataDir('insat-hot-split-');
  createStore(split, structuredClone(main), bookings, false, TODAY);
});

/** What a run shows: exit code, stdout and stderr. */
const shown = (dir: string, args: string[]) => {
  const r = insat(dir, args, at);
  return { args: args.join(' '), code: r.code, stdout: r.stdout, stderr: r.stderr };
};

/** The bookings files of a store, name → text. */
const bookingFiles = (dir: string) =>
  Object.fromEntries(
    readdirSync(join(dir, 'bookings')).map((f) => [f, readFileSync(join(dir, 'bookings', f), 'utf8')]),
  );

const READS = () => [
  ['seats'],
  ['seats', '--json'],
  ['seats', '--date', '2023-06-01'],
  ['seats', '--date', '2023-06-01', '--json'],
  ['occupancy', '--week', '2026-W47'],
  ['occupancy', '--week', '2026-W47', '--json'],
  ['occupancy', '--week', '2024-W01', '--json'],
  ['occupancy', '--week', '2023-W20'],
  ['occupancy', '--week', '2023-W20', '--json'],
  ['participant', 'show', current],
  ['participant', 'show', current, '--json'],
  ['participant', 'show', archived],
  ['participant', 'show', archived, '--json'],
  ['participant', 'show', applicant],
  ['participant', 'show', 'p9999'],
];

const WRITES = () => [
  ['hours', 'book', current, '--date', '2026-11-24', '--hours', '3', '--replace', '--json'],
  ['hours', 'book', current, '--date', '2026-11-25', '--hours', '4'],
  ['hours', 'book', current, '--date', '2026-11-26', '--hours', '4'],
  ['hours', 'book', archived, '--date', '2026-11-24', '--hours', '4'],
  ['hours', 'book', archived, '--date', '2023-02-01', '--hours', '4', '--replace', '--json'],
  ['hours', 'book', 'p9999', '--date', '2026-11-24', '--hours', '4'],
  ['hours', 'book', '--area', 'holz', '--date', '2026-11-25', '--as-planned'],
  ['hours', 'book', '--area', 'holz', '--date', '2026-11-23', '--as-planned'],
  ['hours', 'book', '--area', 'kueche', '--date', '2026-11-20', '--as-planned', '--json'],
  ['hours', 'book', '--area', 'holz', '--date', '2023-02-01', '--as-planned'],
  ['hours', 'book', '--area', 'holz', '--date', '2026-11-24', '--as-planned', '--except', `${archived}=4`],
  ['hours', 'book', '--area', 'holz', '--date', '2026-11-24', '--as-planned', '--except', 'p9999=4'],
];

describe('split or whole, the same answers', () => {
  test('the store is split: archived people lie in archive.json only', () => {
    expect(readFileSync(join(split, 'archive.json'), 'utf8')).toContain(`"id": "${archived}"`);
    expect(readFileSync(join(split, 'insat.json'), 'utf8')).not.toContain(`"id": "${archived}"`);
    expect(readFileSync(join(split, 'insat.json'), 'utf8')).toContain(`"id": "${current}"`);
  });

  test('seats, occupancy and participant show, today and before the archive began, text and --json', () => {
    for (const args of READS()) expect(shown(split, args)).toEqual(shown(whole, args));
  });

  test('hours book and the roster: the same answers and the same bookings written', () => {
    const a = copyStore(whole, 'insat-hot-whole-w-');
    const b = copyStore(split, 'insat-hot-split-w-');
    const answers = WRITES().map((args) => [shown(b, args), shown(a, args)]);
    for (const [fromSplit, fromWhole] of answers) expect(fromSplit).toEqual(fromWhole);
    expect(answers.filter(([r]) => r!.code === 0).length).toBeGreaterThanOrEqual(4);
    expect(bookingFiles(b)).toEqual(bookingFiles(a));
  });
});

describe('what they read', () => {
  test('for today and a current person, insat.json alone: a broken archive.json is not even opened', () => {
    const dir = copyStore(split, 'insat-hot-broken-');
    // after the day's first change, which reads archive.json before the day's backup (archive-daily-check)
    expect(shown(dir, ['hours', 'book', current, '--date', '2026-11-20', '--hours', '2', '--replace']).code).toBe(0);
    writeFileSync(join(dir, 'archive.json'), '{ not json');
    for (const args of [
      ['seats'],
      ['occupancy', '--week', '2026-W47'],
      ['participant', 'show', current],
      ['hours', 'book', current, '--date', '2026-11-24', '--hours', '3', '--replace'],
      ['hours', 'book', '--area', 'holz', '--date', '2026-11-23', '--as-planned'],
    ])
      expect({ args, code: shown(dir, args).code }).toEqual({ args, code: 0 });
  });

  test('for a day before the archive began, or a person not in insat.json, archive.json too', () => {
    const dir = copyStore(split, 'insat-hot-broken-');
    writeFileSync(join(dir, 'archive.json'), '{ not json');
    for (const args of [
      ['seats', '--date', '2023-06-01'],
      ['occupancy', '--week', '2023-W20'],
      ['participant', 'show', archived],
      ['participant', 'show', 'p9999'],
      ['hours', 'book', archived, '--date', '2026-11-24', '--hours', '4'],
      ['hours', 'book', '--area', 'holz', '--date', '2023-02-01', '--as-planned'],
      ['hours', 'book', '--area', 'holz', '--date', '2026-11-24', '--as-planned', '--except', `${archived}=4`],
      ['applicant', 'add', '--name', 'Neu Hier', '--birth-date', '1980-01-01', '--referred-by', 'self'],
    ])
      expect({ args, code: shown(dir, args).code }).toEqual({ args, code: 6 });
  });
});
