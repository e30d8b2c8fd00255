// German tables and summaries name the work areas (Holz, Küche) and the absence codes (krank mit AU)
// in words, as `participant list` does; `csv` keeps the codes scripts rely on. A how-to-fix names the
// German word one types (krank-au).
import { beforeAll, describe, expect, test } from '@jest/globals';
import { enrolled, ok, tempDataDir } from '../helpers/cli.js';

const de = { env: { INSAT_LANG: 'de' } };
let dir: string;
let id: string;

beforeAll(() => {
  dir = tempDataDir('insat-area-words-');
  ok(dir, ['init']);
  id = enrolled(dir, 'kueche', '2026-10-01', '2027-03-31', 20);
  ok(dir, ['hours', 'book', id, '--date', '2026-10-05', '--absent', 'sick-certified']);
  ok(dir, ['hours', 'book', id, '--date', '2026-10-06', '--hours', '4']);
  ok(dir, ['staff', 'add', '--name', 'Gabriele Strotmann', '--role', 'instructor', '--area', 'kueche']);
  ok(dir, ['customer', 'add', '--name', 'Stadt Bochum', '--kind', 'public', '--type', 'Stadt Bochum']);
  ok(dir, ['order', 'add', '--customer', 'c001', '--area', 'kueche', '--title', 'Mittagstisch', '--kind', 'Catering']);
});

describe('the area in words', () => {
  test.each([
    [['caseload']],
    [['order', 'list']],
    [['absences', '--month', '2026-10', '--allow-gaps']],
    [['pay', '--month', '2026-10']],
  ])('%j: Küche in the table and csv-de, kueche in csv', (args) => {
    expect(ok(dir, args, de).stdout).toContain('Küche');
    // (the fixture's name says kueche too: only a cell of its own is the area)
    expect(ok(dir, args, de).stdout).not.toMatch(/│ kueche +│/);
    expect(ok(dir, [...args, '--format', 'csv-de'], de).stdout).toContain(';Küche;');
    expect(ok(dir, [...args, '--format', 'csv'], de).stdout).toMatch(/,kueche,/);
  });

  test('config show: the seats of each area', () => {
    expect(ok(dir, ['config', 'show'], de).stdout).toMatch(/Plätze heute\s+33 \(Holz 12, Küche 11, Gestaltung 10\)/);
  });
});

test('stats: the absence days by their German names', () => {
  expect(ok(dir, ['stats', '--year', '2026'], de).stdout).toMatch(/Fehltage\s+krank ohne AU 0, krank mit AU 1,/);
});

test('due: a missing sick certificate is booked as krank mit AU, typed krank-au', () => {
  ok(dir, ['hours', 'book', id, '--from', '2026-11-16', '--to', '2026-11-19', '--absent', 'sick']);
  expect(ok(dir, ['due'], de).stdout).toContain('nach Eingang als krank mit AU buchen (--absent krank-au --replace)');
});
