// Bookings lie in one file per calendar month (bookings/YYYY-MM.json): a command reads only the months
// it needs, and a booking rewrites only its own month's file.
import { beforeAll, describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { historyProgramme } from '../../src/demo/generate.js';
import { Store } from '../../src/store/store.js';
import { createStore } from '../../src/store/transaction.js';
import { enrolled, insat, ok, storeBytes, tempDataDir } from '../helpers/cli.js';
import { copyStore } from '../helpers/store-files.js';

const TODAY = '2026-11-25';
let year: string;

beforeAll(() => {
  year = tempDataDir('insat-months-');
  const { main, bookings } = historyProgramme(1, TODAY);
  createStore(year, main, bookings, false);
});

const lastHistory = (dir: string) =>
  JSON.parse(readFileSync(join(dir, 'history.jsonl'), 'utf8').trim().split('\n').at(-1)!) as {
    changes: { file: string }[];
  };

describe('the layout: one file per month', () => {
  test('each bookings file holds the bookings of its month, with the month named inside', () => {
    const names = readdirSync(join(year, 'bookings')).sort();
    expect(names.length).toBeGreaterThanOrEqual(12);
    for (const n of names) {
      expect(n).toMatch(/^\d{4}-(0[1-9]|1[0-2])\.json$/);
      const file = JSON.parse(readFileSync(join(year, 'bookings', n), 'utf8')) as {
        schemaVersion: number;
        month: string;
        bookings: { date: string }[];
      };
      expect(file.schemaVersion).toBe(2);
      expect(file.month).toBe(n.slice(0, 7));
      expect(file.bookings.every((b) => b.date.startsWith(file.month))).toBe(true);
    }
    expect(JSON.parse(readFileSync(join(year, 'insat.json'), 'utf8')).schemaVersion).toBe(3);
  });

  test('a month file that names another month is refused on load (exit 6), naming the file', () => {
    const dir = copyStore(year, 'insat-months-wrong-');
    const path = join(dir, 'bookings', '2026-11.json');
    const file = JSON.parse(readFileSync(path, 'utf8')) as { month: string };
    writeFileSync(path, JSON.stringify({ ...file, month: '2026-10' }));
    const r = insat(dir, ['check'], { today: TODAY });
    expect(r.code).toBe(6);
    expect(r.stderr).toContain(path);
    expect(r.stderr).toContain('2026-10');
  });
});

describe('reading only the months needed', () => {
  test('a week in November reads November only: a damaged older month does not stop it, check finds it', async () => {
    const dir = copyStore(year, 'insat-months-damaged-');
    const first = readdirSync(join(dir, 'bookings')).sort()[0]!;
    writeFileSync(join(dir, 'bookings', first), '{"schemaVersion":2,"month":');
    expect(insat(dir, ['occupancy', '--week', '2026-W47'], { today: TODAY }).code).toBe(0);
    const store = await Store.open(dir);
    const intact = await Store.open(year);
    expect(await store.bookingsBetween('2026-11-16', '2026-11-22')).toEqual(
      (await intact.allBookings()).filter((b) => b.date >= '2026-11-16' && b.date <= '2026-11-22'),
    );
    const r = insat(dir, ['check'], { today: TODAY });
    expect(r.code).toBe(6);
    expect(r.stderr).toContain(join(dir, 'bookings', first));
  });

  test('the bookings of a year are those of its months', async () => {
    const store = await Store.open(year);
    const all = await store.allBookings();
    expect(await store.bookingsOfYear(2026)).toEqual(all.filter((b) => b.date.startsWith('2026')));
    expect(await store.bookingsOfMonth('2026-10')).toEqual(all.filter((b) => b.date.startsWith('2026-10')));
    expect(store.bookingYears()).toEqual([2025, 2026]);
  });
});

describe('a booking writes one month file', () => {
  let dir: string;
  let id: string;
  const opts = { today: TODAY };

  beforeAll(() => {
    dir = tempDataDir('insat-months-book-');
    ok(dir, ['init'], opts);
    id = enrolled(dir, 'holz', '2026-09-01', '2027-08-31', 20, opts);
    for (const day of ['2026-09-15', '2026-10-13', '2026-11-17'])
      ok(dir, ['hours', 'book', id, '--date', day, '--hours', '4'], opts);
  });

  test('only the month of the day is replaced, and the history names that month', () => {
    const inode = (m: string) => statSync(join(dir, 'bookings', `${m}.json`)).ino;
    const before = { sep: inode('2026-09'), oct: inode('2026-10'), nov: inode('2026-11') };
    ok(dir, ['hours', 'book', id, '--date', '2026-11-24', '--hours', '4'], opts);
    expect({ sep: inode('2026-09'), oct: inode('2026-10') }).toEqual({ sep: before.sep, oct: before.oct });
    expect(inode('2026-11')).not.toBe(before.nov);
    expect(lastHistory(dir).changes.map((c) => c.file)).toEqual(['bookings/2026-11']);
    const nov = JSON.parse(readFileSync(join(dir, 'bookings', '2026-11.json'), 'utf8')) as { bookings: unknown[] };
    expect(nov.bookings).toHaveLength(2);
  });

  test('delete and undo change the month of the day', () => {
    ok(dir, ['hours', 'delete', id, '--date', '2026-10-13'], opts);
    const oct = () => JSON.parse(readFileSync(join(dir, 'bookings', '2026-10.json'), 'utf8')).bookings as unknown[];
    expect(oct()).toHaveLength(0);
    ok(dir, ['undo'], opts);
    expect(oct()).toHaveLength(1);
  });

  test('the weekly hours count across a month boundary (a week from September into October)', () => {
    for (const day of ['2026-09-28', '2026-09-29', '2026-09-30'])
      ok(dir, ['hours', 'book', id, '--date', day, '--hours', '6'], opts);
    const before = storeBytes(dir);
    const r = insat(dir, ['hours', 'book', id, '--date', '2026-10-01', '--hours', '6'], opts);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/2026-09-28|week/);
    expect(storeBytes(dir)).toEqual(before);
  });
});
