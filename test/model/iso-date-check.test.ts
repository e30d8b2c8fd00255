// The ISO date check the store runs on every date it reads (isValidIso), the length of a month and the
// day number behind all date arithmetic: the same answers as the calendar of `Date` for every day from
// 1900 to 2200 and around it.
import { describe, expect, test } from '@jest/globals';
import { dayNumber, daysInMonth, fromDayNumber, isValidIso } from '../../src/model/dates.js';

const calendarDays = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const pad = (n: number, width: number) => String(n).padStart(width, '0');

describe('daysInMonth', () => {
  test('every month from 1890 to 2210 as the calendar counts it (29 February in leap years only)', () => {
    // the months that differ, collected: one expect per month cost more than the months
    const wrong: [number, number, number][] = [];
    for (let y = 1890; y <= 2210; y++)
      for (let m = 1; m <= 12; m++) if (daysInMonth(y, m) !== calendarDays(y, m)) wrong.push([y, m, daysInMonth(y, m)]);
    expect(wrong).toEqual([]);
    expect([daysInMonth(2000, 2), daysInMonth(1900, 2), daysInMonth(2024, 2), daysInMonth(2100, 2)]).toEqual([
      29, 28, 29, 28,
    ]);
  });

  test('a month outside 1–12 counts on into the next or previous year, as Date does', () => {
    expect([daysInMonth(2026, 0), daysInMonth(2026, 13), daysInMonth(2026, 14)]).toEqual([31, 31, 28]);
  });
});

describe('isValidIso', () => {
  test('every real day from 1900 to 2200 is valid; the day after the end of each month is not', () => {
    const wrong: string[] = [];
    for (let y = 1900; y <= 2200; y++)
      for (let m = 1; m <= 12; m++) {
        const last = calendarDays(y, m);
        const lastDay = `${pad(y, 4)}-${pad(m, 2)}-${pad(last, 2)}`;
        const dayAfter = `${pad(y, 4)}-${pad(m, 2)}-${pad(last + 1, 2)}`;
        if (!isValidIso(lastDay)) wrong.push(`${lastDay} is refused`);
        if (isValidIso(dayAfter)) wrong.push(`${dayAfter} is accepted`);
      }
    expect(wrong).toEqual([]);
  });

  test.each([
    '1899-12-31',
    '2201-01-01',
    '2026-00-10',
    '2026-13-01',
    '2026-01-00',
    '2026-1-01',
    '2026-01-1',
    ' 2026-01-01',
    '2026-01-01 ',
    '2026/01/01',
    '2026-01-0a',
    '２０２６-01-01',
    '01.01.2026',
    '',
  ])('%j is no ISO day', (text) => {
    expect(isValidIso(text)).toBe(false);
  });
});

describe('dayNumber', () => {
  const byDate = (text: string) =>
    Date.UTC(Number(text.slice(0, 4)), Number(text.slice(5, 7)) - 1, Number(text.slice(8, 10))) / 86_400_000;

  test('every day from 1890 to 2210 has the number Date gives it, and fromDayNumber turns it back', () => {
    const wrong: string[] = [];
    for (let y = 1890; y <= 2210; y++)
      for (let m = 1; m <= 12; m++)
        for (let d = 1; d <= calendarDays(y, m); d++) {
          const day = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
          const n = dayNumber(day);
          if (n !== byDate(day) || fromDayNumber(n) !== day) wrong.push(day);
        }
    expect(wrong).toEqual([]);
    expect([dayNumber('1970-01-01'), dayNumber('1969-12-31'), dayNumber('2000-03-01')]).toEqual([0, -1, 11_017]);
  });

  test.each(['2026-02-30', '2026-01-00', '2026-13-01', '2026-00-15', '0099-01-01', '2026-01-01T10:00', '2026x01x02'])(
    '%j counts as Date counts it',
    (text) => expect(dayNumber(text)).toBe(byDate(text)),
  );

  test.each(['', '2026-01', 'abcd-ef-gh', ' 2026-01-01'])(
    '%j is no day: as Date, NaN or what its numbers make',
    (text) => expect(Object.is(dayNumber(text), byDate(text))).toBe(true),
  );
});
