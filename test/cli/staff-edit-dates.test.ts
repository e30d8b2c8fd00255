// `staff edit S --from D | --left D | --clear left`: a staff member's first day, and a leaving day
// recorded wrongly or by mistake, are corrected as one undoable step, with the staff rules checked
// again — the first day not after a day they are in charge of someone (the day `enrol` and
// `participant edit` check on), the last day not before the first, no second record of the same
// person in the team, and who needs someone new said as `staff leave` says it.
import { beforeEach, describe, expect, test } from '@jest/globals';
import { enrolled, insat, ok, storeBytes, tempDataDir } from '../helpers/cli.js';
import { acceptedThenUndone, lastChangeLines, refused } from '../helpers/edit-steps.js';

let dir = '';
let p = '';

const member = (id: string) =>
  ok(dir, ['staff', 'list', '--all', '--json'])
    .json<{ staff: { id: string; from: string; left: string | null }[] }>()
    .staff.find((s) => s.id === id)!;

beforeEach(() => {
  dir = tempDataDir('insat-staff-dates-');
  ok(dir, ['init']);
  ok(dir, ['staff', 'add', '--name', 'Julia Terhoeven', '--role', 'social-worker', '--from', '2026-01-01']);
  ok(dir, [
    'staff',
    'add',
    '--name',
    'Bernd Kuhlmann',
    '--role',
    'instructor',
    '--area',
    'holz',
    '--from',
    '2026-01-01',
  ]);
  p = enrolled(dir, 'holz', '2026-02-02', '2027-01-31');
  ok(dir, ['participant', 'edit', p, '--social-worker', 's001', '--instructor', 's002']);
});

describe('staff edit --from', () => {
  test('an earlier first day: one undoable step, before → after', () => {
    acceptedThenUndone(dir, ['staff', 'edit', 's001', '--from', '01.09.2025'], (r) => {
      expect(r.stdout).toBe('changed first day (2026-01-01 → 2025-09-01) of s001\n');
      expect(member('s001').from).toBe('2025-09-01');
      expect(lastChangeLines(dir)).toMatch(/staff edit s001 \(from\)/);
    });
  });

  test('refused (exit 3) after a day they are in charge of someone, naming them; nothing changes', () => {
    const r = refused(dir, ['staff', 'edit', 's001', '--from', '2026-12-01'], 3);
    expect(r.stderr).toMatch(
      new RegExp(
        `s001 \\(Julia Terhoeven\\) cannot join on 2026-12-01: ${p} has them as social worker on an earlier day`,
      ),
    );
    refused(dir, ['staff', 'edit', 's002', '--from', '2026-11-26'], 3);
    // today is the day in charge: joining today is fine
    ok(dir, ['staff', 'edit', 's002', '--from', '2026-11-25']);
  });

  test('refused after their last day (exit 3)', () => {
    ok(dir, ['staff', 'add', '--name', 'Sabine Wollenweber', '--role', 'admin', '--from', '2026-01-01']);
    ok(dir, ['staff', 'leave', 's003', '--date', '2026-06-30']);
    expect(refused(dir, ['staff', 'edit', 's003', '--from', '2026-07-01'], 3).stderr).toMatch(
      /s003 cannot leave on 2026-06-30, before their first day 2026-07-01/,
    );
  });
});

describe('staff edit --left and --clear left', () => {
  test('a leave recorded by mistake is withdrawn; undo brings it back', () => {
    ok(dir, ['staff', 'leave', 's001', '--date', '2026-12-31']);
    acceptedThenUndone(dir, ['staff', 'edit', 's001', '--clear', 'left', '--json'], (r) => {
      expect(r.json()).toEqual({ id: 's001', changed: true, dryRun: false });
      expect(member('s001').left).toBeNull();
      expect(insat(dir, ['check']).stderr).not.toMatch(/leaves on/);
    });
    expect(member('s001').left).toBe('2026-12-31');
  });

  test('a wrong leaving day is corrected (the refusal of a second leave says how), warning who needs a new social worker', () => {
    ok(dir, ['staff', 'leave', 's001', '--date', '2027-03-31']);
    expect(refused(dir, ['staff', 'leave', 's001', '--date', '2026-12-31'], 3).stderr).toMatch(
      /correct a wrong leaving day with 'insat staff edit s001 --left DATE', or withdraw it with 'insat staff edit s001 --clear left'/,
    );
    acceptedThenUndone(dir, ['staff', 'edit', 's001', '--left', '2026-12-31', '--json'], (r) => {
      expect(r.json()).toEqual({
        id: 's001',
        changed: true,
        needNewSocialWorker: [p],
        needNewInstructor: [],
        dryRun: false,
      });
      expect(r.stderr).toMatch(new RegExp(`${p} needs a new social worker from the day after`));
    });
  });

  test('--dry-run names the change and changes nothing; values it has already change nothing', () => {
    const before = storeBytes(dir);
    expect(ok(dir, ['staff', 'edit', 's002', '--left', '2027-06-30', '--dry-run']).stdout).toBe(
      'dry run: would change last day (– → 2027-06-30) of s002 — nothing was changed\n',
    );
    expect(ok(dir, ['staff', 'edit', 's002', '--clear', 'left']).stdout).toBe(
      'nothing changed: s002 already has these values\n',
    );
    expect(ok(dir, ['staff', 'edit', 's002', '--from', '2026-01-01', '--json']).json()).toEqual({
      id: 's002',
      changed: false,
      dryRun: false,
    });
    expect(storeBytes(dir)).toEqual(before);
  });

  test('refusals: before the first day (3), malformed or given and cleared (2)', () => {
    refused(dir, ['staff', 'edit', 's001', '--left', '2025-12-31'], 3);
    refused(dir, ['staff', 'edit', 's001', '--left', 'bald'], 2);
    refused(dir, ['staff', 'edit', 's001', '--left', '2026-12-31', '--clear', 'left'], 2);
    refused(dir, ['staff', 'edit', 's001', '--clear', 'from'], 2);
  });

  test('withdrawing a leave is refused while it makes a second record of the person in the team', () => {
    // an instructor who changed area: recorded as leaving and added anew (README, "Staff and caseloads")
    ok(dir, ['staff', 'leave', 's002', '--date', '2026-11-30']);
    ok(dir, [
      'staff',
      'add',
      '--name',
      'Bernd Kuhlmann',
      '--role',
      'instructor',
      '--area',
      'kueche',
      '--from',
      '2026-12-01',
    ]);
    expect(refused(dir, ['staff', 'edit', 's002', '--clear', 'left'], 3).stderr).toMatch(/is in the team already/);
    // the old record can still be corrected otherwise: the two do not share a day
    ok(dir, ['staff', 'edit', 's002', '--name', 'Bernd Kuhlmann']);
    ok(dir, ['staff', 'edit', 's002', '--left', '2026-11-29']);
  });

  test('in German', () => {
    expect(
      ok(dir, ['staff', 'edit', 's002', '--left', '2027-06-30', '--dry-run'], { env: { INSAT_LANG: 'de' } }).stdout,
    ).toMatch(/letzter Tag \(– → 30\.06\.2027\) von s002 ändern/);
  });
});
