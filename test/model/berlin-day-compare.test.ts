import { describe, expect, test } from '@jest/globals';
import { berlinDay, berlinOffsetHours } from '../../src/model/berlin-day.js';
import { compareIds, compareText } from '../../src/model/compare.js';

const intlDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Berlin',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const HOUR = 3_600_000;

describe("today in Berlin without ICU's time zones", () => {
  test('agrees with Intl every 7 hours from 1996 to 2045 (the EU rule all along)', () => {
    const mismatches: string[] = [];
    for (let t = Date.UTC(1996, 0, 1); t < Date.UTC(2046, 0, 1); t += 7 * HOUR) {
      if (berlinDay(t) !== intlDay.format(new Date(t))) mismatches.push(new Date(t).toISOString());
    }
    expect(mismatches).toEqual([]);
  });

  test('agrees with Intl minute by minute around every change of the clocks, 2000–2040', () => {
    const mismatches: string[] = [];
    for (let year = 2000; year <= 2040; year++) {
      for (const month of [2, 9]) {
        const last = Date.UTC(year, month + 1, 0);
        const change = last - new Date(last).getUTCDay() * 24 * HOUR + HOUR;
        // Around midnight Berlin time too: 22:00–02:00 UTC on the day of the change and the day before.
        for (const around of [change, change - HOUR, change - 24 * HOUR - 2 * HOUR]) {
          for (let t = around - 90 * 60_000; t <= around + 90 * 60_000; t += 60_000) {
            if (berlinDay(t) !== intlDay.format(new Date(t))) mismatches.push(new Date(t).toISOString());
          }
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  test('summer time starts at 01:00 UTC on the last Sunday of March and ends at 01:00 UTC on the last Sunday of October', () => {
    expect(berlinOffsetHours(Date.UTC(2026, 2, 29, 0, 59))).toBe(1);
    expect(berlinOffsetHours(Date.UTC(2026, 2, 29, 1, 0))).toBe(2);
    expect(berlinOffsetHours(Date.UTC(2026, 9, 25, 0, 59))).toBe(2);
    expect(berlinOffsetHours(Date.UTC(2026, 9, 25, 1, 0))).toBe(1);
  });

  test('23:30 UTC is already the next day in Berlin, summer and winter', () => {
    expect(berlinDay(Date.UTC(2026, 0, 14, 23, 30))).toBe('2026-01-15');
    expect(berlinDay(Date.UTC(2026, 6, 14, 22, 30))).toBe('2026-07-15');
    expect(berlinDay(Date.UTC(2026, 6, 14, 21, 59))).toBe('2026-07-14');
  });
});

describe('comparators without collation', () => {
  test('ISO dates and ids of equal width sort as localeCompare sorts them', () => {
    const keys = ['2026-11-25', '2026-01-05', 'p012', 'p003', 'a101', '2025-12-31', 'holz', 'kueche', 'gestaltung'];
    expect([...keys].sort(compareText)).toEqual([...keys].sort((a, b) => a.localeCompare(b)));
  });

  test('ids sort in natural order, p999 before p1000, as the numeric collation does', () => {
    const ids = ['p1000', 'p999', 'p001', 'p0100', 'a002', 'p10'];
    expect([...ids].sort(compareIds)).toEqual([...ids].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })));
    expect(['p1000', 'p999'].sort(compareIds)).toEqual(['p999', 'p1000']);
  });
});
