// The day's planned hours of an even week are one rule: the cost plan and a weekend roster booking
// (plannedDailyMinutes) plan what an assignment without a weekday distribution plans each day.
import { describe, expect, test } from '@jest/globals';
import { plannedDailyMinutes } from '../../src/model/booking.js';
import { evenDailyMinutes } from '../../src/model/weekday-pattern.js';

describe('plannedDailyMinutes', () => {
  test('weekly hours ÷ 5, down to the quarter hour: 20 h → 4 h, 22 h → 4 h 15 min, 30 h → 6 h', () => {
    expect([20, 22, 30].map(plannedDailyMinutes)).toEqual([240, 255, 360]);
  });

  test('the same minutes an even week plans on every weekday, for every weekly hours', () => {
    for (let hours = 1; hours <= 60; hours++)
      expect(plannedDailyMinutes(hours)).toBe(evenDailyMinutes({ hoursPerWeek: hours }));
  });
});
