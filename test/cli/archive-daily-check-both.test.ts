// The day's first change reads archive.json before the day's backup (archive-daily-check.test.ts). A
// record that insat.json holds too breaks the store as much as a torn file: every command that reads
// the archive refuses it, so the first change of the day must refuse it as well — else the daily
// backups fill with copies of a store that `check` and every report reject.
import { beforeAll, describe, expect, test } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { historyProgramme } from '../../src/demo/generate.js';
import { splitArchive } from '../../src/model/archive.js';
import { createStore } from '../../src/store/transaction.js';
import { insat, storeBytes, tempDataDir } from '../helpers/cli.js';
import { copyStore } from '../helpers/store-files.js';

const TODAY = '2026-11-25';

let split: string;
let current: string;

beforeAll(() => {
  const { main, bookings } = historyProgramme(4, TODAY);
  current = splitArchive(structuredClone(main), TODAY).main.assignments.find(
    (a) => a.start <= TODAY && a.until >= TODAY && !a.exit,
  )!.personId;
  split = tempDataDir('insat-daily-both-');
  createStore(split, main, bookings, false, TODAY);
});

const json = (dir: string, file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8'));

describe("the day's first change and a record in both files", () => {
  test('a current person copied into archive.json: the booking is refused, exit 6, one line, nothing changed', () => {
    const dir = copyStore(split, 'insat-daily-both-person-');
    const archive = json(dir, 'archive.json');
    const person = json(dir, 'insat.json').people.find((p: { id: string }) => p.id === current);
    writeFileSync(join(dir, 'archive.json'), JSON.stringify({ ...archive, people: [...archive.people, person] }));
    const before = storeBytes(dir);
    const r = insat(dir, ['hours', 'book', current, '--date', '2026-11-24', '--hours', '2', '--replace'], {
      today: TODAY,
    });
    expect(r.code).toBe(6);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(`archive.json holds person ${current}, which insat.json holds too — keep one of them`);
    expect(storeBytes(dir)).toEqual(before);
  });

  test('the roster meets it too, and German says it in German', () => {
    const dir = copyStore(split, 'insat-daily-both-roster-');
    const archive = json(dir, 'archive.json');
    const note = json(dir, 'insat.json').notes[0];
    writeFileSync(join(dir, 'archive.json'), JSON.stringify({ ...archive, notes: [...archive.notes, note] }));
    const before = storeBytes(dir);
    const r = insat(dir, ['hours', 'book', '--area', 'holz', '--date', TODAY, '--as-planned'], {
      today: TODAY,
      env: { INSAT_LANG: 'de' },
    });
    expect(r.code).toBe(6);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(`und insat.json enthalten beide`);
    expect(storeBytes(dir)).toEqual(before);
  });
});
