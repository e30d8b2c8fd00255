// Purge on a real terminal (tmux, which .ci/run installs; without it these tests fail, never skip):
// it lists who would be purged and asks before the one change that cannot be undone; "no" changes
// nothing, "yes" purges.
import { afterAll, describe, expect, test } from '@jest/globals';
import { ok, storeBytes, suitableApplicant, tempDataDir } from '../helpers/cli.js';
import { keys, killSessions, startInsat, waitFor } from '../helpers/terminal.js';

const TODAY = '2026-11-25';
const start = (dir: string, args: string) => startInsat(dir, args, TODAY);

afterAll(killSessions);

/** A participant who left in March (inside the retention period: the runs below use --force --reason). */
function leftInMarch(): string {
  const dir = tempDataDir();
  ok(dir, ['init']);
  const id = suitableApplicant(dir, 'Olga Alt');
  ok(dir, ['enrol', id, '--area', 'holz', '--start', '2026-02-02', '--until', '2026-06-30', '--hours-per-week', '20']);
  ok(dir, ['participant', 'exit', id, '--date', '2026-03-31', '--reason', 'job']);
  return dir;
}

describe('purge asks on a terminal', () => {
  test('lists who would be purged; "no" changes nothing', async () => {
    const dir = leftInMarch();
    const before = storeBytes(dir);
    const s = start(dir, 'purge --exited-before 2026-11-01 --force --reason "Widerruf"');
    const screen = await waitFor(s, 'cannot be undone');
    expect(screen).toContain('would purge 1 person:');
    expect(screen).toContain('Olga Alt');
    keys(s, 'n', 'Enter');
    expect(await waitFor(s, 'EXIT=')).toContain('not confirmed — nothing was changed');
    expect(storeBytes(dir)).toEqual(before);
  });

  test('"yes" purges', async () => {
    const dir = leftInMarch();
    const s = start(dir, 'purge --exited-before 2026-11-01 --force --reason "Widerruf"');
    await waitFor(s, 'cannot be undone');
    keys(s, 'y', 'Enter');
    expect(await waitFor(s, 'EXIT=0')).toContain('purged 1 person');
  });
});
