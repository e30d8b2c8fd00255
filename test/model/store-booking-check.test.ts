// `insat check` over every stored booking (storeBookingViolations): each booking's findings in the
// order of the bookings, duplicates per person and day, and one weekly-hours finding per person and
// ISO week, in the order the weeks first appear — also when people's bookings are interleaved.
import '../helpers/english.js';
import { describe, expect, test } from '@jest/globals';
import { sayViolation } from '../../src/i18n/active.js';
import { storeBookingViolations } from '../../src/model/booking.js';
import { enrol, mainData, worked } from '../helpers/main-data.js';

// 2027-02-01 is a Monday, 2027-02-06 a Saturday; 2026-12-28 the Monday of the week that holds 2027-01-01.
function twoPeople() {
  const data = mainData();
  enrol(data, 'p001', 'holz', '2026-12-01', '2027-12-31', { hoursPerWeek: 10 });
  enrol(data, 'p002', 'holz', '2026-12-01', '2027-12-31', { hoursPerWeek: 10 });
  return data;
}

const found = (vs: ReturnType<typeof storeBookingViolations>) => vs.map((v) => `${v.rule} ${v.ids.join(',')}`);

describe('every stored booking against the booking rules', () => {
  test('the same day booked for two people is no duplicate; twice for one person is', () => {
    const data = twoPeople();
    const bookings = [
      worked('p001', '2027-02-01', 120),
      worked('p002', '2027-02-01', 120),
      worked('p001', '2027-02-01', 60),
    ];
    expect(found(storeBookingViolations(data, bookings, '2027-03-01'))).toEqual(['booking-duplicate p001']);
  });

  test("a booking's findings come in the order duplicate, shape, period, daily maximum, working day", () => {
    const data = twoPeople();
    data.settings.dailyMaxMinutes = 480;
    const bookings = [worked('p001', '2027-02-06', 500), worked('p001', '2027-02-06', 490)];
    expect(found(storeBookingViolations(data, bookings, '2027-03-01'))).toEqual([
      'quarter-hour p001',
      'daily-maximum p001',
      'working-day p001',
      'booking-duplicate p001',
      'quarter-hour p001',
      'daily-maximum p001',
      'working-day p001',
      'weekly-hours p001',
    ]);
  });

  test('weekly hours: one finding per person and week, weeks in the order their first booking came', () => {
    const data = twoPeople();
    const bookings = [
      worked('p002', '2027-02-08', 360),
      worked('p001', '2027-02-01', 360),
      worked('p002', '2027-02-09', 360), // p002's week of 8 February: 12 h of 10 h
      worked('p001', '2027-02-02', 360), // p001's week of 1 February: 12 h of 10 h
      worked('p001', '2027-02-08', 300), // p001's week of 8 February: 5 h, fine
    ];
    const v = storeBookingViolations(data, bookings, '2027-03-01');
    expect(found(v)).toEqual(['weekly-hours p002', 'weekly-hours p001']);
    expect(sayViolation(v[0]!)).toContain('2027-02-08');
    expect(sayViolation(v[1]!)).toContain('2027-02-01');
  });

  test('a week that spans the turn of the year is one week, from its Monday in December', () => {
    const data = twoPeople();
    const bookings = [worked('p001', '2026-12-31', 360), worked('p001', '2027-01-01', 360)];
    const v = storeBookingViolations(data, bookings, '2027-03-01');
    expect(found(v)).toEqual(['working-day p001', 'weekly-hours p001']); // 1 January: New Year's Day
    expect(sayViolation(v[1]!)).toContain('2026-12-28–2027-01-03');
  });

  test('a change of the weekly hours in the middle of a week: the larger hours limit that week', () => {
    const data = twoPeople();
    data.assignments[0]!.hoursChanges = [{ from: '2027-02-03', hoursPerWeek: 15 }];
    const within = [worked('p001', '2027-02-01', 360), worked('p001', '2027-02-04', 360)]; // 12 h ≤ 15 h
    const above = [...within, worked('p001', '2027-02-05', 240)]; // 16 h > 15 h
    expect(storeBookingViolations(data, within, '2027-03-01')).toEqual([]);
    expect(found(storeBookingViolations(data, above, '2027-03-01'))).toEqual(['weekly-hours p001']);
  });
});
