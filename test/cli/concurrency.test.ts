// Several insat processes at once: one writer at a time holds the store, every accepted change is
// kept (no lost update), the files stay valid, and readers never see a half-written store. A writer
// that cannot get the store in time gives up with exit 5 and changes nothing.
//
// The writers are real processes, each running its commands one after the other (insat-session.ts):
// what is proven is how processes share the store, not how fast Node starts, so a process runs many
// commands instead of starting once per command. Each round sends every writer its next command at
// the same moment, so they all want the lock at once.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addDays } from '../../src/model/dates.js';
import { isWorkingDay } from '../../src/model/holidays.js';
import { enrolled, insat, ok, ROOT, storeBytes, suitableApplicant, tempDataDir } from '../helpers/cli.js';
import { overlap, startSession, type Session, type TimedResult } from '../helpers/insat-session.js';
import { copyStore, hasCommand, historyLines, holdLock, release, storeProblems } from '../helpers/store-files.js';

const TODAY = '2026-11-25';
const PROCESSES = 4;
const BOOKINGS_EACH = 25;
/** Long enough that no writer gives up while the others take their turns. */
const PATIENT = { INSAT_LOCK_WAIT_MS: '120000' };

/** The last `n` working days (NRW) before `day`, oldest first. */
function workingDaysBefore(day: string, n: number): string[] {
  const out: string[] = [];
  for (let d = addDays(day, -1); out.length < n; d = addDays(d, -1)) if (isWorkingDay(d, [])) out.unshift(d);
  return out;
}

interface StoredBooking {
  participantId: string;
  date: string;
  minutes: number;
}

function allBookings(dir: string): StoredBooking[] {
  const b = join(dir, 'bookings');
  return readdirSync(b)
    .filter((f) => /^\d{4}-\d{2}\.json$/.test(f))
    .flatMap((f) => (JSON.parse(readFileSync(join(b, f), 'utf8')) as { bookings: StoredBooking[] }).bookings);
}

function people(dir: string): { id: string; name: string }[] {
  return (JSON.parse(readFileSync(join(dir, 'insat.json'), 'utf8')) as { people: { id: string; name: string }[] })
    .people;
}

/** Every pair of writers that never ran a command at the same time as each other: none, if they contended. */
function neverOverlapped(byWriter: TimedResult[][]): string[] {
  const apart: string[] = [];
  byWriter.forEach((mine, p) =>
    byWriter.forEach((theirs, q) => {
      if (q > p && !mine.some((a) => theirs.some((b) => overlap(a, b)))) apart.push(`writers ${p} and ${q}`);
    }),
  );
  return apart;
}

let base: string;
let participants: string[];
let writers: Session[];
let reader: Session;

beforeAll(async () => {
  base = tempDataDir('insat-conc-');
  ok(base, ['init'], { today: TODAY });
  const areas = ['holz', 'kueche', 'gestaltung', 'holz'];
  participants = areas.map((a) => enrolled(base, a, '2026-06-01', '2027-05-31', 20, { today: TODAY }));
  writers = await Promise.all(Array.from({ length: PROCESSES }, () => startSession({ today: TODAY, env: PATIENT })));
  reader = await startSession({ today: TODAY });
});

afterAll(async () => {
  await Promise.all([...(writers ?? []), ...(reader ? [reader] : [])].map((s) => s.close()));
});

describe('several writers at once', () => {
  test(`${PROCESSES} processes × ${BOOKINGS_EACH} bookings: every accepted booking is stored, the files stay valid`, async () => {
    if (!hasCommand('hours', 'book')) throw new Error("this build has no 'insat hours book'");
    const dir = copyStore(base, 'insat-conc-book-');
    const days = workingDaysBefore(TODAY, BOOKINGS_EACH);
    const historyBefore = historyLines(dir);
    // A reader keeps looking while the writers work: it must never meet a half-written store.
    const stopReading = reader.repeat(dir, ['hours', 'list', '--participant', participants[0]!, '--json'], 10);
    // Round after round, each process books its own participant's next day; all four at the same moment.
    const results = participants.map((id) => ({ id, accepted: [] as string[], failed: [] as string[] }));
    const runs: TimedResult[][] = participants.map(() => []);
    for (const day of days) {
      const round = await Promise.all(
        writers.map((w, p) => w.run(dir, ['hours', 'book', participants[p]!, '--date', day, '--hours', '4'])),
      );
      round.forEach((r, p) => {
        runs[p]!.push(r);
        if (r.code === 0) results[p]!.accepted.push(day);
        else results[p]!.failed.push(`${participants[p]} ${day}: exit ${r.code} ${r.stderr.trim()}`);
      });
    }
    const read = await stopReading();

    expect(results.flatMap((r) => r.failed)).toEqual([]);
    const stored = allBookings(dir);
    for (const r of results) {
      const mine = stored.filter((b) => b.participantId === r.id);
      expect(mine.map((b) => b.date).sort()).toEqual(r.accepted.sort());
      expect(mine.every((b) => b.minutes === 240)).toBe(true);
    }
    expect(stored).toHaveLength(PROCESSES * BOOKINGS_EACH);
    expect(historyLines(dir) - historyBefore).toBe(PROCESSES * BOOKINGS_EACH);
    // The writers really took turns: in the history their bookings interleave.
    const order = readFileSync(join(dir, 'history.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .slice(historyBefore)
      .map((l) => participants.find((id) => (JSON.parse(l) as { argv: string[] }).argv.includes(id)));
    expect(order.filter((id, i) => i > 0 && id !== order[i - 1]).length).toBeGreaterThan(PROCESSES);
    // … and they contended: every two of them had a booking under way at the same time.
    expect(neverOverlapped(runs)).toEqual([]);
    expect(storeProblems(dir)).toEqual([]);
    expect(read.runs).toBeGreaterThan(0);
    expect(read.failures).toEqual([]);
    if (hasCommand('check')) ok(dir, ['check'], { today: TODAY });
  }, 300_000);

  test('4 processes adding applicants at once: no id is handed out twice, nobody is lost', async () => {
    const dir = copyStore(base, 'insat-conc-add-');
    const before = people(dir).length;
    const names = Array.from({ length: PROCESSES }, (_, p) =>
      Array.from({ length: 12 }, (_, i) => `Parallel ${p}-${i}`),
    );
    const ids: string[][] = names.map(() => []);
    const runs: TimedResult[][] = names.map(() => []);
    for (let i = 0; i < names[0]!.length; i++) {
      const round = await Promise.all(
        writers.map((w, p) =>
          w.run(dir, [
            'applicant',
            'add',
            '--name',
            names[p]![i]!,
            '--birth-date',
            '1980-01-01',
            '--referred-by',
            'self',
            '--json',
          ]),
        ),
      );
      round.forEach((r, p) => {
        expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
        ids[p]!.push(r.json().id as string);
        runs[p]!.push(r);
      });
    }
    expect(neverOverlapped(runs)).toEqual([]);
    const all = ids.flat();
    expect(new Set(all).size).toBe(all.length);
    const stored = people(dir);
    expect(stored).toHaveLength(before + all.length);
    for (const [p, list] of names.entries()) {
      list.forEach((name, i) => expect(stored.find((x) => x.id === ids[p]![i])?.name).toBe(name));
    }
    expect(storeProblems(dir)).toEqual([]);
  }, 300_000);
});

describe('two people enrolling into the last free seat at the same moment', () => {
  test('exactly one gets the seat, the other is refused with exit 3, the store stays valid (3 rounds)', async () => {
    const dir = tempDataDir('insat-conc-seat-');
    ok(dir, ['init'], { today: TODAY });
    ok(dir, ['config', 'set', 'seats.holz', '2', '--from', '2026-01-01', '--force'], { today: TODAY });
    enrolled(dir, 'holz', '2026-06-01', '2027-05-31', 20, { today: TODAY });
    const a = suitableApplicant(dir, 'Anna Erste', { today: TODAY });
    const b = suitableApplicant(dir, 'Bernd Zweiter', { today: TODAY });
    // two of the writer processes, each enrolling one of them
    const enrol = (w: Session, d: string, id: string) =>
      w.run(d, [
        'enrol',
        id,
        '--area',
        'holz',
        '--start',
        '2026-12-01',
        '--until',
        '2027-11-30',
        '--hours-per-week',
        '20',
        '--json',
      ]);
    for (let round = 0; round < 3; round++) {
      const copy = copyStore(dir, 'insat-conc-seat-round-');
      const before = historyLines(copy);
      const [ra, rb] = await Promise.all([enrol(writers[0]!, copy, a), enrol(writers[1]!, copy, b)]);
      expect([ra.code, rb.code].sort()).toEqual([0, 3]);
      const loser = ra.code === 3 ? ra : rb;
      expect(loser.stderr).toMatch(/^error: .*seat/im);
      const seats = ok(copy, ['seats', '--date', '2026-12-01', '--json'], { today: TODAY }).json();
      expect(seats.areas.find((x: { area: string }) => x.area === 'holz')).toMatchObject({
        capacity: 2,
        occupied: 2,
        free: 0,
      });
      expect(historyLines(copy)).toBe(before + 1);
      expect(storeProblems(copy)).toEqual([]);
      if (hasCommand('check')) ok(copy, ['check'], { today: TODAY });
    }
  }, 120_000);
});

describe('a writer that cannot get the store in time', () => {
  test('gives up after INSAT_LOCK_WAIT_MS with exit 5, names the holder, changes nothing; the next writer gets through', async () => {
    const dir = copyStore(base, 'insat-conc-busy-');
    // A live process holds the lock (as a long write would) until it is told to stop.
    const holder = await holdLock(dir);
    try {
      const before = storeBytes(dir);
      const r = insat(
        dir,
        ['applicant', 'add', '--name', 'Too Late', '--birth-date', '1980-01-01', '--referred-by', 'self', '--json'],
        {
          today: TODAY,
          env: { INSAT_LOCK_WAIT_MS: '700' },
        },
      );
      expect(r.code).toBe(5);
      expect(r.stderr).toContain(`error: the store ${dir} is busy: insat process ${holder.pid}`);
      expect(r.stderr).toContain('try again in a moment; nothing was changed');
      expect(r.stderr).toContain('{"error":{"code":"busy"');
      expect(storeBytes(dir)).toEqual(before);
      // A reader is not held up by a writer.
      expect(insat(dir, ['seats', '--json'], { today: TODAY }).code).toBe(0);
    } finally {
      await release(holder);
    }
    const next = insat(
      dir,
      ['applicant', 'add', '--name', 'In Time', '--birth-date', '1980-01-01', '--referred-by', 'self'],
      { today: TODAY, env: { INSAT_LOCK_WAIT_MS: '700' } },
    );
    expect(next.code).toBe(0);
    expect(people(dir).map((p) => p.name)).toContain('In Time');
  });

  test('a lock whose holder is alive is never taken over, however old it looks', async () => {
    const dir = copyStore(base, 'insat-conc-old-');
    const holder = spawn(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `
      const { withLock } = await import(${JSON.stringify(join(ROOT, 'dist', 'store', 'lock.js'))});
      const { utimesSync } = await import('node:fs');
      await withLock(${JSON.stringify(dir)}, async () => {
        utimesSync(${JSON.stringify(join(dir, 'insat.lock'))}, new Date(0), new Date(0));
        process.stdout.write('locked\\n');
        await new Promise((resolve) => process.stdin.once('data', resolve));
      });`,
      ],
      { stdio: ['pipe', 'pipe', 'inherit'] },
    );
    await new Promise<void>((resolve) => holder.stdout.once('data', () => resolve()));
    try {
      const before = storeBytes(dir);
      const r = insat(
        dir,
        ['applicant', 'add', '--name', 'Thief', '--birth-date', '1980-01-01', '--referred-by', 'self'],
        { today: TODAY, env: { INSAT_LOCK_WAIT_MS: '500' } },
      );
      expect(r.code).toBe(5);
      expect(storeBytes(dir)).toEqual(before);
    } finally {
      holder.stdin.end('go\n');
      await new Promise<void>((resolve) => holder.on('exit', () => resolve()));
    }
  });
});
