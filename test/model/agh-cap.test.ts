// The AGH time cap (§ 16d (6) SGB II) as DOMAIN.md counts it (§§ 187–191 BGB), with the cases the
// issue computed by hand.
import '../helpers/english.js';
import { sayViolation } from '../../src/i18n/active.js';
import { describe, expect, test } from '@jest/globals';
import {
  capDecisionViolations,
  capFrames,
  capUse,
  capViolations,
  capWarnings,
  formatMonths,
  lastDayWithin,
  monthsOfDays,
  periodEnd,
  spanLength,
  totalLength,
} from '../../src/model/agh-cap.js';
import { progressReport } from '../../src/model/progress.js';
import type { Assignment, CapDecision } from '../../src/model/types.js';
import { enrol, mainData } from '../helpers/main-data.js';

const settings = mainData().settings;

function assignment(start: string, until: string, capDecision?: CapDecision): Assignment {
  return {
    id: `a-${start}`,
    personId: 'p1',
    start,
    until,
    hoursPerWeek: 20,
    areas: [{ from: start, area: 'holz' }],
    jobcenterRef: '',
    integrationOfficer: '',
    socialWorker: '',
    extensions: [],
    exit: null,
    capExtensionReason: '',
    ...(capDecision ? { capDecision } : {}),
  };
}

describe('AGH time cap: months are counted as §§ 187–191 BGB say', () => {
  test('a period of months ends the day before the corresponding day (§ 188 (2))', () => {
    expect(periodEnd('2026-01-01', 24)).toBe('2027-12-31');
    expect(periodEnd('2026-03-15', 1)).toBe('2026-04-14');
  });
  test('a frame from 2020-02-29 ends 2025-02-28: a missing day ends the period with the month (§ 188 (3))', () => {
    expect(periodEnd('2020-02-29', 60)).toBe('2025-02-28');
    expect(capFrames([{ from: '2020-02-29', to: '2020-12-31' }], 5)[0]).toMatchObject({
      from: '2020-02-29',
      to: '2025-02-28',
    });
  });
  test('a continuous span counts in calendar months and leftover days', () => {
    expect(spanLength('2026-01-01', '2027-12-31')).toEqual({ months: 24, days: 0 });
    expect(spanLength('2026-01-01', '2028-01-01')).toEqual({ months: 24, days: 1 });
    expect(spanLength('2026-01-01', '2026-02-04')).toEqual({ months: 1, days: 4 });
    expect(spanLength('2026-02-01', '2026-02-28')).toEqual({ months: 1, days: 0 });
  });
  test('separate periods are summed, 30 leftover days making a month (§ 191)', () => {
    expect(
      totalLength([
        { from: '2026-01-01', to: '2026-01-20' },
        { from: '2026-03-01', to: '2026-03-15' },
      ]),
    ).toEqual({ months: 1, days: 5 });
  });
  test('terminal and PDF read the same months for the same days: 35 days from 1 January are 1,1 months', () => {
    expect(formatMonths(spanLength('2026-01-01', '2026-02-04'))).toBe('1,1');
    expect(formatMonths(monthsOfDays(35))).toBe('1,2');
  });
});

describe('AGH time cap: 24 months within 5 years', () => {
  test('one assignment 2026-01-01..2027-12-31 is exactly 24 months: allowed', () => {
    expect(capViolations(settings, 'p1', [], [assignment('2026-01-01', '2027-12-31')])).toEqual([]);
  });
  test('until 2028-01-01 is refused, naming the flag that exists and the last allowed day', () => {
    const v = capViolations(settings, 'p1', [], [assignment('2026-01-01', '2028-01-01')]);
    expect(v.map((x) => x.rule)).toEqual(['agh-cap']);
    expect(sayViolation(v[0]!)).toContain('--cap-decision');
    expect(sayViolation(v[0]!)).not.toContain('--cap-reason');
    expect(sayViolation(v[0]!)).toContain('2027-12-31');
  });
  test('a prior period of the leap year 2024 plus all of 2025 is allowed, one day more refused', () => {
    const prior = [{ from: '2024-01-01', to: '2024-12-31', provider: 'Diakonie' }];
    expect(capViolations(settings, 'p1', prior, [assignment('2025-01-01', '2025-12-31')])).toEqual([]);
    expect(capViolations(settings, 'p1', prior, [assignment('2025-01-01', '2026-01-01')])).toHaveLength(1);
  });
  test('separate periods: 12 months elsewhere and 12 months here with a gap, allowed; one day more refused', () => {
    const prior = [{ from: '2023-03-01', to: '2024-02-29', provider: 'AWO' }];
    expect(capViolations(settings, 'p1', prior, [assignment('2025-01-01', '2025-12-31')])).toEqual([]);
    expect(capViolations(settings, 'p1', prior, [assignment('2025-01-01', '2026-01-01')])).toHaveLength(1);
  });
  test('the last day within the cap follows the calendar', () => {
    const [frame] = capFrames([{ from: '2026-01-01', to: '2028-06-30' }], 5);
    expect(lastDayWithin(frame!, 24)).toBe('2027-12-31');
  });
});

describe('AGH time cap: a Jobcenter decision lifts it to 36 months, only in its own frame', () => {
  test('a decision of the frame allows 36 months, never more', () => {
    const d = { text: 'JC Bochum 2027-11-02', decided: '2027-11-02' };
    expect(capViolations(settings, 'p1', [], [assignment('2026-01-01', '2028-12-31', d)])).toEqual([]);
    expect(sayViolation(capViolations(settings, 'p1', [], [assignment('2026-01-01', '2029-01-01', d)])[0]!)).toContain(
      'at most 36 months',
    );
  });
  test('a decision recorded in 2013 does not lift the limit in a frame that starts in 2019', () => {
    const old = {
      ...assignment('2013-01-01', '2014-12-31'),
      id: 'old',
      extensions: [
        {
          until: '2014-12-31',
          previousUntil: '2014-06-30',
          reason: '',
          beyondCap: false,
          recorded: '2014-06-01',
          capDecision: { text: 'JC 2013', decided: '2013-10-01' },
        },
      ],
    };
    const now = assignment('2019-01-01', '2021-03-31');
    expect(capViolations(settings, 'p1', [], [old, now]).map((v) => v.rule)).toEqual(['agh-cap']);
  });
  test('a decision is refused when the assignment does not cross 24 months', () => {
    const a = assignment('2026-01-01', '2026-12-31');
    const v = capDecisionViolations(settings, 'p1', [], [a], a, { text: 'JC', decided: '2026-01-01' }, '2026-11-25');
    expect(v.map((x) => x.rule)).toEqual(['cap-decision']);
    expect(sayViolation(v[0]!)).toContain('leave out --cap-decision');
  });
  test("a decision taken before the assignment starts belongs to the assignment's frame", () => {
    const a = assignment('2026-12-01', '2029-01-31', { text: 'JC', decided: '2026-11-20' });
    expect(capDecisionViolations(settings, 'p1', [], [a], a, a.capDecision!, '2026-11-25')).toEqual([]);
    expect(capViolations(settings, 'p1', [], [a])).toEqual([]);
  });
  test('a decision cannot be dated in the future', () => {
    const a = assignment('2026-01-01', '2028-06-30');
    expect(
      capDecisionViolations(settings, 'p1', [], [a], a, { text: 'JC', decided: '2026-12-01' }, '2026-11-25'),
    ).toHaveLength(1);
  });
  test('the cap use names the decision of the frame and its limit', () => {
    const d = { text: 'JC', decided: '2027-11-02' };
    expect(capUse(settings, [], [assignment('2026-01-01', '2028-06-30', d)], '2026-06-01')).toMatchObject({
      limitMonths: 36,
      decision: d,
    });
  });
});

describe('AGH time cap: one warning ahead of both limits and at a frame end', () => {
  test('warns 8 weeks ahead of 24 months, not earlier', () => {
    expect(
      capWarnings(settings, 'p1', [], [assignment('2026-01-01', '2027-11-30')], '2026-11-25').map((w) => w.kind),
    ).toEqual(['near-limit']);
    expect(capWarnings(settings, 'p1', [], [assignment('2026-01-01', '2027-09-30')], '2026-11-25')).toEqual([]);
  });
  test('warns ahead of 36 months after a decision', () => {
    const w = capWarnings(
      settings,
      'p1',
      [],
      [assignment('2026-01-01', '2028-12-31', { text: 'JC', decided: '2027-11-02' })],
      '2026-11-25',
    );
    expect(w).toMatchObject([{ kind: 'near-limit', limitMonths: 36 }]);
  });
  test('warns when AGH time runs across the end of a 5-year frame', () => {
    const prior = [{ from: '2021-06-01', to: '2021-12-31', provider: 'AWO' }];
    const w = capWarnings(settings, 'p1', prior, [assignment('2026-01-01', '2026-12-31')], '2026-11-25');
    expect(w).toMatchObject([{ kind: 'across-frame', day: '2026-05-31' }]);
  });
  test('no warning for time that lies wholly in the past', () => {
    expect(capWarnings(settings, 'p1', [], [assignment('2020-01-01', '2021-12-31')], '2026-11-25')).toEqual([]);
  });
});

describe('the progress report says "Entscheidung des Jobcenters" only when one is recorded', () => {
  test('an extension with a free-text reason carries no decision; one with a recorded decision does', () => {
    const data = mainData();
    const a = enrol(data, 'p1', 'holz', '2026-01-01', '2026-12-31');
    a.extensions.push({
      until: '2026-12-31',
      previousUntil: '2026-06-30',
      reason: 'Folgezuweisung',
      beyondCap: true,
      recorded: '2026-06-01',
    });
    const r = progressReport(data, a, [], { from: '2026-01-01', to: '2026-06-30' }, '2026-11-25');
    expect(r.assignment.extensions).toEqual([{ previousUntil: '2026-06-30', until: '2026-12-31', decision: null }]);
    expect(r.assignment.agh).toMatchObject({
      used: { months: 6, days: 0 },
      planned: { months: 12, days: 0 },
      limitMonths: 24,
      decision: null,
    });
  });
});
