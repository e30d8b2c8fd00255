// A hand-edited store that breaks the schema is refused on load (exit 6), with the file and the record
// named — never loaded to crash later, run out of memory, or carry unknown data through every write.
import { beforeAll, describe, expect, test } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { enrolled, insat, ok, tempDataDir } from '../helpers/cli.js';
import { copyStore } from '../helpers/store-files.js';

const TODAY = '2026-11-25';
type Main = {
  people: Record<string, unknown>[];
  assignments: Record<string, unknown>[];
  notes: Record<string, unknown>[];
};

let base: string;
let id: string;

beforeAll(() => {
  base = tempDataDir('insat-load-');
  ok(base, ['init'], { today: TODAY });
  id = enrolled(base, 'holz', '2026-11-02', '2027-10-31', 20, { today: TODAY });
  ok(base, ['applicant', 'add', '--name', 'Zweite Person', '--birth-date', '1981-02-03', '--referred-by', 'self'], {
    today: TODAY,
  });
  ok(base, ['hours', 'book', id, '--date', '2026-11-24', '--hours', '4'], { today: TODAY });
});

/** A copy of the store with its main file edited by hand. */
function edited(edit: (main: Main) => void): string {
  const dir = copyStore(base, 'insat-load-edit-');
  const path = join(dir, 'insat.json');
  const main = JSON.parse(readFileSync(path, 'utf8')) as Main;
  edit(main);
  writeFileSync(path, JSON.stringify(main, null, 1));
  return dir;
}

function refused(dir: string, ...expected: string[]): void {
  for (const args of [['participant', 'list', '--all'], ['check']]) {
    const r = insat(dir, args, { today: TODAY });
    expect({ args, code: r.code }).toEqual({ args, code: 6 });
    expect(r.stderr).toContain(join(dir, 'insat.json'));
    for (const e of expected) expect(r.stderr).toContain(e);
  }
}

describe('a hand-edited store is refused on load', () => {
  test('two people with the same id: exit 6 naming the id', () => {
    refused(
      edited((m) => {
        m.people[1]!.id = m.people[0]!.id;
      }),
      `person ${id} appears twice`,
    );
  });

  test('two assignments with the same id', () => {
    refused(
      edited((m) => {
        m.assignments.push({ ...m.assignments[0]! });
      }),
      'appears twice',
    );
  });

  test('the same booking twice in a bookings file: exit 6 naming the file and the booking', () => {
    const dir = copyStore(base, 'insat-load-edit-');
    const path = join(dir, 'bookings', '2026-11.json');
    const year = JSON.parse(readFileSync(path, 'utf8')) as { bookings: unknown[] };
    year.bookings.push(year.bookings[0]);
    writeFileSync(path, JSON.stringify(year));
    const r = insat(dir, ['hours', 'list', '--participant', id], { today: TODAY });
    expect(r.code).toBe(6);
    expect(r.stderr).toContain(path);
    expect(r.stderr).toContain(`booking of ${id} on 2026-11-24 appears twice`);
  });

  test('a name of a million characters is refused, not loaded', () => {
    refused(
      edited((m) => {
        m.people[0]!.name = 'A'.repeat(1_000_000);
      }),
      'people.0.name',
      `(record ${id})`,
      'longer than 200 characters',
    );
  });

  test('a note longer than any input allows', () => {
    refused(
      edited((m) => {
        m.notes.push({
          id: 'n900',
          personId: id,
          date: '2026-11-20',
          text: 'x'.repeat(2001),
          visibility: 'internal',
          author: '',
        });
      }),
      'longer than 2000 characters',
    );
  });

  test('a birth date 1980-13-45 is no calendar day', () => {
    refused(
      edited((m) => {
        m.people[0]!.birthDate = '1980-13-45';
      }),
      'people.0.birthDate',
      'no such calendar day',
    );
  });

  test('an unknown key such as "diagnosis" is refused', () => {
    refused(
      edited((m) => {
        m.people[0]!.diagnosis = 'F10.2';
      }),
      'diagnosis',
    );
  });

  test('the store as insat writes it still loads', () => {
    expect(ok(base, ['check'], { today: TODAY }).code).toBe(0);
  });
});
