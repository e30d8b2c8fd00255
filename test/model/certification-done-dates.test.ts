// The days a certification date was done: never in the future, each after the one before. The same
// rule refuses `insat certification done` and makes `insat check` list a store that breaks it.
import '../helpers/english.js';
import { describe, expect, test } from '@jest/globals';
import { doneDateProblem, recordDone, storedDoneViolations } from '../../src/model/due/certifications.js';
import type { Certification } from '../../src/model/types.js';
import { sayViolation as say } from '../../src/i18n/active.js';

const audit = (done: Certification['done']): Certification => ({
  id: 'z001',
  kind: 'audit',
  due: '2027-12-01',
  everyMonths: 12,
  note: '',
  done,
  created: '2024-01-01',
});

describe('the rule for a day done', () => {
  test.each([
    ['2026-11-26', undefined, 'future'],
    ['2026-11-25', undefined, null],
    ['2026-11-20', '2026-11-21', 'before-last'],
    ['2026-11-21', '2026-11-21', 'same-day'],
    ['2026-11-22', '2026-11-21', null],
  ] as const)('done on %s after %s (today 2026-11-25): %s', (date, last, problem) => {
    expect(doneDateProblem(date, last, '2026-11-25')).toBe(problem);
  });
});

describe('a stored certification', () => {
  test('days done in order and not after today are fine', () => {
    const c = audit([
      { due: '2025-12-01', date: '2025-11-28' },
      { due: '2026-11-28', date: '2026-11-25' },
    ]);
    expect(storedDoneViolations(c, '2026-11-25')).toEqual([]);
  });

  test('a day done in the future is a finding', () => {
    const [v, ...rest] = storedDoneViolations(audit([{ due: '2026-12-01', date: '2026-11-30' }]), '2026-11-25');
    expect(rest).toEqual([]);
    expect([v!.rule, v!.ids]).toEqual(['certification-done', ['z001']]);
    expect(say(v!)).toMatch(/^z001 \(annual audit\) is recorded as done on 2026-11-30, which lies in the future — /);
  });

  test('a day not after the one before is a finding, each time', () => {
    const c = audit([
      { due: '2025-12-01', date: '2025-11-28' },
      { due: '2026-11-28', date: '2025-11-20' },
      { due: '2027-11-20', date: '2025-11-20' },
    ]);
    expect(storedDoneViolations(c, '2026-11-25').map(say)).toEqual([
      expect.stringMatching(
        /^z001 \(annual audit\) is recorded as done on 2025-11-20, not after the time before \(2025-11-28\) — /,
      ),
      expect.stringMatching(/done on 2025-11-20, not after the time before \(2025-11-20\)/),
    ]);
  });

  test('what check finds, the command refuses', () => {
    const c = audit([{ due: '2026-12-01', date: '2026-11-20' }]);
    expect(recordDone(c, '2026-11-26', '2026-11-25').map((v) => v.rule)).toEqual(['certification-done']);
    expect(recordDone(c, '2026-11-19', '2026-11-25').map((v) => v.rule)).toEqual(['certification-done']);
    expect(c.done).toHaveLength(1);
  });
});
