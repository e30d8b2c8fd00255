// A change that declares it touches bookings only (hours book, delete, roster, range, import) gets the
// main file's data frozen: a write to it throws and the store stays byte-for-byte as it was, so the
// transaction may skip recording and comparing the main file's text.
import { beforeAll, describe, expect, test } from '@jest/globals';
import { historyProgramme } from '../../src/demo/generate.js';
import type { MainData } from '../../src/model/types.js';
import { createStore, writeStore, type WriteMeta } from '../../src/store/transaction.js';
import { ok, storeBytes, tempDataDir } from '../helpers/cli.js';
import { copyStore } from '../helpers/store-files.js';

const TODAY = '2026-11-25';
let year: string;
const meta = (bookingsOnly: boolean): WriteMeta => ({
  summary: 'test',
  argv: ['test'],
  today: TODAY,
  dryRun: false,
  bookingsOnly,
});

beforeAll(() => {
  year = tempDataDir('insat-bookings-only-');
  const { main, bookings } = historyProgramme(1, TODAY);
  createStore(year, main, bookings, false);
});

describe('a bookings-only change cannot write to the main file', () => {
  const writes: [string, (main: MainData) => void][] = [
    ['a person pushed', (m) => m.people.push({ ...m.people[0]!, id: 'p999' })],
    ['a field of a person changed', (m) => (m.people[0]!.name = 'Someone Else')],
    ['a setting changed', (m) => (m.settings.dailyMaxMinutes = 1)],
    ['a collection replaced', (m) => (m.notes = [])],
    ['an assignment sorted in place', (m) => m.assignments.sort((a, b) => b.id.localeCompare(a.id))],
  ];
  test.each(writes)('%s: throws, nothing is written', async (_what, write) => {
    const dir = copyStore(year, 'insat-bookings-only-write-');
    const before = storeBytes(dir);
    await expect(writeStore(dir, meta(true), (tx) => write(tx.main))).rejects.toThrow(TypeError);
    expect(storeBytes(dir)).toEqual(before);
  });

  test('without the declaration the same write is recorded as a change of the main file', async () => {
    const dir = copyStore(year, 'insat-bookings-only-free-');
    const { changes } = await writeStore(dir, meta(false), (tx) => {
      tx.main.people[0]!.name = 'Someone Else';
    });
    expect(changes.map((c) => [c.file, c.collection])).toEqual([['main', 'people']]);
  });

  test('bookings change as before: the month file and the history record the booking', async () => {
    const dir = copyStore(year, 'insat-bookings-only-book-');
    const { changes } = await writeStore(dir, meta(true), async (tx) => {
      const nov = await tx.bookingsOfMonth('2026-11');
      nov.splice(0, 1);
    });
    expect(changes).toHaveLength(1);
    expect(changes[0]!.file).toBe('bookings/2026-11');
    expect(changes[0]!.after).toBeNull();
    expect(ok(dir, ['check'], { today: TODAY }).code).toBe(0);
  });
});
