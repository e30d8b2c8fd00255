// DOMAIN.md "changing the past": a dated setting never silently changes figures already booked.
import '../helpers/english.js';
import { describe, expect, test } from '@jest/globals';
import { closingDayViolations, pastSettingViolations, seatPlanViolations } from '../../src/model/dated-settings.js';
import {
  pastChangeViolations,
  rateDeleteViolations,
  rateSetViolations,
  repricedMonths,
} from '../../src/model/rate-change.js';
import { isSettingKey, SETTING_KEYS } from '../../src/model/settings.js';
import { enrol, mainData, worked } from '../helpers/main-data.js';
import { sayViolation } from '../../src/i18n/active.js';

describe('changing the past: the allowance rate', () => {
  const data = mainData();
  enrol(data, 'p1', 'holz', '2026-04-01', '2027-03-31');
  const bookings = [worked('p1', '2026-05-04', 6 * 60), worked('p1', '2026-06-01', 4 * 60)];
  const newRates = [...data.settings.rates, { from: '2026-04-01', centsPerHour: 250 }];

  test('a rate from April lists each booked month with its old and new total', () => {
    expect(repricedMonths(data, bookings, '2026-04-01', newRates)).toEqual([
      { month: '2026-05', oldCents: 1200, newCents: 1500 },
      { month: '2026-06', oldCents: 800, newCents: 1000 },
    ]);
  });
  test('refuses a rate that re-prices May unless forced', () => {
    const months = repricedMonths(data, bookings, '2026-04-01', newRates);
    const v = pastChangeViolations(() => 'the rate change from 2026-04-01', '2026-04-01', '2026-11-25', months, false);
    expect(v.map((x) => x.rule)).toEqual(['changing-the-past']);
    expect(sayViolation(v[0]!)).toContain('2026-05: 12.00 € → 15.00 €');
    expect(pastChangeViolations(() => 'x', '2026-04-01', '2026-11-25', months, true)).toEqual([]);
  });
  test('refuses a start before today even without bookings; accepts a future start', () => {
    expect(pastChangeViolations(() => 'x', '2026-11-01', '2026-11-25', [], false)).toHaveLength(1);
    expect(pastChangeViolations(() => 'x', '2027-01-01', '2026-11-25', [], false)).toEqual([]);
  });
  test('refuses a rate equal to the one before it', () => {
    expect(sayViolation(rateSetViolations(data.settings.rates, '2027-01-01', 200)[0]!)).toContain(
      'equal to the one before it',
    );
    expect(rateSetViolations(data.settings.rates, '2027-01-01', 250)).toEqual([]);
  });
  test('deletes only an entry that exists, never the last one', () => {
    expect(rateDeleteViolations(data.settings.rates, '2027-01-01')).toHaveLength(1);
    expect(rateDeleteViolations(data.settings.rates, '2020-03-01')).toEqual([]);
    expect(rateDeleteViolations([{ from: '2006-01-01', centsPerHour: 150 }], '2006-01-01')).toHaveLength(1);
  });
  test('never leaves two equal rates in a row: neither a delete between them nor a set before an equal one', () => {
    const rates = [
      { from: '2027-01-01', centsPerHour: 250 },
      { from: '2027-02-01', centsPerHour: 300 },
      { from: '2027-04-01', centsPerHour: 250 },
    ];
    expect(rateDeleteViolations(rates, '2027-02-01').map((v) => v.rule)).toEqual(['rate-history']);
    expect(rateDeleteViolations(rates, '2027-04-01')).toEqual([]);
    expect(rateSetViolations([rates[2]!], '2027-01-01', 250).map((v) => v.rule)).toEqual(['rate-history']);
    expect(rateSetViolations([rates[2]!], '2027-01-01', 275)).toEqual([]);
  });
});

describe('changing the past: seat plans and closing days', () => {
  test('refuses a seat plan below the seats taken on its first day, naming who holds them', () => {
    const data = mainData();
    enrol(data, 'p1', 'holz', '2026-01-05', '2026-12-31');
    enrol(data, 'p2', 'holz', '2026-02-02', '2026-12-31');
    const plan = { from: '2026-12-01', total: 33, areas: { holz: 1, kueche: 11, gestaltung: 10 } };
    const v = seatPlanViolations(data.assignments, plan);
    expect(v).toEqual([expect.objectContaining({ rule: 'seat-plan', ids: ['p1', 'p2'] })]);
    expect(sayViolation(v[0]!)).toContain('keep at least 2');
    expect(seatPlanViolations(data.assignments, { ...plan, from: '2027-01-01' })).toEqual([]);
  });
  test('a seat plan or closing day before today needs --force', () => {
    expect(
      pastSettingViolations(() => 'the seat plan from 2026-01-01', ['2026-01-01'], '2026-11-25', false),
    ).toHaveLength(1);
    expect(pastSettingViolations(() => 'the seat plan from 2026-01-01', ['2026-01-01'], '2026-11-25', true)).toEqual(
      [],
    );
    expect(pastSettingViolations(() => 'the seat plan from 2026-11-25', ['2026-11-25'], '2026-11-25', false)).toEqual(
      [],
    );
  });
  test('a closing day falls on a working day only', () => {
    expect(closingDayViolations(['2026-12-26', '2026-12-28'])).toEqual([
      expect.objectContaining({ rule: 'closing-day' }),
    ]);
  });
});

describe('settings: the keys are a closed list', () => {
  test('flatRate.foo is no setting; flatRate.personnel is', () => {
    expect(isSettingKey('flatRate.foo')).toBe(false);
    expect(isSettingKey('flatRate.personnel')).toBe(true);
    expect(SETTING_KEYS).toContain('retention.notesYearsAfterExit');
  });
});
