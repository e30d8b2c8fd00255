// Output to a file or a pipe is written with fs.writeSync (src/cli/main.ts), not through Node's stream
// (which /dev/full in output-streams.test.ts takes). A failed write there is the same one line and
// exit 1 as on the stream path; a pipe whose reader is gone stays no error.
import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { BIN, ok, ROOT, tempDataDir } from '../helpers/cli.js';

const dir = tempDataDir();
ok(dir, ['init', '--demo']);

function shell(script: string, preload = false) {
  return spawnSync('/bin/bash', ['-c', script, 'bash', BIN], {
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      CI: 'true',
      INSAT_DATA: dir,
      INSAT_TODAY: '2026-11-25',
      INSAT_LANG: 'en',
      ...(preload ? { NODE_OPTIONS: `--import=${join(ROOT, 'test', 'fixtures', 'stdout-full.mjs')}` } : {}),
    },
  });
}

describe('output to a file or a pipe that fails', () => {
  test.each([
    ['a file', `"$1" seats > "${join(dir, '..', 'out.txt')}"`],
    ['a pipe', '"$1" seats | cat > /dev/null; exit ${PIPESTATUS[0]}'],
  ])('%s on a full disk: one error line naming ENOSPC, exit 1, no stack trace', (_what, script) => {
    const r = shell(script, true);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^error: .*ENOSPC/)]);
    expect(r.stderr).not.toMatch(/ at /);
  });

  test('without the failure the same file gets the whole table', () => {
    const file = join(dir, '..', 'out-ok.txt');
    const r = shell(`"$1" seats > "${file}" && cat "${file}"`);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(ok(dir, ['seats']).stdout);
  });
});
