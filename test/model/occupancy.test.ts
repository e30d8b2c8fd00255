import { describe, expect, test } from '@jest/globals';
import { isoWeekPeriod, isoWeeksInYear, parseIsoWeek } from '../../src/model/dates.js';
import { lastCompleteWeek, occupancySummary, seatDays, workingDaysIn } from '../../src/model/occupancy.js';
import { absent, enrol, mainData, person, worked } from '../helpers/main-data.js';

const W47 = { from: '2026-11-16', to: '2026-11-22' }; // Mon 16 Nov – Sun 22 Nov 2026, no holiday
const W53 = { from: '2026-12-28', to: '2027-01-03' }; // Mon 28 Dec 2026 – Sun 3 Jan 2027, Fri 1 Jan = Neujahr

describe('occupancy counts seats on working days, from start to end or exit inclusive', () => {
  // Default seat plan: 33 seats, holz 12, kueche 11, gestaltung 10.
  function w47Store() {
    const data = mainData();
    enrol(data, 'p1', 'holz', '2026-01-05', '2026-12-31'); // Mon–Fri: 5 working days
    enrol(data, 'p2', 'kueche', '2026-11-18', '2027-11-17'); // starts Wed: Wed, Thu, Fri = 3
    enrol(data, 'p3', 'gestaltung', '2026-06-01', '2027-05-31', { exit: { date: '2026-11-16', reason: 'job' } }); // exit on the first day: Mon = 1
    enrol(data, 'p4', 'holz', '2026-11-22', '2027-11-21'); // starts on the last day, a Sunday: 0 working days
    enrol(data, 'p5', 'kueche', '2025-11-21', '2026-11-20'); // runs out on Fri: 5, no exit recorded → regular-end
    enrol(data, 'p6', 'kueche', '2026-11-23', '2027-11-22'); // starts after the period: 0
    enrol(data, 'p7', 'holz', '2025-01-01', '2025-12-31'); // long gone: 0
    return data;
  }

  test('a plain week: seat-days, entries, exits, seats free at the end', () => {
    const s = occupancySummary(w47Store(), [], W47);
    expect(s.workingDays).toBe(5);
    // occupied = p1 5 + p2 3 + p3 1 + p4 0 + p5 5 = 14; capacity = 33 seats × 5 days = 165
    expect(s.occupiedSeatDays).toBe(14);
    expect(s.capacitySeatDays).toBe(165);
    expect(s.rate).toBeCloseTo(14 / 165, 12);
    const byArea = Object.fromEntries(s.areas.map((a) => [a.area, a]));
    // holz: p1 5 + p4 0 = 5 of 12×5 = 60; kueche: p2 3 + p5 5 = 8 of 11×5 = 55; gestaltung: p3 1 of 10×5 = 50
    expect([byArea.holz!.occupiedSeatDays, byArea.holz!.capacitySeatDays]).toEqual([5, 60]);
    expect([byArea.kueche!.occupiedSeatDays, byArea.kueche!.capacitySeatDays]).toEqual([8, 55]);
    expect([byArea.gestaltung!.occupiedSeatDays, byArea.gestaltung!.capacitySeatDays]).toEqual([1, 50]);
    expect(byArea.kueche!.rate).toBeCloseTo(8 / 55, 12);
    // entries: p2 (Wed) and p4 (the last day); exits: p3 (job, on the first day) and p5 (ran out on Fri)
    expect(s.entries).toBe(2);
    expect([byArea.holz!.entries, byArea.kueche!.entries, byArea.gestaltung!.entries]).toEqual([1, 1, 0]);
    expect(s.exits).toBe(2);
    expect(s.exitsByGroup).toEqual({ regular: 1, integration: 1, 'further-support': 0, other: 0 });
    expect(s.exitsByReason).toEqual({ job: 1, 'regular-end': 1 });
    // on Sun 22 Nov: p1, p2, p4 hold a seat → 33 − 3 = 30 free; holz 12 − 2, kueche 11 − 1, gestaltung 10 − 0
    expect(s.capacity).toBe(33);
    expect(s.occupiedAtEnd).toBe(3);
    expect(s.freeAtEnd).toBe(30);
    expect(s.areas.map((a) => a.freeAtEnd)).toEqual([10, 10, 10]);
    // p1 ends on 31 Dec, within the 4 weeks after 22 Nov? No: 22 Nov + 28 = 20 Dec; nobody frees up
    expect(s.freeingIn4Weeks).toBe(0);
  });

  test('a seat ending within the 4 weeks after the period counts as freeing up', () => {
    const data = w47Store();
    enrol(data, 'p8', 'gestaltung', '2026-01-01', '2026-12-19'); // last day 19 Dec ≤ 20 Dec
    const s = occupancySummary(data, [], W47);
    expect(s.freeingIn4Weeks).toBe(1);
    expect(s.areas.find((a) => a.area === 'gestaltung')!.freeingIn4Weeks).toBe(1);
  });

  test('2026-W53: a public holiday, a capacity change on Wednesday, an area move, the year end', () => {
    const data = mainData();
    // From Wed 30 Dec 2026: 30 seats, 10 per area
    data.settings.seats.push({ from: '2026-12-30', total: 30, areas: { holz: 10, kueche: 10, gestaltung: 10 } });
    enrol(data, 'p1', 'holz', '2026-01-05', '2027-06-30'); // Mon–Thu: 4 (Fri is Neujahr)
    enrol(data, 'p2', 'kueche', '2026-03-01', '2027-02-28', { exit: { date: '2026-12-29', reason: 'therapy' } }); // Mon, Tue: 2
    enrol(data, 'p3', 'kueche', '2026-09-01', '2027-08-31', { moves: [['2026-12-31', 'gestaltung']] }); // kueche Mon–Wed 3, gestaltung Thu 1
    enrol(data, 'p4', 'gestaltung', '2027-01-01', '2027-12-31'); // starts on the holiday: 0
    enrol(data, 'p5', 'holz', '2026-12-28', '2027-12-27'); // starts on the first day: 4
    enrol(data, 'p6', 'gestaltung', '2025-01-06', '2027-01-03'); // ends on the last day, a Sunday: 4

    const bookings = [
      worked('p1', '2026-12-27', 300, true), // Sunday before the period: not counted
      worked('p1', '2026-12-28', 360),
      worked('p1', '2026-12-29', 360),
      absent('p1', '2026-12-30', 'sick'),
      worked('p1', '2026-12-31', 240),
      worked('p1', '2027-01-01', 120, true), // forced on the holiday: hours, not a worked day
      worked('p3', '2026-12-28', 300),
      worked('p3', '2026-12-31', 300), // kueche on Monday, gestaltung on Thursday
      worked('p5', '2027-01-04', 360), // after the period: not counted
    ];
    const s = occupancySummary(data, bookings, W53);

    expect(s.workingDays).toBe(4);
    // capacity: Mon, Tue 33 + Wed, Thu 30 = 126; holz 12+12+10+10 = 44; kueche 11+11+10+10 = 42; gestaltung 10×4 = 40
    expect(s.capacitySeatDays).toBe(126);
    expect(s.areas.map((a) => a.capacitySeatDays)).toEqual([44, 42, 40]);
    // occupied: p1 4 + p2 2 + p3 4 + p4 0 + p5 4 + p6 4 = 18; holz p1 4 + p5 4 = 8; kueche p2 2 + p3 3 = 5; gestaltung p3 1 + p6 4 = 5
    expect(s.occupiedSeatDays).toBe(18);
    expect(s.areas.map((a) => a.occupiedSeatDays)).toEqual([8, 5, 5]);
    expect(s.rate).toBeCloseTo(18 / 126, 12);
    // capacity at the end is the plan valid on 3 Jan 2027
    expect(s.capacity).toBe(30);
    expect(s.areas.map((a) => a.capacity)).toEqual([10, 10, 10]);
    // on 3 Jan: p1, p5 (holz), p3, p4, p6 (gestaltung) → 30 − 5 = 25 free; holz 8, kueche 10, gestaltung 7
    expect(s.freeAtEnd).toBe(25);
    expect(s.areas.map((a) => a.freeAtEnd)).toEqual([8, 10, 7]);
    expect(s.entries).toBe(2); // p4, p5
    expect(s.exits).toBe(2); // p2 therapy, p6 ran out
    expect(s.exitsByGroup).toEqual({ regular: 1, integration: 0, 'further-support': 1, other: 0 });
    expect(s.freeingIn4Weeks).toBe(1); // p6: last day 3 Jan, free from 4 Jan
    // hours: p1 360+360+240+120 = 1080, p3 300+300 = 600 → 1680; worked working days p1 3 + p3 2 = 5
    expect(s.hoursMinutes).toBe(1680);
    expect(s.workedDays).toBe(5);
    expect(s.assignedWorkingDays).toBe(18);
    expect(s.attendanceRate).toBeCloseTo(5 / 18, 12);
    expect(s.areas.map((a) => a.hoursMinutes)).toEqual([1080, 300, 300]);
    expect(s.areas.map((a) => a.workedDays)).toEqual([3, 1, 1]);
  });

  test('attendance counts only the days the weekday distribution plans: a free weekday is no assigned working day', () => {
    const data = mainData();
    // p1 works Mon, Tue, Thu (6 h each), p2 Monday to Thursday (5 h each); both hold a seat all week
    enrol(data, 'p1', 'holz', '2026-01-05', '2027-06-30', { hoursPerWeek: 18 }).weekdayMinutes = [360, 360, 0, 360, 0];
    enrol(data, 'p2', 'holz', '2026-01-05', '2027-06-30').weekdayMinutes = [300, 300, 300, 300, 0];
    const W49 = { from: '2026-11-30', to: '2026-12-06' };
    const bookings = [
      ...['2026-11-30', '2026-12-01', '2026-12-03'].map((d) => worked('p1', d, 360)),
      // p1 on Wednesday, a day the plan leaves free: hours count, attendance does not
      worked('p1', '2026-12-02', 120, true),
      ...['2026-11-30', '2026-12-01', '2026-12-02'].map((d) => worked('p2', d, 300)),
      absent('p2', '2026-12-03', 'sick'),
    ];
    const s = occupancySummary(data, bookings, W49);
    // seats are taken on all five working days; the plans expect 3 + 4 = 7 days
    expect(s.occupiedSeatDays).toBe(10);
    expect(s.assignedWorkingDays).toBe(7);
    expect(s.workedDays).toBe(6);
    expect(s.attendanceRate).toBeCloseTo(6 / 7, 12);
    expect(s.hoursMinutes).toBe(3 * 360 + 120 + 3 * 300);
    expect(s.areas[0]).toMatchObject({ area: 'holz', occupiedSeatDays: 10, assignedWorkingDays: 7, workedDays: 6 });
  });

  test('a closing day of the provider is no working day', () => {
    const data = mainData();
    data.settings.closingDays = ['2026-12-31'];
    enrol(data, 'p1', 'holz', '2026-01-05', '2027-06-30');
    const s = occupancySummary(data, [], W53);
    // Mon, Tue, Wed (Thu closed, Fri Neujahr) = 3 days; capacity 33 × 3 = 99
    expect(s.workingDays).toBe(3);
    expect(s.occupiedSeatDays).toBe(3);
    expect(s.capacitySeatDays).toBe(99);
  });

  test('a week with no data is a valid zero summary, never NaN', () => {
    const s = occupancySummary(mainData(), [], W47);
    expect(s).toMatchObject({
      occupiedSeatDays: 0,
      capacitySeatDays: 165,
      rate: 0,
      entries: 0,
      exits: 0,
      freeAtEnd: 33,
      hoursMinutes: 0,
      attendanceRate: 0,
      waitlist: 0,
    });
    const none = mainData();
    none.settings.seats = [{ from: '2006-01-01', total: 0, areas: { holz: 0, kueche: 0, gestaltung: 0 } }];
    const z = occupancySummary(none, [], W47);
    expect(z.rate).toBe(0);
    expect(z.areas.every((a) => a.rate === 0)).toBe(true);
    expect(JSON.stringify(z)).not.toMatch(/null|NaN/);
  });

  test('the waiting list counts suitable applicants not yet enrolled, and those awaiting the information appointment', () => {
    const data = mainData();
    data.people.push(person('p1')); // suitable, waiting
    data.people.push(person('p2', { decision: { suitable: false, by: 'x', date: '2020-01-15' } }));
    data.people.push(person('p3', { decision: null, attended: false })); // scheduled
    data.people.push(person('p4', { decision: null, attended: false, infoAppointment: null })); // new
    data.people.push(person('p5', { withdrawn: '2020-02-01' }));
    enrol(data, 'p6', 'holz', '2026-01-05', '2026-12-31'); // enrolled, not waiting
    const s = occupancySummary(data, [], W47);
    expect(s.waitlist).toBe(1);
    expect(s.awaitingInfoAppointment).toBe(2);
  });
});

describe('seat-days over a longer period', () => {
  test('a month with two holidays (May 2026: 1 May, Ascension 14 May, Whit Monday 25 May)', () => {
    const data = mainData();
    enrol(data, 'p1', 'kueche', '2026-01-05', '2026-12-31');
    const days = workingDaysIn({ from: '2026-05-01', to: '2026-05-31' }, []);
    // May 2026 has 21 weekdays (Fri 1 … Fri 29); minus 1, 14 and 25 May = 18
    expect(days.length).toBe(18);
    const s = seatDays(data, { from: '2026-05-01', to: '2026-05-31' });
    expect(s.occupiedSeatDays).toBe(18);
    expect(s.capacitySeatDays).toBe(33 * 18);
  });
});

describe('the default period is the last complete ISO week before today', () => {
  test.each([
    ['2026-11-25', '2026-W47', '2026-11-16', '2026-11-22'], // a Wednesday
    ['2026-11-23', '2026-W47', '2026-11-16', '2026-11-22'], // a Monday: last week is complete
    ['2026-11-22', '2026-W46', '2026-11-09', '2026-11-15'], // a Sunday: this week is not over yet
    ['2027-01-04', '2026-W53', '2026-12-28', '2027-01-03'], // the week across the year end belongs to 2026
    ['2027-01-10', '2026-W53', '2026-12-28', '2027-01-03'],
    ['2027-01-11', '2027-W01', '2027-01-04', '2027-01-10'], // 2027-W01 starts on Monday 4 January
    ['2026-01-05', '2026-W01', '2025-12-29', '2026-01-04'], // 2026-W01 starts in December 2025
  ])('today %s → %s (%s to %s)', (today, week, from, to) => {
    const w = lastCompleteWeek(today);
    expect(`${w.year}-W${String(w.week).padStart(2, '0')}`).toBe(week);
    expect([w.from, w.to]).toEqual([from, to]);
  });

  test('ISO weeks at the year end', () => {
    expect(isoWeeksInYear(2026)).toBe(53);
    expect(isoWeeksInYear(2027)).toBe(52);
    expect(isoWeekPeriod(2026, 53)).toEqual(W53);
    expect(isoWeekPeriod(2027, 1)).toEqual({ from: '2027-01-04', to: '2027-01-10' });
    expect(parseIsoWeek('2026-W53')).toEqual({ year: 2026, week: 53 });
    expect(parseIsoWeek('2027-W53')).toBeNull();
  });
});
