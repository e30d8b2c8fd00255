// commander requires node:child_process for executable subcommands, which insat has none of; the
// bundle gives it a stand-in that loads the module only when used, so a start does not pay for it.
import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { BIN } from '../helpers/cli.js';

/** The built-in modules a process of bin/insat had loaded when it ended. */
function builtinsLoaded(args: string[]): { status: number | null; modules: string[] } {
  const report =
    "import{writeSync}from'node:fs';process.on('exit',()=>writeSync(2,'\\n@@'+JSON.stringify(process.moduleLoadList)+'\\n'))";
  const r = spawnSync(process.execPath, [`--import=data:text/javascript,${encodeURIComponent(report)}`, BIN, ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: process.env.HOME, INSAT_LANG: 'en' },
  });
  const line = r.stderr.split('\n').find((l) => l.startsWith('@@')) ?? '@@[]';
  return { status: r.status, modules: JSON.parse(line.slice(2)) as string[] };
}

describe('start-up without node:child_process', () => {
  test('insat --help starts and ends without loading it', () => {
    const { status, modules } = builtinsLoaded(['--help']);
    expect(status).toBe(0);
    expect(modules).toContain('NativeModule fs');
    expect(modules).not.toContain('NativeModule child_process');
  });
});
