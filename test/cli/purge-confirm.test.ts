// Purge keeps the law's retention periods and asks first: it is the one change that cannot be undone.
import { describe, expect, test } from '@jest/globals';
import { insat, ok, storeBytes, suitableApplicant, tempDataDir } from '../helpers/cli.js';

/** One participant who left on 2026-11-02 (three weeks before "today"), with a case note. */
function recentlyLeft(): { dir: string; id: string } {
  const dir = tempDataDir();
  ok(dir, ['init']);
  const id = suitableApplicant(dir, 'Rita Recent');
  ok(dir, ['enrol', id, '--area', 'holz', '--start', '2026-02-02', '--until', '2026-12-31', '--hours-per-week', '20']);
  ok(dir, ['note', 'add', id, '--text', 'Gespräch über Schulden']);
  ok(dir, ['participant', 'exit', id, '--date', '2026-11-02', '--reason', 'job']);
  return { dir, id };
}

describe('purge: retention periods and confirmation', () => {
  test('without a terminal it needs --yes: exit 2 naming the flag, store unchanged', () => {
    const { dir } = recentlyLeft();
    const before = storeBytes(dir);
    const r = insat(dir, ['purge', '--exited-before', '2026-11-20']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: a purge cannot be undone — confirm it with --yes/m);
    expect(storeBytes(dir)).toEqual(before);
  });

  test('refuses people who left three weeks ago (exit 3), naming them and the override; store unchanged', () => {
    const { dir, id } = recentlyLeft();
    const before = storeBytes(dir);
    const r = insat(dir, ['purge', '--exited-before', '2026-11-20', '--yes']);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(`${id} (participant, last day 2026-11-02, kept until 2029-11-02)`);
    expect(r.stderr).toContain('--force --reason TEXT');
    expect(storeBytes(dir)).toEqual(before);
  });

  test('--force needs --reason (exit 2); with it the purge runs and the reason is in the history', () => {
    const { dir, id } = recentlyLeft();
    const before = storeBytes(dir);
    expect(insat(dir, ['purge', '--exited-before', '2026-11-20', '--yes', '--force']).code).toBe(2);
    expect(storeBytes(dir)).toEqual(before);
    const r = ok(dir, [
      'purge',
      '--exited-before',
      '2026-11-20',
      '--yes',
      '--force',
      '--reason',
      'Widerruf nach Art. 17 DSGVO',
    ]);
    expect(r.stderr).toContain('purged inside the retention period');
    const trail = ok(dir, ['history', '--json']).json().entries;
    // in the store's language (German), whatever the run spoke
    expect(trail[0].summary).toBe(
      'purge --exited-before 2026-11-20 (innerhalb der Aufbewahrungsfrist erzwungen: Widerruf nach Art. 17 DSGVO)',
    );
    expect(ok(dir, ['note', 'list', id, '--json']).json()).toMatchObject({ notes: [] });
  });
});
