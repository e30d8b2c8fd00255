// What is due for the programme (src/model/due): the monthly absence report, the annual
// application, the certification dates and their recurrences, applicants waiting for their next
// step, and the one list in order with the overdue items first.
import '../helpers/english.js';
import { describe, expect, test } from '@jest/globals';
import { say, sayViolation } from '../../src/i18n/active.js';
import { absenceReportItems } from '../../src/model/due/absence-report.js';
import { applicationItems } from '../../src/model/due/application.js';
import { certificationItems, nextDue, recordDone } from '../../src/model/due/certifications.js';
import { applicantItems } from '../../src/model/due/applicants.js';
import { dueItems, overdueWarnings } from '../../src/model/due/due-list.js';
import type { DueItem } from '../../src/model/due/item.js';
import type { Certification } from '../../src/model/types.js';
import { enrol, mainData, person } from '../helpers/main-data.js';

const dates = (items: DueItem[]) => items.map((i) => i.date);

function cert(over: Partial<Certification> = {}): Certification {
  return {
    id: 'z001',
    kind: 'audit',
    due: '2027-03-15',
    everyMonths: 12,
    note: '',
    done: [],
    created: '2026-11-01',
    ...over,
  };
}

describe('the monthly absence report: by day 5 of the next month (a setting)', () => {
  test('the report of each month with a seat taken, due in the next month', () => {
    const data = mainData();
    enrol(data, 'p001', 'holz', '2026-10-15', '2027-03-31');
    const items = absenceReportItems(data, { today: '2026-11-01', to: '2027-01-31' });
    expect(items.map((i) => `${say(i.subject)} ${i.date}`)).toEqual([
      'October 2026 2026-11-05',
      'November 2026 2026-12-05',
      'December 2026 2027-01-05',
    ]);
    expect(say(items[0]!.detail)).toContain('insat absences --month 2026-10');
  });

  test('the day follows the setting due.absenceReportDay; still due on its day, gone the day after', () => {
    const data = mainData();
    data.settings.due = { absenceReportDay: 10 };
    enrol(data, 'p001', 'holz', '2026-10-15', '2027-03-31');
    expect(dates(absenceReportItems(data, { today: '2026-11-10', to: '2026-11-30' }))).toEqual(['2026-11-10']);
    expect(absenceReportItems(data, { today: '2026-11-11', to: '2026-11-30' })).toEqual([]);
  });

  test('a month nobody had a seat in needs no report', () => {
    const data = mainData();
    enrol(data, 'p001', 'holz', '2026-12-01', '2027-03-31');
    expect(absenceReportItems(data, { today: '2026-11-01', to: '2026-12-31' })).toEqual([]);
  });
});

describe('the annual application: every year by the deadline (MM-DD, a setting)', () => {
  test('by 30 September for the next year, by default', () => {
    const data = mainData();
    const items = applicationItems(data, { today: '2026-09-01', to: '2027-10-31' });
    expect(items.map((i) => `${say(i.subject)} ${i.date}`)).toEqual(['2027 2026-09-30', '2028 2027-09-30']);
  });

  test('a deadline of 02-29 falls on 28 February in a common year', () => {
    const data = mainData();
    data.settings.due = { applicationDeadline: '02-29' };
    expect(dates(applicationItems(data, { today: '2027-01-01', to: '2028-12-31' }))).toEqual([
      '2027-02-28',
      '2028-02-29',
    ]);
  });

  test('a passed deadline is not listed (insat does not record the application as sent)', () => {
    expect(applicationItems(mainData(), { today: '2026-10-01', to: '2026-12-31' })).toEqual([]);
  });
});

describe('certification: the concept every 3 years, the audit every year', () => {
  test('a date is listed when due in the window, and overdue until it is recorded as done', () => {
    const data = mainData();
    data.certifications = [cert(), cert({ id: 'z002', kind: 'concept', due: '2028-06-30', everyMonths: 36 })];
    expect(certificationItems(data, { today: '2027-03-01', to: '2027-03-29' })).toEqual([
      expect.objectContaining({ kind: 'certification', date: '2027-03-15', overdue: false, ids: ['z001'] }),
    ]);
    expect(certificationItems(data, { today: '2027-05-01', to: '2027-05-29' })[0]!.overdue).toBe(true);
  });

  test('done rolls a recurring date on by 1 or 3 years from the day it was due', () => {
    const audit = cert();
    expect(recordDone(audit, '2027-03-15', '2027-03-20')).toEqual([]);
    expect(audit).toEqual(
      expect.objectContaining({ due: '2028-03-15', done: [{ due: '2027-03-15', date: '2027-03-15' }] }),
    );
    const concept = cert({ kind: 'concept', due: '2028-06-30', everyMonths: 36 });
    recordDone(concept, '2028-07-10', '2028-07-10');
    expect(concept.due).toBe('2031-06-30');
  });

  test('done early brings the next date forward; done late does not push it back', () => {
    expect(nextDue(cert(), '2027-02-01')).toBe('2028-02-01');
    expect(nextDue(cert(), '2027-04-30')).toBe('2028-03-15');
  });

  test('29 February rolls to 28 February; 3 years on from a leap day too', () => {
    expect(nextDue(cert({ due: '2028-02-29' }), '2028-02-29')).toBe('2029-02-28');
    expect(nextDue(cert({ due: '2028-02-29', everyMonths: 36 }), '2028-02-29')).toBe('2031-02-28');
    expect(nextDue(cert({ due: '2027-02-28', everyMonths: 12 }), '2027-02-28')).toBe('2028-02-28');
  });

  test('a date that does not recur is closed once done, and cannot be done twice', () => {
    const once = cert({ everyMonths: null });
    expect(recordDone(once, '2027-03-10', '2027-03-20')).toEqual([]);
    expect(once.due).toBeNull();
    expect(recordDone(once, '2027-03-11', '2027-03-20')[0]!.rule).toBe('certification-done');
    expect(
      certificationItems({ ...mainData(), certifications: [once] }, { today: '2027-01-01', to: '2028-01-01' }),
    ).toEqual([]);
  });

  test('done in the future, or before the last time it was done, is refused and changes nothing', () => {
    const audit = cert({ done: [{ due: '2026-03-15', date: '2026-03-20' }] });
    expect(sayViolation(recordDone(audit, '2027-03-21', '2027-03-20')[0]!)).toContain('in the future');
    expect(sayViolation(recordDone(audit, '2026-03-01', '2027-03-20')[0]!)).toContain('before the last time');
    expect(audit.due).toBe('2027-03-15');
    expect(audit.done).toHaveLength(1);
  });
});

describe('applicants waiting: appointment within 14 days of first contact, decision within 14 days of it', () => {
  const data = mainData();
  data.people = [
    person('p001', { contactDate: '2026-11-02', infoAppointment: null, attended: false, decision: null }),
    person('p002', { contactDate: '2026-11-02', infoAppointment: '2026-11-09', attended: false, decision: null }),
    person('p003', { contactDate: '2026-11-02', infoAppointment: '2026-11-09', attended: true, decision: null }),
    person('p004', {
      contactDate: '2026-10-01',
      infoAppointment: null,
      attended: false,
      decision: null,
      withdrawn: '2026-10-10',
    }),
    person('p005'),
  ];

  test('each waits for its next step; withdrawn and decided people wait for nothing', () => {
    const items = applicantItems(data, { today: '2026-11-05', to: '2026-12-31' });
    expect(items.map((i) => `${i.ids[0]} ${i.date}`)).toEqual([
      'p001 2026-11-16',
      'p002 2026-11-09',
      'p003 2026-11-23',
    ]);
    expect(items.map((i) => i.overdue)).toEqual([false, false, false]);
  });

  test('overdue once the day passed without the step recorded', () => {
    const items = applicantItems(data, { today: '2026-11-20', to: '2026-11-30' });
    expect(items.map((i) => `${i.ids[0]} ${i.overdue}`)).toEqual(['p001 true', 'p002 true', 'p003 false']);
  });

  test('an enrolled person is no applicant any more', () => {
    const d = mainData();
    d.people = [person('p001', { decision: null })];
    enrol(d, 'p001', 'holz', '2026-11-02', '2027-10-31');
    expect(applicantItems(d, { today: '2026-11-05', to: '2026-12-31' })).toEqual([]);
  });
});

describe('the list: one list, soonest first, overdue at the top; check warns about what it can see settled', () => {
  const data = mainData();
  enrol(data, 'p001', 'holz', '2026-01-01', '2026-12-31');
  data.people.push(
    person('p002', { contactDate: '2026-11-01', infoAppointment: null, attended: false, decision: null }),
  );
  data.certifications = [
    cert({ due: '2026-11-20' }),
    cert({ id: 'z002', kind: 'concept', due: '2026-12-03', everyMonths: 36 }),
  ];

  test('overdue items first, then by date; on one day in a fixed order of kinds', () => {
    const items = dueItems(data, [], { today: '2026-11-25', to: '2026-12-23' });
    expect(items.map((i) => `${i.date} ${i.kind}${i.overdue ? ' overdue' : ''}`)).toEqual([
      '2026-11-15 applicant overdue',
      '2026-11-19 assignment-end overdue',
      '2026-11-20 certification overdue',
      '2026-12-03 certification',
      '2026-12-05 absence-report',
    ]);
  });

  test('check warns about overdue certification dates and applicants, not about a report it cannot see sent', () => {
    expect(overdueWarnings(data, '2026-11-25').map((v) => `${v.rule} ${v.ids.join(',')}`)).toEqual([
      'overdue-applicant p002',
      'overdue-certification z001',
    ]);
  });

  test('nothing due, nothing overdue: an empty list', () => {
    expect(dueItems(mainData(), [], { today: '2026-11-25', to: '2026-12-23' })).toEqual([]);
  });
});
