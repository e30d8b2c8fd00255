// The lock of a writer that was killed is taken over by the writers waiting for it — by exactly one
// at a time, and without an error for the others: a waiter waits (and then gets through) or gives up
// with exit 5, never exit 6. Rounds are few and bounded; each kills a live holder under several waiters.
// The waiters are real processes that stay up from round to round (insat-session.ts): each round
// hands every one of them its command at once; the holder is a process of its own, killed each round.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { ok, ROOT, tempDataDir } from '../helpers/cli.js';
import { startSession, type Session } from '../helpers/insat-session.js';
import { copyStore, storeProblems } from '../helpers/store-files.js';

const TODAY = '2026-11-25';
const ROUNDS = 5;
const WAITERS = 5;
const PATIENT = { INSAT_LOCK_WAIT_MS: '60000' };

let base: string;
let waiters: Session[];

beforeAll(async () => {
  base = tempDataDir('insat-takeover-');
  ok(base, ['init'], { today: TODAY });
  waiters = await Promise.all(Array.from({ length: WAITERS }, () => startSession({ today: TODAY, env: PATIENT })));
});

afterAll(async () => {
  await Promise.all((waiters ?? []).map((w) => w.close()));
});

function names(dir: string): string[] {
  return (JSON.parse(readFileSync(join(dir, 'insat.json'), 'utf8')) as { people: { name: string }[] }).people.map(
    (p) => p.name,
  );
}

/** A live process that holds the store's lock until it is killed. */
async function holdLock(dir: string): Promise<ReturnType<typeof spawn>> {
  const holder = spawn(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `
    const { withLock } = await import(${JSON.stringify(join(ROOT, 'dist', 'store', 'lock.js'))});
    await withLock(${JSON.stringify(dir)}, async () => {
      process.stdout.write('locked\\n');
      await new Promise(() => setInterval(() => undefined, 1000));
    });`,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  await new Promise<void>((resolve) => holder.stdout!.once('data', () => resolve()));
  return holder;
}

/** Every waiter process adds one applicant to `dir`, all at once. */
function allWaiters(dir: string, round: number) {
  return Promise.all(
    waiters.map((w, i) =>
      w.run(dir, [
        'applicant',
        'add',
        '--name',
        `Waiter ${round}-${i}`,
        '--birth-date',
        '1980-01-01',
        '--referred-by',
        'self',
      ]),
    ),
  );
}

describe('taking over the lock of a killed holder', () => {
  test(`${ROUNDS} rounds: the holder is killed while ${WAITERS} writers wait; all of them get through, one at a time`, async () => {
    const failures: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const dir = copyStore(base, 'insat-takeover-round-');
      const holder = await holdLock(dir);
      const waiting = allWaiters(dir, round);
      // Let every waiter reach the lock and start retrying, then kill the holder. The waiters are
      // running processes (no start-up to wait for): they reach the lock within milliseconds.
      await new Promise((r) => setTimeout(r, 150 + 50 * round));
      const killedAt = Date.now();
      holder.kill('SIGKILL');
      const results = await waiting;
      results.forEach((r, i) => {
        if (r.code !== 0) failures.push(`round ${round}, waiter ${i}: exit ${r.code}: ${r.stderr.trim()}`);
        if (r.start >= killedAt) failures.push(`round ${round}, waiter ${i}: started only after the holder was killed`);
      });
      const stored = names(dir).filter((n) => n.startsWith(`Waiter ${round}-`));
      if (stored.length !== results.filter((r) => r.code === 0).length)
        failures.push(
          `round ${round}: ${stored.length} stored of ${results.filter((r) => r.code === 0).length} accepted`,
        );
      failures.push(...storeProblems(dir).map((p) => `round ${round}: ${p}`));
    }
    expect(failures).toEqual([]);
  }, 120_000);

  test(`${ROUNDS} rounds: ${WAITERS} writers arrive together at a lock whose owner is already dead`, async () => {
    // The holder's process has ended before anyone looks: every writer sees the dead lock at once.
    const dead = spawn(process.execPath, ['-e', '']);
    await new Promise<void>((resolve) => dead.on('exit', () => resolve()));
    const failures: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const dir = copyStore(base, 'insat-takeover-dead-');
      mkdirSync(join(dir, 'insat.lock'));
      writeFileSync(
        join(dir, 'insat.lock', 'owner.json'),
        JSON.stringify({ pid: dead.pid, host: hostname(), start: '1', since: '2026-11-25T08:00:00.000Z' }),
      );
      const results = await allWaiters(dir, round);
      results.forEach((r, i) => {
        if (r.code !== 0) failures.push(`round ${round}, writer ${i}: exit ${r.code}: ${r.stderr.trim()}`);
      });
      if (names(dir).filter((n) => n.startsWith(`Waiter ${round}-`)).length !== WAITERS)
        failures.push(`round ${round}: a change was lost`);
      const left = readdirSync(dir).filter((f) => f.startsWith('.insat.lock') || f === 'insat.lock');
      if (left.length > 0) failures.push(`round ${round}: left behind: ${left.join(', ')}`);
    }
    expect(failures).toEqual([]);
  }, 120_000);
});
