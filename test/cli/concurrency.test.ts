// Several insat processes at once: one writer at a time holds the store, every accepted change is
// kept (no lost update), the files stay valid, and readers never see a half-written store. A writer
// that cannot get the store in time gives up with exit 5 and changes nothing.
import { beforeAll, describe, expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addDays } from '../../src/model/dates.js';
import { isWorkingDay } from '../../src/model/holidays.js';
import { enrolled, insat, ok, ROOT, storeBytes, suitableApplicant, tempDataDir } from '../helpers/cli.js';
import { copyStore, hasCommand, historyLines, insatAsync, storeProblems } from '../helpers/store-files.js';

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

let base: string;
let participants: string[];

beforeAll(() => {
  base = tempDataDir('insat-conc-');
  ok(base, ['init'], { today: TODAY });
  const areas = ['holz', 'kueche', 'gestaltung', 'holz'];
  participants = areas.map((a) => enrolled(base, a, '2026-06-01', '2027-05-31', 20, { today: TODAY }));
});

describe('several writers at once', () => {
  test(`${PROCESSES} processes × ${BOOKINGS_EACH} bookings: every accepted booking is stored, the files stay valid`, async () => {
    if (!hasCommand('hours', 'book')) throw new Error("this build has no 'insat hours book'");
    const dir = copyStore(base, 'insat-conc-book-');
    const days = workingDaysBefore(TODAY, BOOKINGS_EACH);
    const historyBefore = historyLines(dir);
    let writing = true;
    // A reader keeps looking while the writers work: it must never meet a half-written store.
    const reader = (async () => {
      const codes: number[] = [];
      while (writing)
        codes.push(
          (await insatAsync(dir, ['hours', 'list', '--participant', participants[0]!, '--json'], { today: TODAY }))
            .code,
        );
      return codes;
    })();
    // Each process books its own participant, day after day; all four run at the same time.
    const results = await Promise.all(
      participants.map(async (id) => {
        const accepted: string[] = [];
        const failed: string[] = [];
        for (const day of days) {
          const r = await insatAsync(dir, ['hours', 'book', id, '--date', day, '--hours', '4'], {
            today: TODAY,
            env: PATIENT,
          });
          if (r.code === 0) accepted.push(day);
          else failed.push(`${id} ${day}: exit ${r.code} ${r.stderr.trim()}`);
        }
        return { id, accepted, failed };
      }),
    );
    writing = false;
    const readerCodes = await reader;

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
    expect(storeProblems(dir)).toEqual([]);
    expect(readerCodes.length).toBeGreaterThan(0);
    expect(readerCodes.filter((c) => c !== 0)).toEqual([]);
    if (hasCommand('check')) ok(dir, ['check'], { today: TODAY });
  }, 300_000);

  test('4 processes adding applicants at once: no id is handed out twice, nobody is lost', async () => {
    const dir = copyStore(base, 'insat-conc-add-');
    const before = people(dir).length;
    const names = Array.from({ length: PROCESSES }, (_, p) =>
      Array.from({ length: 12 }, (_, i) => `Parallel ${p}-${i}`),
    );
    const ids = await Promise.all(
      names.map(async (list) => {
        const out: string[] = [];
        for (const name of list) {
          const r = await insatAsync(
            dir,
            ['applicant', 'add', '--name', name, '--birth-date', '1980-01-01', '--referred-by', 'self', '--json'],
            { today: TODAY, env: PATIENT },
          );
          expect(r.code).toBe(0);
          out.push(r.json().id as string);
        }
        return out;
      }),
    );
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
    const enrol = (d: string, id: string) =>
      insatAsync(
        d,
        [
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
        ],
        { today: TODAY, env: PATIENT },
      );
    for (let round = 0; round < 3; round++) {
      const copy = copyStore(dir, 'insat-conc-seat-round-');
      const before = historyLines(copy);
      const [ra, rb] = await Promise.all([enrol(copy, a), enrol(copy, b)]);
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
    const holder = spawn(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `
      const { withLock } = await import(${JSON.stringify(join(ROOT, 'dist', 'store', 'lock.js'))});
      await withLock(${JSON.stringify(dir)}, async () => {
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
      holder.stdin.end('go\n');
      await new Promise<void>((resolve) => holder.on('exit', () => resolve()));
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
