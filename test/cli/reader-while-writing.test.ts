// A reader never fails because a writer is busy. A writer between committing a change (its history
// entry written) and installing the files leaves staged files; a reader that meets them while the
// writer still holds the lock reads the last committed state at once instead of waiting for the lock.
import { beforeAll, describe, expect, test } from '@jest/globals';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { insat, ok, tempDataDir } from '../helpers/cli.js';
import { startSession } from '../helpers/insat-session.js';
import { copyStore, holdLock, release } from '../helpers/store-files.js';

const TODAY = '2026-11-25';
/** Far below any write: a reader that waited for the writer would give up with exit 5. */
const IMPATIENT = { INSAT_LOCK_WAIT_MS: '150' };

let base: string;

beforeAll(() => {
  base = tempDataDir('insat-readers-');
  ok(base, ['init'], { today: TODAY });
  ok(base, ['applicant', 'add', '--name', 'Anna Alt', '--birth-date', '1980-01-01', '--referred-by', 'self'], {
    today: TODAY,
  });
});

/** Stages a main file with one more applicant, as a writer does before committing. */
function stageApplicant(dir: string, id: string, name: string): void {
  const main = JSON.parse(readFileSync(join(dir, 'insat.json'), 'utf8')) as { people: Record<string, unknown>[] };
  main.people.push({ ...main.people[0]!, id: 'p099', name });
  writeFileSync(join(dir, `.insat.json.commit-${id}.tmp`), JSON.stringify(main, null, 1) + '\n');
}

function commitEntry(dir: string, id: string): void {
  appendFileSync(
    join(dir, 'history.jsonl'),
    JSON.stringify({ id, at: '2026-11-25T10:00:00.000Z', user: 'test', argv: [], summary: 'staged', changes: [] }) +
      '\n',
  );
}

/** The reader runs in-process: the writer holding the lock is another process (holdLock). */
const listNames = (dir: string) => {
  const r = insat(dir, ['applicant', 'list', '--json'], { today: TODAY, env: IMPATIENT });
  return {
    code: r.code,
    stderr: r.stderr,
    names: r.code === 0 ? (r.json().applicants as { name: string }[]).map((a) => a.name) : [],
  };
};

describe('a reader that meets a writer between commit and install', () => {
  test('reads the committed change from the staged file, without waiting for the lock', async () => {
    const dir = copyStore(base, 'insat-readers-committed-');
    const holder = await holdLock(dir);
    try {
      stageApplicant(dir, '20261125100000000-4242', 'Bernd Committed');
      commitEntry(dir, '20261125100000000-4242');
      expect(listNames(dir)).toEqual({ code: 0, stderr: '', names: ['Anna Alt', 'Bernd Committed'] });
    } finally {
      await release(holder);
    }
  });

  test('ignores staged files of a change that has not been committed yet', async () => {
    const dir = copyStore(base, 'insat-readers-staged-');
    const holder = await holdLock(dir);
    try {
      stageApplicant(dir, '20261125100000000-4343', 'Clara Uncommitted');
      expect(listNames(dir)).toEqual({ code: 0, stderr: '', names: ['Anna Alt'] });
    } finally {
      await release(holder);
    }
  });
});

describe('readers beside a writer at work', () => {
  test('8 writes, readers reading all the time with a tiny lock wait: every read succeeds', async () => {
    const dir = copyStore(base, 'insat-readers-loop-');
    // Three real processes, each running its commands one after another: a writer and two readers.
    const [writer, ...readers] = await Promise.all([
      startSession({ today: TODAY }),
      startSession({ today: TODAY, env: { INSAT_LOCK_WAIT_MS: '0' } }),
      startSession({ today: TODAY, env: { INSAT_LOCK_WAIT_MS: '0' } }),
    ]);
    try {
      const stopReading = readers.map((r) => r.repeat(dir, ['applicant', 'list', '--json']));
      for (let i = 0; i < 8; i++) {
        const w = await writer.run(dir, [
          'applicant',
          'add',
          '--name',
          `Writer ${i}`,
          '--birth-date',
          '1980-01-01',
          '--referred-by',
          'self',
        ]);
        expect(w.code).toBe(0);
      }
      const results = await Promise.all(stopReading.map((stop) => stop()));
      expect(results.flatMap((r) => r.failures)).toEqual([]);
      expect(results.every((r) => r.runs > 0)).toBe(true);
    } finally {
      await Promise.all([writer, ...readers].map((s) => s!.close()));
    }
  }, 120_000);
});
