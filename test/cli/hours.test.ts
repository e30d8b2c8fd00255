// `insat hours book|list|delete|import` driven like a user would, against small hand-built stores.
import { describe, expect, test } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Booking } from '../../src/model/types.js';
import { createStore } from '../../src/store/transaction.js';
import { insat, ok, storeBytes, tempDataDir, type RunResult } from '../helpers/cli.js';
import { enrol, mainData, worked } from '../helpers/main-data.js';
import { historyLines } from '../helpers/store-files.js';

// Today is Wednesday 25.11.2026.
//   p001 holz 20 h (4 h a day) · p002 holz 30 h (6 h) · p003 holz 15 h (3 h), already booked on 24.11.
//   p004 holz, left on 13.11. · p005 kueche 20 h · p006 holz from 01.12. (not started)
function programme(bookings: Booking[] = [worked('p003', '2026-11-24', 150)]): string {
  const dir = tempDataDir('insat-hours-');
  const main = mainData();
  enrol(main, 'p001', 'holz', '2026-01-05', '2026-12-31');
  enrol(main, 'p002', 'holz', '2026-03-02', '2027-02-28', { hoursPerWeek: 30 });
  enrol(main, 'p003', 'holz', '2026-06-01', '2027-05-31', { hoursPerWeek: 15 });
  enrol(main, 'p004', 'holz', '2026-02-02', '2027-01-31', { exit: { date: '2026-11-13', reason: 'job' } });
  enrol(main, 'p005', 'kueche', '2026-01-05', '2026-12-31');
  enrol(main, 'p006', 'holz', '2026-12-01', '2027-11-30');
  main.counters.person = 6;
  createStore(dir, main, bookings, false);
  return dir;
}

const list = (dir: string, ...args: string[]) =>
  ok(dir, ['hours', 'list', '--from', '2026-01-01', '--json', ...args]).json().bookings as Booking[];

/** Runs a command that must be refused with `code`, and proves that it changed no byte of the store. */
function refused(dir: string, args: string[], code = 3): RunResult {
  const before = storeBytes(dir);
  const r = insat(dir, args);
  if (r.code !== code)
    throw new Error(`insat ${args.join(' ')} → exit ${r.code}, expected ${code}\n${r.stdout}${r.stderr}`);
  expect(storeBytes(dir)).toEqual(before);
  return r;
}

describe('hours book: one participant, one day', () => {
  test('books hours typed as 6.5, 6,5 and 6:30, and an absence', () => {
    const dir = programme();
    expect(ok(dir, ['hours', 'book', 'p001', '--date', '2026-11-23', '--hours', '6.5']).stdout).toContain(
      'booked p001 on 2026-11-23: 6.5 h',
    );
    ok(dir, ['hours', 'book', 'p001', '--date', '24.11.2026', '--hours', '6,5']);
    ok(dir, ['hours', 'book', 'p001', '--date', '2026-11-20', '--hours', '6:30']);
    ok(dir, ['hours', 'book', 'p001', '--date', '2026-11-25', '--absent', 'sick']);
    expect(list(dir, '--participant', 'p001').map((b) => [b.date, b.minutes, b.absence])).toEqual([
      ['2026-11-20', 390, null],
      ['2026-11-23', 390, null],
      ['2026-11-24', 390, null],
      ['2026-11-25', 0, 'sick'],
    ]);
  });

  test('refuses hours that are not quarter hours or no number (exit 2)', () => {
    const dir = programme();
    expect(refused(dir, ['hours', 'book', 'p001', '--date', '2026-11-24', '--hours', '6:10'], 2).stderr).toContain(
      'quarter-hour',
    );
    refused(dir, ['hours', 'book', 'p001', '--date', '2026-11-24', '--hours', 'six'], 2);
    refused(dir, ['hours', 'book', 'p001', '--date', '2026-11-24', '--hours', '4', '--absent', 'sick'], 2);
    refused(dir, ['hours', 'book', 'p001', '--date', '2026-11-24', '--absent', 'flu'], 2);
    expect(refused(dir, ['hours', 'book', 'p001', '--date', '2026-11-24'], 2).stderr).toContain('--hours or --absent');
  });

  test('an unknown participant is exit 4', () => {
    refused(programme(), ['hours', 'book', 'p099', '--date', '2026-11-24', '--hours', '4'], 4);
  });

  describe('only inside the assignment, never in the future', () => {
    test('refuses a day before the start and accepts the first day', () => {
      const dir = programme();
      expect(refused(dir, ['hours', 'book', 'p003', '--date', '2026-05-29', '--hours', '3']).stderr).toMatch(
        /no assignment on 2026-05-29/,
      );
      ok(dir, ['hours', 'book', 'p003', '--date', '2026-06-01', '--hours', '3']);
    });
    test('refuses a day after the exit and accepts the exit day', () => {
      const dir = programme();
      refused(dir, ['hours', 'book', 'p004', '--date', '2026-11-16', '--hours', '4']);
      ok(dir, ['hours', 'book', 'p004', '--date', '2026-11-13', '--hours', '4']);
    });
    test('refuses tomorrow and accepts today', () => {
      const dir = programme();
      expect(refused(dir, ['hours', 'book', 'p001', '--date', '2026-11-26', '--hours', '4']).stderr).toContain(
        'in the future',
      );
      ok(dir, ['hours', 'book', 'p001', '--date', '2026-11-25', '--hours', '4']);
    });
  });

  test('refuses more than the daily maximum, accepts 8 h', () => {
    const dir = programme();
    expect(refused(dir, ['hours', 'book', 'p002', '--date', '2026-11-24', '--hours', '8:15']).stderr).toContain(
      'daily maximum of 8 h',
    );
    ok(dir, ['hours', 'book', 'p002', '--date', '2026-11-24', '--hours', '8']);
  });

  test("refuses a day that takes the week above the person's weekly hours", () => {
    const dir = programme();
    for (const d of ['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19'])
      ok(dir, ['hours', 'book', 'p001', '--date', d, '--hours', '5']);
    expect(refused(dir, ['hours', 'book', 'p001', '--date', '2026-11-20', '--hours', '0:15']).stderr).toMatch(
      /20.25 h in the week 2026-11-16–2026-11-22, above the 20 h/,
    );
    ok(dir, ['hours', 'book', 'p001', '--date', '2026-11-20', '--absent', 'excused']);
    // lowering a day by --replace makes room
    ok(dir, ['hours', 'book', 'p001', '--date', '2026-11-19', '--hours', '3', '--replace']);
    ok(dir, ['hours', 'book', 'p001', '--date', '2026-11-20', '--hours', '2', '--replace']);
  });

  test('worked hours on a Saturday, a public holiday or a closing day need --force', () => {
    const dir = programme();
    expect(refused(dir, ['hours', 'book', 'p001', '--date', '2026-11-21', '--hours', '4']).stderr).toContain(
      'is a Saturday — worked hours on that day need --force',
    );
    expect(refused(dir, ['hours', 'book', 'p001', '--date', '2026-06-04', '--hours', '4']).stderr).toContain(
      'Fronleichnam',
    );
    ok(dir, ['config', 'set', 'closingDays', '2026-11-23', '--force']);
    expect(refused(dir, ['hours', 'book', 'p001', '--date', '2026-11-23', '--hours', '4']).stderr).toContain(
      'closing day',
    );
    ok(dir, ['hours', 'book', 'p001', '--date', '2026-11-21', '--hours', '4', '--force']);
    ok(dir, ['hours', 'book', 'p001', '--date', '2026-11-23', '--hours', '4', '--force']);
    ok(dir, ['hours', 'book', 'p001', '--date', '2026-11-24', '--hours', '4', '--force']); // a working day: nothing to force
    expect(list(dir, '--participant', 'p001').map((b) => [b.date, b.forced])).toEqual([
      ['2026-11-21', true],
      ['2026-11-23', true],
      ['2026-11-24', false],
    ]);
    // absences need no --force
    ok(dir, ['hours', 'book', 'p001', '--date', '2026-11-22', '--absent', 'sick-certified']);
  });

  test('a second booking for a day is refused; --replace corrects it', () => {
    const dir = programme();
    ok(dir, ['hours', 'book', 'p001', '--date', '2026-11-24', '--hours', '4']);
    expect(refused(dir, ['hours', 'book', 'p001', '--date', '2026-11-24', '--absent', 'sick']).stderr).toContain(
      'already booked on 2026-11-24 (4 h) — pass --replace',
    );
    expect(
      ok(dir, ['hours', 'book', 'p001', '--date', '2026-11-24', '--absent', 'sick', '--replace']).stdout,
    ).toContain('(was 4 h)');
    expect(list(dir, '--participant', 'p001').map((b) => [b.date, b.minutes, b.absence])).toEqual([
      ['2026-11-24', 0, 'sick'],
    ]);
  });

  test('--dry-run says what would be booked and changes nothing', () => {
    const dir = programme();
    const before = storeBytes(dir);
    expect(ok(dir, ['hours', 'book', 'p001', '--date', '2026-11-24', '--hours', '4', '--dry-run']).stdout).toMatch(
      /^dry run: would book p001 on 2026-11-24: 4 h — nothing was changed/,
    );
    expect(storeBytes(dir)).toEqual(before);
  });

  test('--json prints the booking', () => {
    const dir = programme();
    const r = ok(dir, ['hours', 'book', 'p001', '--date', '2026-11-24', '--hours', '4', '--json']).json();
    expect(r).toMatchObject({
      participantId: 'p001',
      date: '2026-11-24',
      minutes: 240,
      absence: null,
      forced: false,
      replaced: null,
    });
  });

  test('a week that spans two calendar years counts the bookings of both years', () => {
    // ISO week 2026-W53: Monday 28.12.2026 – Sunday 03.01.2027; p002 has 30 h a week
    const dir = programme([
      worked('p002', '2026-12-28', 480),
      worked('p002', '2026-12-29', 480),
      worked('p002', '2026-12-30', 480),
    ]);
    const before = storeBytes(dir);
    const r = insat(dir, ['hours', 'book', 'p002', '--date', '2027-01-02', '--hours', '6:15', '--force'], {
      today: '2027-01-05',
    });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('30.25 h in the week 2026-12-28–2027-01-03');
    expect(storeBytes(dir)).toEqual(before);
    expect(
      insat(dir, ['hours', 'book', 'p002', '--date', '2027-01-02', '--hours', '6', '--force'], { today: '2027-01-05' })
        .code,
    ).toBe(0);
  });
});

describe('hours list and delete', () => {
  test('lists a month as csv-de and deletes one booking', () => {
    const dir = programme();
    ok(dir, ['hours', 'book', 'p001', '--date', '2026-11-24', '--hours', '6:45']);
    const csv = ok(dir, ['hours', 'list', '--month', '2026-11', '--format', 'csv-de']).stdout;
    expect(csv.startsWith('\uFEFFdate;id;name;area;hours;absence;forced\r\n')).toBe(true);
    expect(csv).toContain('24.11.2026;p001;Person p001;holz;6,75;;\r\n');
    expect(ok(dir, ['hours', 'delete', 'p001', '--date', '2026-11-24']).stdout).toContain(
      'deleted the booking of p001 on 2026-11-24 (6.75 h)',
    );
    expect(list(dir, '--participant', 'p001')).toEqual([]);
    expect(refused(dir, ['hours', 'delete', 'p001', '--date', '2026-11-24'], 4).stderr).toContain(
      'has no booking on 2026-11-24',
    );
  });
  test('delete --dry-run changes nothing', () => {
    const dir = programme();
    const before = storeBytes(dir);
    expect(ok(dir, ['hours', 'delete', 'p003', '--date', '2026-11-24', '--dry-run']).stdout).toContain(
      'dry run: would delete',
    );
    expect(storeBytes(dir)).toEqual(before);
  });
  test('lists one area only', () => {
    const dir = programme([worked('p003', '2026-11-24', 150), worked('p005', '2026-11-24', 240)]);
    expect(list(dir, '--area', 'kueche').map((b) => b.participantId)).toEqual(['p005']);
  });
});

describe('hours book --area: a whole work area in one step', () => {
  test('books everybody with a seat that day as planned, with exceptions, and reports who was already booked', () => {
    const dir = programme();
    const history = historyLines(dir);
    const r = ok(dir, [
      'hours',
      'book',
      '--area',
      'holz',
      '--date',
      '2026-11-24',
      '--as-planned',
      '--except',
      'p002=sick,p003=2',
    ]);
    expect(r.stdout).toContain('booked 2 of holz on 2026-11-24 (1 as planned, 1 exception)');
    expect(r.stdout).toContain('already booked, left as is: p003 (2.5 h)');
    expect(r.stdout).toContain('the exception p003=2 was not applied');
    // p004 has left, p005 works in the kitchen, p006 has not started
    expect(list(dir).map((b) => [b.participantId, b.minutes, b.absence])).toEqual([
      ['p001', 240, null],
      ['p002', 0, 'sick'],
      ['p003', 150, null],
    ]);
    expect(historyLines(dir)).toBe(history + 1);
  });

  test('the planned hours are the weekly hours ÷ 5, rounded down to the quarter hour', () => {
    const dir = programme([]);
    const r = ok(dir, ['hours', 'book', '--area', 'holz', '--date', '2026-11-24', '--as-planned', '--json']).json();
    expect(r.booked.map((b: Booking) => [b.participantId, b.minutes])).toEqual([
      ['p001', 240],
      ['p002', 360],
      ['p003', 180],
    ]);
    expect(r.workedMinutes).toBe(780);
  });

  test('undo reverts the whole roster booking at once', () => {
    const dir = programme([]);
    const before = list(dir);
    ok(dir, ['hours', 'book', '--area', 'holz', '--date', '2026-11-24', '--as-planned', '--except', 'p003=6:30']);
    expect(list(dir)).toHaveLength(3);
    ok(dir, ['undo']);
    expect(list(dir)).toEqual(before);
  });

  test('one person the rules refuse refuses the whole roster, naming them; nothing is written', () => {
    const dir = programme([worked('p001', '2026-11-23', 480), worked('p001', '2026-11-25', 480)]);
    // p001 has 8 + 8 h this week already: 4 more stays within 20 h; an exception of 5 h does not
    const r = refused(dir, [
      'hours',
      'book',
      '--area',
      'holz',
      '--date',
      '2026-11-24',
      '--as-planned',
      '--except',
      'p001=5',
    ]);
    expect(r.stderr).toContain('p001: 5 h on 2026-11-24 would make 21 h in the week');
    ok(dir, ['hours', 'book', '--area', 'holz', '--date', '2026-11-24', '--as-planned']);
  });

  test('an exception for somebody without a seat in the area is refused', () => {
    const dir = programme();
    expect(
      refused(dir, ['hours', 'book', '--area', 'holz', '--date', '2026-11-24', '--as-planned', '--except', 'p005=4'])
        .stderr,
    ).toContain('p005 has no seat in holz on 2026-11-24');
    refused(
      dir,
      ['hours', 'book', '--area', 'holz', '--date', '2026-11-24', '--as-planned', '--except', 'p001=flu'],
      2,
    );
    refused(
      dir,
      ['hours', 'book', '--area', 'holz', '--date', '2026-11-24', '--as-planned', '--except', 'p001=4,p001=5'],
      2,
    );
  });

  test('an exception for an id nobody has is not found (exit 4), as for one person', () => {
    const dir = programme();
    const args = ['hours', 'book', '--area', 'holz', '--date', '2026-11-24', '--as-planned', '--except'];
    expect(refused(dir, [...args, 'p009=4'], 4).stderr).toBe(
      "error: no applicant or participant 'p009' — see 'insat applicant list' or 'insat participant list'\n",
    );
    // also when another exception is only refused
    expect(refused(dir, [...args, 'p005=4,p009=sick'], 4).stderr).toContain("no applicant or participant 'p009'");
    expect(refused(dir, ['hours', 'book', 'p009', '--date', '2026-11-24', '--hours', '4'], 4).stderr).toContain(
      "no applicant or participant 'p009'",
    );
  });

  test('a Saturday needs --force for the whole area', () => {
    const dir = programme([]);
    expect(refused(dir, ['hours', 'book', '--area', 'holz', '--date', '2026-11-21', '--as-planned']).stderr).toContain(
      '2026-11-21 is a Saturday',
    );
    const r = ok(dir, [
      'hours',
      'book',
      '--area',
      'holz',
      '--date',
      '2026-11-21',
      '--as-planned',
      '--force',
      '--json',
    ]).json();
    expect(r.booked.every((b: Booking) => b.forced)).toBe(true);
  });

  test('exceptions keep 6,5 whole between commas', () => {
    const dir = programme([]);
    ok(dir, [
      'hours',
      'book',
      '--area',
      'holz',
      '--date',
      '2026-11-24',
      '--as-planned',
      '--except',
      'p002=6,5,p003=sick',
    ]);
    expect(list(dir).map((b) => [b.participantId, b.minutes, b.absence])).toEqual([
      ['p001', 240, null],
      ['p002', 390, null],
      ['p003', 0, 'sick'],
    ]);
  });

  test('--dry-run books nothing', () => {
    const dir = programme();
    const before = storeBytes(dir);
    expect(
      ok(dir, ['hours', 'book', '--area', 'holz', '--date', '2026-11-24', '--as-planned', '--dry-run']).stdout,
    ).toContain('dry run: would book 2 of holz');
    expect(storeBytes(dir)).toEqual(before);
  });

  test('an ID and --area together are a usage error', () => {
    refused(programme(), ['hours', 'book', 'p001', '--area', 'holz', '--date', '2026-11-24', '--as-planned'], 2);
  });
});

describe('hours import: all rows or none', () => {
  function file(dir: string, name: string, content: string | Buffer): string {
    const path = join(dirname(dir), name);
    writeFileSync(path, content);
    return path;
  }

  test('imports a German Excel timesheet: BOM, semicolons, CRLF, dd.MM.yyyy, decimal comma', () => {
    const dir = programme();
    const csv = file(
      dir,
      'stunden.csv',
      '\uFEFFTeilnehmer;Datum;Stunden;Code\r\np001;23.11.2026;6,5;\r\np001;24.11.2026;;sick-certified\r\np002;24.11.2026;6:15;\r\n',
    );
    const r = ok(dir, ['hours', 'import', csv]);
    expect(r.stdout).toContain('imported 3 bookings from stunden.csv for 2 participants');
    expect(list(dir).map((b) => [b.participantId, b.date, b.minutes, b.absence])).toEqual([
      ['p001', '2026-11-23', 390, null],
      ['p001', '2026-11-24', 0, 'sick-certified'],
      ['p002', '2026-11-24', 375, null],
      ['p003', '2026-11-24', 150, null],
    ]);
  });

  test('imports an RFC 4180 file with participant,date,code', () => {
    const dir = programme();
    ok(dir, [
      'hours',
      'import',
      file(dir, 'codes.csv', 'participant,date,code\n"p001",2026-11-23,holiday\np002,2026-11-23,excused\n'),
    ]);
    expect(
      list(dir)
        .filter((b) => b.absence)
        .map((b) => b.absence),
    ).toEqual(['holiday', 'excused']);
  });

  test('one bad row: nothing is written, and the row is listed with its line number', () => {
    const dir = programme();
    const csv = file(
      dir,
      'one-bad.csv',
      'participant,date,hours\np001,2026-11-23,4\np002,2026-11-23,9\np001,2026-11-24,4\n',
    );
    const r = refused(dir, ['hours', 'import', csv]);
    expect(r.stderr).toContain('line 3: p002: 9 h on 2026-11-23 is more than the daily maximum of 8 h');
    expect(r.stderr).not.toContain('line 2');
    expect(r.stderr).toContain('1 of 3 rows of one-bad.csv is bad');
  });

  test('lists every bad row: malformed (exit 2) and refused by a rule', () => {
    const dir = programme();
    const csv = file(
      dir,
      'many-bad.csv',
      [
        'participant;date;hours;code',
        'p001;2026-11-23;4;', // fine
        'p001;2026-11-31;4;', // no such day
        'p002;2026-11-23;6:10;', // not a quarter hour
        'p099;2026-11-23;4;', // unknown
        'p001;2026-11-23;;sick', // twice in the file
        'p003;2026-11-24;3;', // already booked in the store
        'p001;2026-11-26;4;', // tomorrow
        'p005;2026-11-24;4;sick', // both
      ].join('\n'),
    );
    const r = refused(dir, ['hours', 'import', csv], 2);
    const lines = r.stderr.split('\n').filter((l) => l.startsWith('line '));
    expect(lines.map((l) => l.split(':')[0])).toEqual([
      'line 3',
      'line 4',
      'line 5',
      'line 6',
      'line 7',
      'line 8',
      'line 9',
    ]);
    expect(lines[2]).toContain("no participant 'p099'");
    expect(lines[3]).toContain('also on line 2');
    expect(lines[4]).toContain('already booked');
    expect(lines[5]).toContain('in the future');
  });

  test("weekly hours count the file's other rows", () => {
    const dir = programme([]);
    const days = ['16', '17', '18', '19', '20'].map((d) => `p001,2026-11-${d},4:15`);
    const r = refused(dir, ['hours', 'import', file(dir, 'week.csv', ['participant,date,hours', ...days].join('\n'))]);
    expect(r.stderr).toMatch(/^line 6: p001: 4.25 h on 2026-11-20 would make 21.25 h in the week/m);
  });

  test('--replace lets rows correct stored bookings; --dry-run writes nothing', () => {
    const dir = programme();
    const csv = file(dir, 'fix.csv', 'participant,date,hours\np003,2026-11-24,3\n');
    refused(dir, ['hours', 'import', csv]);
    const before = storeBytes(dir);
    expect(ok(dir, ['hours', 'import', csv, '--replace', '--dry-run']).stdout).toContain(
      'dry run: would import 1 booking',
    );
    expect(storeBytes(dir)).toEqual(before);
    expect(ok(dir, ['hours', 'import', csv, '--replace', '--json']).json()).toMatchObject({
      bookings: 1,
      replaced: 1,
      workedMinutes: 180,
    });
  });

  test('a header without the needed columns, an empty file and a missing file are usage errors', () => {
    const dir = programme();
    expect(refused(dir, ['hours', 'import', file(dir, 'h.csv', 'name,day\nx,y\n')], 2).stderr).toContain(
      'has no column participant, date, hours or code',
    );
    refused(dir, ['hours', 'import', file(dir, 'e.csv', '')], 2);
    refused(dir, ['hours', 'import', join(dirname(dir), 'nope.csv')], 2);
  });

  test('an import is one undoable step', () => {
    const dir = programme([]);
    const history = historyLines(dir);
    ok(dir, [
      'hours',
      'import',
      file(dir, 'two.csv', 'participant,date,hours\np001,2026-11-23,4\np002,2026-11-23,6\n'),
    ]);
    expect(historyLines(dir)).toBe(history + 1);
  });
});
