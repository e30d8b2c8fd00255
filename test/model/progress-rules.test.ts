// When a progress report may be written: the rule lives in the model, the command only asks it.
import { describe, expect, test } from '@jest/globals';
import { progressReportViolations } from '../../src/model/progress.js';
import { enrol, mainData, person } from '../helpers/main-data.js';

const TODAY = '2026-11-25';

describe('a progress report covers days of the assignment of a person whose data is kept', () => {
  const data = mainData();
  const a = enrol(data, 'p1', 'holz', '2026-06-01', '2027-05-31');
  const rules = (period: { from: string; to: string }, over: { purged?: boolean } = {}) =>
    progressReportViolations(person('p1', over), a, period, TODAY).map((v) => v.rule);

  test('accepts a period inside the assignment, and one that only overlaps it', () => {
    expect(rules({ from: '2026-06-01', to: TODAY })).toEqual([]);
    expect(rules({ from: '2026-05-01', to: '2026-06-10' })).toEqual([]);
  });

  test('refuses a period wholly before or after the assignment', () => {
    expect(rules({ from: '2026-01-01', to: '2026-05-31' })).toEqual(['report-period']);
    expect(rules({ from: '2027-06-01', to: '2027-06-30' })).toEqual(['report-period']);
  });

  test('refuses an assignment that has not started yet', () => {
    const later = enrol(data, 'p2', 'holz', '2026-12-01', '2027-11-30');
    expect(
      progressReportViolations(person('p2'), later, { from: '2026-12-01', to: '2026-12-01' }, TODAY).map((v) => v.rule),
    ).toEqual(['report-period']);
  });

  test('refuses a person whose personal data was purged', () => {
    expect(rules({ from: '2026-06-01', to: TODAY }, { purged: true })).toEqual(['purged']);
  });
});
