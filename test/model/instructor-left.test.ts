// An instructor who leaves while people stay assigned to them is warned about like a social worker:
// one rule for both roles, the same one `insat staff leave` and `insat check` use.
import '../helpers/english.js';
import { describe, expect, test } from '@jest/globals';
import { leavingStaffWarnings, peopleLeftBehind } from '../../src/model/staff.js';
import type { StaffMember } from '../../src/model/types.js';
import { sayViolation as say } from '../../src/i18n/active.js';
import { enrol, mainData } from '../helpers/main-data.js';

const instructor: StaffMember = {
  id: 's001',
  name: 'Bernd Kuhlmann',
  role: 'instructor',
  area: 'holz',
  from: '2026-01-01',
  left: '2026-12-31',
};

describe('an instructor who leaves: the people who need a new one', () => {
  test('people assigned to the instructor beyond the last day are listed, unless their assignment is over', () => {
    const data = mainData();
    data.staff.push({ ...instructor });
    Object.assign(enrol(data, 'p2', 'holz', '2026-03-02', '2027-03-01'), { instructorId: 's001' });
    Object.assign(enrol(data, 'p1', 'holz', '2026-03-02', '2027-03-01'), { instructorId: 's001' });
    Object.assign(enrol(data, 'p3', 'holz', '2026-03-02', '2026-12-31'), { instructorId: 's001' });
    const warnings = leavingStaffWarnings(data, '2026-11-25');
    expect(warnings.map((w) => [w.rule, w.ids])).toEqual([['instructor-left', ['s001', 'p1', 'p2']]]);
    expect(say(warnings[0]!)).toBe(
      'instructor s001 (Bernd Kuhlmann) leaves on 2026-12-31, but p1 and p2 stay assigned to them beyond that day — give each a new instructor',
    );
    expect(leavingStaffWarnings(data, '2027-03-02')).toEqual([]);
  });

  test('a social worker of the same people is not the instructor: only the role named on the assignment counts', () => {
    const data = mainData();
    const worker: StaffMember = { ...instructor, id: 's002', role: 'social-worker', area: null };
    data.staff.push({ ...instructor, left: null }, worker);
    Object.assign(enrol(data, 'p1', 'holz', '2026-03-02', '2027-03-01'), { instructorId: 's002' });
    expect(peopleLeftBehind(worker, data.assignments, '2026-11-25')).toEqual([]);
    expect(leavingStaffWarnings(data, '2026-11-25')).toEqual([]);
  });
});
