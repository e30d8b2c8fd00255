// The input forms of CLI.md: German words for areas and absence codes, short dates and day words.
import { describe, expect, test } from '@jest/globals';
import { parseDate } from '../../src/model/dates.js';
import { absenceOfWord, areaOfWord } from '../../src/model/words.js';

describe('work areas and absence codes are read as codes or German words, in any case', () => {
  test('areas', () => {
    expect(['holz', 'Holz', 'HOLZ', ' holz '].map(areaOfWord)).toEqual(['holz', 'holz', 'holz', 'holz']);
    expect(['Küche', 'küche', 'Kueche', 'KÜCHE'].map(areaOfWord)).toEqual(['kueche', 'kueche', 'kueche', 'kueche']);
    expect(areaOfWord('Gestaltung')).toBe('gestaltung');
    expect(['garten', 'kuche', '', 'holz-'].map(areaOfWord)).toEqual([null, null, null, null]);
  });

  test('absence codes', () => {
    expect(['krank', 'Krank ohne AU', 'sick'].map(absenceOfWord)).toEqual(['sick', 'sick', 'sick']);
    expect(['krank-au', 'Krank mit AU', 'SICK-CERTIFIED'].map(absenceOfWord)).toEqual([
      'sick-certified',
      'sick-certified',
      'sick-certified',
    ]);
    expect(['entschuldigt', 'Unentschuldigt', 'Urlaub', 'Schließtag', 'schliesstag'].map(absenceOfWord)).toEqual([
      'excused',
      'unexcused',
      'holiday',
      'closed',
      'closed',
    ]);
    expect(['ill', 'au', 'frei'].map(absenceOfWord)).toEqual([null, null, null]);
  });
});

describe('dates as people type them', () => {
  const today = '2026-11-25';

  test('heute, today, gestern, yesterday count from today', () => {
    expect(['heute', 'Heute', 'today', 'gestern', 'YESTERDAY'].map((w) => parseDate(w, today))).toEqual([
      '2026-11-25',
      '2026-11-25',
      '2026-11-25',
      '2026-11-24',
      '2026-11-24',
    ]);
    expect(parseDate('gestern', '2027-01-01')).toBe('2026-12-31');
  });

  test('dd.MM.yy takes the century that puts the day at most ten years after today', () => {
    expect(parseDate('19.05.26', today)).toBe('2026-05-19');
    expect(parseDate('1.2.36', today)).toBe('2036-02-01');
    expect(parseDate('01.05.37', today)).toBe('1937-05-01');
    expect(parseDate('01.05.80', today)).toBe('1980-05-01');
    expect(parseDate('29.02.27', today)).toBeNull();
  });

  test('without today only full dates are read', () => {
    expect(parseDate('heute')).toBeNull();
    expect(parseDate('19.05.26')).toBeNull();
    expect(parseDate('19.05.2026')).toBe('2026-05-19');
  });
});
