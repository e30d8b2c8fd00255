// What is due about participants (src/model/due): assignment ends with their lead time, progress
// reports at intervals from the start, the AGH limits of 24 and 36 months, leave that lapses, and
// medical certificates missing.
import '../helpers/english.js';
import { describe, expect, test } from '@jest/globals';
import { say } from '../../src/i18n/active.js';
import { assignmentEndItems } from '../../src/model/due/assignment-end.js';
import { progressReportItems } from '../../src/model/due/progress-reports.js';
import { aghLimitItems } from '../../src/model/due/agh-limits.js';
import { leaveLapseItems } from '../../src/model/due/leave-lapse.js';
import { sickCertificateItems } from '../../src/model/due/sick-certificates.js';
import type { DueItem } from '../../src/model/due/item.js';
import { absent, enrol, mainData } from '../helpers/main-data.js';

const dates = (items: DueItem[]) => items.map((i) => i.date);

describe('assignment ends: a final report or an extension request before the end (lead time a setting)', () => {
  test('is due 6 weeks before the end by default, with the end in the detail', () => {
    const data = mainData();
    enrol(data, 'p001', 'holz', '2026-01-01', '2026-12-31');
    const items = assignmentEndItems(data, { today: '2026-11-01', to: '2026-11-30' });
    expect(items).toEqual([
      expect.objectContaining({ kind: 'assignment-end', date: '2026-11-19', overdue: false, ids: ['p001'] }),
    ]);
    expect(say(items[0]!.detail)).toContain('2026-12-31');
  });

  test('the lead time follows the setting due.assignmentEndWeeks', () => {
    const data = mainData();
    data.settings.due = { assignmentEndWeeks: 4 };
    enrol(data, 'p001', 'holz', '2026-01-01', '2026-12-31');
    expect(dates(assignmentEndItems(data, { today: '2026-11-01', to: '2026-12-31' }))).toEqual(['2026-12-03']);
  });

  test('is not listed before the window reaches it', () => {
    const data = mainData();
    enrol(data, 'p001', 'holz', '2026-01-01', '2026-12-31');
    expect(assignmentEndItems(data, { today: '2026-10-01', to: '2026-11-18' })).toEqual([]);
  });

  test('is overdue once its day passed, until the assignment ends; then it is gone', () => {
    const data = mainData();
    enrol(data, 'p001', 'holz', '2026-01-01', '2026-12-31');
    expect(assignmentEndItems(data, { today: '2026-12-31', to: '2027-01-28' })[0]!.overdue).toBe(true);
    expect(assignmentEndItems(data, { today: '2027-01-01', to: '2027-01-28' })).toEqual([]);
  });

  test('an exit recorded, or a following assignment, settles it', () => {
    const data = mainData();
    enrol(data, 'p001', 'holz', '2026-01-01', '2026-12-31', { exit: { date: '2026-12-31', reason: 'regular-end' } });
    enrol(data, 'p002', 'holz', '2026-01-01', '2026-12-31');
    enrol(data, 'p002', 'holz', '2027-01-01', '2027-06-30');
    expect(assignmentEndItems(data, { today: '2026-11-01', to: '2026-12-31' })).toEqual([]);
  });
});

describe('progress reports: every 6 months from the start (a setting), the final one at the end', () => {
  test('each interval ends on the day before the corresponding day, listed on that day', () => {
    const data = mainData();
    enrol(data, 'p001', 'holz', '2026-01-15', '2027-12-31');
    const items = progressReportItems(data, { today: '2026-01-15', to: '2027-12-31' });
    expect(dates(items)).toEqual(['2026-07-14', '2027-01-14', '2027-07-14']);
    expect(say(items[1]!.detail)).toContain('--from 2026-07-15 --to 2027-01-14');
  });

  test('an interval that starts on the 31st ends on the last day of February, 29th in a leap year', () => {
    const data = mainData();
    enrol(data, 'p001', 'holz', '2026-08-31', '2028-06-30');
    enrol(data, 'p002', 'holz', '2027-08-31', '2028-12-31');
    const items = progressReportItems(data, { today: '2026-08-31', to: '2028-06-30' });
    expect(items.filter((i) => i.ids[0] === 'p001').map((i) => i.date)).toEqual([
      '2027-02-28',
      '2027-08-30',
      '2028-02-29',
    ]);
    expect(items.filter((i) => i.ids[0] === 'p002').map((i) => i.date)).toEqual(['2028-02-29']);
  });

  test('no interim report once the final report is due: the end is the assignment-end item', () => {
    const data = mainData();
    enrol(data, 'p001', 'holz', '2026-01-01', '2026-12-31');
    enrol(data, 'p002', 'holz', '2026-01-01', '2027-01-31');
    const items = progressReportItems(data, { today: '2026-01-01', to: '2027-01-31' });
    expect(items.map((i) => `${i.ids[0]} ${i.date}`)).toEqual(['p001 2026-06-30', 'p002 2026-06-30']);
  });

  test('the interval follows the setting due.progressReportMonths', () => {
    const data = mainData();
    data.settings.due = { progressReportMonths: 3 };
    enrol(data, 'p001', 'holz', '2026-01-01', '2026-12-31');
    expect(dates(progressReportItems(data, { today: '2026-01-01', to: '2026-12-31' }))).toEqual([
      '2026-03-31',
      '2026-06-30',
      '2026-09-30',
    ]);
  });

  test('a report whose day has passed is not listed (insat records no written report); none after an exit', () => {
    const data = mainData();
    enrol(data, 'p001', 'holz', '2026-01-01', '2027-12-31', { exit: { date: '2026-08-31', reason: 'job' } });
    expect(progressReportItems(data, { today: '2026-07-01', to: '2027-12-31' })).toEqual([]);
  });
});

describe('AGH time limits: the day 24 and 36 months are reached (counted by agh-cap.ts)', () => {
  test('24 months reached on the last day of a two-year assignment', () => {
    const data = mainData();
    enrol(data, 'p001', 'holz', '2025-01-01', '2026-12-31');
    const items = aghLimitItems(data, { today: '2026-12-01', to: '2026-12-31' });
    expect(items).toEqual([expect.objectContaining({ kind: 'agh-limit', date: '2026-12-31', ids: ['p001'] })]);
    expect(say(items[0]!.detail)).toContain("needs the Jobcenter's decision");
  });

  test('from 29 February, 24 months end on 28 February two years later', () => {
    const data = mainData();
    enrol(data, 'p001', 'holz', '2024-02-29', '2026-02-28');
    expect(dates(aghLimitItems(data, { today: '2026-02-01', to: '2026-03-31' }))).toEqual(['2026-02-28']);
  });

  test('with a Jobcenter decision, 24 months are passed and 36 months are the end', () => {
    const data = mainData();
    const a = enrol(data, 'p001', 'holz', '2025-01-01', '2027-12-31');
    a.capDecision = { text: 'JC Bochum', decided: '2024-12-15' };
    const items = aghLimitItems(data, { today: '2026-12-01', to: '2027-12-31' });
    expect(dates(items)).toEqual(['2026-12-31', '2027-12-31']);
    expect(say(items[0]!.detail)).toContain('2024-12-15');
    expect(say(items[1]!.detail)).toContain('no further extension');
  });

  test('earlier AGH periods count: 12 months elsewhere make 24 after one more year here', () => {
    const data = mainData();
    enrol(data, 'p001', 'holz', '2026-01-01', '2026-12-31');
    data.people[0]!.priorPeriods = [{ from: '2024-01-01', to: '2024-12-31', provider: 'elsewhere' }];
    expect(dates(aghLimitItems(data, { today: '2026-12-01', to: '2027-01-31' }))).toEqual(['2026-12-31']);
  });

  test('a stay below 24 months reaches no limit; a limit in the past is not listed', () => {
    const data = mainData();
    enrol(data, 'p001', 'holz', '2026-01-01', '2026-12-31');
    enrol(data, 'p002', 'holz', '2025-01-01', '2026-12-31');
    expect(aghLimitItems(data, { today: '2026-01-01', to: '2027-12-31' }).map((i) => i.ids[0])).toEqual(['p002']);
    expect(aghLimitItems(data, { today: '2027-01-01', to: '2027-12-31' })).toEqual([]);
  });
});

describe('leave that lapses: leave earned and not taken is lost at the end of the assignment', () => {
  test('names the days left on the last day (2 days per full month earned, taken as booked)', () => {
    const data = mainData();
    enrol(data, 'p001', 'holz', '2026-01-01', '2026-12-31');
    const taken = ['2026-03-02', '2026-03-03', '2026-07-06'].map((d) => absent('p001', d, 'holiday'));
    const items = leaveLapseItems(data, taken, { today: '2026-12-01', to: '2026-12-31' });
    expect(items).toEqual([expect.objectContaining({ kind: 'leave-lapse', date: '2026-12-31', ids: ['p001'] })]);
    expect(say(items[0]!.detail)).toBe('21 days of leave left (24 earned, 3 taken) lapse when the assignment ends');
  });

  test('an early exit ends the leave too; no leave left, nothing lapses', () => {
    const data = mainData();
    enrol(data, 'p001', 'holz', '2026-01-01', '2026-12-31', { exit: { date: '2026-02-28', reason: 'job' } });
    enrol(data, 'p002', 'holz', '2026-01-01', '2026-02-28');
    const taken = ['2026-02-02', '2026-02-03', '2026-02-04', '2026-02-05'].map((d) => absent('p002', d, 'holiday'));
    const items = leaveLapseItems(data, taken, { today: '2026-02-01', to: '2026-03-31' });
    expect(items.map((i) => `${i.ids[0]} ${i.date}`)).toEqual(['p001 2026-02-28']);
  });
});

describe('medical certificates missing: the absence flag, by the 3rd calendar day', () => {
  const spell = ['2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05', '2026-11-06'];

  test('sick Monday to Friday without a certificate: due Wednesday, overdue, 2 days without one', () => {
    const data = mainData();
    enrol(data, 'p001', 'holz', '2026-01-01', '2026-12-31');
    const items = sickCertificateItems(
      data,
      spell.map((d) => absent('p001', d, 'sick')),
      { today: '2026-11-10', to: '2026-12-08' },
    );
    expect(items).toEqual([
      expect.objectContaining({ kind: 'sick-certificate', date: '2026-11-04', overdue: true, ids: ['p001'] }),
    ]);
    expect(say(items[0]!.detail)).toContain('2 days');
  });

  test('booked sick-certified, nothing is missing', () => {
    const data = mainData();
    enrol(data, 'p001', 'holz', '2026-01-01', '2026-12-31');
    const bookings = spell.map((d, i) => absent('p001', d, i < 2 ? 'sick' : 'sick-certified'));
    expect(sickCertificateItems(data, bookings, { today: '2026-11-10', to: '2026-12-08' })).toEqual([]);
  });

  test('settled once the absence report of that month is due (day 5 of the next month)', () => {
    const data = mainData();
    enrol(data, 'p001', 'holz', '2026-01-01', '2026-12-31');
    const bookings = spell.map((d) => absent('p001', d, 'sick'));
    expect(sickCertificateItems(data, bookings, { today: '2026-12-05', to: '2026-12-31' })).toHaveLength(1);
    expect(sickCertificateItems(data, bookings, { today: '2026-12-06', to: '2026-12-31' })).toEqual([]);
  });
});
