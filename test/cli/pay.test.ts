// `insat pay` and `insat export pay|hours`: amounts checked against sums worked out by hand.
import { describe, expect, test } from '@jest/globals';
import type { Booking } from '../../src/model/types.js';
import { createStore } from '../../src/store/transaction.js';
import { insat, ok, tempDataDir } from '../helpers/cli.js';
import { absent, enrol, mainData, person, worked } from '../helpers/main-data.js';

// November 2026. Rates: 1,50 €/h until Sunday 15.11., 1,75 €/h from Monday 16.11.
//   p001 Anna Arndt, all month        6:15 + 4:45 at 1,50 and 5:15 + 3:15 at 1,75, one day sick
//        9,375 + 7,125 + 9,1875 + 5,6875 = 31,375 € → 31,38 €   (19,5 h)
//   p002 enters on 16.11.             4:00 + 2:30 at 1,75 = 7,00 + 4,375 = 11,375 € → 11,38 €   (6,5 h)
//   p003 leaves on 13.11.             6:00 at 1,50 = 9,00 €, one day excused   (6 h)
//   total 31,38 + 11,38 + 9,00 = 51,76 €
function november(): string {
  const dir = tempDataDir('insat-pay-');
  const main = mainData();
  main.settings.rates = [
    { from: '2006-01-01', centsPerHour: 150 },
    { from: '2026-11-16', centsPerHour: 175 },
  ];
  main.people.push(
    person('p001', { name: 'Anna Arndt' }),
    person('p002', { name: '=HYPERLINK("http://x";"y")' }),
    person('p003', { name: 'Cem Çelik' }),
  );
  enrol(main, 'p001', 'holz', '2026-01-05', '2026-12-31', { hoursPerWeek: 30 });
  enrol(main, 'p002', 'kueche', '2026-11-16', '2027-11-15');
  enrol(main, 'p003', 'gestaltung', '2026-02-02', '2027-01-31', { exit: { date: '2026-11-13', reason: 'job' } });
  const bookings: Booking[] = [
    worked('p001', '2026-11-02', 375),
    worked('p001', '2026-11-03', 285),
    worked('p001', '2026-11-16', 315),
    worked('p001', '2026-11-17', 195),
    absent('p001', '2026-11-18', 'sick'),
    worked('p002', '2026-11-16', 240),
    worked('p002', '2026-11-30', 150),
    worked('p003', '2026-11-12', 360),
    absent('p003', '2026-11-13', 'excused'),
    worked('p001', '2026-10-30', 480),
    worked('p001', '2026-12-01', 480), // other months
  ];
  main.counters.person = 3;
  createStore(dir, main, bookings, false);
  return dir;
}

const TODAY = { today: '2026-12-10' };

describe('insat pay: the monthly allowance statement', () => {
  test('--json: a mid-month rate change, entry and exit, rounded once per person', () => {
    const r = ok(november(), ['pay', '--month', '2026-11', '--json'], TODAY).json();
    expect(r.month).toBe('2026-11');
    expect(r.totalCents).toBe(5176);
    expect(r.participants.map((p: any) => [p.id, p.workedMinutes, p.amountCents])).toEqual([
      ['p001', 1170, 3138],
      ['p002', 390, 1138],
      ['p003', 360, 900],
    ]);
    expect(r.participants[0].absences).toEqual({
      sick: 1,
      'sick-certified': 0,
      excused: 0,
      holiday: 0,
      unexcused: 0,
      closed: 0,
    });
    expect(r.participants[2].absences.excused).toBe(1);
    expect(r.participants[0].rates.map((x: any) => [x.centsPerHour, x.workedMinutes])).toEqual([
      [150, 660],
      [175, 510],
    ]);
    expect(r.participants[1]).toMatchObject({ seatFrom: '2026-11-16', seatTo: '2026-11-30' });
    expect(r.participants[2]).toMatchObject({ seatFrom: '2026-11-01', seatTo: '2026-11-13' });
  });

  test('working days nobody booked are their own figure ("not booked"), never an absence, and a warning names the command that lists them', () => {
    const r = ok(november(), ['pay', '--month', '2026-11', '--json'], TODAY);
    // p003: a seat from 2 to 13 November (10 working days), one day worked and one excused: 8 not booked.
    expect(r.json().participants.map((p: any) => [p.id, p.unbookedDays, p.absenceDays])).toEqual([
      ['p001', 16, 1],
      ['p002', 9, 0],
      ['p003', 8, 1],
    ]);
    expect(r.json().unbookedDays).toBe(33);
    expect(r.stderr).toBe(
      "warning: 33 assigned working days of 2026-11 are not booked yet (3 participants, column 'not booked'): the statement pays only booked hours — see 'insat hours missing --month 2026-11'\n",
    );
  });

  test('the table ends with the total', () => {
    const r = ok(november(), ['pay', '--month', '2026-11'], TODAY);
    expect(r.stdout).toContain('31.38 €');
    expect(r.stdout).toContain('1.50 € / 1.75 €');
    expect(r.stdout).toContain('from 2026-11-16');
    expect(r.stdout).toContain('to 2026-11-13');
    expect(r.stdout).toContain('total 51.76 € for 32 h worked by 3 of 3 participants, 2026-11-01–2026-11-30');
  });

  test('csv-de opened as text: BOM, semicolons, CRLF, decimal comma, dd.MM.yyyy, formulas neutralised', () => {
    const csv = ok(november(), ['pay', '--month', '2026-11', '--format', 'csv-de'], TODAY).stdout;
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'id;name;area;from;to;days worked;hours;euros per hour;amount;sick (certified);sick;excused;unexcused;leave;closed;not booked',
    );
    expect(lines[1]).toBe('p001;Anna Arndt;holz;01.11.2026;30.11.2026;4;19,5;1,50/1,75;31,38;0;1;0;0;0;0;16');
    expect(lines[2]).toBe(
      `p002;"'=HYPERLINK(""http://x"";""y"")";kueche;16.11.2026;30.11.2026;2;6,5;1,75;11,38;0;0;0;0;0;0;9`,
    );
    expect(lines[3]).toBe('p003;Cem Çelik;gestaltung;01.11.2026;13.11.2026;1;6;1,50;9,00;0;0;1;0;0;0;8');
    expect(lines[4]).toBe('');
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/\n/);
  });

  test('csv: commas, decimal points, ISO dates, no BOM', () => {
    const csv = ok(november(), ['pay', '--month', '2026-11', '--format', 'csv'], TODAY).stdout;
    expect(csv.startsWith('id,name,area,from,to,')).toBe(true);
    expect(csv).toContain('\np001,Anna Arndt,holz,2026-11-01,2026-11-30,4,19.5,1.50/1.75,31.38,0,1,0,0,0,0,16\n');
  });

  test('--participant shows one person; an unknown one is exit 4, a bad month exit 2', () => {
    const dir = november();
    const r = ok(dir, ['pay', '--month', '2026-11', '--participant', 'p002', '--json'], TODAY).json();
    expect(r.participants.map((p: any) => p.id)).toEqual(['p002']);
    expect(r.totalCents).toBe(1138);
    expect(insat(dir, ['pay', '--month', '2026-11', '--participant', 'p009'], TODAY).code).toBe(4);
    expect(insat(dir, ['pay', '--month', '2026-13'], TODAY).code).toBe(2);
    expect(insat(dir, ['pay'], TODAY).stderr).toContain('missing --month');
  });

  test('a month without bookings lists everybody with a seat at 0 €', () => {
    const r = ok(november(), ['pay', '--month', '2026-09', '--json'], TODAY).json();
    expect(r.totalCents).toBe(0);
    expect(r.participants.map((p: any) => [p.id, p.workedMinutes, p.amountCents])).toEqual([
      ['p001', 0, 0],
      ['p003', 0, 0],
    ]);
  });

  test('February of a leap year has 29 days', () => {
    const dir = tempDataDir('insat-pay-leap-');
    const main = mainData();
    enrol(main, 'p001', 'holz', '2027-09-01', '2028-08-31');
    // 2,00 €/h: 6,5 h on Mon 28.02. + 6,75 h on Tue 29.02. = 13,25 h = 26,50 €; 01.03. is March
    createStore(
      dir,
      main,
      [worked('p001', '2028-02-28', 390), worked('p001', '2028-02-29', 405), worked('p001', '2028-03-01', 480)],
      false,
    );
    const r = ok(dir, ['pay', '--month', '2028-02', '--json'], { today: '2028-03-10' }).json();
    expect(r).toMatchObject({ from: '2028-02-01', to: '2028-02-29', totalCents: 2650 });
    expect(r.participants[0].workedMinutes).toBe(795);
  });
});

describe('insat export pay|hours', () => {
  test('export pay gives the same rows as pay, and json with the contract keys', () => {
    const dir = november();
    expect(ok(dir, ['export', 'pay', '--month', '2026-11', '--format', 'csv-de'], TODAY).stdout).toBe(
      ok(dir, ['pay', '--month', '2026-11', '--format', 'csv-de'], TODAY).stdout,
    );
    const j = ok(dir, ['export', 'pay', '--month', '2026-11', '--format', 'json'], TODAY).json();
    expect(Object.keys(j)).toEqual(expect.arrayContaining(['month', 'totalCents', 'participants']));
    expect(Object.keys(j.participants[0])).toEqual(
      expect.arrayContaining(['id', 'workedMinutes', 'amountCents', 'absences']),
    );
    const pseudo = ok(dir, ['export', 'pay', '--month', '2026-11', '--format', 'csv', '--pseudonymize'], TODAY).stdout;
    expect(pseudo).not.toContain('Anna Arndt');
    expect(pseudo).toMatch(/^pseudonym,area,[^]*\nTN-[0-9A-F]{8},holz,/);
  });

  test('export hours writes exact decimals (no float noise) and guards formulas', () => {
    const dir = tempDataDir('insat-export-hours-');
    const main = mainData();
    main.people.push(person('p001', { name: '@SUM(A1)' }), person('p002', { name: '-1+2' }));
    enrol(main, 'p001', 'holz', '2026-01-05', '2026-12-31');
    enrol(main, 'p002', 'holz', '2026-01-05', '2026-12-31');
    // 0,1 h cannot be booked; quarter hours and their sums must come out exact: 0,25 · 6,75 · 0,5
    createStore(
      dir,
      main,
      [
        worked('p001', '2026-11-02', 15),
        worked('p001', '2026-11-03', 405),
        worked('p002', '2026-11-02', 30),
        absent('p002', '2026-11-03', 'holiday'),
      ],
      false,
    );
    const csv = ok(dir, ['export', 'hours', '--month', '2026-11', '--format', 'csv'], TODAY).stdout;
    expect(csv.split('\n')).toEqual([
      'date,id,name,area,hours,absence,forced',
      `2026-11-02,p001,"'@SUM(A1)",holz,0.25,,`,
      `2026-11-02,p002,"'-1+2",holz,0.5,,`,
      `2026-11-03,p001,"'@SUM(A1)",holz,6.75,,`,
      `2026-11-03,p002,"'-1+2",holz,,holiday,`,
      '',
    ]);
    const de = ok(dir, ['export', 'hours', '--month', '2026-11', '--format', 'csv-de'], TODAY).stdout;
    expect(de).toContain(`\r\n03.11.2026;p001;"'@SUM(A1)";holz;6,75;;\r\n`);
    const json = ok(dir, ['export', 'hours', '--month', '2026-11', '--format', 'json'], TODAY).json();
    expect(json.workedMinutes).toBe(450);
    expect(json.bookings.map((b: any) => b.minutes)).toEqual([15, 30, 405, 0]);
  });
});
