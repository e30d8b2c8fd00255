// archive.json holds every person whose stay ended long ago. When insat.json names the split
// (`archive.before`) but archive.json is gone — deleted as an "old archive", or left behind when only
// insat.json was copied — reading on would silently lose those people: `check` said all was well and
// the next change of the main data wrote the store without them for good (and a returning person's
// earlier AGH months with them). A missing archive is refused like a broken one (exit 6, nothing
// changed); a store always has archive.json beside an insat.json that names the split, even an empty one.
import '../helpers/english.js';
import { beforeAll, describe, expect, test } from '@jest/globals';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { historyProgramme } from '../../src/demo/generate.js';
import { splitArchive } from '../../src/model/archive.js';
import { createStore } from '../../src/store/transaction.js';
import { insat, ok, storeBytes, tempDataDir } from '../helpers/cli.js';
import { copyStore } from '../helpers/store-files.js';

const TODAY = '2026-11-25';
const at = { today: TODAY };

let split: string;
let archived: string;
let current: string;

beforeAll(() => {
  const { main, bookings } = historyProgramme(4, TODAY);
  const parts = splitArchive(structuredClone(main), TODAY);
  archived = parts.archive.people[0]!.id;
  current = parts.main.assignments.find((a) => a.start <= TODAY && a.until >= TODAY && !a.exit)!.personId;
  split = tempDataDir('insat-archive-missing-');
  createStore(split, main, bookings, false, TODAY);
  ok(split, ['applicant', 'add', '--name', 'Erste Schreibung', '--birth-date', '1985-03-01', '--referred-by', 'self'], {
    today: '2026-11-24',
  });
});

const refused = (dir: string, args: string[], lang = 'en') => {
  const bytes = storeBytes(dir);
  const r = insat(dir, args, { ...at, env: { INSAT_LANG: lang } });
  expect({ code: r.code, lines: r.stderr.trim().split('\n').length }).toEqual({ code: 6, lines: 1 });
  expect(storeBytes(dir)).toEqual(bytes);
  return r.stderr;
};

describe('insat.json names the split, archive.json is gone', () => {
  test('check, an archived person, a change of the main data: exit 6, naming the file and how to get it back', () => {
    const dir = copyStore(split, 'insat-archive-gone-');
    rmSync(join(dir, 'archive.json'));
    expect(refused(dir, ['check'])).toMatch(/archive\.json is missing, but insat\.json keeps .* — .*backup restore/);
    expect(refused(dir, ['participant', 'show', archived])).toMatch(/archive\.json is missing/);
    expect(
      refused(dir, ['applicant', 'add', '--name', 'X Y', '--birth-date', '1980-01-01', '--referred-by', 'self']),
    ).toMatch(/archive\.json is missing/);
    expect(refused(dir, ['check'], 'de')).toMatch(/archive\.json fehlt/);
  });

  test("the day's first booking meets it before the day's backup", () => {
    const dir = copyStore(split, 'insat-archive-gone-daily-');
    rmSync(join(dir, 'archive.json'));
    expect(refused(dir, ['hours', 'book', current, '--date', '2026-11-24', '--hours', '2', '--replace'])).toMatch(
      /archive\.json is missing/,
    );
  });

  test('a backup without its archive.json is not restored', () => {
    const dir = copyStore(split, 'insat-archive-gone-backup-');
    ok(dir, ['applicant', 'add', '--name', 'Zweite', '--birth-date', '1985-03-01', '--referred-by', 'self'], at);
    rmSync(join(dir, 'backups', TODAY, 'archive.json'));
    expect(refused(dir, ['backup', 'restore', TODAY])).toMatch(/archive\.json is missing/);
  });
});

describe('archive.json is there whenever insat.json names the split', () => {
  test('a new store, and the first split of a store where nobody has ended long ago', () => {
    const fresh = tempDataDir('insat-archive-fresh-');
    ok(fresh, ['init'], at);
    expect(existsSync(join(fresh, 'archive.json'))).toBe(true);
    const young = tempDataDir('insat-archive-young-');
    const { main, bookings } = historyProgramme(1, TODAY);
    createStore(young, main, bookings, false);
    ok(young, ['applicant', 'add', '--name', 'Erste', '--birth-date', '1985-03-01', '--referred-by', 'self'], at);
    expect(JSON.parse(readFileSync(join(young, 'insat.json'), 'utf8')).archive).toEqual({ before: '2024-01-01' });
    expect(JSON.parse(readFileSync(join(young, 'archive.json'), 'utf8')).people).toEqual([]);
    ok(young, ['check'], at);
  });
});
