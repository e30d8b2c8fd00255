// The commands of every day leave archive.json unread, so a broken one could go unnoticed until the
// 14 daily backups held only broken copies. The day's first change reads it before the day's backup:
// a broken archive is refused (exit 6, nothing changed) while yesterday's backup still holds a good one.
import { beforeAll, describe, expect, test } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { historyProgramme } from '../../src/demo/generate.js';
import { splitArchive } from '../../src/model/archive.js';
import { createStore } from '../../src/store/transaction.js';
import { insat, storeBytes, tempDataDir } from '../helpers/cli.js';
import { copyStore } from '../helpers/store-files.js';

const TODAY = '2026-11-25';
const TOMORROW = '2026-11-26';

let split: string;
let current: string;

beforeAll(() => {
  const { main, bookings } = historyProgramme(4, TODAY);
  current = splitArchive(structuredClone(main), TODAY).main.assignments.find(
    (a) => a.start <= TODAY && a.until >= TOMORROW && !a.exit,
  )!.personId;
  split = tempDataDir('insat-daily-check-');
  createStore(split, main, bookings, false, TODAY);
});

const book = (dir: string, today: string, date: string) =>
  insat(dir, ['hours', 'book', current, '--date', date, '--hours', '2', '--replace'], { today });

describe("the day's first change reads archive.json", () => {
  test('a sound archive: the change is made, and the day’s backup holds the same archive.json', () => {
    const dir = copyStore(split, 'insat-daily-sound-');
    expect(book(dir, TODAY, '2026-11-24').code).toBe(0);
    expect(readFileSync(join(dir, 'backups', TODAY, 'archive.json'), 'utf8')).toBe(
      readFileSync(join(dir, 'archive.json'), 'utf8'),
    );
  });

  test('a broken archive: the first change of the day is refused, exit 6, the store unchanged', () => {
    const dir = copyStore(split, 'insat-daily-broken-');
    writeFileSync(join(dir, 'archive.json'), '{ not json');
    const before = storeBytes(dir);
    const r = book(dir, TODAY, '2026-11-24');
    expect(r.code).toBe(6);
    expect(r.stderr).toMatch(/archive\.json is not valid JSON.*backup restore/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(storeBytes(dir)).toEqual(before);
  });

  test('a dry run of that first change is refused the same way: it answers what the real run would', () => {
    const dir = copyStore(split, 'insat-daily-dry-');
    writeFileSync(join(dir, 'archive.json'), '{ not json');
    const before = storeBytes(dir);
    const r = insat(dir, ['hours', 'book', current, '--date', '2026-11-24', '--hours', '2', '--replace', '--dry-run'], {
      today: TODAY,
    });
    expect(r.code).toBe(6);
    expect(storeBytes(dir)).toEqual(before);
  });

  test('broken after the day’s backup: later changes that day go on; the next day’s first is refused', () => {
    const dir = copyStore(split, 'insat-daily-later-');
    expect(book(dir, TODAY, '2026-11-23').code).toBe(0);
    writeFileSync(join(dir, 'archive.json'), '{ not json');
    expect(book(dir, TODAY, '2026-11-24').code).toBe(0);
    const r = book(dir, TOMORROW, '2026-11-25');
    expect(r.code).toBe(6);
    // the backup of the day before still holds the good archive: it is a copy, not a link that an
    // edit in place (as here) would change with it
    expect(() => JSON.parse(readFileSync(join(dir, 'backups', TODAY, 'archive.json'), 'utf8'))).not.toThrow();
    // reading today's seats does not need the archive
    expect(insat(dir, ['seats'], { today: TOMORROW }).code).toBe(0);
  });
});
