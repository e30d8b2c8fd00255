// For the correction tests: a refused command leaves every file as it was; an accepted one is undone
// by one `insat undo` to the same data files, byte for byte.
import { expect } from '@jest/globals';
import { insat, ok, storeBytes, type RunOptions, type RunResult } from './cli.js';

/** The data files only (insat.json, bookings/): history and backups grow with every step. */
export function dataBytes(dir: string): Map<string, string> {
  return new Map([...storeBytes(dir)].filter(([path]) => path === '/insat.json' || path.startsWith('/bookings/')));
}

/** Runs a command that must be refused with `code`, and proves that no file changed. */
export function refused(dir: string, args: string[], code: number, opts: RunOptions = {}): RunResult {
  const before = storeBytes(dir);
  const r = insat(dir, args, opts);
  expect({ code: r.code, stderr: r.stderr }).toEqual({ code, stderr: expect.stringMatching(/^(error|Fehler): /) });
  expect(storeBytes(dir)).toEqual(before);
  return r;
}

/** Runs an accepted command, then `insat undo`, and proves the data files are back byte for byte. */
export function acceptedThenUndone(
  dir: string,
  args: string[],
  whileDone: (r: RunResult) => void,
  opts: RunOptions = {},
): void {
  const before = dataBytes(dir);
  const r = ok(dir, args, opts);
  whileDone(r);
  expect(dataBytes(dir)).not.toEqual(before);
  ok(dir, ['undo'], opts);
  expect(dataBytes(dir)).toEqual(before);
}

/** The verbose history lines of the newest change. */
export function lastChangeLines(dir: string, opts: RunOptions = {}): string {
  return ok(dir, ['history', '--limit', '1', '--verbose'], opts).stdout;
}
