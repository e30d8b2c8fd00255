// A working day nobody booked is "nicht erfasst": neither attendance nor absence (DOMAIN.md).
import '../helpers/english.js';
import { describe, expect, test } from '@jest/globals';
import { sayViolation } from '../../src/i18n/active.js';
import { attendanceDays, summarizeAttendance } from '../../src/model/attendance.js';
import { lastWorkingDays, unbookedDays, unbookedWarnings } from '../../src/model/unbooked.js';
import { absent, enrol, mainData, worked } from '../helpers/main-data.js';

const NOV = { from: '2026-11-01', to: '2026-11-30' };

describe('assigned working days without a booking', () => {
  test('lists the working days of the assignment before today that have no booking, newest first per person', () => {
    const data = mainData();
    enrol(data, 'p2', 'holz', '2026-11-16', '2027-05-31');
    enrol(data, 'p10', 'kueche', '2026-06-01', '2026-11-18', { moves: [['2026-11-17', 'gestaltung']] });
    const bookings = [
      worked('p2', '2026-11-16', 240),
      absent('p2', '2026-11-17', 'sick'),
      worked('p2', '2026-11-19', 240),
      worked('p10', '2026-11-16', 240),
      worked('p10', '2026-11-18', 240),
    ];
    // Today is Tuesday 24 November: the 24th itself may still be booked today.
    const days = unbookedDays(data.assignments, bookings, [], NOV, '2026-11-24');
    expect(days.map((d) => `${d.participantId} ${d.date} ${d.area}`)).toEqual([
      'p2 2026-11-23 holz',
      'p2 2026-11-20 holz',
      'p2 2026-11-18 holz',
      // p10's assignment ended on the 18th: the 2nd to the 13th and the 17th are missing, in the area of that day.
      'p10 2026-11-17 gestaltung',
      'p10 2026-11-13 kueche',
      'p10 2026-11-12 kueche',
      'p10 2026-11-11 kueche',
      'p10 2026-11-10 kueche',
      'p10 2026-11-09 kueche',
      'p10 2026-11-06 kueche',
      'p10 2026-11-05 kueche',
      'p10 2026-11-04 kueche',
      'p10 2026-11-03 kueche',
      'p10 2026-11-02 kueche',
    ]);
  });

  test('weekends, public holidays and closing days are no missing days; an absence or a closing-day booking fills a day', () => {
    const data = mainData();
    enrol(data, 'p1', 'holz', '2026-12-21', '2027-06-30');
    // 24 Dec is a closing day, 25/26 Dec are holidays, 26/27 Dec a weekend, 1 Jan a holiday.
    const bookings = [
      absent('p1', '2026-12-21', 'holiday'),
      absent('p1', '2026-12-22', 'closed'),
      worked('p1', '2026-12-23', 240),
    ];
    const days = unbookedDays(
      data.assignments,
      bookings,
      ['2026-12-24'],
      { from: '2026-12-21', to: '2027-01-04' },
      '2027-01-05',
    );
    expect(days.map((d) => d.date)).toEqual(['2027-01-04', '2026-12-31', '2026-12-30', '2026-12-29', '2026-12-28']);
  });

  test('nothing before the start, nothing in the future, nothing for a booked month', () => {
    const data = mainData();
    enrol(data, 'p1', 'holz', '2026-11-30', '2027-05-31');
    expect(unbookedDays(data.assignments, [], [], NOV, '2026-11-30')).toEqual([]);
    expect(unbookedDays(data.assignments, [], [], { from: '2026-12-01', to: '2026-12-31' }, '2026-11-30')).toEqual([]);
  });
});

describe('the default period: the last ten working days before today', () => {
  test('skips weekends, holidays and closing days', () => {
    expect(lastWorkingDays(10, '2026-11-25', [])).toEqual({ from: '2026-11-11', to: '2026-11-24' });
    // Before Wednesday 6 January 2027: 5, 4 Jan, 31, 30, 29, 28, 23, 22, 21, 18 Dec (1 Jan and 24–26 Dec are holidays or closed).
    expect(lastWorkingDays(10, '2027-01-06', ['2026-12-24'])).toEqual({ from: '2026-12-18', to: '2027-01-05' });
  });
});

describe('the attendance of the documents counts unbooked days apart', () => {
  test('a working day before today without a booking is neither present nor absent, but "not booked"', () => {
    const data = mainData();
    enrol(data, 'p1', 'holz', '2026-11-16', '2027-05-31');
    const bookings = [worked('p1', '2026-11-16', 240), absent('p1', '2026-11-17', 'sick')];
    const days = attendanceDays('p1', data.assignments, bookings, [], '2026-11-16', '2026-11-30');
    const s = summarizeAttendance(days, '2026-11-20');
    expect(s.unbookedDates).toEqual(['2026-11-18', '2026-11-19']);
    expect(s.presentDays).toBe(1);
    expect(Object.values(s.absenceDays).reduce((a, b) => a + b, 0)).toBe(1);
    // Without a today every unbooked working day of the period counts (a closed past period).
    expect(summarizeAttendance(days).unbookedDates).toHaveLength(9);
  });
});

describe('insat check warns about days nobody booked, after a grace period', () => {
  test('days older than the last five working days are warned about, per person; the grace days are left to the office', () => {
    const data = mainData();
    enrol(data, 'p1', 'holz', '2026-11-02', '2027-05-31');
    enrol(data, 'p2', 'kueche', '2026-11-16', '2027-05-31');
    const bookings = [
      ...['02', '03', '04', '05', '06', '09', '10', '11', '12'].map((d) => worked('p1', `2026-11-${d}`, 240)),
      worked('p2', '2026-11-16', 240),
    ];
    // Today 25 Nov: the grace covers 18–24 Nov; older unbooked days: p1 13, 16, 17 Nov; p2 17 Nov.
    const warnings = unbookedWarnings(data, bookings, '2026-11-25');
    expect(warnings.map((w) => [w.rule, w.ids[0]])).toEqual([
      ['unbooked-days', 'p1'],
      ['unbooked-days', 'p2'],
    ]);
    expect(sayViolation(warnings[0]!)).toBe(
      "p1: 3 assigned working days not booked, older than 5 working days (2026-11-17, 2026-11-16, 2026-11-13) — book them; 'insat hours missing --participant p1 --from 2026-11-13 --to 2026-11-17' lists them",
    );
  });

  test('the grace period is a setting; 0 warns about every day before today', () => {
    const data = mainData();
    enrol(data, 'p1', 'holz', '2026-11-23', '2027-05-31');
    expect(unbookedWarnings(data, [], '2026-11-25')).toEqual([]);
    data.settings.bookingGraceDays = 0;
    expect(unbookedWarnings(data, [], '2026-11-25').map(sayViolation)).toEqual([
      expect.stringContaining('p1: 2 assigned working days not booked'),
    ]);
  });
});
