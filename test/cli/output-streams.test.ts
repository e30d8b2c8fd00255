// What only a real process shows: how insat behaves when its output cannot be written.
import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { BIN, ok, tempDataDir } from '../helpers/cli.js';

const dir = tempDataDir();
ok(dir, ['init', '--demo']);

function shell(script: string) {
  return spawnSync('/bin/bash', ['-c', script, 'bash', BIN], {
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      CI: 'true',
      INSAT_DATA: dir,
      INSAT_TODAY: '2026-11-25',
      INSAT_LANG: 'en',
    },
  });
}

describe('output that cannot be written', () => {
  test('a full disk behind stdout (insat seats > /dev/full): one error line, exit 1, no stack trace', () => {
    const r = shell('"$1" seats > /dev/full');
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      'error: the output could not be written (ENOSPC) — free space on the disk or write the output elsewhere\n',
    );
  });

  test('the cron form with a full disk (occupancy text > /dev/full): the same one line', () => {
    const r = shell('"$1" occupancy --format text > /dev/full');
    expect(r.status).toBe(1);
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  test('a reader that stops early (export hours | head -1) is not an error', () => {
    const r = shell('"$1" export hours | head -1; echo "exit=${PIPESTATUS[0]}"');
    expect(r.stdout).toMatch(/^date,id,name,area,hours,absence,forced\nexit=0\n$/);
    expect(r.stderr).toBe('');
  });

  // export hours of the demo fits a pipe's buffer, so `head -1` above may end only after insat has
  // written everything; here the reader is gone before insat starts, so its first write fails (EPIPE).
  test('a reader that is gone before anything is written is not an error either', () => {
    const r = shell('(sleep 0.3; exec "$1" export hours) | true; echo "exit=${PIPESTATUS[0]}" >&2');
    expect(r.stderr).toBe('exit=0\n');
  });

  // A pipe another process made non-blocking (a Node program earlier in the same `( … ) | reader`,
  // still running) returns EAGAIN once it is full: insat then hands the rest to Node's stream, which
  // waits for the reader. The subshell starts insat only once its stdout is non-blocking, and the
  // reader starts reading a second after insat started, so ~0.5 MB meets a full 64 KB pipe.
  test('a full pipe that another process made non-blocking gets all of the output', () => {
    const all = ['export', 'hours', '--from', '2000-01-01', '--to', '2026-12-31'];
    const plain = shell(`"$1" ${all.join(' ')}`);
    expect(plain.status).toBe(0);
    expect(plain.stdout.length).toBeGreaterThan(256 * 1024);
    const mark = join(dirname(dir), 'insat-started');
    const r = shell(
      `( node -e "process.stdout.write(''); setTimeout(() => {}, 60000)" & holder=$! me=$BASHPID
         blocking() { (( !(8#$(awk '/^flags/ { print $2 }' /proc/$me/fdinfo/1) & 8#4000) )); }
         for i in $(seq 500); do blocking && sleep 0.02 || break; done
         blocking || echo non-blocking >&2
         touch '${mark}'; "$1" ${all.join(' ')}; echo "exit=$?" >&2; kill $holder
       ) | ( until [ -e '${mark}' ]; do sleep 0.02; done; sleep 1; cat )`,
    );
    expect(r.stderr).toBe('non-blocking\nexit=0\n');
    expect(r.stdout).toBe(plain.stdout);
  });

  test('a closed stdout (>&-) does not print a stack trace', () => {
    const r = shell('"$1" seats >&-');
    expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/);
    expect([0, 1]).toContain(r.status);
  });
});
