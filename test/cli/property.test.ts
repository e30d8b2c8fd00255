// No write may leave a store that `insat check` rejects. Random sequences of commands (fast-check,
// seeded and reproducible) run against a small store: after every accepted command `check` exits 0,
// after every refused one the store is byte-for-byte unchanged, and no command crashes (exit 1) or
// finds the store unreadable (exit 6).
//
// `npm test` runs about 3,000 commands (in-process); `npm run fuzz` about 60,000 (INSAT_FUZZ_RUNS,
// INSAT_FUZZ_STEPS, INSAT_FUZZ_SEED). A failure prints the seed and the sequence; INSAT_FUZZ_SHRINK=1
// shrinks it to the shortest one found.
import { beforeAll, describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { enrolled, insat, ok, storeBytes, suitableApplicant, tempDataDir } from '../helpers/cli.js';
import { copyStore } from '../helpers/store-files.js';

const TODAY = '2026-11-25';
const RUNS = Number(process.env.INSAT_FUZZ_RUNS ?? 200);
const STEPS = Number(process.env.INSAT_FUZZ_STEPS ?? 20);
const SEED = Number(process.env.INSAT_FUZZ_SEED ?? 1616);

let base: string;

beforeAll(() => {
  base = tempDataDir('insat-prop-');
  const opts = { today: TODAY };
  ok(base, ['init'], opts);
  enrolled(base, 'holz', '2026-11-02', '2027-04-30', 20, opts); // p001
  enrolled(base, 'kueche', '2026-10-05', '2027-03-31', 30, opts); // p002
  suitableApplicant(base, 'Wartende Person', opts); // p003, on the waiting list
  // instructors s001 (holz) and s002 (kueche), each named on the participant of their area
  ok(
    base,
    ['staff', 'add', '--name', 'Anna Holz', '--role', 'instructor', '--area', 'holz', '--from', '2026-01-01'],
    opts,
  );
  ok(
    base,
    ['staff', 'add', '--name', 'Karl Koch', '--role', 'instructor', '--area', 'kueche', '--from', '2026-01-01'],
    opts,
  );
  ok(base, ['participant', 'edit', 'p001', '--instructor', 's001'], opts);
  ok(base, ['participant', 'edit', 'p002', '--instructor', 's002'], opts);
  for (const d of ['2026-11-16', '2026-11-18', '2026-11-20']) {
    ok(base, ['hours', 'book', 'p001', '--date', d, '--hours', '4'], opts);
    ok(base, ['hours', 'book', 'p002', '--date', d, '--absent', 'sick'], opts);
  }
  expect(ok(base, ['check'], opts).code).toBe(0);
});

// Mostly the two participants, whose records and bookings interact; now and then others and unknown ids.
const person = fc.constantFrom('p001', 'p001', 'p002', 'p002', 'p003', 'p004', 'p005');
const day = fc.integer({ min: 0, max: 32 }).map((n) => {
  const d = new Date(Date.UTC(2026, 9, 27 + n)); // 2026-10-27 … 2026-11-28
  return d.toISOString().slice(0, 10);
});
const laterDay = fc.constantFrom('2026-12-31', '2027-01-31', '2027-03-31', '2027-06-30', '2027-10-31', '2028-12-31');
const area = fc.constantFrom('holz', 'kueche', 'gestaltung');
const hours = fc.constantFrom('0', '1', '2,5', '4', '6', '7,75', '8', '9', '0:15', '-1', 'x');
const absence = fc.constantFrom('sick', 'sick-certified', 'excused', 'holiday', 'unexcused', 'closed');
const name = fc.constantFrom('Erika Muster', 'Ali Demir', 'Jan Kowalski', 'Maria Schulz');
const instructor = fc.constantFrom('s001', 's002', 's003');

const command: fc.Arbitrary<string[]> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .tuple(person, day, hours, fc.boolean())
      .map(([p, d, h, r]) => ['hours', 'book', p, '--date', d, '--hours', h, ...(r ? ['--replace'] : [])]),
  },
  {
    weight: 3,
    arbitrary: fc
      .tuple(person, day, absence, fc.boolean())
      .map(([p, d, a, r]) => ['hours', 'book', p, '--date', d, '--absent', a, ...(r ? ['--replace'] : [])]),
  },
  { weight: 2, arbitrary: fc.tuple(person, day).map(([p, d]) => ['hours', 'delete', p, '--date', d]) },
  {
    weight: 3,
    arbitrary: fc
      .tuple(person, day, fc.constantFrom('job', 'other', 'therapy'))
      .map(([p, d, r]) => ['participant', 'exit', p, '--date', d, '--reason', r]),
  },
  { weight: 1, arbitrary: fc.tuple(person, laterDay).map(([p, d]) => ['participant', 'extend', p, '--until', d]) },
  {
    weight: 1,
    arbitrary: fc.tuple(person, area, day).map(([p, a, d]) => ['participant', 'move', p, '--area', a, '--from', d]),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(person, area, day, instructor)
      .map(([p, a, d, s]) => ['participant', 'move', p, '--area', a, '--from', d, '--instructor', s]),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(person, fc.option(instructor))
      .map(([p, s]) => ['participant', 'edit', p, ...(s ? ['--instructor', s] : ['--clear', 'instructor'])]),
  },
  { weight: 1, arbitrary: fc.tuple(instructor, area).map(([s, a]) => ['staff', 'edit', s, '--area', a]) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(name, fc.constantFrom('1980-05-01', '2030-01-01'))
      .map(([n, b]) => [
        'applicant',
        'add',
        '--name',
        n,
        '--birth-date',
        b,
        '--referred-by',
        'self',
        '--contact-date',
        '2026-10-01',
      ]),
  },
  { weight: 1, arbitrary: fc.tuple(person, day).map(([p, d]) => ['applicant', 'schedule', p, '--info-date', d]) },
  { weight: 1, arbitrary: person.map((p) => ['applicant', 'attended', p]) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(person, day, fc.boolean())
      .map(([p, d, s]) => [
        'applicant',
        'decide',
        p,
        s ? '--suitable' : '--unsuitable',
        '--by',
        'Frau Schulte',
        '--date',
        d,
      ]),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(person, area, day, laterDay, fc.constantFrom('15', '20', '30'))
      .map(([p, a, s, u, h]) => ['enrol', p, '--area', a, '--start', s, '--until', u, '--hours-per-week', h]),
  },
  {
    weight: 1,
    arbitrary: fc.tuple(person, day).map(([p, d]) => ['note', 'add', p, '--text', 'Gespräch geführt', '--date', d]),
  },
  {
    weight: 1,
    arbitrary: fc.tuple(person, day).map(([p, d]) => ['plan', 'add', p, '--goal', 'Pünktlich sein', '--due', d]),
  },
  { weight: 2, arbitrary: fc.constant(['undo']) },
);

/** Runs a sequence on a fresh copy of the store; returns the first broken promise, or null. */
function runSequence(commands: string[][]): string | null {
  const dir = copyStore(base, 'insat-prop-run-');
  const problem = firstBrokenPromise(dir, commands);
  // A failing sequence's store stays for a look (INSAT_KEEP_TEST_FILES=1); passing ones would fill the run's folder.
  if (problem) return `${problem} (the store: ${dir})`;
  rmSync(dirname(dir), { recursive: true, force: true });
  return null;
}

function firstBrokenPromise(dir: string, commands: string[][]): string | null {
  // The store as the next command finds it: read once per step, after the step (and its check).
  let before = storeBytes(dir);
  for (const [i, args] of commands.entries()) {
    const r = insat(dir, args, { today: TODAY });
    const step = `step ${i + 1} \`insat ${args.join(' ')}\``;
    if (r.code === 0) {
      const check = insat(dir, ['check'], { today: TODAY });
      if (check.code !== 0)
        return `${step} was accepted but check exits ${check.code}: ${check.stdout.trim()} ${check.stderr.trim()}`;
    } else if (![2, 3, 4].includes(r.code)) return `${step} exited ${r.code}: ${r.stderr.trim()}`;
    const after = storeBytes(dir);
    if (r.code !== 0) {
      const changed = [...new Set([...before.keys(), ...after.keys()])].filter((f) => before.get(f) !== after.get(f));
      if (changed.length > 0) return `${step} was refused (exit ${r.code}) but changed ${changed.join(', ')}`;
    }
    before = after;
  }
  return null;
}

describe('random sequences of commands', () => {
  test(
    `${RUNS} sequences of ${Math.ceil(STEPS / 2)}–${STEPS} commands (seed ${SEED}): accepted → check passes, refused → store unchanged`,
    () => {
      fc.assert(
        fc.property(fc.array(command, { minLength: Math.ceil(STEPS / 2), maxLength: STEPS }), (commands) => {
          const problem = runSequence(commands);
          if (problem) throw new Error(problem);
        }),
        // Shrinking spawns hundreds of processes: only on request (INSAT_FUZZ_SHRINK=1), so a failure reports at once.
        { seed: SEED, numRuns: RUNS, endOnFailure: process.env.INSAT_FUZZ_SHRINK !== '1' },
      );
    },
    30 * 60_000,
  );
});
