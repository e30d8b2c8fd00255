// Weekly hours valid from a day on (`participant hours`): every reader goes through weeklyHoursOn, the
// week limit of booking uses the hours valid in that week, and bookings before a change stay valid.
import '../helpers/english.js';
import { describe, expect, test } from '@jest/globals';
import { sayViolation } from '../../src/i18n/active.js';
import { attendanceDays } from '../../src/model/attendance.js';
import { bookingViolations, storeBookingViolations } from '../../src/model/booking.js';
import { personAssignmentViolations } from '../../src/model/enrolment.js';
import {
  assignmentOn,
  bookedAboveHoursViolations,
  hoursChangeDateViolations,
  weekLimitHours,
  weeklyHoursOn,
  withWeeklyHoursFrom,
} from '../../src/model/weekly-hours.js';
import { enrol, mainData, worked } from '../helpers/main-data.js';

// 2027-02-01 is a Monday; 2027-02-03 a Wednesday.
function setUp(changes?: { from: string; hoursPerWeek: number }[]) {
  const data = mainData();
  const a = enrol(data, 'p001', 'holz', '2027-01-04', '2027-12-31', { hoursPerWeek: 20 });
  if (changes) a.hoursChanges = changes;
  return { data, a };
}

describe('weeklyHoursOn: the hours valid on a day', () => {
  test('without changes: the hours of the enrolment on every day', () => {
    const { a } = setUp();
    expect([weeklyHoursOn(a, '2027-01-04'), weeklyHoursOn(a, '2027-12-31')]).toEqual([20, 20]);
  });

  test('a change applies from its day on; the day before keeps the hours before', () => {
    const { a } = setUp([
      { from: '2027-02-01', hoursPerWeek: 25 },
      { from: '2027-06-01', hoursPerWeek: 15 },
    ]);
    expect(weeklyHoursOn(a, '2027-01-31')).toBe(20);
    expect(weeklyHoursOn(a, '2027-02-01')).toBe(25);
    expect(weeklyHoursOn(a, '2027-05-31')).toBe(25);
    expect(weeklyHoursOn(a, '2027-06-01')).toBe(15);
  });
});

describe('the week limit uses the hours valid in that week', () => {
  test('a change on a Monday: the week before has the old limit, its own week the new one', () => {
    const { a } = setUp([{ from: '2027-02-01', hoursPerWeek: 25 }]);
    expect(weekLimitHours(a, '2027-01-29')).toBe(20);
    expect(weekLimitHours(a, '2027-02-05')).toBe(25);
  });

  test('a change in the middle of a week: the larger of the two hours limits that week', () => {
    const down = setUp([{ from: '2027-02-03', hoursPerWeek: 15 }]).a;
    const up = setUp([{ from: '2027-02-03', hoursPerWeek: 30 }]).a;
    expect(weekLimitHours(down, '2027-02-01')).toBe(20);
    expect(weekLimitHours(up, '2027-02-01')).toBe(30);
    expect(weekLimitHours(down, '2027-02-08')).toBe(15);
  });

  test('booking: 24 h in a week is refused at 20 h a week and allowed once 25 h apply', () => {
    const { data, a } = setUp([{ from: '2027-02-01', hoursPerWeek: 25 }]);
    const rules = { settings: data.settings, assignments: data.assignments, today: '2027-03-01' };
    const sixHours = (days: string[]) => days.map((d) => worked('p001', d, 360));
    const before = sixHours(['2027-01-25', '2027-01-26', '2027-01-27']); // 18 h, 20 h a week
    const after = sixHours(['2027-02-01', '2027-02-02', '2027-02-03']); // 18 h, 25 h a week
    expect(bookingViolations(worked('p001', '2027-01-28', 360), rules, before).map((v) => v.rule)).toEqual([
      'weekly-hours',
    ]);
    expect(bookingViolations(worked('p001', '2027-02-04', 360), rules, after)).toEqual([]);
    expect(a.hoursPerWeek).toBe(20);
  });

  test('check: bookings made before a reduction stay valid, the weeks after it are held to the new hours', () => {
    const { data } = setUp([{ from: '2027-02-01', hoursPerWeek: 15 }]);
    const january = ['2027-01-25', '2027-01-26', '2027-01-27'].map((d) => worked('p001', d, 360)); // 18 h
    const february = ['2027-02-01', '2027-02-02', '2027-02-03'].map((d) => worked('p001', d, 360)); // 18 h
    expect(storeBookingViolations(data, january)).toEqual([]);
    expect(storeBookingViolations(data, february).map((v) => v.rule)).toEqual(['weekly-hours']);
  });
});

describe('withWeeklyHoursFrom: recording hours from a day', () => {
  test('a day after the start adds a dated change and keeps the hours of the enrolment', () => {
    const { a } = setUp();
    const after = withWeeklyHoursFrom(a, '2027-02-01', 25);
    expect(after.hoursPerWeek).toBe(20);
    expect(after.hoursChanges).toEqual([{ from: '2027-02-01', hoursPerWeek: 25 }]);
  });

  test('the first day changes the hours of the enrolment itself', () => {
    const { a } = setUp();
    const after = withWeeklyHoursFrom(a, '2027-01-04', 25);
    expect(after.hoursPerWeek).toBe(25);
    expect(after.hoursChanges).toBeUndefined();
  });

  test('the same day again replaces its change; later changes stay', () => {
    const { a } = setUp([
      { from: '2027-02-01', hoursPerWeek: 25 },
      { from: '2027-06-01', hoursPerWeek: 15 },
    ]);
    expect(withWeeklyHoursFrom(a, '2027-02-01', 30).hoursChanges).toEqual([
      { from: '2027-02-01', hoursPerWeek: 30 },
      { from: '2027-06-01', hoursPerWeek: 15 },
    ]);
  });

  test('setting the hours valid before a change removes the change (the field goes when none is left)', () => {
    const { a } = setUp([{ from: '2027-02-01', hoursPerWeek: 25 }]);
    const after = withWeeklyHoursFrom(a, '2027-02-01', 20);
    expect(after).not.toHaveProperty('hoursChanges');
    expect(after.hoursPerWeek).toBe(20);
  });
});

describe('the rules a change of hours is checked by', () => {
  test('the day must lie within the assignment', () => {
    const { a } = setUp();
    expect(hoursChangeDateViolations(a, '2027-01-03').map((v) => v.rule)).toEqual(['hours-date']);
    expect(hoursChangeDateViolations(a, '2028-01-01').map((v) => v.rule)).toEqual(['hours-date']);
    expect(hoursChangeDateViolations(a, '2027-12-31')).toEqual([]);
  });

  test('weeks from the change on with more booked than the new hours are named; weeks before are not', () => {
    const { a } = setUp();
    const bookings = [
      ...['2027-01-25', '2027-01-26', '2027-01-27'].map((d) => worked('p001', d, 360)), // 18 h before
      ...['2027-02-01', '2027-02-02', '2027-02-03'].map((d) => worked('p001', d, 360)), // 18 h after
    ];
    const v = bookedAboveHoursViolations(withWeeklyHoursFrom(a, '2027-02-01', 15), '2027-02-01', bookings);
    expect(v).toHaveLength(1);
    expect(sayViolation(v[0]!)).toContain('2027-02-01 – 2027-02-07: 18 h of 15 h');
    expect(sayViolation(v[0]!)).not.toContain('2027-01-25');
    expect(bookedAboveHoursViolations(withWeeklyHoursFrom(a, '2027-02-01', 18), '2027-02-01', bookings)).toEqual([]);
  });

  test('every dated value must lie within the programme bounds (check)', () => {
    const { data, a } = setUp([{ from: '2027-02-01', hoursPerWeek: 45 }]);
    expect(personAssignmentViolations(data, data.people[0]!, [a]).map((v) => v.rule)).toEqual(['weekly-hours']);
  });

  test('planned daily hours follow the hours valid on each day', () => {
    const { a } = setUp([{ from: '2027-02-03', hoursPerWeek: 30 }]);
    const days = attendanceDays('p001', [a], [], [], '2027-02-01', '2027-02-05');
    expect(days.map((d) => d.plannedMinutes)).toEqual([240, 240, 360, 360, 360]);
  });

  test('a weekday distribution keeps its days; hours from a change are spread evenly over them', () => {
    const { a } = setUp([{ from: '2027-02-01', hoursPerWeek: 16 }]);
    a.weekdayMinutes = [300, 300, 300, 300, 0]; // 20 h Monday to Thursday
    expect(assignmentOn(a, '2027-01-29').weekdayMinutes).toEqual([300, 300, 300, 300, 0]);
    expect(assignmentOn(a, '2027-02-01')).toMatchObject({ hoursPerWeek: 16, weekdayMinutes: [240, 240, 240, 240, 0] });
    const days = attendanceDays('p001', [a], [], [], '2027-01-28', '2027-02-05');
    expect(days.filter((d) => d.kind === 'working').map((d) => [d.date, d.plannedMinutes])).toEqual([
      ['2027-01-28', 300],
      ['2027-02-01', 240],
      ['2027-02-02', 240],
      ['2027-02-03', 240],
      ['2027-02-04', 240],
    ]);
  });
});
