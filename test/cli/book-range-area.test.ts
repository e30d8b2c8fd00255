// Booking the way the office works: a range of days for one person, a whole area closed, the roster's
// hint when somebody would go over the week, and a seat refusal that names the earliest free start.
import { describe, expect, test } from '@jest/globals';
import type { Booking } from '../../src/model/types.js';
import { createStore } from '../../src/store/transaction.js';
import { insat, ok, storeBytes, suitableApplicant, tempDataDir, type RunResult } from '../helpers/cli.js';
import { enrol, mainData, worked } from '../helpers/main-data.js';
import { historyLines } from '../helpers/store-files.js';

// Today is Wednesday 25.11.2026.
//   p001 holz 20 h evenly · p002 holz 24 h Monday to Thursday (Friday free) · p003 kueche 20 h
function programme(bookings: Booking[] = []): string {
  const dir = tempDataDir('insat-range-');
  const main = mainData();
  enrol(main, 'p001', 'holz', '2026-10-01', '2027-09-30');
  enrol(main, 'p002', 'holz', '2026-10-01', '2027-09-30', { hoursPerWeek: 24 }).weekdayMinutes = [
    360, 360, 360, 360, 0,
  ];
  enrol(main, 'p003', 'kueche', '2026-10-01', '2027-09-30');
  main.counters.person = 3;
  createStore(dir, main, bookings, false);
  return dir;
}

const list = (dir: string) =>
  (ok(dir, ['hours', 'list', '--from', '2026-10-01', '--json']).json().bookings as Booking[]).map(
    (b) => `${b.participantId} ${b.date} ${b.absence ?? b.minutes}`,
  );

function refused(dir: string, args: string[], code = 3): RunResult {
  const before = storeBytes(dir);
  const r = insat(dir, args);
  if (r.code !== code) throw new Error(`insat ${args.join(' ')} → exit ${r.code}, expected ${code}\n${r.stderr}`);
  expect(storeBytes(dir)).toEqual(before);
  return r;
}

describe('hours book ID --from D --to D: a range for one person', () => {
  test('books the working days only — no weekend, no holiday, no free weekday — in one undoable step', () => {
    const dir = programme();
    const history = historyLines(dir);
    // 26.10.–06.11.2026: two weeks; 31.10. and 01.11. a weekend (Allerheiligen falls on the Sunday), the Fridays 30.10. and 06.11. free for p002
    const r = ok(dir, ['hours', 'book', 'p002', '--from', '2026-10-26', '--to', '2026-11-06', '--absent', 'Urlaub']);
    expect(r.stdout).toContain('booked p002 on 8 working days from 2026-10-26 to 2026-11-06: holiday');
    expect(r.stdout).toContain('4 days left out');
    expect(list(dir)).toEqual([
      'p002 2026-10-26 holiday',
      'p002 2026-10-27 holiday',
      'p002 2026-10-28 holiday',
      'p002 2026-10-29 holiday',
      'p002 2026-11-02 holiday',
      'p002 2026-11-03 holiday',
      'p002 2026-11-04 holiday',
      'p002 2026-11-05 holiday',
    ]);
    expect(historyLines(dir)).toBe(history + 1);
    ok(dir, ['undo']);
    expect(list(dir)).toEqual([]);
  });

  test('one day that breaks a rule refuses the whole range, naming the day; nothing is written', () => {
    const dir = programme([worked('p001', '2026-11-18', 240)]);
    const r = refused(dir, ['hours', 'book', 'p001', '--from', '2026-11-16', '--to', '2026-11-20', '--absent', 'sick']);
    expect(r.stderr).toContain('p001 is already booked on 2026-11-18 (4 h) — pass --replace to correct it');
    const future = refused(dir, [
      'hours',
      'book',
      'p001',
      '--from',
      '2026-11-23',
      '--to',
      '2026-11-27',
      '--absent',
      'sick',
    ]);
    expect(future.stderr).toContain('2026-11-26 lies in the future');
    expect(future.stderr).not.toContain('2026-11-25');
  });

  test('--replace corrects the days already booked in the range', () => {
    const dir = programme([worked('p001', '2026-11-18', 240)]);
    const r = ok(dir, [
      'hours',
      'book',
      'p001',
      '--from',
      '2026-11-16',
      '--to',
      '2026-11-20',
      '--absent',
      'sick-certified',
      '--replace',
    ]);
    expect(r.stdout).toContain('replaced: 2026-11-18 (4 h)');
    expect(list(dir)).toHaveLength(5);
  });

  test('a range without a working day is refused (exit 3); malformed ranges are usage errors (exit 2)', () => {
    const dir = programme();
    expect(
      refused(dir, ['hours', 'book', 'p002', '--from', '2026-11-20', '--to', '2026-11-22', '--absent', 'holiday'])
        .stderr,
    ).toContain('p002 has no working day with planned hours from 2026-11-20 to 2026-11-22');
    refused(dir, ['hours', 'book', 'p001', '--from', '2026-11-20', '--to', '2026-11-16', '--absent', 'sick'], 2);
    refused(dir, ['hours', 'book', 'p001', '--from', '2026-11-16', '--absent', 'sick'], 2);
    refused(dir, ['hours', 'book', 'p001', '--from', '2026-11-16', '--to', '2026-11-20'], 2);
    refused(
      dir,
      [
        'hours',
        'book',
        'p001',
        '--date',
        '2026-11-16',
        '--from',
        '2026-11-16',
        '--to',
        '2026-11-20',
        '--absent',
        'sick',
      ],
      2,
    );
  });
});

describe('hours book --area A --date D --absent closed: a whole area closed', () => {
  test('books everyone assigned in the area that day as closed, in one step; other areas and free weekdays are left alone', () => {
    const dir = programme([worked('p001', '2026-11-20', 240)]);
    const history = historyLines(dir);
    const mon = ok(dir, ['hours', 'book', '--area', 'Holz', '--date', '2026-11-23', '--absent', 'schliesstag']);
    expect(mon.stdout).toContain('booked 2 of holz on 2026-11-23 (2 closed, 0 exceptions)');
    expect(historyLines(dir)).toBe(history + 1);
    const fri = ok(dir, ['hours', 'book', '--area', 'holz', '--date', '2026-11-20', '--absent', 'closed']);
    expect(fri.stdout).toContain('left out: p002');
    expect(fri.stdout).toContain('already booked, left as is: p001 (4 h)');
    expect(list(dir)).toEqual(['p001 2026-11-20 240', 'p001 2026-11-23 closed', 'p002 2026-11-23 closed']);
    ok(dir, ['undo']); // the Friday changed nothing: one step undoes the closed Monday
    expect(list(dir)).toEqual(['p001 2026-11-20 240']);
  });

  test('an area is closed on a working day only, and only with the code closed', () => {
    const dir = programme();
    expect(
      refused(dir, ['hours', 'book', '--area', 'holz', '--date', '2026-11-21', '--absent', 'closed']).stderr,
    ).toContain('2026-11-21 is a Saturday');
    expect(
      refused(dir, ['hours', 'book', '--area', 'holz', '--date', '2026-11-23', '--absent', 'sick'], 2).stderr,
    ).toContain('use --absent closed');
  });
});

describe('a roster over the week limit names the --except that fits', () => {
  test('the hours left in the week, and the roster then goes through with that exception', () => {
    // p001 has 20 h a week and 8 + 8 + 2 h booked this week already: 2 h are left for Wednesday
    const dir = programme([
      worked('p001', '2026-11-16', 480),
      worked('p001', '2026-11-17', 480),
      worked('p001', '2026-11-19', 120),
    ]);
    const r = refused(dir, ['hours', 'book', '--area', 'holz', '--date', '2026-11-18', '--as-planned']);
    expect(r.stderr).toContain('p001: 4 h on 2026-11-18 would make 22 h');
    expect(r.stderr).toContain('— book the hours that fit with --except p001=2');
    ok(dir, ['hours', 'book', '--area', 'holz', '--date', '2026-11-18', '--as-planned', '--except', 'p001=2']);
  });

  test('no hours left: an absence is what fits', () => {
    const dir = programme([
      worked('p001', '2026-11-16', 480),
      worked('p001', '2026-11-17', 480),
      worked('p001', '2026-11-19', 240),
    ]);
    const r = refused(dir, ['hours', 'book', '--area', 'holz', '--date', '2026-11-18', '--as-planned']);
    expect(r.stderr).toContain('no hours are left that week: book an absence with --except p001=CODE');
  });
});

describe('a seat refusal names the earliest start with a free seat', () => {
  test('the day after the seat frees up, with the same length; nothing is written', () => {
    const dir = tempDataDir('insat-seat-');
    ok(dir, ['init']);
    ok(dir, ['config', 'set', 'seats.holz', '1', '--from', '2026-01-01', '--force']);
    const first = suitableApplicant(dir, 'Erste Person');
    ok(dir, [
      'enrol',
      first,
      '--area',
      'holz',
      '--start',
      '2026-06-01',
      '--until',
      '2027-01-31',
      '--hours-per-week',
      '20',
    ]);
    const second = suitableApplicant(dir, 'Zweite Person');
    const r = refused(dir, [
      'enrol',
      second,
      '--area',
      'holz',
      '--start',
      '2026-12-01',
      '--until',
      '2027-11-30',
      '--hours-per-week',
      '20',
    ]);
    expect(r.stderr).toContain(
      'the earliest start with a free seat in holz is 2027-02-01 (--start 2027-02-01 --until 2028-01-31 keeps the length)',
    );
    ok(dir, [
      'enrol',
      second,
      '--area',
      'holz',
      '--start',
      '2027-02-01',
      '--until',
      '2028-01-31',
      '--hours-per-week',
      '20',
    ]);
  });
});
