// Edges of the move to month files: a store of schema 1 with no year files yet, two versions of one
// booking (an older insat wrote the year file), and a reader that meets year files an init --force
// has already replaced.
import { describe, expect, test } from '@jest/globals';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { enrolled, insat, ok, storeBytes, tempDataDir } from '../helpers/cli.js';
import { holdLock, release } from '../helpers/store-files.js';
import { toYearLayout } from '../helpers/year-layout.js';

const schemaOf = (dir: string) =>
  (JSON.parse(readFileSync(join(dir, 'insat.json'), 'utf8')) as { schemaVersion: number }).schemaVersion;

describe('moving to month files', () => {
  test('a schema-1 store without bookings: its first month file raises the main file to schema 2', () => {
    const dir = tempDataDir();
    ok(dir, ['init']);
    const id = enrolled(dir, 'holz', '2026-11-02', '2027-10-31');
    toYearLayout(dir);
    expect(schemaOf(dir)).toBe(1);
    ok(dir, ['hours', 'book', id, '--date', '2026-11-24', '--hours', '4']);
    expect(existsSync(join(dir, 'bookings', '2026-11.json'))).toBe(true);
    expect(schemaOf(dir)).toBe(2);
    ok(dir, ['check']);
  });

  test('a booking in a year file and in a month file with other hours: refused (exit 6), nothing changed', () => {
    const dir = tempDataDir();
    ok(dir, ['init']);
    const id = enrolled(dir, 'holz', '2026-11-02', '2027-10-31');
    ok(dir, ['hours', 'book', id, '--date', '2026-11-24', '--hours', '4']);
    const month = join(dir, 'bookings', '2026-11.json');
    const monthText = readFileSync(month, 'utf8');
    toYearLayout(dir);
    writeFileSync(month, monthText.replace('"minutes": 240', '"minutes": 360'));
    const before = storeBytes(dir);
    const r = insat(dir, ['hours', 'list']);
    expect(r.code).toBe(6);
    expect(r.stderr).toContain(`both hold a booking of ${id} on 2026-11-24, and they differ`);
    expect(storeBytes(dir)).toEqual(before);
  });

  test('a reader beside a busy lock does not read year files that the last committed change removes', async () => {
    const dir = tempDataDir();
    ok(dir, ['init']);
    const id = enrolled(dir, 'holz', '2026-11-02', '2027-10-31');
    ok(dir, ['hours', 'book', id, '--date', '2026-11-24', '--hours', '4']);
    toYearLayout(dir);
    const yearFile = join(dir, 'bookings', '2026.json');
    const kept = `${yearFile}.kept`;
    copyFileSync(yearFile, kept);
    ok(dir, ['init', '--force']);
    // a crash right after init --force committed, before it removed the year file
    copyFileSync(kept, yearFile);
    const holder = await holdLock(dir);
    try {
      const r = ok(dir, ['hours', 'list', '--from', '2026-11-01', '--json']);
      expect(r.json().bookings).toEqual([]);
    } finally {
      await release(holder);
    }
  });
});

test('a booking edited by hand into another month’s file: refused (exit 6), naming the file and the booking', () => {
  const dir = tempDataDir();
  ok(dir, ['init']);
  const id = enrolled(dir, 'holz', '2026-11-02', '2027-10-31');
  ok(dir, ['hours', 'book', id, '--date', '2026-11-24', '--hours', '4']);
  const month = join(dir, 'bookings', '2026-11.json');
  writeFileSync(month, readFileSync(month, 'utf8').replace('"date": "2026-11-24"', '"date": "2026-12-01"'));
  const before = storeBytes(dir);
  const r = insat(dir, ['hours', 'list']);
  expect(r.code).toBe(6);
  expect(r.stderr).toContain(`holds a booking of ${id} on 2026-12-01, outside 2026-11`);
  expect(storeBytes(dir)).toEqual(before);
});

test('the migration keeps the store as it was, year files and all, as backup before-month-files', () => {
  const dir = tempDataDir();
  ok(dir, ['init']);
  const id = enrolled(dir, 'holz', '2026-11-02', '2027-10-31');
  ok(dir, ['hours', 'book', id, '--date', '2026-11-24', '--hours', '4']);
  toYearLayout(dir);
  const yearText = readFileSync(join(dir, 'bookings', '2026.json'), 'utf8');
  const mainText = readFileSync(join(dir, 'insat.json'), 'utf8');
  ok(dir, ['seats']);
  const kept = join(dir, 'backups', 'before-month-files');
  expect(readFileSync(join(kept, 'bookings', '2026.json'), 'utf8')).toBe(yearText);
  expect(readFileSync(join(kept, 'insat.json'), 'utf8')).toBe(mainText);
  expect(existsSync(join(dir, 'bookings', '2026.json'))).toBe(false);
  const names = ok(dir, ['backup', 'list', '--json'])
    .json()
    .backups.map((b: { name: string }) => b.name);
  expect(names).toContain('before-month-files');
});
