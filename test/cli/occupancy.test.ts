import { beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, enrolled, insat, ok, tempDataDir } from '../helpers/cli.js';

// "Today" is Monday 4 January 2027: the last complete ISO week is 2026-W53, Mon 28 Dec 2026 to
// Sun 3 Jan 2027. Its working days: 28, 29, 30, 31 Dec (Fri 1 Jan is Neujahr) = 4.
const TODAY = { today: '2027-01-04' };

function writeBookings(
  dir: string,
  year: number,
  bookings: { participantId: string; date: string; minutes: number; absence?: string | null }[],
) {
  mkdirSync(join(dir, 'bookings'), { recursive: true });
  const rows = bookings.map((b) => ({
    participantId: b.participantId,
    date: b.date,
    minutes: b.minutes,
    absence: b.absence ?? null,
    forced: false,
  }));
  writeFileSync(join(dir, 'bookings', `${year}.json`), JSON.stringify({ schemaVersion: 1, year, bookings: rows }));
}

describe('insat occupancy on a hand-built store (2026-W53: holiday, capacity change, year end)', () => {
  let dir: string;
  let ids: { a: string; b: string; c: string };
  beforeAll(() => {
    dir = tempDataDir();
    ok(dir, ['init'], TODAY);
    // Holz shrinks from 12 to 10 seats on Wed 30 Dec; the total stays 33
    ok(dir, ['config', 'set', 'seats.holz', '10', '--from', '2026-12-30', '--force'], TODAY); // built after the fact
    const a = enrolled(dir, 'holz', '2026-12-28', '2027-12-27', 20, TODAY); // starts on the first day: Mon–Thu = 4
    const b = enrolled(dir, 'kueche', '2026-02-02', '2027-01-03', 20, TODAY); // ends on the last day (Sunday): 4
    const c = enrolled(dir, 'gestaltung', '2026-03-02', '2027-03-01', 20, TODAY); // exits on the first day: 1
    ok(dir, ['participant', 'exit', c, '--date', '2026-12-28', '--reason', 'job'], TODAY);
    enrolled(dir, 'holz', '2027-01-04', '2028-01-03', 20, TODAY); // starts the day after: 0
    writeBookings(dir, 2026, [
      { participantId: a, date: '2026-12-28', minutes: 360 },
      { participantId: a, date: '2026-12-29', minutes: 300 },
      { participantId: a, date: '2026-12-30', minutes: 0, absence: 'sick' },
      { participantId: b, date: '2026-12-28', minutes: 240 },
      { participantId: b, date: '2026-12-31', minutes: 240 },
      { participantId: c, date: '2026-12-28', minutes: 180 },
      { participantId: b, date: '2026-12-21', minutes: 480 }, // the week before: not counted
    ]);
    writeBookings(dir, 2027, [{ participantId: a, date: '2027-01-04', minutes: 360 }]); // the day after: not counted
    ids = { a, b, c };
  });

  test('--json carries the keys of CLI.md with seat-days counted by hand', () => {
    const j = ok(dir, ['occupancy', '--json'], TODAY).json();
    expect(Object.keys(j)).toEqual(
      expect.arrayContaining([
        'from',
        'to',
        'workingDays',
        'capacity',
        'occupiedSeatDays',
        'capacitySeatDays',
        'rate',
        'entries',
        'exits',
        'freeAtEnd',
        'waitlist',
        'hoursMinutes',
        'areas',
      ]),
    );
    expect([j.from, j.to, j.workingDays]).toEqual(['2026-12-28', '2027-01-03', 4]);
    // occupied: a 4 + b 4 + c 1 = 9; capacity 33 × 4 = 132
    expect(j.occupiedSeatDays).toBe(9);
    expect(j.capacitySeatDays).toBe(132);
    expect(j.rate).toBeCloseTo(9 / 132, 12);
    // holz 12 + 12 + 10 + 10 = 44 seat-days, 4 occupied; kueche 11 × 4 = 44, 4; gestaltung 10 × 4 = 40, 1
    expect(j.areas).toEqual([
      expect.objectContaining({ area: 'holz', capacity: 10, occupiedSeatDays: 4, capacitySeatDays: 44, rate: 4 / 44 }),
      expect.objectContaining({
        area: 'kueche',
        capacity: 11,
        occupiedSeatDays: 4,
        capacitySeatDays: 44,
        rate: 4 / 44,
      }),
      expect.objectContaining({
        area: 'gestaltung',
        capacity: 10,
        occupiedSeatDays: 1,
        capacitySeatDays: 40,
        rate: 1 / 40,
      }),
    ]);
    expect(j.capacity).toBe(33);
    // on Sun 3 Jan a and b hold seats; the areas have 10 + 11 + 10 = 31 of the 33: 29 free, as `insat seats` counts
    expect(j.freeAtEnd).toBe(29);
    expect(ok(dir, ['seats', '--json'], { today: '2027-01-03' }).json().free).toBe(j.freeAtEnd);
    expect(j.entries).toBe(1); // a
    expect(j.exits).toBe(2); // c (job, on the first day) and b (ran out on the last day)
    expect(j.exitsByGroup).toEqual({ regular: 1, integration: 1, 'further-support': 0, other: 0 });
    // 360 + 300 + 240 + 240 + 180 = 1320 minutes on 5 worked days of 9 assigned working days
    expect(j.hoursMinutes).toBe(1320);
    expect([j.workedDays, j.assignedWorkingDays]).toEqual([5, 9]);
    expect(j.waitlist).toBe(0);
    expect(JSON.stringify(j)).not.toMatch(/Person /); // no names
  });

  test('--week 2026-W53 is the same as the default on 4 January 2027; 2027-W01 starts on 4 January', () => {
    expect(ok(dir, ['occupancy', '--week', '2026-W53', '--json'], TODAY).json()).toEqual(
      ok(dir, ['occupancy', '--json'], TODAY).json(),
    );
    const w1 = ok(dir, ['occupancy', '--week', '2027-W01', '--json'], TODAY).json();
    expect([w1.from, w1.to, w1.workingDays]).toEqual(['2027-01-04', '2027-01-10', 5]);
    // a and the newcomer (holz, both from 4 Jan) hold seats Mon–Fri: 2 × 5 = 10 seat-days
    expect(w1.occupiedSeatDays).toBe(10);
    expect(w1.hoursMinutes).toBe(360);
  });

  test('--from/--to and --month cover the days asked for', () => {
    // Thu 31 Dec only: a and b, 2 seat-days of 33
    const d = ok(dir, ['occupancy', '--from', '31.12.2026', '--to', '2026-12-31', '--json'], TODAY).json();
    expect([d.workingDays, d.occupiedSeatDays, d.capacitySeatDays]).toEqual([1, 2, 33]);
    const m = ok(dir, ['occupancy', '--month', '2026-12', '--json'], TODAY).json();
    expect([m.from, m.to]).toEqual(['2026-12-01', '2026-12-31']);
  });

  test('the text summary names the week, shows a bar per area and no colour when piped', () => {
    const r = ok(dir, ['occupancy'], TODAY);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('INSAT occupancy 2026-W53 (2026-12-28 – 2027-01-03), 4 working days');
    expect(r.stdout).toMatch(/^Holz\s+\[#{2}-{18}\]\s+9.1%\s+4 of\s+44 seat-days\s+9 of 10 seats free/m); // 4/44 = 9.1 % → 2 of 20 marks
    expect(r.stdout).toMatch(/^Küche\s+\[/m);
    expect(r.stdout).toMatch(/^Total\s+\[#-{19}\]\s+6.8%\s+9 of 132 seat-days\s+29 of 33 seats free/m);
    expect(r.stdout).toMatch(/Exits\s+2 \(regular end 1, work or training 1\)/);
    expect(r.stdout).not.toContain('\u001b[');
    expect(r.stdout).not.toMatch(/Person /);
  });

  test('table, csv and csv-de render the same figures', () => {
    expect(ok(dir, ['occupancy', '--format', 'table'], TODAY).stdout).toMatch(
      /│ Total\s+│\s+33 │\s+9 │\s+132 │\s+6.8%/,
    );
    const csv = ok(dir, ['occupancy', '--format', 'csv'], TODAY).stdout.split('\n');
    expect(csv[0]).toMatch(/^from,to,area,working days,seats,occupied seat-days,capacity seat-days,occupancy,/);
    expect(csv[4]).toMatch(/^2026-12-28,2027-01-03,total,4,33,9,132,0\.0682,29,1,2,1,1,0,0,/);
    const de = ok(dir, ['occupancy', '--format', 'csv-de'], TODAY).stdout;
    expect(de.startsWith('\ufeff')).toBe(true);
    expect(de).toContain('\r\n28.12.2026;03.01.2027;holz;4;10;4;44;0,0909;');
  });

  test('insat export occupancy gives the same rows, csv by default', () => {
    expect(ok(dir, ['export', 'occupancy'], TODAY).stdout).toBe(
      ok(dir, ['occupancy', '--format', 'csv'], TODAY).stdout,
    );
    expect(ok(dir, ['export', 'occupancy', '--week', '2026-W53', '--format', 'json'], TODAY).json()).toEqual(
      ok(dir, ['occupancy', '--json'], TODAY).json(),
    );
    expect(ok(dir, ['export', 'occupancy', '--month', '2026-12', '--format', 'csv-de'], TODAY).stdout).toContain(
      '01.12.2026;31.12.2026;total;',
    );
  });

  test('insat stats gives the year 2026 by default on 4 January 2027', () => {
    const j = ok(dir, ['stats', '--json'], TODAY).json();
    expect([j.year, j.from, j.to, j.complete]).toEqual([2026, '2026-01-01', '2026-12-31', true]);
    expect(j.entries).toBe(3); // b 2 Feb, c 2 Mar, a 28 Dec
    expect(j.exitsByReason).toEqual({ job: 1 }); // c; b runs out on 3 Jan 2027
    expect([j.integrationRate, j.integrationRateWithoutRegularEnd]).toEqual([1, 1]);
    // c: 2 Mar – 28 Dec 2026 = 30 + 30 + 31 + 30 + 31 + 31 + 30 + 31 + 30 + 28 = 302 days
    expect(j.lengthOfStay).toEqual({ stays: 1, averageDays: 302, medianDays: 302 });
    // December at 2.00 €/h: a 660 min → 2200 cents, b 960 min → 3200, c 180 min → 600
    expect(j.workedMinutes).toBe(1800);
    expect(j.allowanceCents).toBe(6000);
    expect(j.absenceDays.sick).toBe(1);
    expect(j.months).toHaveLength(12);
    const text = ok(dir, ['stats'], TODAY).stdout;
    expect(text).toContain('INSAT figures 2026 (2026-01-01 – 2026-12-31)');
    expect(text).toMatch(/Allowance paid\s+60.00 €/);
    expect(text).toMatch(/work or training\s+1\s+\(job 1\)/);
    const de = ok(dir, ['stats', '--format', 'csv-de'], TODAY).stdout.split('\r\n');
    expect(de[0]).toMatch(/^\ufeffperiod;from;to;working days;/);
    expect(de[13]).toMatch(/^2026;01\.01\.2026;31\.12\.2026;/);
    expect(insat(dir, ['stats', '--year', '2028'], TODAY).code).toBe(2);
  });

  test('the participants stay in the store: ids are used, never printed', () => {
    const out = ok(dir, ['occupancy', '--format', 'csv'], TODAY).stdout + ok(dir, ['occupancy'], TODAY).stdout;
    for (const id of Object.values(ids)) expect(out).not.toContain(id);
  });
});

describe('insat occupancy as cron runs it', () => {
  test('no terminal, stdin closed, only PATH, HOME, INSAT_DATA and CI=true: the summary on stdout, nothing on stderr, exit 0', () => {
    const dir = tempDataDir();
    ok(dir, ['init', '--demo']);
    const r = spawnSync('/bin/sh', ['-c', 'exec "$0" occupancy <&-', BIN], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH, HOME: process.env.HOME, INSAT_DATA: dir, CI: 'true' },
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    // no INSAT_LANG: the office's weekly mail is German
    expect(r.stdout).toMatch(
      /^INSAT-Auslastung \d{4}-W\d{2} \(\d{2}\.\d{2}\.\d{4} – \d{2}\.\d{2}\.\d{4}\), \d Arbeitstage?\n/,
    );
    expect(r.stdout).toMatch(/^Gesamt\s+\[[#-]{20}\]/m);
    expect(r.stdout).not.toContain('\u001b[');
  });

  test('a week with no data is a valid, zero summary', () => {
    const dir = tempDataDir();
    ok(dir, ['init']);
    const r = ok(dir, ['occupancy', '--week', '2026-W10', '--json']);
    expect(r.stderr).toBe('');
    expect(r.json()).toMatchObject({
      from: '2026-03-02',
      to: '2026-03-08',
      workingDays: 5,
      occupiedSeatDays: 0,
      capacitySeatDays: 165,
      rate: 0,
      entries: 0,
      exits: 0,
      freeAtEnd: 33,
      hoursMinutes: 0,
    });
    expect(ok(dir, ['occupancy', '--week', '2026-W10']).stdout).toMatch(/^Total\s+\[-{20}\]\s+0.0%/m);
  });

  test('real errors exit non-zero: no store (6), a week that does not exist or two periods (2)', () => {
    const missing = insat(tempDataDir(), ['occupancy']);
    expect(missing.code).toBe(6);
    expect(missing.stderr).toMatch(/^error: no insat store/);
    const dir = tempDataDir();
    ok(dir, ['init']);
    expect(insat(dir, ['occupancy', '--week', '2027-W53']).code).toBe(2);
    expect(insat(dir, ['occupancy', '--week', '2026-W47', '--month', '2026-11']).code).toBe(2);
    expect(insat(dir, ['occupancy', '--from', '2026-11-01']).stderr).toContain('--to is missing');
    expect(insat(dir, ['occupancy', '--from', '2026-11-30', '--to', '2026-11-01']).code).toBe(2);
    expect(insat(dir, ['occupancy', '--format', 'pdf']).code).toBe(2);
  });
});
