// DOMAIN.md: every participant has a social worker, and an assignment names the Jobcenter's
// integration officer. An enrolment may leave them open; enrol says so, check warns until they are
// filled in with participant edit.
import { describe, expect, test } from '@jest/globals';
import { enrolled, insat, ok, suitableApplicant, tempDataDir, withContacts } from '../helpers/cli.js';

describe('an assignment without a social worker or integration officer', () => {
  test('enrol warns, check warns (--strict fails) until participant edit names them', () => {
    const dir = tempDataDir();
    ok(dir, ['init']);
    const id = suitableApplicant(dir);
    const enrol = ok(dir, [
      'enrol',
      id,
      '--area',
      'holz',
      '--start',
      '2026-11-02',
      '--until',
      '2027-10-31',
      '--hours-per-week',
      '20',
    ]);
    expect(enrol.stderr).toBe(
      `warning: ${id}: assignment a001 names no social worker and no integration officer — add them with 'insat participant edit ${id} --social-worker ID --integration-officer NAME' (social workers: 'insat staff list')\n`,
    );
    const check = ok(dir, ['check', '--json']).json();
    expect(check.ok).toBe(true);
    expect(check.problems).toContainEqual(
      expect.objectContaining({ rule: 'assignment-contacts', severity: 'warning', ids: [id, 'a001'] }),
    );
    expect(insat(dir, ['check', '--strict']).code).toBe(3);
    ok(dir, ['participant', 'edit', id, '--integration-officer', 'Frau Schulte']);
    expect(ok(dir, ['check']).stderr).toContain(
      `warning: assignment-contacts: ${id}: assignment a001 names no social worker — add it with 'insat participant edit ${id} --social-worker ID'`,
    );
    withContacts(dir, id);
    expect(
      ok(dir, ['check', '--json'])
        .json()
        .problems.map((p: { rule: string }) => p.rule),
    ).not.toContain('assignment-contacts');
  });

  test('a social worker handed over from a day counts from that day on', () => {
    const dir = tempDataDir();
    ok(dir, ['init']);
    const id = enrolled(dir, 'holz', '2026-11-02', '2027-10-31');
    ok(dir, ['participant', 'edit', id, '--integration-officer', 'Frau Schulte']);
    const worker = ok(dir, [
      'staff',
      'add',
      '--name',
      'Jana Kötter',
      '--role',
      'social-worker',
      '--from',
      '2026-11-01',
      '--json',
    ]).json().id as string;
    ok(dir, ['participant', 'edit', id, '--social-worker', worker, '--from', '2026-11-16']);
    const rules = (today: string) =>
      ok(dir, ['check', '--json'], { today })
        .json()
        .problems.map((p: { rule: string }) => p.rule);
    expect(rules('2026-11-25')).not.toContain('assignment-contacts');
    expect(rules('2026-11-10')).toContain('assignment-contacts');
  });

  test('in German', () => {
    const dir = tempDataDir();
    const de = { env: { INSAT_LANG: 'de' } };
    ok(dir, ['init'], de);
    const id = enrolled(dir, 'holz', '2026-11-02', '2027-10-31', 20, de);
    expect(ok(dir, ['check'], de).stderr).toContain(
      `Warnung: assignment-contacts: ${id}: die Zuweisung a001 nennt keine Sozialarbeiterin / keinen Sozialarbeiter und keine Integrationsfachkraft — mit 'insat participant edit ${id} --social-worker KÜRZEL --integration-officer NAME' ergänzen`,
    );
  });

  test('an assignment that has ended is left alone', () => {
    const dir = tempDataDir();
    ok(dir, ['init']);
    enrolled(dir, 'holz', '2026-11-02', '2027-10-31');
    expect(
      ok(dir, ['check', '--json'], { today: '2027-11-15' })
        .json()
        .problems.map((p: { rule: string }) => p.rule),
    ).not.toContain('assignment-contacts');
  });
});
