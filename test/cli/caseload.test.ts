// insat caseload: the participants each social worker and instructor cares for on a day, against
// the target per social worker (setting caseloadTarget), as JSON, a table with warnings and CSV.
import { beforeAll, describe, expect, test } from '@jest/globals';
import { insat, ok, storeBytes, suitableApplicant, tempDataDir } from '../helpers/cli.js';

describe('caseload', () => {
  const dir = tempDataDir();
  let p1: string, p2: string, p3: string;
  beforeAll(() => {
    ok(dir, ['init']);
    for (const args of [
      ['--name', 'Bernd Kuhlmann', '--role', 'instructor', '--area', 'holz'],
      ['--name', 'Julia Terhoeven', '--role', 'social-worker'],
      ['--name', 'Timo Brackelmann', '--role', 'social-worker'],
    ])
      ok(dir, ['staff', 'add', ...args, '--from', '2026-01-01']);
    const enrol = (area: string, start: string, ...staff: string[]) => {
      const id = suitableApplicant(dir, `Person ${area} ${start} ${staff.join(' ')}`);
      ok(dir, [
        'enrol',
        id,
        '--area',
        area,
        '--start',
        start,
        '--until',
        '2027-06-30',
        '--hours-per-week',
        '20',
        ...staff,
      ]);
      return id;
    };
    p1 = enrol('holz', '2026-02-02', '--social-worker', 's002', '--instructor', 's001');
    p2 = enrol('holz', '2026-02-02', '--social-worker', 's002');
    p3 = enrol('kueche', '2026-12-01', '--social-worker', 's003');
  });

  test('--json: participants per social worker and instructor on the day, against the target', () => {
    ok(dir, ['config', 'set', 'caseloadTarget', '1']);
    const load = ok(dir, ['caseload', '--json']).json();
    expect(load).toMatchObject({ date: '2026-11-25', target: 1, participants: 2, withoutSocialWorker: [] });
    expect(
      load.socialWorkers.map((r: { id: string; participants: string[]; over: number }) => [
        r.id,
        r.participants,
        r.over,
      ]),
    ).toEqual([
      ['s002', [p1, p2], 1],
      ['s003', [], 0],
    ]);
    expect(load.instructors.map((r: { id: string; count: number }) => [r.id, r.count])).toEqual([['s001', 1]]);
    expect(load.withoutInstructor).toEqual({ holz: [p2], kueche: [], gestaltung: [] });
    expect(ok(dir, ['caseload', '--date', '2026-12-01', '--json']).json().socialWorkers[1].participants).toEqual([p3]);
  });

  test('the table warns about a caseload above the target; csv-de has one row per person in the team', () => {
    const r = ok(dir, ['caseload']);
    expect(r.stderr).toContain('warning: Julia Terhoeven cares for 2 participants, more than the target of 1');
    expect(r.stdout).toContain(
      "2026-11-25: 2 participants; target 1 per social worker ('insat config set caseloadTarget N')",
    );
    const csv = ok(dir, ['caseload', '--format', 'csv-de']).stdout.split('\r\n');
    expect(csv[0]).toBe('\uFEFFrole;staff;name;area;participants;target;over target;who');
    expect(csv).toContain(`social worker;s002;Julia Terhoeven;;2;1;1;${p1} ${p2}`);
    expect(csv).toContain(`instructor;;(no instructor);holz;1;;;${p2}`);
  });

  test('a bad date or target is a usage error', () => {
    expect(insat(dir, ['caseload', '--date', '2026-13-01']).code).toBe(2);
    const before = storeBytes(dir);
    expect(insat(dir, ['config', 'set', 'caseloadTarget', '0']).code).toBe(2);
    expect(storeBytes(dir)).toEqual(before);
  });
});
