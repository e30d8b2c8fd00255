// `insat check` holds every stored change of weekly hours to what `participant hours` lets in: after
// the assignment's first day, within it, oldest first, one a day (weeklyHoursOn reads them in order).
import { describe, expect, test } from '@jest/globals';
import { de } from '../../src/i18n/de/index.js';
import { en } from '../../src/i18n/en/index.js';
import { storeViolations } from '../../src/model/check.js';
import { enrol, mainData } from '../helpers/main-data.js';

const TODAY = '2027-03-01';

function storeWith(changes: { from: string; hoursPerWeek: number }[]) {
  const data = mainData();
  const a = enrol(data, 'p001', 'holz', '2027-01-04', '2027-12-31', { hoursPerWeek: 20 });
  a.hoursChanges = changes;
  return data;
}

const hoursDateProblems = (changes: { from: string; hoursPerWeek: number }[]) =>
  storeViolations(storeWith(changes), [], TODAY).filter((v) => v.rule === 'hours-date');

describe('check: the changes of weekly hours', () => {
  test('changes after the start, within the assignment, oldest first, are consistent', () => {
    expect(
      hoursDateProblems([
        { from: '2027-02-01', hoursPerWeek: 25 },
        { from: '2027-06-01', hoursPerWeek: 15 },
      ]),
    ).toEqual([]);
  });

  test('a list out of order is a problem naming the day that comes too early', () => {
    const v = hoursDateProblems([
      { from: '2027-06-01', hoursPerWeek: 15 },
      { from: '2027-02-01', hoursPerWeek: 25 },
    ]);
    expect(v).toHaveLength(1);
    expect(v[0]!.ids).toEqual(['p001']);
    expect(v[0]!.message(en)).toContain('2027-02-01');
    expect(v[0]!.message(en)).not.toContain('2027-06-01');
  });

  test('a change on or before the first day, after the end, or twice on one day is a problem', () => {
    const v = hoursDateProblems([
      { from: '2027-01-04', hoursPerWeek: 25 },
      { from: '2027-03-01', hoursPerWeek: 30 },
      { from: '2027-03-01', hoursPerWeek: 15 },
      { from: '2028-01-03', hoursPerWeek: 25 },
    ]);
    expect(v).toHaveLength(1);
    expect(v[0]!.message(en)).toContain('2027-01-04, 2027-03-01, 2028-01-03');
  });

  test('the problem reads in German too', () => {
    const [v] = hoursDateProblems([{ from: '2026-12-01', hoursPerWeek: 25 }]);
    expect(v!.message(de)).toContain('die Änderungen der Wochenstunden der Zuweisung 04.01.2027 – 31.12.2027');
    expect(v!.message(de)).toContain('01.12.2026 tut das nicht');
  });
});
