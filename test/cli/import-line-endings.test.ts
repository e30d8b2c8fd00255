// A timesheet saved by several tools in turn can mix CRLF and LF line endings: every row counts.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from '@jest/globals';
import { enrolled, ok, tempDataDir } from '../helpers/cli.js';

let dir: string;
let p1: string;
let p2: string;

beforeAll(() => {
  dir = tempDataDir('insat-eol-');
  ok(dir, ['init']);
  p1 = enrolled(dir, 'holz', '2026-11-02', '2027-10-31', 20);
  p2 = enrolled(dir, 'kueche', '2026-11-02', '2027-10-31', 20);
});

function sheet(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'insat-eol-sheet-')), 'stunden.csv');
  writeFileSync(file, text);
  return file;
}

describe('hours import with mixed line endings', () => {
  test.each([
    ['CRLF first, then LF', (r: string[]) => `${r[0]}\r\n${r[1]}\r\n${r[2]}\n${r[3]}\n`],
    ['LF first, then CRLF', (r: string[]) => `${r[0]}\n${r[1]}\n${r[2]}\r\n${r[3]}\r\n`],
    [
      'alternating, German Excel with BOM',
      (r: string[]) =>
        `\ufeff${r[0]!.replaceAll(',', ';')}\r\n${r[1]!.replaceAll(',', ';')}\n${r[2]!.replaceAll(',', ';')}\r\n${r[3]!.replaceAll(',', ';')}`,
    ],
    ['a lone CR in between', (r: string[]) => `${r[0]}\r\n${r[1]}\r${r[2]}\n${r[3]}\r\n`],
  ])('%s: all three rows are read', (_what, layout) => {
    const rows = ['participant,date,hours', `${p1},2026-11-23,4`, `${p2},2026-11-23,4`, `${p1},2026-11-24,3.5`];
    const r = ok(dir, ['hours', 'import', sheet(layout(rows)), '--dry-run', '--json']);
    expect(r.json()).toMatchObject({ dryRun: true, bookings: 3, workedMinutes: 690 });
  });

  test('the bookings of a mixed file are the ones it lists', () => {
    ok(dir, [
      'hours',
      'import',
      sheet(`participant,date,hours\r\n${p1},2026-11-25,4\n${p2},2026-11-25,2.5\r\n${p2},2026-11-24,4\n`),
    ]);
    const booked = ok(dir, ['hours', 'list', '--month', '2026-11', '--json']).json().bookings as {
      participantId: string;
      date: string;
      minutes: number;
    }[];
    expect(booked.map((b) => [b.participantId, b.date, b.minutes]).sort()).toEqual(
      [
        [p1, '2026-11-25', 240],
        [p2, '2026-11-24', 240],
        [p2, '2026-11-25', 150],
      ].sort(),
    );
  });
});
