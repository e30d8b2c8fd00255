// insat caseload: who cares for whom on a day, against the target per social worker.
import { describe, expect, test } from '@jest/globals';
import { caseloadOn, DEFAULT_CASELOAD_TARGET } from '../../src/model/caseload.js';
import type { MainData, StaffMember } from '../../src/model/types.js';
import { enrol, mainData } from '../helpers/main-data.js';

const member = (id: string, role: StaffMember['role'], over: Partial<StaffMember> = {}): StaffMember => ({
  id,
  name: `Name ${id}`,
  role,
  area: role === 'instructor' ? 'holz' : null,
  from: '2026-01-01',
  left: null,
  ...over,
});

function team(): MainData {
  const data = mainData();
  data.staff.push(
    member('s001', 'instructor', { area: 'holz' }),
    member('s002', 'instructor', { area: 'kueche' }),
    member('s003', 'social-worker'),
    member('s004', 'social-worker'),
    member('s005', 'admin'),
  );
  return data;
}

describe('caseload: participants per social worker and instructor on a day', () => {
  test('counts everyone with a seat that day once per role; admins have no caseload', () => {
    const data = team();
    Object.assign(enrol(data, 'p1', 'holz', '2026-10-01', '2027-09-30'), {
      socialWorkerId: 's003',
      instructorId: 's001',
    });
    Object.assign(enrol(data, 'p2', 'holz', '2026-10-01', '2027-09-30'), {
      socialWorkerId: 's003',
      instructorId: 's001',
    });
    Object.assign(enrol(data, 'p3', 'kueche', '2026-10-01', '2027-09-30'), {
      socialWorkerId: 's004',
      instructorId: 's002',
    });
    const load = caseloadOn(data, '2026-11-25');
    expect(load.participants).toBe(3);
    expect(load.socialWorkers.map((r) => [r.id, r.count, r.participants])).toEqual([
      ['s003', 2, ['p1', 'p2']],
      ['s004', 1, ['p3']],
    ]);
    expect(load.instructors.map((r) => [r.id, r.area, r.count])).toEqual([
      ['s001', 'holz', 2],
      ['s002', 'kueche', 1],
    ]);
    expect([...load.socialWorkers, ...load.instructors].some((r) => r.id === 's005')).toBe(false);
  });

  test('people before their start, after their exit or after their end do not count', () => {
    const data = team();
    Object.assign(enrol(data, 'p1', 'holz', '2026-12-01', '2027-11-30'), { socialWorkerId: 's003' });
    Object.assign(
      enrol(data, 'p2', 'holz', '2026-01-05', '2027-01-04', { exit: { date: '2026-11-24', reason: 'job' } }),
      {
        socialWorkerId: 's003',
      },
    );
    Object.assign(enrol(data, 'p3', 'holz', '2025-11-25', '2026-11-25'), { socialWorkerId: 's003' });
    expect(caseloadOn(data, '2026-11-25').socialWorkers[0]!.participants).toEqual(['p3']);
    expect(caseloadOn(data, '2026-11-24').socialWorkers[0]!.participants).toEqual(['p2', 'p3']);
    expect(caseloadOn(data, '2026-12-01').socialWorkers[0]!.participants).toEqual(['p1']);
  });

  test('the target is the setting caseloadTarget (default 17); a count above it is over by the difference', () => {
    const data = team();
    for (const id of ['p1', 'p2', 'p3'])
      Object.assign(enrol(data, id, 'holz', '2026-10-01', '2027-09-30'), { socialWorkerId: 's003' });
    expect(caseloadOn(data, '2026-11-25').target).toBe(DEFAULT_CASELOAD_TARGET);
    expect(caseloadOn(data, '2026-11-25').socialWorkers[0]!.over).toBe(0);
    data.settings.caseloadTarget = 2;
    const row = caseloadOn(data, '2026-11-25').socialWorkers[0]!;
    expect([row.count, row.target, row.over]).toEqual([3, 2, 1]);
    expect(caseloadOn(data, '2026-11-25').instructors.every((r) => r.target === null && r.over === 0)).toBe(true);
  });

  test('participants without a social worker or instructor are listed apart, the instructor gap per area', () => {
    const data = team();
    enrol(data, 'p1', 'kueche', '2026-10-01', '2027-09-30', { moves: [['2026-11-01', 'holz']] });
    const load = caseloadOn(data, '2026-11-25');
    expect(load.withoutSocialWorker).toEqual(['p1']);
    expect(load.withoutInstructor).toEqual({ holz: ['p1'], kueche: [], gestaltung: [] });
  });

  test('a social worker who left still shows while people are assigned to them; one without people does not', () => {
    const data = team();
    data.staff[2]!.left = '2026-10-31';
    data.staff[3]!.left = '2026-10-31';
    Object.assign(enrol(data, 'p1', 'holz', '2026-10-01', '2027-09-30'), { socialWorkerId: 's003' });
    const rows = caseloadOn(data, '2026-11-25').socialWorkers;
    expect(rows.map((r) => [r.id, r.active, r.count])).toEqual([['s003', false, 1]]);
  });
});
