import { describe, expect, test } from '@jest/globals';
import {
  addMonths,
  daysInclusive,
  formatDateDe,
  fullMonthsBetween,
  isoWeekOf,
  isoWeekPeriod,
  isoWeeksInYear,
  isoWeekday,
  parseDate,
  parseIsoWeek,
  parseMonth,
  monthPeriod,
} from '../../src/model/dates.js';
import { centsToDecimal, formatEuroDe, parseEuros, roundHalfUp } from '../../src/model/money.js';
import { minutesToDecimalHours, parseHours } from '../../src/model/durations.js';

describe('dates are calendar days', () => {
  test('accepts ISO and German input and rejects days that do not exist', () => {
    expect(parseDate('2026-11-24')).toBe('2026-11-24');
    expect(parseDate('24.11.2026')).toBe('2026-11-24');
    expect(parseDate('1.3.2024')).toBe('2024-03-01');
    expect(parseDate('2024-02-29')).toBe('2024-02-29');
    expect(parseDate('2026-02-29')).toBeNull();
    expect(parseDate('31.04.2026')).toBeNull();
    expect(parseDate('2026-13-01')).toBeNull();
    expect(parseDate('tomorrow')).toBeNull();
    expect(parseDate('')).toBeNull();
  });
  test('month arithmetic falls to the last day of a shorter month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-11-15', 14)).toBe('2028-01-15');
    expect(fullMonthsBetween('2026-01-15', '2026-03-13')).toBe(1);
    expect(fullMonthsBetween('2026-01-15', '2026-03-15')).toBe(2);
  });
  test('counts days inclusive of both ends', () => {
    expect(daysInclusive('2026-11-01', '2026-11-30')).toBe(30);
    expect(daysInclusive('2024-02-01', '2024-02-29')).toBe(29);
    expect(daysInclusive('2026-11-02', '2026-11-01')).toBe(0);
  });
  test('ISO weeks across a year end', () => {
    expect(isoWeeksInYear(2026)).toBe(53);
    expect(isoWeeksInYear(2027)).toBe(52);
    expect(isoWeekPeriod(2026, 53)).toEqual({ from: '2026-12-28', to: '2027-01-03' });
    expect(isoWeekPeriod(2027, 1)).toEqual({ from: '2027-01-04', to: '2027-01-10' });
    expect(isoWeekOf('2027-01-01')).toEqual({ year: 2026, week: 53 });
    expect(isoWeekOf('2024-12-30')).toEqual({ year: 2025, week: 1 });
    expect(parseIsoWeek('2026-W53')).toEqual({ year: 2026, week: 53 });
    expect(parseIsoWeek('2025-W53')).toBeNull();
    expect(parseIsoWeek('2026-w49')).toEqual({ year: 2026, week: 49 });
    expect(isoWeekday('2026-11-23')).toBe(1);
  });
  test('months and German display', () => {
    expect(parseMonth('2026-13')).toBeNull();
    expect(monthPeriod('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(formatDateDe('2026-11-24')).toBe('24.11.2026');
  });
});

describe('money is integer cents, time integer minutes', () => {
  test('hours in all input forms', () => {
    expect(parseHours('6.5')).toBe(390);
    expect(parseHours('6,5')).toBe(390);
    expect(parseHours('6:30')).toBe(390);
    expect(parseHours('6.25')).toBe(375);
    expect(parseHours('6,75')).toBe(405);
    expect(parseHours('8')).toBe(480);
    expect(parseHours('7.3')).toBe(438);
    expect(parseHours('7.33')).toBeNull();
    expect(parseHours('abc')).toBeNull();
    expect(parseHours('-1')).toBeNull();
  });
  test('euros in both decimal forms', () => {
    expect(parseEuros('2,00')).toBe(200);
    expect(parseEuros('2.5')).toBe(250);
    expect(parseEuros('1,5')).toBe(150);
    expect(parseEuros('x')).toBeNull();
  });
  test('rounds half up once', () => {
    expect(roundHalfUp(150, 100)).toBe(2);
    expect(roundHalfUp(149, 100)).toBe(1);
    expect(roundHalfUp(0, 60)).toBe(0);
    expect(roundHalfUp(30, 60)).toBe(1);
  });
  test('prints exact decimals and German amounts', () => {
    expect(centsToDecimal(123450)).toBe('1234.50');
    expect(centsToDecimal(5, ',')).toBe('0,05');
    expect(formatEuroDe(123450)).toBe('1.234,50 €');
    expect(formatEuroDe(30)).toBe('0,30 €');
    expect(minutesToDecimalHours(390)).toBe('6.5');
    expect(minutesToDecimalHours(405, ',')).toBe('6,75');
    expect(minutesToDecimalHours(18)).toBe('0.3');
  });
});
