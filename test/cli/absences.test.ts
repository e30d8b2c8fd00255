// `insat absences --month M`: the monthly absence report for the Jobcenter (§ 61 SGB II).
import { describe, expect, test } from '@jest/globals';
import type { AbsenceCode, Booking } from '../../src/model/types.js';
import { createStore } from '../../src/store/transaction.js';
import { insat, ok, tempDataDir } from '../helpers/cli.js';
import { absent, enrol, mainData, worked } from '../helpers/main-data.js';

const off = (id: string, code: AbsenceCode, dates: string[]) => dates.map((d) => absent(id, d, code));

// November 2026:
//   p001 sick without a certificate Mon 02.11. – Thu 05.11.: the 4th calendar day is flagged
//   p002 certified sick Mon 26.10. – Tue 10.11. (16 calendar days): flagged as more than 14
//   p003 started 01.09.: 5 days of leave 02.–06.11., but only 4 earned by then (2 full months)
//   p004 a closing day, an unexcused and an excused day; no flags
function november(): string {
  const dir = tempDataDir('insat-absences-');
  const main = mainData();
  enrol(main, 'p001', 'holz', '2026-01-05', '2026-12-31');
  enrol(main, 'p002', 'kueche', '2026-03-02', '2027-03-01');
  enrol(main, 'p003', 'gestaltung', '2026-09-01', '2027-08-31');
  enrol(main, 'p004', 'holz', '2026-01-05', '2026-12-31');
  const bookings: Booking[] = [
    ...off('p001', 'sick', ['2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05']),
    worked('p001', '2026-11-06', 240),
    ...off('p002', 'sick-certified', [
      '2026-10-26',
      '2026-10-27',
      '2026-10-28',
      '2026-10-29',
      '2026-10-30',
      '2026-11-02',
      '2026-11-03',
      '2026-11-04',
      '2026-11-05',
      '2026-11-06',
      '2026-11-09',
      '2026-11-10',
    ]),
    ...off('p003', 'holiday', ['2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05', '2026-11-06']),
    absent('p004', '2026-11-20', 'closed'),
    absent('p004', '2026-11-23', 'unexcused'),
    absent('p004', '2026-11-24', 'excused'),
    worked('p004', '2026-11-25', 240),
  ];
  main.counters.person = 4;
  createStore(dir, main, bookings, false);
  return dir;
}

const TODAY = { today: '2026-12-03' };

describe('insat absences: every participant, by category, with flags', () => {
  test('--json: categories, days, leave balance and the three kinds of flag', () => {
    const r = ok(november(), ['absences', '--allow-gaps', '--month', '2026-11', '--json'], TODAY).json();
    expect(r.month).toBe('2026-11');
    expect(r.participants.map((p: any) => [p.id, p.absenceDays, p.flags.map((f: any) => f.flag)])).toEqual([
      ['p001', 4, ['sick-without-certificate']],
      ['p002', 7, ['long-sickness']],
      ['p003', 5, ['leave-beyond-earned']],
      ['p004', 2, []], // the closing day is the provider's, not an absence of p004
    ]);
    expect(r.participants[0].flags[0].dates).toEqual(['2026-11-05']);
    expect(r.participants[1].flags[0].message).toContain('16 calendar days in a row (2026-10-26–2026-11-10)');
    expect(r.participants[2].flags[0].message).toContain('5 taken, 4 earned by 2026-11-06');
    expect(r.participants[2].leave).toEqual({ on: '2026-11-30', earned: 6, taken: 5, left: 1 });
    expect(r.participants[3].absences).toEqual({
      sick: 0,
      'sick-certified': 0,
      excused: 1,
      holiday: 0,
      unexcused: 1,
      closed: 1,
    });
    expect(r.participants[3].days.map((d: any) => [d.date, d.category])).toEqual([
      ['2026-11-20', 'closed'],
      ['2026-11-23', 'unexcused'],
      ['2026-11-24', 'excused'],
    ]);
    expect(r.totals).toEqual({ sick: 4, 'sick-certified': 7, excused: 1, holiday: 5, unexcused: 1, closed: 1 });
    expect(r.flagCount).toBe(3);
  });

  test('the table lists the flags below it', () => {
    const out = ok(november(), ['absences', '--allow-gaps', '--month', '2026-11'], TODAY).stdout;
    expect(out).toContain('certified sick');
    expect(out).toContain('3 flags:');
    expect(out).toContain(
      'p001: sick without a medical certificate beyond the 3rd calendar day on 1 day (2026-11-05); the certificate was due by 2026-11-04',
    );
    expect(out).toContain('never a diagnosis');
  });

  test('csv-de opened as text: BOM, semicolons, CRLF, dd.MM.yyyy in the day list', () => {
    const csv = ok(november(), ['absences', '--allow-gaps', '--month', '2026-11', '--format', 'csv-de'], TODAY).stdout;
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'id;name;area;certified sick;"sick, no certificate";excused;unexcused;leave;closing days;absence days;not booked;leave earned;leave taken;leave left;days;flags',
    );
    expect(lines[4]).toBe(
      'p004;Person p004;holz;0;0;1;1;0;1;2;17;20;0;20;"20.11.2026 closing day, 23.11.2026 unexcused, 24.11.2026 excused";',
    );
    expect(lines[2]).toMatch(
      /^p002;Person p002;kueche;7;0;0;0;0;0;7;\d+;\d+;0;\d+;"02\.11\.2026–06\.11\.2026 certified sick, 09\.11\.2026–10\.11\.2026 certified sick";"?sick for 16 calendar days/,
    );
  });

  test('csv uses ISO dates and the booking codes', () => {
    const csv = ok(november(), ['absences', '--allow-gaps', '--month', '2026-11', '--format', 'csv'], TODAY).stdout;
    expect(csv).toContain('"2026-11-20 closed, 2026-11-23 unexcused, 2026-11-24 excused"');
  });

  test('the October report knows only October: the spell is 5 days there, no flag', () => {
    const r = ok(november(), ['absences', '--allow-gaps', '--month', '2026-10', '--json'], TODAY).json();
    expect(r.participants.find((p: any) => p.id === 'p002').flags).toEqual([]);
    expect(r.flagCount).toBe(0);
  });

  test('--participant and a missing month', () => {
    const dir = november();
    expect(
      ok(dir, ['absences', '--allow-gaps', '--month', '2026-11', '--participant', 'p003', '--json'], TODAY)
        .json()
        .participants.map((p: any) => p.id),
    ).toEqual(['p003']);
    expect(insat(dir, ['absences'], TODAY).code).toBe(2);
    expect(insat(dir, ['absences', '--allow-gaps', '--month', '2026-11', '--participant', 'p099'], TODAY).code).toBe(4);
  });
});
