// insat staff leave of an instructor who still stands on running assignments: a warning, the people
// in --json, and `insat check` lists them (as it does for a social worker) until they have a new one.
import { beforeAll, describe, expect, test } from '@jest/globals';
import { insat, ok, suitableApplicant, tempDataDir } from '../helpers/cli.js';

describe('an instructor leaves while a participant is still assigned to them', () => {
  const dir = tempDataDir();
  let id: string;
  beforeAll(() => {
    ok(dir, ['init']);
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
    ok(dir, [
      'staff',
      'add',
      '--name',
      'Olaf Brinkmann',
      '--role',
      'instructor',
      '--area',
      'holz',
      '--from',
      '2026-01-01',
    ]);
    id = suitableApplicant(dir);
    ok(dir, [
      'enrol',
      id,
      '--area',
      'holz',
      '--start',
      '2026-11-23',
      '--until',
      '2027-05-21',
      '--hours-per-week',
      '20',
      '--instructor',
      's001',
    ]);
  });

  // (the enrolment named no social worker or integration officer: assignment-contacts, tested on its own)
  const problems = () =>
    ok(dir, ['check', '--json'])
      .json()
      .problems.filter((p: { rule: string }) => p.rule !== 'assignment-contacts');

  test('staff leave warns and names the people in --json; check lists them as a warning', () => {
    const r = ok(dir, ['staff', 'leave', 's001', '--date', '2026-12-31', '--json']);
    expect(r.stderr).toBe(
      `warning: ${id} needs a new instructor from the day after — 'insat check' lists them until they have one\n`,
    );
    expect(r.json()).toEqual({
      id: 's001',
      left: '2026-12-31',
      needNewSocialWorker: [],
      needNewInstructor: [id],
      dryRun: false,
    });
    expect(problems()).toEqual([
      {
        rule: 'instructor-left',
        severity: 'warning',
        message: `instructor s001 (Bernd Kuhlmann) leaves on 2026-12-31, but ${id} stays assigned to them beyond that day — give them a new instructor`,
        ids: ['s001', id],
      },
    ]);
    expect(insat(dir, ['check', '--strict']).code).toBe(3);
  });

  test('in German as well', () => {
    const r = ok(dir, ['check'], { env: { INSAT_LANG: 'de' } });
    expect(r.stdout + r.stderr).toContain(
      `Anleiter/in s001 (Bernd Kuhlmann) verlässt das Team am 31.12.2026, aber ${id} ist darüber hinaus Bernd Kuhlmann zugeordnet — braucht eine neue Anleiterin oder einen neuen Anleiter`,
    );
  });

  test('a new instructor quiets check', () => {
    ok(dir, ['participant', 'edit', id, '--instructor', 's002']);
    expect(problems()).toEqual([]);
  });
});
