import { describe, expect, test } from '@jest/globals';
import { easterSunday, holidayName, isWorkingDay, nrwHolidays } from '../../src/model/holidays.js';

// Official NRW public holidays 2024–2030 (Easter Sunday: 2024-03-31, 2025-04-20, 2026-04-05,
// 2027-03-28, 2028-04-16, 2029-04-01, 2030-04-21; Karfreitag −2, Ostermontag +1,
// Christi Himmelfahrt +39, Pfingstmontag +50, Fronleichnam +60 days).
const OFFICIAL: Record<number, [string, string][]> = {
  2024: [
    ['2024-01-01', 'Neujahr'],
    ['2024-03-29', 'Karfreitag'],
    ['2024-04-01', 'Ostermontag'],
    ['2024-05-01', 'Tag der Arbeit'],
    ['2024-05-09', 'Christi Himmelfahrt'],
    ['2024-05-20', 'Pfingstmontag'],
    ['2024-05-30', 'Fronleichnam'],
    ['2024-10-03', 'Tag der Deutschen Einheit'],
    ['2024-11-01', 'Allerheiligen'],
    ['2024-12-25', '1. Weihnachtstag'],
    ['2024-12-26', '2. Weihnachtstag'],
  ],
  2025: [
    ['2025-01-01', 'Neujahr'],
    ['2025-04-18', 'Karfreitag'],
    ['2025-04-21', 'Ostermontag'],
    ['2025-05-01', 'Tag der Arbeit'],
    ['2025-05-29', 'Christi Himmelfahrt'],
    ['2025-06-09', 'Pfingstmontag'],
    ['2025-06-19', 'Fronleichnam'],
    ['2025-10-03', 'Tag der Deutschen Einheit'],
    ['2025-11-01', 'Allerheiligen'],
    ['2025-12-25', '1. Weihnachtstag'],
    ['2025-12-26', '2. Weihnachtstag'],
  ],
  2026: [
    ['2026-01-01', 'Neujahr'],
    ['2026-04-03', 'Karfreitag'],
    ['2026-04-06', 'Ostermontag'],
    ['2026-05-01', 'Tag der Arbeit'],
    ['2026-05-14', 'Christi Himmelfahrt'],
    ['2026-05-25', 'Pfingstmontag'],
    ['2026-06-04', 'Fronleichnam'],
    ['2026-10-03', 'Tag der Deutschen Einheit'],
    ['2026-11-01', 'Allerheiligen'],
    ['2026-12-25', '1. Weihnachtstag'],
    ['2026-12-26', '2. Weihnachtstag'],
  ],
  2027: [
    ['2027-01-01', 'Neujahr'],
    ['2027-03-26', 'Karfreitag'],
    ['2027-03-29', 'Ostermontag'],
    ['2027-05-01', 'Tag der Arbeit'],
    ['2027-05-06', 'Christi Himmelfahrt'],
    ['2027-05-17', 'Pfingstmontag'],
    ['2027-05-27', 'Fronleichnam'],
    ['2027-10-03', 'Tag der Deutschen Einheit'],
    ['2027-11-01', 'Allerheiligen'],
    ['2027-12-25', '1. Weihnachtstag'],
    ['2027-12-26', '2. Weihnachtstag'],
  ],
  2028: [
    ['2028-01-01', 'Neujahr'],
    ['2028-04-14', 'Karfreitag'],
    ['2028-04-17', 'Ostermontag'],
    ['2028-05-01', 'Tag der Arbeit'],
    ['2028-05-25', 'Christi Himmelfahrt'],
    ['2028-06-05', 'Pfingstmontag'],
    ['2028-06-15', 'Fronleichnam'],
    ['2028-10-03', 'Tag der Deutschen Einheit'],
    ['2028-11-01', 'Allerheiligen'],
    ['2028-12-25', '1. Weihnachtstag'],
    ['2028-12-26', '2. Weihnachtstag'],
  ],
  2029: [
    ['2029-01-01', 'Neujahr'],
    ['2029-03-30', 'Karfreitag'],
    ['2029-04-02', 'Ostermontag'],
    ['2029-05-01', 'Tag der Arbeit'],
    ['2029-05-10', 'Christi Himmelfahrt'],
    ['2029-05-21', 'Pfingstmontag'],
    ['2029-05-31', 'Fronleichnam'],
    ['2029-10-03', 'Tag der Deutschen Einheit'],
    ['2029-11-01', 'Allerheiligen'],
    ['2029-12-25', '1. Weihnachtstag'],
    ['2029-12-26', '2. Weihnachtstag'],
  ],
  2030: [
    ['2030-01-01', 'Neujahr'],
    ['2030-04-19', 'Karfreitag'],
    ['2030-04-22', 'Ostermontag'],
    ['2030-05-01', 'Tag der Arbeit'],
    ['2030-05-30', 'Christi Himmelfahrt'],
    ['2030-06-10', 'Pfingstmontag'],
    ['2030-06-20', 'Fronleichnam'],
    ['2030-10-03', 'Tag der Deutschen Einheit'],
    ['2030-11-01', 'Allerheiligen'],
    ['2030-12-25', '1. Weihnachtstag'],
    ['2030-12-26', '2. Weihnachtstag'],
  ],
};

describe('NRW public holidays', () => {
  test.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    [2029, '2029-04-01'],
    [2030, '2030-04-21'],
  ])('Easter Sunday %i is %s', (year, day) => {
    expect(easterSunday(year)).toBe(day);
  });

  test.each(Object.keys(OFFICIAL).map(Number))('lists exactly the eleven official holidays of %i', (year) => {
    expect([...nrwHolidays(year).entries()]).toEqual(OFFICIAL[year]);
  });

  test('a day that is both 1 May and Ascension Day (2008) appears once with both names', () => {
    const h = nrwHolidays(2008);
    expect(h.size).toBe(10);
    expect(h.get('2008-05-01')).toBe('Tag der Arbeit / Christi Himmelfahrt');
  });

  test('changing a returned map does not change the cached holidays', () => {
    nrwHolidays(2026).delete('2026-01-01');
    expect(nrwHolidays(2026).has('2026-01-01')).toBe(true);
    expect(holidayName('2026-01-01')).toBe('Neujahr');
    expect(holidayName('2026-01-02')).toBeNull();
  });
});

describe('working days: Monday to Friday, no NRW holiday, no closing day', () => {
  test('an ordinary Tuesday is a working day', () => {
    expect(isWorkingDay('2026-11-24', [])).toBe(true);
  });

  test('Saturday and Sunday are not', () => {
    expect(isWorkingDay('2026-11-28', [])).toBe(false);
    expect(isWorkingDay('2026-11-29', [])).toBe(false);
  });

  test('public holidays on weekdays are not (Fronleichnam, Allerheiligen, Karfreitag)', () => {
    expect(isWorkingDay('2026-06-04', [])).toBe(false);
    expect(isWorkingDay('2027-11-01', [])).toBe(false);
    expect(isWorkingDay('2025-04-18', [])).toBe(false);
  });

  test("the provider's closing days are not", () => {
    expect(isWorkingDay('2026-12-24', ['2026-12-24', '2026-12-31'])).toBe(false);
    expect(isWorkingDay('2026-12-31', ['2026-12-24', '2026-12-31'])).toBe(false);
    expect(isWorkingDay('2026-12-30', ['2026-12-24', '2026-12-31'])).toBe(true);
  });

  test('a long list of closing days works, also after it grows', () => {
    const days: string[] = [];
    for (let y = 2006; y <= 2026; y++) days.push(`${y}-12-24`, `${y}-12-31`);
    expect(isWorkingDay('2024-12-24', days)).toBe(false);
    expect(isWorkingDay('2024-12-23', days)).toBe(true);
    days.push('2024-12-23');
    expect(isWorkingDay('2024-12-23', days)).toBe(false);
  });
});
