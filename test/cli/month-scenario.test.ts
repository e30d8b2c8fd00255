// A month of real administration: two people with forgotten days. Every signal shows exactly those
// days — hours missing, check, pay, the absence report — and booking them clears every signal.
import { describe, expect, test } from '@jest/globals';
import { enrolled, insat, ok, storeBytes, tempDataDir, withContacts } from '../helpers/cli.js';

const opts = { today: '2026-12-10' };
const NOVEMBER_WORKING_DAYS = [
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
  '25',
  '26',
  '27',
  '30',
];

describe('a month with forgotten days', () => {
  const dir = tempDataDir();
  ok(dir, ['init'], opts);
  const anna = enrolled(dir, 'holz', '2026-11-02', '2027-10-31', 20, opts);
  const ben = enrolled(dir, 'kueche', '2026-11-02', '2027-10-31', 20, opts);
  for (const id of [anna, ben]) withContacts(dir, id, opts);
  const forgotten: Record<string, string[]> = { [anna]: ['2026-11-12'], [ben]: ['2026-11-26', '2026-11-27'] };
  for (const id of [anna, ben]) {
    for (const d of NOVEMBER_WORKING_DAYS)
      if (!forgotten[id]!.includes(`2026-11-${d}`))
        ok(dir, ['hours', 'book', id, '--date', `2026-11-${d}`, '--hours', '4'], opts);
    for (const d of ['01', '02', '03', '04', '07', '08', '09'])
      ok(dir, ['hours', 'book', id, '--date', `2026-12-${d}`, '--hours', '4'], opts);
  }

  test('every signal names exactly the forgotten days', () => {
    const missing = ok(dir, ['hours', 'missing', '--month', '2026-11', '--json'], opts)
      .json()
      .missing.map((m: { id: string; date: string }) => `${m.id} ${m.date}`);
    expect(missing).toEqual([`${anna} 2026-11-12`, `${ben} 2026-11-27`, `${ben} 2026-11-26`]);

    const check = ok(dir, ['check'], opts);
    expect(check.stderr).toContain(`warning: unbooked-days: ${anna}: 1 assigned working day not booked`);
    expect(check.stderr).toContain(`warning: unbooked-days: ${ben}: 2 assigned working days not booked`);

    const pay = ok(dir, ['pay', '--month', '2026-11', '--json'], opts);
    expect(
      pay
        .json()
        .participants.map((p: { id: string; unbookedDays: number; absenceDays: number }) => [
          p.id,
          p.unbookedDays,
          p.absenceDays,
        ]),
    ).toEqual([
      [anna, 1, 0],
      [ben, 2, 0],
    ]);
    expect(pay.stderr).toContain('3 assigned working days of 2026-11 are not booked yet');

    const before = storeBytes(dir);
    const refused = insat(dir, ['absences', '--month', '2026-11'], opts);
    expect(refused.code).toBe(3);
    expect(refused.stderr).toBe(
      "error: 3 assigned working days of 2026-11 nobody booked (2 participants): the absence report would be incomplete — book them first ('insat hours missing --month 2026-11' lists them), or pass --allow-gaps to report them as not booked\n",
    );
    expect(storeBytes(dir)).toEqual(before);
    const gaps = ok(dir, ['absences', '--month', '2026-11', '--allow-gaps', '--json'], opts).json();
    expect(gaps.unbookedDays).toBe(3);
    expect(
      gaps.participants.map((p: { unbookedDates: string[]; absenceDays: number }) => [p.unbookedDates, p.absenceDays]),
    ).toEqual([
      [['2026-11-12'], 0],
      [['2026-11-26', '2026-11-27'], 0],
    ]);
  });

  test('booking the days clears every signal', () => {
    ok(dir, ['hours', 'book', anna, '--date', '2026-11-12', '--absent', 'krank'], opts);
    for (const d of ['2026-11-26', '2026-11-27']) ok(dir, ['hours', 'book', ben, '--date', d, '--hours', '4'], opts);
    expect(ok(dir, ['hours', 'missing', '--month', '2026-11', '--json'], opts).json().count).toBe(0);
    expect(ok(dir, ['check', '--strict'], opts).stderr).toBe('');
    const pay = ok(dir, ['pay', '--month', '2026-11', '--json'], opts);
    expect(pay.json().unbookedDays).toBe(0);
    expect(pay.stderr).toBe('');
    const report = ok(dir, ['absences', '--month', '2026-11', '--json'], opts);
    expect(report.json().unbookedDays).toBe(0);
    expect(report.json().participants.find((p: { id: string }) => p.id === anna).absences.sick).toBe(1);
  });
});
