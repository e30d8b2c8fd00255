// What a roster books "as planned": the weekday's planned minutes at the hours valid that day; on a
// weekend, which only a forced booking reaches, the weekly hours ÷ 5.
import { expect, test } from '@jest/globals';
import { minutesAsPlanned } from '../../src/model/booking.js';
import { enrol, mainData } from '../helpers/main-data.js';

test('Monday to Friday: the weekday pattern; a day the pattern leaves free: 0', () => {
  const data = mainData();
  const a = { ...enrol(data, 'p1', 'holz', '2026-11-02', '2027-10-31', { hoursPerWeek: 20 }) };
  a.weekdayMinutes = [360, 360, 480, 0, 0];
  expect(minutesAsPlanned(a, '2026-11-23')).toBe(360); // Monday
  expect(minutesAsPlanned(a, '2026-11-25')).toBe(480); // Wednesday
  expect(minutesAsPlanned(a, '2026-11-26')).toBe(0); // Thursday
});

test('Saturday and Sunday: the weekly hours ÷ 5, rounded down to the quarter hour, at the hours valid that day', () => {
  const data = mainData();
  const a = { ...enrol(data, 'p1', 'holz', '2026-11-02', '2027-10-31', { hoursPerWeek: 20 }) };
  a.hoursChanges = [{ from: '2026-11-23', hoursPerWeek: 17 }];
  expect(minutesAsPlanned(a, '2026-11-21')).toBe(240); // Saturday, 20 h
  expect(minutesAsPlanned(a, '2026-11-28')).toBe(195); // Saturday, 17 h: 204 min → 195
});
