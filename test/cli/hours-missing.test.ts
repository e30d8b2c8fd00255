// `insat hours missing`: what the office still has to book. A month with two people and a few
// forgotten days; booking them clears the list.
import { beforeAll, describe, expect, test } from '@jest/globals';
import { enrolled, insat, ok, storeBytes, tempDataDir, withContacts } from '../helpers/cli.js';

const TODAY = '2026-11-25';
const opts = { today: TODAY };
let dir: string;
let holz: string;
let kueche: string;

/** Books 4 h on every working day of November from the `first` up to the 24th, except the given days. */
function bookNovember(id: string, first: number, except: string[]) {
  for (let d = first; d <= 24; d++) {
    const date = `2026-11-${String(d).padStart(2, '0')}`;
    const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
    if (weekday === 0 || weekday === 6 || except.includes(date)) continue;
    ok(dir, ['hours', 'book', id, '--date', date, '--hours', '4'], opts);
  }
}

beforeAll(() => {
  dir = tempDataDir();
  ok(dir, ['init'], opts);
  holz = enrolled(dir, 'holz', '2026-11-02', '2027-10-31', 20, opts);
  kueche = enrolled(dir, 'kueche', '2026-11-09', '2027-11-08', 20, opts);
  bookNovember(holz, 2, ['2026-11-12', '2026-11-23']);
  bookNovember(kueche, 9, ['2026-11-20']);
  // Before the 9th the kueche person had no seat: those days are not missing.
});

describe('insat hours missing', () => {
  test('lists exactly the forgotten days of the month, per person, newest first', () => {
    const r = ok(dir, ['hours', 'missing', '--month', '2026-11', '--json'], opts).json();
    expect(r).toMatchObject({ from: '2026-11-01', to: '2026-11-30', count: 3, participants: 2 });
    expect(r.missing.map((m: { id: string; date: string; area: string }) => `${m.id} ${m.date} ${m.area}`)).toEqual([
      `${holz} 2026-11-23 holz`,
      `${holz} 2026-11-12 holz`,
      `${kueche} 2026-11-20 kueche`,
    ]);
  });

  test('the default is the last ten working days; the table says how to book them', () => {
    const r = ok(dir, ['hours', 'missing'], opts);
    expect(r.stdout).toContain('2026-11-23');
    expect(r.stdout).toContain('2026-11-12');
    expect(r.stdout).toMatch(
      /3 assigned working days of 2026-11-11 – 2026-11-24 without a booking \(2 participants\) — book each with 'insat hours book ID --date DATE/,
    );
  });

  test('--area, --participant and --date narrow the list; csv-de is German Excel', () => {
    expect(
      ok(dir, ['hours', 'missing', '--month', '2026-11', '--area', 'kueche', '--json'], opts).json().missing,
    ).toHaveLength(1);
    expect(
      ok(dir, ['hours', 'missing', '--month', '2026-11', '--participant', holz, '--json'], opts).json().count,
    ).toBe(2);
    expect(ok(dir, ['hours', 'missing', '--date', '2026-11-20', '--json'], opts).json().missing).toEqual([
      { id: kueche, name: `Person kueche 2026-11-09`, area: 'kueche', date: '2026-11-20' },
    ]);
    const csv = ok(dir, ['hours', 'missing', '--week', '2026-W48', '--format', 'csv-de'], opts).stdout;
    expect(csv).toBe(`\uFEFFid;name;area;date\r\n${holz};Person holz 2026-11-02;holz;23.11.2026\r\n`);
  });

  test('booking the days (worked or absent) clears the list; an empty list is exit 0', () => {
    const copy = tempDataDir();
    ok(copy, ['init'], opts);
    const p = enrolled(copy, 'holz', '2026-11-23', '2027-10-31', 20, opts);
    expect(ok(copy, ['hours', 'missing', '--json'], opts).json().count).toBe(2);
    ok(copy, ['hours', 'book', p, '--date', '2026-11-23', '--hours', '4'], opts);
    ok(copy, ['hours', 'book', p, '--date', '2026-11-24', '--absent', 'sick'], opts);
    const r = ok(copy, ['hours', 'missing'], opts);
    expect(r.stdout).toBe('All assigned working days of 2026-11-11 – 2026-11-24 before today are booked.\n');
  });

  test('bad input: exit code and message, nothing changed', () => {
    const before = storeBytes(dir);
    const cases: [string[], number, RegExp][] = [
      [['--week', '2026-W48', '--month', '2026-11'], 2, /--week and --month both choose the period/],
      [['--date', '2026-13-01'], 2, /--date/],
      [['--area', 'garten'], 2, /--area/],
      [['--participant', 'p999'], 4, /no applicant or participant 'p999'/],
      [['--format', 'pdf'], 2, /--format 'pdf' is not available here/],
      [['--from', '2026-11-01'], 2, /--to is missing/],
    ];
    for (const [args, code, message] of cases) {
      const r = insat(dir, ['hours', 'missing', ...args], opts);
      expect({ args, code: r.code, message: message.test(r.stderr) }).toEqual({ args, code, message: true });
    }
    expect(storeBytes(dir)).toEqual(before);
  });
});

describe('insat check and the days nobody booked', () => {
  test('check warns (exit 0) about forgotten days older than the grace period, --strict fails, booking them clears the warning', () => {
    const d = tempDataDir();
    ok(d, ['init'], opts);
    const p = enrolled(d, 'holz', '2026-11-02', '2027-10-31', 20, opts);
    withContacts(d, p, opts);
    for (const day of [
      '02',
      '03',
      '04',
      '05',
      '06',
      '09',
      '10',
      '11',
      '12',
      '13',
      '16',
      '17',
      '18',
      '19',
      '20',
      '23',
      '24',
    ]) {
      if (day !== '10') ok(d, ['hours', 'book', p, '--date', `2026-11-${day}`, '--hours', '4'], opts);
    }
    const r = ok(d, ['check'], opts);
    expect(r.stderr).toContain(
      `warning: unbooked-days: ${p}: 1 assigned working day not booked, older than 5 working days (2026-11-10)`,
    );
    expect(insat(d, ['check', '--strict'], opts).code).toBe(3);
    ok(d, ['hours', 'book', p, '--date', '2026-11-10', '--absent', 'excused'], opts);
    expect(ok(d, ['check', '--strict'], opts).stderr).toBe('');
  });
});
