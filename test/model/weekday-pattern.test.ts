// The weekday distribution of an assignment (DOMAIN.md): Monday to Friday evenly by default; a
// typed pattern adds up to the weekly hours; a weekday without planned hours is no assigned working day.
import '../helpers/english.js';
import { describe, expect, test } from '@jest/globals';
import { attendanceDays, summarizeAttendance } from '../../src/model/attendance.js';
import { bookingViolations } from '../../src/model/booking.js';
import { unbookedDays } from '../../src/model/unbooked.js';
import {
  evenSplit,
  isAssignedWorkingDay,
  parseDays,
  parsePattern,
  patternSumViolations,
  patternText,
  plannedMinutesOn,
  weekdayMinutesOf,
  weekdayPatternViolations,
} from '../../src/model/weekday-pattern.js';
import { sayViolation } from '../../src/i18n/active.js';
import { absent, enrol, mainData } from '../helpers/main-data.js';

const NOV = { from: '2026-11-01', to: '2026-11-30' };
// November 2026: Mondays 2, 9, 16, 23, 30; Fridays 6, 13, 20, 27.

describe('reading --days and --pattern', () => {
  test('--days takes ranges and lists of German or English day names, Monday to Friday', () => {
    expect(parseDays('mo-fr')).toEqual({ ok: true, value: [1, 2, 3, 4, 5] });
    expect(parseDays('mo,di,do')).toEqual({ ok: true, value: [1, 2, 4] });
    expect(parseDays('Montag-Mittwoch, Freitag')).toEqual({ ok: true, value: [1, 2, 3, 5] });
    expect(parseDays('tue,THU')).toEqual({ ok: true, value: [2, 4] });
  });

  test('--days refuses weekends, backward ranges, unknown and repeated days', () => {
    expect(parseDays('mo-sa')).toEqual({ ok: false, problem: { kind: 'weekend', day: 6 } });
    expect(parseDays('fr-mo')).toEqual({ ok: false, problem: { kind: 'range', item: 'fr-mo' } });
    expect(parseDays('mo,xy')).toEqual({ ok: false, problem: { kind: 'day', item: 'xy' } });
    expect(parseDays('mo-mi,di')).toEqual({ ok: false, problem: { kind: 'twice', day: 2 } });
    expect(parseDays(' , ')).toEqual({ ok: false, problem: { kind: 'empty' } });
  });

  test('--pattern gives each weekday its hours; decimal comma or point, clock form, quarter hours; days not named are free', () => {
    expect(parsePattern('mo=6,di=6,mi=6,do=6,fr=0')).toEqual({ ok: true, value: [360, 360, 360, 360, 0] });
    expect(parsePattern('mo=6,5,tue=4:30,Mittwoch=3.25')).toEqual({ ok: true, value: [390, 270, 195, 0, 0] });
    expect(parsePattern('mo=8,sa=0,so=0')).toEqual({ ok: true, value: [480, 0, 0, 0, 0] });
  });

  test('--pattern refuses weekend hours, other than quarter hours, bad hours and a day named twice', () => {
    expect(parsePattern('mo=6,sa=2')).toEqual({ ok: false, problem: { kind: 'weekend', day: 6 } });
    expect(parsePattern('mo=6,1')).toEqual({ ok: false, problem: { kind: 'quarter', item: 'mo=6,1' } });
    expect(parsePattern('mo=six')).toEqual({ ok: false, problem: { kind: 'hours', item: 'mo=six' } });
    expect(parsePattern('mo=6,montag=2')).toEqual({ ok: false, problem: { kind: 'twice', day: 1 } });
    expect(parsePattern('mo 6')).toEqual({ ok: false, problem: { kind: 'item', item: 'mo 6' } });
  });
});

describe('the sum of a pattern', () => {
  test('a typed pattern must add up to the weekly hours, and the refusal says the sum', () => {
    expect(patternSumViolations('p1', [360, 360, 360, 360, 0], 24)).toEqual([]);
    const [v] = patternSumViolations('p1', [360, 360, 360, 300, 0], 24);
    expect(v!.rule).toBe('weekday-pattern');
    expect(sayViolation(v!)).toContain('adds up to 23 h, the assignment has 24 h a week');
  });

  test('an even split over some days rounds each day down to the quarter hour, like the default over five', () => {
    expect(evenSplit(20 * 60, [1, 2, 4])).toEqual([390, 390, 0, 390, 0]); // 6:40 → 6:30
    expect(evenSplit(22 * 60, [1, 2, 3, 4, 5])).toEqual([255, 255, 255, 255, 255]); // 4:24 → 4:15
  });

  test('a stored pattern keeps quarter hours, the daily maximum, at least one day and the weekly hours', () => {
    const data = mainData();
    const a = enrol(data, 'p1', 'holz', '2026-11-02', '2027-04-30', { hoursPerWeek: 20 });
    a.weekdayMinutes = [540, 300, 0, 0, 0];
    expect(weekdayPatternViolations(data.settings, a).map(sayViolation)).toEqual([
      expect.stringContaining('mo=9 h in the weekday pattern is more than the daily maximum of 8 h'),
    ]);
    a.weekdayMinutes = [480, 480, 480, 0, 0];
    expect(weekdayPatternViolations(data.settings, a).map(sayViolation)).toEqual([
      expect.stringContaining('plans 24 h, more than the 20 h a week'),
    ]);
    a.weekdayMinutes = [0, 0, 0, 0, 0];
    expect(weekdayPatternViolations(data.settings, a).map(sayViolation)).toEqual([
      expect.stringContaining('plans no day'),
    ]);
    a.weekdayMinutes = [480, 480, 240, 0, 0];
    expect(weekdayPatternViolations(data.settings, a)).toEqual([]);
  });
});

describe('planned minutes of a day', () => {
  test('without a distribution (older stores): Monday to Friday, weekly hours ÷ 5 rounded down to the quarter hour', () => {
    const data = mainData();
    const a = enrol(data, 'p1', 'holz', '2026-11-02', '2027-04-30', { hoursPerWeek: 22 });
    expect(weekdayMinutesOf(a)).toEqual([255, 255, 255, 255, 255]);
    expect(plannedMinutesOn(a, '2026-11-06', [])).toBe(255); // a Friday
    expect(plannedMinutesOn(a, '2026-11-07', [])).toBe(0); // a Saturday
  });

  test('with a pattern: the hours of the weekday, none on a free weekday, a holiday, a closing day or outside the assignment', () => {
    const data = mainData();
    const a = enrol(data, 'p1', 'holz', '2026-11-02', '2027-04-30', { hoursPerWeek: 24 });
    a.weekdayMinutes = [360, 360, 360, 360, 0];
    expect(plannedMinutesOn(a, '2026-11-02', [])).toBe(360); // Monday
    expect(plannedMinutesOn(a, '2026-11-06', [])).toBe(0); // Friday, free
    expect(plannedMinutesOn(a, '2026-12-24', ['2026-12-24'])).toBe(0); // a closing day (a Thursday)
    expect(plannedMinutesOn(a, '2027-03-29', [])).toBe(0); // Easter Monday
    expect(plannedMinutesOn(a, '2026-10-26', [])).toBe(0); // before the start
    expect(isAssignedWorkingDay(a, '2026-11-05', [])).toBe(true);
    expect(isAssignedWorkingDay(a, '2026-11-06', [])).toBe(false);
    expect(patternText(weekdayMinutesOf(a))).toBe('mo=6,di=6,mi=6,do=6,fr=0');
  });

  test('other weekly hours than the pattern was made for are spread evenly over the same working days', () => {
    const data = mainData();
    const a = enrol(data, 'p1', 'holz', '2026-11-02', '2027-04-30', { hoursPerWeek: 24 });
    a.weekdayMinutes = [480, 480, 480, 0, 0];
    expect(weekdayMinutesOf(a, 24)).toEqual([480, 480, 480, 0, 0]);
    expect(weekdayMinutesOf(a, 15)).toEqual([300, 300, 300, 0, 0]);
    // the hours lowered under the distribution itself: it never plans more than the week allows
    expect(weekdayMinutesOf({ hoursPerWeek: 18, weekdayMinutes: [480, 480, 480, 0, 0] })).toEqual([
      360, 360, 360, 0, 0,
    ]);
  });
});

describe('days not booked and attendance follow the distribution', () => {
  test('a free weekday is never a missing day', () => {
    const data = mainData();
    const a = enrol(data, 'p1', 'holz', '2026-11-16', '2027-04-30', { hoursPerWeek: 18 });
    a.weekdayMinutes = evenSplit(18 * 60, [1, 2, 4]); // Monday, Tuesday, Thursday
    const days = unbookedDays(data.assignments, [], [], NOV, '2026-11-25');
    expect(days.map((d) => d.date)).toEqual(['2026-11-24', '2026-11-23', '2026-11-19', '2026-11-17', '2026-11-16']);
  });

  test('the attendance figures plan the weekday hours and count only planned days as working days', () => {
    const data = mainData();
    const a = enrol(data, 'p1', 'holz', '2026-11-02', '2027-04-30', { hoursPerWeek: 24 });
    a.weekdayMinutes = [360, 360, 360, 360, 0];
    const days = attendanceDays('p1', data.assignments, [], [], '2026-11-02', '2026-11-08');
    expect(days.map((d) => [d.kind, d.plannedMinutes])).toEqual([
      ['working', 360],
      ['working', 360],
      ['working', 360],
      ['working', 360],
      ['off', 0],
      ['weekend', 0],
      ['weekend', 0],
    ]);
    const s = summarizeAttendance(days, '2026-11-25');
    expect([s.workingDays, s.plannedMinutes, s.unbookedDates.length]).toEqual([4, 24 * 60, 4]);
  });

  test('leave falls on the person’s working days only; a sickness may be booked on a free weekday', () => {
    const data = mainData();
    const a = enrol(data, 'p1', 'holz', '2026-11-02', '2027-04-30', { hoursPerWeek: 24 });
    a.weekdayMinutes = [360, 360, 360, 360, 0];
    const rules = { settings: data.settings, assignments: data.assignments, today: '2026-11-25' };
    const [leave] = bookingViolations(absent('p1', '2026-11-06', 'holiday'), rules, []);
    expect(sayViolation(leave!)).toContain('2026-11-06 is a Friday without planned hours for p1');
    expect(bookingViolations(absent('p1', '2026-11-05', 'holiday'), rules, [])).toEqual([]);
    expect(bookingViolations(absent('p1', '2026-11-06', 'sick'), rules, [])).toEqual([]);
  });
});
