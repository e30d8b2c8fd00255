import '../helpers/english.js';
import { describe, expect, test } from '@jest/globals';
import { occupiedOn } from '../../src/model/capacity.js';
import { occupancySummary } from '../../src/model/occupancy.js';
import {
  applyPurge,
  isPurgedClean,
  lastApplicantStep,
  PURGED_TEXT,
  retentionEnd,
  selectPurge,
} from '../../src/model/purge.js';
import { seatSummary } from '../../src/model/seats.js';
import type { MainData } from '../../src/model/types.js';
import { absent, enrol, mainData, person, worked } from '../helpers/main-data.js';
import { say, sayViolation } from '../../src/i18n/active.js';

const TODAY = '2026-11-25';
const pseudo = (id: string) => `TN-${id}`;

function store(): MainData {
  const data = mainData();
  // left long ago (exit), with personal data, a goal and a note
  enrol(data, 'p1', 'holz', '2019-01-07', '2020-01-06', { exit: { date: '2019-09-30', reason: 'other' } });
  Object.assign(data.people[0]!, {
    phone: '0234 1',
    email: 'a@b.de',
    address: 'Hauptstr. 1',
    jobcenterCustomerNo: '123D456',
    addictionStatus: 'substitution',
  });
  data.assignments[0]!.jobcenterRef = 'JC-4711';
  data.assignments[0]!.exit!.text = 'Umzug zur Tochter nach Hamm';
  data.goals.push({
    id: 'g1',
    personId: 'p1',
    text: 'Tagesstruktur',
    due: null,
    created: '2019-02-01',
    status: 'partly',
    reviews: [{ date: '2019-06-01', status: 'partly', comment: 'Rückfall im Mai' }],
  });
  data.notes.push({
    id: 'n1',
    personId: 'p1',
    date: '2019-02-01',
    text: 'Substitution bei Dr. X',
    visibility: 'internal',
    author: 'Frau Kaya',
  });
  // ran out on its end date, two assignments
  enrol(data, 'p2', 'kueche', '2018-01-01', '2018-12-31');
  enrol(data, 'p2', 'kueche', '2020-01-01', '2020-12-31');
  // ends exactly on the purge day: stays
  enrol(data, 'p3', 'gestaltung', '2021-01-01', '2021-12-31');
  // active today
  enrol(data, 'p4', 'holz', '2026-01-05', '2026-12-31');
  // left before, but enrolled again later: stays
  enrol(data, 'p5', 'holz', '2017-01-01', '2017-12-31');
  enrol(data, 'p5', 'holz', '2026-02-01', '2027-01-31');
  data.notes.push({ id: 'n2', personId: 'p4', date: '2026-02-01', text: 'bleibt', visibility: 'internal', author: '' });
  return data;
}

describe('who is purged: participants whose every assignment ended before DATE', () => {
  test('exits and ends before the day; not on the day, not the active, not the returning', () => {
    const sel = selectPurge(store(), '2021-12-31', TODAY);
    expect(sel.violations).toEqual([]);
    expect(sel.candidates.map((c) => [c.id, c.kind, c.since])).toEqual([
      ['p1', 'participant', '2019-09-30'],
      ['p2', 'participant', '2020-12-31'],
    ]);
  });

  test('a day in the future is refused', () => {
    const sel = selectPurge(store(), '2026-11-26', TODAY);
    expect(sel.violations.map((v) => v.rule)).toEqual(['purge-date']);
    expect(sel.candidates).toEqual([]);
  });

  test('today is allowed and never reaches someone with a seat today or a planned one', () => {
    const data = store();
    enrol(data, 'p6', 'kueche', '2027-01-04', '2027-12-31');
    const ids = selectPurge(data, TODAY, TODAY).candidates.map((c) => c.id);
    expect(ids).toEqual(['p1', 'p2', 'p3']);
  });

  test('people purged already are skipped', () => {
    const data = store();
    applyPurge(data, new Set(['p1']), pseudo);
    data.people[0]!.purged = true;
    expect(selectPurge(data, '2021-12-31', TODAY).candidates.map((c) => c.id)).toEqual(['p2']);
  });

  test('refuses people who left less than the retention years ago (retention.notesYearsAfterExit)', () => {
    const data = store();
    enrol(data, 'p7', 'holz', '2024-01-01', '2024-12-31');
    const sel = selectPurge(data, '2025-06-01', TODAY);
    expect(sel.violations).toEqual([expect.objectContaining({ rule: 'retention', ids: ['p7'] })]);
    expect(sayViolation(sel.violations[0]!)).toContain('kept until 2027-12-31');
    expect(sayViolation(sel.violations[0]!)).toContain('--force --reason TEXT');
  });

  test('--force purges them inside the retention period, with a warning', () => {
    const data = store();
    enrol(data, 'p7', 'holz', '2024-01-01', '2024-12-31');
    const sel = selectPurge(data, '2025-06-01', TODAY, true);
    expect(sel.violations).toEqual([]);
    expect(sel.candidates.map((c) => c.id)).toContain('p7');
    expect(sel.warnings.map(say).join(' ')).toMatch(/inside the retention period: p7/);
  });

  test('a participant is kept 3 years after the last day, an applicant 6 months after the last step (the defaults)', () => {
    const s = store().settings;
    expect(retentionEnd(s, { id: 'p1', kind: 'participant', since: '2023-06-30' })).toBe('2026-06-30');
    expect(retentionEnd(s, { id: 'p2', kind: 'applicant', since: '2024-12-02' })).toBe('2025-06-02');
  });
});

describe('who is purged: applicants who never started, after the retention months', () => {
  // retention.applicantsMonthsAfterDecision = 6 by default
  function applicants(): MainData {
    const data = mainData();
    data.people.push(
      person('u1', { decision: { suitable: false, by: 'X', date: '2025-12-01' } }), // unsuitable 6+ months before 2026-06-30
      person('u2', { decision: { suitable: false, by: 'X', date: '2026-01-15' } }), // less than 6 months
      person('w1', { withdrawn: '2025-11-30', decision: { suitable: true, by: 'X', date: '2025-10-01' } }),
      person('n1', { contactDate: '2025-03-01', infoAppointment: null, attended: false, decision: null }), // never came
    );
    return data;
  }

  test('the last step counts: decision, withdrawal or first contact', () => {
    const sel = selectPurge(applicants(), '2026-06-30', TODAY);
    expect(sel.violations).toEqual([]);
    expect(sel.candidates.map((c) => [c.id, c.kind, c.since])).toEqual([
      ['u1', 'applicant', '2025-12-01'],
      ['w1', 'applicant', '2025-11-30'],
      ['n1', 'applicant', '2025-03-01'],
    ]);
    expect(
      lastApplicantStep(person('x', { contactDate: '2020-01-01', infoAppointment: '2020-02-01', decision: null })),
    ).toBe('2020-02-01');
  });

  test('an applicant still on the waiting list refuses the purge, naming the fix', () => {
    const data = applicants();
    data.people.push(person('s1', { decision: { suitable: true, by: 'X', date: '2025-01-10' } }));
    const sel = selectPurge(data, '2026-06-30', TODAY);
    expect(sel.violations).toEqual([expect.objectContaining({ rule: 'purge-active', ids: ['s1'] })]);
    expect(sayViolation(sel.violations[0]!)).toContain('insat applicant withdraw s1');
  });
});

describe('what a purge erases and what it keeps', () => {
  test('personal data goes, ids and assignment facts stay', () => {
    const data = store();
    const before = structuredClone(data);
    applyPurge(data, new Set(['p1']), pseudo);
    const p = data.people.find((x) => x.id === 'p1')!;
    expect(p).toEqual({
      ...before.people[0],
      name: 'TN-p1',
      birthDate: null,
      phone: '',
      email: '',
      address: '',
      jobcenterCustomerNo: '',
      addictionStatus: 'unknown',
      purged: true,
    });
    const a = data.assignments.find((x) => x.personId === 'p1')!;
    expect(a.jobcenterRef).toBe('');
    expect(a.exit).toEqual({ date: '2019-09-30', reason: 'other', text: PURGED_TEXT });
    expect({ ...a, jobcenterRef: 'JC-4711', exit: before.assignments[0]!.exit }).toEqual(before.assignments[0]);
    expect(data.goals).toEqual([]);
    expect(data.notes.map((n) => n.id)).toEqual(['n2']);
    expect(JSON.stringify(data)).not.toMatch(
      /Person p1|0234 1|a@b\.de|Hauptstr|123D456|JC-4711|Tochter|Rückfall|Dr\. X/,
    );
    expect(isPurgedClean(data, p, 'TN-p1')).toBe(true);
    expect(isPurgedClean(before, { ...before.people[0]!, purged: true }, 'TN-p1')).toBe(false);
  });

  test('seats, occupancy and attendance figures are the same before and after', () => {
    const data = store();
    const bookings = [
      worked('p1', '2019-03-04', 360),
      absent('p1', '2019-03-05', 'sick'),
      worked('p4', '2026-11-23', 240),
    ];
    const seatsBefore = ['2019-03-04', '2020-06-01', TODAY].map((d) => [
      seatSummary(data, d),
      occupiedOn(data.assignments, d),
    ]);
    const occBefore = occupancySummary(data, bookings, { from: '2019-01-01', to: '2019-12-31' });
    applyPurge(data, new Set(['p1', 'p2']), pseudo);
    const seatsAfter = ['2019-03-04', '2020-06-01', TODAY].map((d) => [
      seatSummary(data, d),
      occupiedOn(data.assignments, d),
    ]);
    expect(seatsAfter).toEqual(seatsBefore);
    expect(occupancySummary(data, bookings, { from: '2019-01-01', to: '2019-12-31' })).toEqual(occBefore);
  });
});
