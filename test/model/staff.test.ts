// Staff records: who is in the team on a day, who may be named on an assignment, who is left
// without a social worker, and the migration of names typed before staff records existed.
import '../helpers/english.js';
import { describe, expect, test } from '@jest/globals';
import {
  assignmentStaffViolations,
  isActiveOn,
  leavingStaffWarnings,
  peopleBeforeFirstDay,
  staffChoiceViolations,
  staffOfYear,
  staffRecordViolations,
  unlinkedStaffWarnings,
} from '../../src/model/staff.js';
import { migrateStaffNames } from '../../src/model/staff-migration.js';
import type { StaffMember } from '../../src/model/types.js';
import { sayViolation as say } from '../../src/i18n/active.js';
import { enrol, mainData } from '../helpers/main-data.js';

const member = (over: Partial<StaffMember> = {}): StaffMember => ({
  id: 's001',
  name: 'Julia Terhoeven',
  role: 'social-worker',
  area: null,
  from: '2026-01-01',
  left: null,
  ...over,
});

describe('in the team: from the first day to the last day, both inclusive', () => {
  test('the first and the last day count, the days around them do not', () => {
    const s = member({ from: '2026-01-01', left: '2026-06-30' });
    expect(['2025-12-31', '2026-01-01', '2026-06-30', '2026-07-01'].map((d) => isActiveOn(s, d))).toEqual([
      false,
      true,
      true,
      false,
    ]);
    expect(isActiveOn(member({ left: null }), '2099-01-01')).toBe(true);
  });

  test("a year's team is everybody in it on some day of the year, instructors first, by area and name", () => {
    const staff = [
      member({ id: 's001', name: 'Zora', from: '2025-01-01', left: '2025-12-31' }),
      member({ id: 's002', name: 'Timo', from: '2027-12-31' }),
      member({ id: 's003', name: 'Anna', role: 'instructor', area: 'kueche' }),
      member({ id: 's004', name: 'Bernd', role: 'instructor', area: 'holz' }),
      member({ id: 's005', name: 'Sabine', role: 'admin', left: '2027-01-01' }),
    ];
    expect(staffOfYear(staff, 2027).map((s) => s.id)).toEqual(['s004', 's003', 's002', 's005']);
    expect(staffOfYear(staff, 2025).map((s) => s.id)).toEqual(['s001']);
  });
});

describe('a staff record is whole', () => {
  test('an instructor has an area, the other roles none; a name; the last day not before the first', () => {
    expect(staffRecordViolations(member())).toEqual([]);
    expect(staffRecordViolations(member({ role: 'instructor', area: 'holz' }))).toEqual([]);
    const rules = (s: StaffMember) => staffRecordViolations(s).map(say);
    expect(rules(member({ role: 'instructor' }))).toEqual([expect.stringContaining('has no work area')]);
    expect(rules(member({ area: 'holz' }))).toEqual([expect.stringContaining('only instructors belong')]);
    expect(rules(member({ name: ' ' }))).toEqual([expect.stringContaining('has no name')]);
    expect(rules(member({ left: '2025-12-31' }))).toEqual([expect.stringContaining('before their first day')]);
  });
});

describe('who may be named on an assignment', () => {
  const instructor = member({ id: 's002', name: 'Bernd', role: 'instructor', area: 'holz', from: '2026-03-01' });

  test('a social worker of that role, in the team on the first day of the assignment', () => {
    expect(staffChoiceViolations(member(), 'social-worker', '2026-03-02', 'holz')).toEqual([]);
    const gone = staffChoiceViolations(member({ left: '2026-03-01' }), 'social-worker', '2026-03-02', 'holz');
    expect(gone.map((v) => [v.rule, say(v)])).toEqual([
      ['staff-choice', expect.stringContaining('not in the team on 2026-03-02')],
    ]);
    expect(say(staffChoiceViolations(instructor, 'social-worker', '2026-03-02', 'holz')[0]!)).toContain(
      'is an instructor, not a social worker',
    );
  });

  test("an instructor of the assignment's area, in the team on its first day", () => {
    expect(staffChoiceViolations(instructor, 'instructor', '2026-03-01', 'holz')).toEqual([]);
    expect(say(staffChoiceViolations(instructor, 'instructor', '2026-03-01', 'kueche')[0]!)).toContain(
      'is an instructor in Holz, not in Küche',
    );
    expect(say(staffChoiceViolations(instructor, 'instructor', '2026-02-28', 'holz')[0]!)).toContain(
      'not in the team on 2026-02-28',
    );
    expect(say(staffChoiceViolations(member(), 'instructor', '2026-03-01', 'holz')[0]!)).toContain(
      'is a social worker, not an instructor',
    );
  });

  test('an assignment naming nobody in the store, or someone of another role, is a problem of the store', () => {
    const data = mainData();
    data.staff.push(member());
    Object.assign(enrol(data, 'p1', 'holz', '2026-03-02', '2027-03-01'), { socialWorkerId: 's009' });
    Object.assign(enrol(data, 'p2', 'holz', '2026-03-02', '2027-03-01'), { instructorId: 's001' });
    expect(assignmentStaffViolations(data).map((v) => [v.rule, v.ids[0]])).toEqual([
      ['unknown-staff', 'p1'],
      ['staff-choice', 'p2'],
    ]);
  });
});

describe('a social worker who leaves: the people who need a new one', () => {
  test('people assigned beyond the last day are listed, unless their assignment is over before today', () => {
    const data = mainData();
    data.staff.push(member({ left: '2026-12-31' }));
    Object.assign(enrol(data, 'p2', 'holz', '2026-03-02', '2027-03-01'), { socialWorkerId: 's001' });
    Object.assign(enrol(data, 'p1', 'holz', '2026-03-02', '2027-03-01'), { socialWorkerId: 's001' });
    Object.assign(enrol(data, 'p3', 'holz', '2026-03-02', '2026-12-31'), { socialWorkerId: 's001' });
    const [w] = leavingStaffWarnings(data, '2026-11-25');
    expect(w!.rule).toBe('social-worker-left');
    expect(w!.ids).toEqual(['s001', 'p1', 'p2']);
    expect(say(w!)).toContain('leaves on 2026-12-31, but p1 and p2 stay assigned');
    expect(leavingStaffWarnings(data, '2027-03-02')).toEqual([]);
    data.staff[0]!.left = null;
    expect(leavingStaffWarnings(data, '2026-11-25')).toEqual([]);
  });
});

describe('a later first day (staff edit --from): not after a day they are in charge', () => {
  test('the day in charge is today within the assignment: its first day before it begins, its last after it ended', () => {
    const data = mainData();
    const s = member();
    Object.assign(enrol(data, 'p1', 'holz', '2026-03-02', '2027-03-01'), { socialWorkerId: 's001' });
    Object.assign(enrol(data, 'p2', 'holz', '2026-03-02', '2026-06-30'), { socialWorkerId: 's001' });
    Object.assign(enrol(data, 'p3', 'holz', '2027-01-04', '2027-12-31'), { socialWorkerId: 's001' });
    Object.assign(enrol(data, 'p4', 'holz', '2026-03-02', '2027-03-01'), { instructorId: 's001' });
    const today = '2026-11-25';
    expect(peopleBeforeFirstDay(s, '2026-06-30', data.assignments, today)).toEqual([]);
    expect(peopleBeforeFirstDay(s, '2026-07-01', data.assignments, today)).toEqual(['p2']);
    expect(peopleBeforeFirstDay(s, '2026-11-26', data.assignments, today)).toEqual(['p1', 'p2']);
    expect(peopleBeforeFirstDay(s, '2027-01-05', data.assignments, today)).toEqual(['p1', 'p2', 'p3']);
    // an administrator is named on no assignment
    expect(peopleBeforeFirstDay(member({ role: 'admin' }), '2027-01-05', data.assignments, today)).toEqual([]);
  });
});

describe('names typed before staff records: migration', () => {
  function oldStore() {
    const data = mainData();
    data.settings.staff = {
      instructors: { holz: ['Bernd Kuhlmann'], kueche: [], gestaltung: ['Miriam Feldhaus'] },
      socialWorkers: ['Julia Terhoeven'],
    };
    Object.assign(enrol(data, 'p1', 'holz', '2025-03-03', '2026-03-02'), { socialWorker: 'julia  terhoeven' });
    Object.assign(enrol(data, 'p2', 'holz', '2026-03-02', '2027-03-01'), { socialWorker: 'Timo Brackelmann' });
    enrol(data, 'p3', 'holz', '2026-03-02', '2027-03-01');
    return data;
  }

  test('check warns while names are free text', () => {
    const warnings = unlinkedStaffWarnings(oldStore());
    expect(warnings.map((w) => [w.rule, say(w)])).toEqual([
      ['staff-unlinked', expect.stringContaining('5 staff names')],
    ]);
  });

  test('every name becomes one record (case and spacing aside), the assignments point at it, the free text goes', () => {
    const data = oldStore();
    const m = migrateStaffNames(data, '2026-11-25');
    expect(data.staff.map((s) => [s.id, s.name, s.role, s.area, s.from])).toEqual([
      ['s001', 'Bernd Kuhlmann', 'instructor', 'holz', '2025-03-03'],
      ['s002', 'Miriam Feldhaus', 'instructor', 'gestaltung', '2025-03-03'],
      ['s003', 'Julia Terhoeven', 'social-worker', null, '2025-03-03'],
      ['s004', 'Timo Brackelmann', 'social-worker', null, '2025-03-03'],
    ]);
    expect(m.created).toHaveLength(4);
    expect(data.assignments.map((a) => [a.personId, a.socialWorkerId ?? null, a.socialWorker])).toEqual([
      ['p1', 's003', ''],
      ['p2', 's004', ''],
      ['p3', null, ''],
    ]);
    expect(data.settings.staff).toBeUndefined();
    expect(unlinkedStaffWarnings(data)).toEqual([]);
    expect(assignmentStaffViolations(data)).toEqual([]);
    expect(data.counters.staff).toBe(4);
  });

  test("an instructor typed on an assignment becomes an instructor of the assignment's first area", () => {
    const data = oldStore();
    data.assignments[2]!.instructor = 'Paolo Ferraro';
    expect(say(unlinkedStaffWarnings(data)[0]!)).toContain('6 staff names');
    migrateStaffNames(data, '2026-11-25');
    const paolo = data.staff.find((s) => s.name === 'Paolo Ferraro')!;
    expect([paolo.role, paolo.area]).toEqual(['instructor', 'holz']);
    expect(data.assignments[2]!.instructorId).toBe(paolo.id);
    expect(data.assignments[2]!.instructor).toBeUndefined();
    expect(unlinkedStaffWarnings(data)).toEqual([]);
  });

  test('a name that is already a record is linked to it, not made twice; a second run changes nothing', () => {
    const data = oldStore();
    data.staff.push(member({ id: 's001', name: 'Timo Brackelmann' }));
    data.counters.staff = 1;
    migrateStaffNames(data, '2026-11-25');
    expect(data.staff.filter((s) => s.name === 'Timo Brackelmann')).toHaveLength(1);
    expect(data.assignments[1]!.socialWorkerId).toBe('s001');
    const again = structuredClone(data);
    expect(migrateStaffNames(again, '2026-11-25')).toEqual({ created: [], linked: [] });
    expect(again).toEqual(data);
  });
});
