// Purge on a real terminal (tmux): it lists who would be purged and asks before the one change
// that cannot be undone; "no" changes nothing, "yes" purges.
import { afterAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { BIN, ok, storeBytes, suitableApplicant, tempDataDir } from '../helpers/cli.js';

const TODAY = '2026-11-25';
const sessions: string[] = [];

function tmux(...args: string[]): string {
  const r = spawnSync('tmux', args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`tmux ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

async function waitFor(session: string, text: string): Promise<string> {
  const end = Date.now() + 15_000;
  for (;;) {
    const s = tmux('capture-pane', '-p', '-t', session);
    if (s.includes(text)) return s;
    if (Date.now() > end) throw new Error(`timed out waiting for ${text}; screen:\n${s}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function start(dir: string, args: string): string {
  const session = `insat-purge-${process.pid}-${sessions.length}`;
  sessions.push(session);
  tmux(
    'new-session',
    '-d',
    '-s',
    session,
    '-x',
    '160',
    '-y',
    '40',
    `env -u CI INSAT_LANG=en INSAT_TODAY=${TODAY} INSAT_DATA=${dir} ${process.execPath} ${BIN} ${args}; echo "EXIT=$?"; sleep 30`,
  );
  return session;
}

afterAll(() => {
  for (const s of sessions) spawnSync('tmux', ['kill-session', '-t', s]);
});

/** A participant who left in March (inside the retention period: the runs below use --force --reason). */
function leftInMarch(): string {
  const dir = tempDataDir();
  ok(dir, ['init']);
  const id = suitableApplicant(dir, 'Olga Alt');
  ok(dir, ['enrol', id, '--area', 'holz', '--start', '2026-02-02', '--until', '2026-06-30', '--hours-per-week', '20']);
  ok(dir, ['participant', 'exit', id, '--date', '2026-03-31', '--reason', 'job']);
  return dir;
}

const hasTmux = spawnSync('tmux', ['-V']).status === 0;
(hasTmux ? describe : describe.skip)('purge asks on a terminal', () => {
  test('lists who would be purged; "no" changes nothing', async () => {
    const dir = leftInMarch();
    const before = storeBytes(dir);
    const s = start(dir, 'purge --exited-before 2026-11-01 --force --reason "Widerruf"');
    const screen = await waitFor(s, 'cannot be undone');
    expect(screen).toContain('would purge 1 person:');
    expect(screen).toContain('Olga Alt');
    tmux('send-keys', '-t', s, 'n', 'Enter');
    expect(await waitFor(s, 'EXIT=')).toContain('not confirmed — nothing was changed');
    expect(storeBytes(dir)).toEqual(before);
  });

  test('"yes" purges', async () => {
    const dir = leftInMarch();
    const s = start(dir, 'purge --exited-before 2026-11-01 --force --reason "Widerruf"');
    await waitFor(s, 'cannot be undone');
    tmux('send-keys', '-t', s, 'y', 'Enter');
    expect(await waitFor(s, 'EXIT=0')).toContain('purged 1 person');
  });
});
