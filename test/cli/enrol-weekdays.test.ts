// The weekday distribution on the command line: `enrol --days|--pattern`, what `participant show`
// prints, and the figures that follow it (roster booking as planned, days not booked, documents).
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { createStore } from '../../src/store/transaction.js';
import { insat, ok, storeBytes, suitableApplicant, tempDataDir, type RunResult } from '../helpers/cli.js';
import { enrol, mainData } from '../helpers/main-data.js';

// Today is Wednesday 25.11.2026; Fridays of November are the 6th, 13th, 20th and 27th.
const TODAY = { today: '2026-11-25' };
const ENROL = ['--area', 'holz', '--start', '2026-11-02', '--until', '2027-10-31'];

function store(): { dir: string; id: string } {
  const dir = tempDataDir('insat-weekdays-');
  ok(dir, ['init'], TODAY);
  return { dir, id: suitableApplicant(dir, 'Wanda Woche', TODAY) };
}

function refused(dir: string, args: string[], code: number): RunResult {
  const before = storeBytes(dir);
  const r = insat(dir, args, TODAY);
  if (r.code !== code) throw new Error(`insat ${args.join(' ')} → exit ${r.code}, expected ${code}\n${r.stderr}`);
  expect(storeBytes(dir)).toEqual(before);
  return r;
}

const show = (dir: string, id: string) => ok(dir, ['participant', 'show', id, '--json'], TODAY).json();

describe('enrol --pattern: hours per weekday', () => {
  test('a pattern that adds up to the weekly hours is stored and shown', () => {
    const { dir, id } = store();
    const r = ok(
      dir,
      ['enrol', id, ...ENROL, '--hours-per-week', '24', '--pattern', 'mo=6,di=6,mi=6,do=6,fr=0'],
      TODAY,
    );
    expect(r.stdout).toContain('24 h a week (mo=6,di=6,mi=6,do=6,fr=0)');
    expect(show(dir, id)).toMatchObject({ weekdayMinutes: [360, 360, 360, 360, 0] });
    expect(ok(dir, ['participant', 'show', id], TODAY).stdout).toMatch(
      /weekdays\s+mo=6,di=6,mi=6,do=6,fr=0 \(24 h planned a week\)/,
    );
  });

  test('English day names, decimal comma and quarter hours are read', () => {
    const { dir, id } = store();
    ok(dir, ['enrol', id, ...ENROL, '--hours-per-week', '20', '--pattern', 'mon=6,5,tue=6:30,wed=7'], TODAY);
    expect(show(dir, id).weekdayMinutes).toEqual([390, 390, 420, 0, 0]);
  });

  test('a pattern whose sum differs from the weekly hours is refused (exit 3), saying the sum; nothing is written', () => {
    const { dir, id } = store();
    const r = refused(dir, ['enrol', id, ...ENROL, '--hours-per-week', '24', '--pattern', 'mo=6,di=6,mi=6,do=5'], 3);
    expect(r.stderr).toContain('adds up to 23 h, the assignment has 24 h a week — make the days add up to 24 h');
  });

  test('a day above the daily maximum is refused (exit 3)', () => {
    const { dir, id } = store();
    const r = refused(dir, ['enrol', id, ...ENROL, '--hours-per-week', '20', '--pattern', 'mo=10,di=10'], 3);
    expect(r.stderr).toContain('more than the daily maximum of 8 h');
  });

  test.each([
    ['mo=6,sa=4', 'Saturday cannot have planned hours'],
    ['mo=6,1', 'not in quarter-hour steps'],
    ['xx=6', "'xx=6' is not a weekday"],
    ['mo=6,mo=2', 'names Monday twice'],
  ])('a malformed pattern %s is a usage error (exit 2)', (pattern, message) => {
    const { dir, id } = store();
    expect(refused(dir, ['enrol', id, ...ENROL, '--hours-per-week', '20', '--pattern', pattern], 2).stderr).toContain(
      message,
    );
  });
});

describe('enrol --days: the weekly hours evenly over some weekdays', () => {
  test('mo-fr is the default: nothing else is stored and show says so', () => {
    const { dir, id } = store();
    ok(dir, ['enrol', id, ...ENROL, '--hours-per-week', '20', '--days', 'mo-fr'], TODAY);
    expect(show(dir, id).weekdayMinutes).toEqual([240, 240, 240, 240, 240]);
    expect(ok(dir, ['participant', 'show', id], TODAY).stdout).toMatch(/weekdays\s+Monday to Friday evenly, 4 h a day/);
  });

  test('three days: the weekly hours ÷ 3, rounded down to the quarter hour', () => {
    const { dir, id } = store();
    ok(dir, ['enrol', id, ...ENROL, '--hours-per-week', '20', '--days', 'mo,di,do'], TODAY);
    expect(show(dir, id).weekdayMinutes).toEqual([390, 390, 0, 390, 0]);
  });

  test('--days and --pattern together, a weekend or an unknown day are usage errors (exit 2); nothing is written', () => {
    const { dir, id } = store();
    const both = ['--days', 'mo-fr', '--pattern', 'mo=20'];
    expect(refused(dir, ['enrol', id, ...ENROL, '--hours-per-week', '20', ...both], 2).stderr).toContain(
      '--days and --pattern exclude each other',
    );
    refused(dir, ['enrol', id, ...ENROL, '--hours-per-week', '20', '--days', 'mo-so'], 2);
    refused(dir, ['enrol', id, ...ENROL, '--hours-per-week', '20', '--days', 'fr-mo'], 2);
    refused(dir, ['enrol', id, ...ENROL, '--hours-per-week', '20', '--days', 'montag,funday'], 2);
  });
});

describe('what follows the distribution', () => {
  // p001 works Monday to Thursday 6 h (24 h), p002 has no distribution stored (an older store): 20 h evenly.
  function programme(): string {
    const dir = tempDataDir('insat-weekdays-');
    const main = mainData();
    enrol(main, 'p001', 'holz', '2026-11-02', '2027-10-31', { hoursPerWeek: 24 }).weekdayMinutes = [
      360, 360, 360, 360, 0,
    ];
    enrol(main, 'p002', 'holz', '2026-11-02', '2027-10-31');
    main.counters.person = 2;
    createStore(dir, main, [], false);
    return dir;
  }

  test('an older store without a distribution loads as Monday to Friday evenly', () => {
    const dir = programme();
    expect(show(dir, 'p002').weekdayMinutes).toEqual([240, 240, 240, 240, 240]);
    ok(dir, ['check'], TODAY);
  });

  test('--as-planned books the weekday’s hours and leaves out whoever has no planned hours that day', () => {
    const dir = programme();
    const thu = ok(dir, ['hours', 'book', '--area', 'holz', '--date', '2026-11-19', '--as-planned', '--json'], TODAY);
    expect(
      thu.json().booked.map((b: { participantId: string; minutes: number }) => [b.participantId, b.minutes]),
    ).toEqual([
      ['p001', 360],
      ['p002', 240],
    ]);
    const fri = ok(dir, ['hours', 'book', '--area', 'holz', '--date', '2026-11-20', '--as-planned'], TODAY);
    expect(fri.stdout).toContain('no planned hours that day (weekday distribution), left out: p001');
    expect(fri.stdout).toContain('booked 1 of holz on 2026-11-20');
  });

  test('hours missing never lists a weekday without planned hours', () => {
    const dir = programme();
    const rows = ok(
      dir,
      ['hours', 'missing', '--participant', 'p001', '--from', '2026-11-16', '--to', '2026-11-22', '--json'],
      TODAY,
    ).json();
    expect((rows.missing as { date: string }[]).map((d) => d.date)).toEqual([
      '2026-11-19',
      '2026-11-18',
      '2026-11-17',
      '2026-11-16',
    ]);
  });

  test('leave on a weekday without planned hours is refused, naming the day', () => {
    const dir = programme();
    const r = refused(dir, ['hours', 'book', 'p001', '--date', '2026-11-20', '--absent', 'urlaub'], 3);
    expect(r.stderr).toContain('2026-11-20 is a Friday without planned hours for p001');
  });

  test('the attendance sheet (German) plans the weekday hours and marks the free weekday', () => {
    const dir = programme();
    const out = mkdtempSync(join(tmpdir(), 'insat-weekdays-pdf-'));
    const file = join(out, 'liste.pdf');
    ok(dir, ['report', 'attendance', '--month', '2026-11', '--participant', 'p001', '--out', file], TODAY);
    const r = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Mo 6,\s+Di 6,\s+Mi 6,\s+Do 6\s+Stunden;\s+Fr\s+frei/);
    expect(r.stdout).toContain('kein Arbeitstag laut Wochenplan');
  });
});
