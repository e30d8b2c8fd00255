import { describe, expect, test } from '@jest/globals';
import { seatDays } from '../../src/model/occupancy.js';
import { median, yearStats } from '../../src/model/stats.js';
import { absent, enrol, mainData, worked } from '../helpers/main-data.js';

// 2020: a leap year, and the allowance rate changes from 1.50 € to 2.00 € per hour on 1 March.
function store2020() {
  const data = mainData();
  enrol(data, 'e1', 'holz', '2019-01-07', '2021-06-30'); // the whole year, no exit
  enrol(data, 'x1', 'holz', '2019-03-01', '2020-12-31', { exit: { date: '2020-01-31', reason: 'job' } });
  enrol(data, 'x2', 'holz', '2020-02-03', '2021-02-02', { exit: { date: '2020-02-03', reason: 'dropout' } }); // leaves on the first day
  enrol(data, 'x3', 'holz', '2020-01-06', '2020-12-31', { exit: { date: '2020-06-30', reason: 'training' } });
  enrol(data, 'x4', 'holz', '2019-07-01', '2020-06-30'); // runs out: regular-end without a recorded exit
  enrol(data, 'x5', 'holz', '2020-03-02', '2021-03-01', { exit: { date: '2020-09-30', reason: 'therapy' } });
  enrol(data, 'x6', 'holz', '2018-01-02', '2020-12-31', { exit: { date: '2020-12-31', reason: 'regular-end' } });
  enrol(data, 'x7', 'kueche', '2020-10-01', '2021-09-30', { exit: { date: '2020-12-01', reason: 'excluded' } });
  enrol(data, 'x8', 'holz', '2019-01-07', '2020-06-30', { exit: { date: '2019-12-31', reason: 'job' } }); // left in 2019
  enrol(data, 'x9', 'kueche', '2020-11-02', '2021-10-31'); // enters in November
  return data;
}

const BOOKINGS = [
  worked('e1', '2019-12-30', 480), // the year before: left out
  worked('e1', '2020-02-28', 45),
  worked('x3', '2020-02-28', 45), // at 1.50 €/h: 45 × 150 / 60 = 112.5 → 113 cents each
  worked('e1', '2020-03-02', 390), // at 2.00 €/h: 390 × 200 / 60 = 1300 cents
  absent('e1', '2020-03-03', 'unexcused'),
  absent('e1', '2020-03-04', 'unexcused'),
  absent('e1', '2020-03-05', 'sick-certified'),
  absent('x3', '2020-03-06', 'holiday'),
  worked('e1', '2021-01-04', 480), // the year after: left out
];

describe('yearly exit statistics', () => {
  const s = yearStats(store2020(), BOOKINGS, 2020);

  test('exits of the year by reason and by group; a run-out assignment counts as regular-end', () => {
    // x1 job, x2 dropout, x3 training, x4 (ran out), x5 therapy, x6 regular-end, x7 excluded; x8 left in 2019
    expect(s.exits).toBe(7);
    expect(s.exitsByReason).toEqual({ job: 1, dropout: 1, training: 1, 'regular-end': 2, therapy: 1, excluded: 1 });
    expect(s.exitsByGroup).toEqual({ regular: 2, integration: 2, 'further-support': 1, other: 2 });
  });

  test('integration rate with and without regular-end', () => {
    // job + training = 2 of 7 exits; without the 2 regular-end exits: 2 of 5
    expect(s.integrationExits).toBe(2);
    expect(s.integrationRate).toBeCloseTo(2 / 7, 12);
    expect(s.integrationRateWithoutRegularEnd).toBeCloseTo(2 / 5, 12);
  });

  test('average and median length of stay of those who left, in calendar days', () => {
    // x1 1 Mar 2019 – 31 Jan 2020: 306 (Mar–Dec 2019) + 31 = 337
    // x2 3 Feb – 3 Feb: 1
    // x3 6 Jan – 30 Jun 2020: 26 + 29 + 31 + 30 + 31 + 30 = 177
    // x4 1 Jul 2019 – 30 Jun 2020: 366 (the leap day inside)
    // x5 2 Mar – 30 Sep: 30 + 30 + 31 + 30 + 31 + 31 + 30 = 213
    // x6 2 Jan 2018 – 31 Dec 2020: 364 + 365 + 366 = 1095
    // x7 1 Oct – 1 Dec: 31 + 30 + 1 = 62
    // sum 2251 / 7 = 321.57 → 321.6; sorted 1, 62, 177, 213, 337, 366, 1095 → median 213
    expect(s.lengthOfStay).toEqual({ stays: 7, averageDays: 321.6, medianDays: 213 });
  });

  test('entries, participants, hours, allowance and absences', () => {
    expect(s.entries).toBe(5); // x2, x3, x5 (holz), x7, x9 (kueche)
    expect(s.entriesByArea).toEqual({ holz: 3, kueche: 2, gestaltung: 0 });
    expect(s.participants).toBe(9); // all but x8
    expect(s.workedMinutes).toBe(45 + 45 + 390);
    expect(s.workedDays).toBe(3);
    // February: 113 + 113 = 226 (rounded per person and month, not 225); March: 1300
    expect(s.allowanceCents).toBe(1526);
    expect(s.months.map((m) => m.allowanceCents).slice(0, 3)).toEqual([0, 226, 1300]);
    expect(s.absenceDays).toEqual({ sick: 0, 'sick-certified': 1, excused: 0, holiday: 1, unexcused: 2, closed: 0 });
    expect(s.unexcusedDays).toBe(2);
    expect(s.months[2]!.unexcusedDays).toBe(2);
    expect(s.absenceRates.unexcused).toBeCloseTo(2 / s.assignedWorkingDays, 12);
    // sick-certified 1 + unexcused 2 = 3 days of absence from work; leave (holiday) does not count
    expect(s.absenceRate).toBeCloseTo(3 / s.assignedWorkingDays, 12);
  });

  test('monthly occupancy per area: February 2020', () => {
    const feb = s.months[1]!;
    expect([feb.from, feb.to]).toEqual(['2020-02-01', '2020-02-29']);
    // weekdays 3–7, 10–14, 17–21, 24–28 Feb = 20 (the 29th is a Saturday), no holiday
    expect(feb.occupancy.workingDays).toBe(20);
    // holz: e1, x3, x4, x6 all 20 days + x2 on Mon 3 Feb = 81 of 12 × 20 = 240; total capacity 33 × 20 = 660
    const holz = feb.occupancy.areas.find((a) => a.area === 'holz')!;
    expect([holz.occupiedSeatDays, holz.capacitySeatDays]).toEqual([81, 240]);
    expect(holz.rate).toBeCloseTo(81 / 240, 12);
    expect([feb.occupancy.occupiedSeatDays, feb.occupancy.capacitySeatDays]).toEqual([81, 660]);
    expect(feb.entries).toBe(1);
    expect(feb.exitsByGroup.other).toBe(1); // x2 dropout
  });

  test('the year adds up its months, and matches seat-days counted over the whole year', () => {
    expect(s.months).toHaveLength(12);
    const whole = seatDays(store2020(), { from: '2020-01-01', to: '2020-12-31' });
    // 2020 starts on a Wednesday and has 366 days: 52 weeks + Wed, Thu = 262 weekdays; holidays on
    // weekdays: 1 Jan, 10 Apr, 13 Apr, 1 May, 21 May, 1 Jun, 11 Jun, 25 Dec = 8 (3 Oct, 1 Nov, 26 Dec are weekend days)
    expect(s.occupancy.workingDays).toBe(whole.workingDays);
    expect(s.occupancy.workingDays).toBe(262 - 8);
    expect(s.occupancy.occupiedSeatDays).toBe(whole.occupiedSeatDays);
    expect(s.occupancy.capacitySeatDays).toBe(33 * 254);
    // nobody in this store has a weekday distribution: every seat-day is an assigned working day
    expect(s.assignedWorkingDays).toBe(whole.occupiedSeatDays);
    expect(s.assignedWorkingDays).toBe(whole.assignedWorkingDays);
    expect(s.months.reduce((n, m) => n + m.assignedWorkingDays, 0)).toBe(s.assignedWorkingDays);
    expect(s.months.reduce((n, m) => n + m.exits, 0)).toBe(s.exits);
    expect(s.approvedSeats).toBe(33);
  });
});

test('a weekday the distribution leaves free is no assigned working day of the year', () => {
  const data = mainData();
  // Monday, Tuesday and Thursday all of 2020: 3 of the 5 weekdays
  enrol(data, 'p1', 'holz', '2019-01-07', '2021-06-30', { hoursPerWeek: 18 }).weekdayMinutes = [360, 360, 0, 360, 0];
  const y = yearStats(data, [worked('p1', '2020-01-02', 360), worked('p1', '2020-01-08', 120, true)], 2020);
  const whole = seatDays(data, { from: '2020-01-01', to: '2020-12-31' });
  expect(y.occupancy.occupiedSeatDays).toBe(254);
  expect(y.assignedWorkingDays).toBe(whole.assignedWorkingDays);
  expect(y.assignedWorkingDays).toBeLessThan(254 * 0.65);
  // Thursday 2 January counts; Wednesday 8 January (worked, unplanned) does not
  expect(y.workedDays).toBe(1);
  expect(y.attendanceRate).toBeCloseTo(1 / y.assignedWorkingDays, 12);
});

describe('a year that is not over, and a year without data', () => {
  test('asOf cuts the year: figures to that day', () => {
    const s = yearStats(store2020(), BOOKINGS, 2020, '2020-03-03');
    expect([s.from, s.to, s.complete]).toEqual(['2020-01-01', '2020-03-03', false]);
    expect(s.months.map((m) => m.to)).toEqual(['2020-01-31', '2020-02-29', '2020-03-03']);
    expect(s.exitsByReason).toEqual({ job: 1, dropout: 1 });
    expect(s.unexcusedDays).toBe(1); // 3 March only
  });

  test('an empty year: zeros, never NaN', () => {
    const s = yearStats(mainData(), [], 2025);
    expect(s).toMatchObject({
      exits: 0,
      integrationRate: 0,
      integrationRateWithoutRegularEnd: 0,
      lengthOfStay: { stays: 0, averageDays: 0, medianDays: 0 },
      allowanceCents: 0,
      absenceRate: 0,
    });
    expect(s.occupancy.rate).toBe(0);
    expect(JSON.stringify(s)).not.toMatch(/NaN|null/);
  });

  test('median of an even count is the mean of the middle two', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBe(0);
  });
});
