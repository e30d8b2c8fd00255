import { describe, expect, test } from '@jest/globals';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rotate } from '../../src/store/backup.js';
import { enrolled, insat, ok, storeBytes, tempDataDir } from '../helpers/cli.js';

const day = (n: number) => `2026-11-${String(n).padStart(2, '0')}`;
const names = (dir: string) =>
  ok(dir, ['backup', 'list', '--json'])
    .json()
    .backups.map((b: { name: string }) => b.name);
const applicants = (dir: string) =>
  ok(dir, ['applicant', 'list', '--all', '--json'])
    .json()
    .applicants.map((a: { id: string }) => a.id);

function addApplicant(dir: string, name: string, today: string): string {
  return ok(
    dir,
    [
      'applicant',
      'add',
      '--name',
      name,
      '--birth-date',
      '1980-05-01',
      '--referred-by',
      'self',
      '--contact-date',
      today,
      '--json',
    ],
    { today },
  ).json().id;
}

describe('automatic backups: before the first change of each day', () => {
  test("one backup a day, holding the store as it was before that day's first change", () => {
    const dir = tempDataDir();
    ok(dir, ['init'], { today: day(2) });
    addApplicant(dir, 'Anna Alt', day(2));
    addApplicant(dir, 'Bernd Bunt', day(2));
    expect(names(dir)).toEqual([day(2)]);
    addApplicant(dir, 'Carla Clemens', day(3));
    const list = ok(dir, ['backup', 'list', '--json']).json().backups;
    expect(list.map((b: { name: string; kind: string; people: number }) => [b.name, b.kind, b.people])).toEqual([
      [day(2), 'daily', 0],
      [day(3), 'daily', 2],
    ]);
    expect(list[1].bytes).toBeGreaterThan(list[0].bytes);
  });

  test('the newest 14 daily backups are kept', () => {
    const dir = tempDataDir();
    ok(dir, ['init'], { today: day(1) });
    for (let d = 1; d <= 17; d++) addApplicant(dir, `Person ${d}`, day(d));
    expect(names(dir)).toEqual(Array.from({ length: 14 }, (_, i) => day(i + 4)));
  });

  test('an emptied store is not backed up while a backup with people exists, so the good one is never rotated away', () => {
    const dir = tempDataDir();
    ok(dir, ['init'], { today: day(1) });
    addApplicant(dir, 'Anna Alt', day(1));
    addApplicant(dir, 'Bernd Bunt', day(2)); // backup day 2 holds Anna
    ok(dir, ['init', '--force'], { today: day(2) }); // by mistake: an empty store
    for (let d = 3; d <= 20; d++) ok(dir, ['config', 'set', 'weeklyHours.max', String(20 + d)], { today: day(d) });
    const kept = ok(dir, ['backup', 'list', '--json'])
      .json()
      .backups.filter((b: { kind: string }) => b.kind === 'daily');
    expect(kept.map((b: { name: string; people: number }) => [b.name, b.people])).toEqual([
      [day(1), 0],
      [day(2), 1],
    ]);
    ok(dir, ['backup', 'restore', day(2)], { today: day(20) });
    expect(applicants(dir)).toEqual(['p001']);
  });

  test('rotation keeps the newest backup with people when every newer daily backup is empty', () => {
    const dir = tempDataDir();
    const make = (name: string, people: number) => {
      mkdirSync(join(dir, 'backups', name), { recursive: true });
      writeFileSync(
        join(dir, 'backups', name, 'insat.json'),
        JSON.stringify({ people: Array.from({ length: people }, (_, i) => ({ id: `p${i}` })) }),
      );
    };
    make(day(1), 3);
    make(day(2), 2);
    for (let d = 3; d <= 16; d++) make(day(d), 0);
    rotate(dir);
    expect(readdirSync(join(dir, 'backups')).sort()).toEqual([
      day(2),
      ...Array.from({ length: 14 }, (_, i) => day(i + 3)),
    ]);
    make(day(17), 1);
    rotate(dir); // now a kept backup has people: the old ones go
    expect(readdirSync(join(dir, 'backups')).sort()).toEqual(Array.from({ length: 14 }, (_, i) => day(i + 4)));
  });
});

describe('backup restore NAME', () => {
  function twoDays(): string {
    const dir = tempDataDir();
    ok(dir, ['init'], { today: day(23) });
    enrolled(dir, 'holz', '2026-11-02', '2027-10-31', 20, { today: day(23) });
    ok(dir, ['hours', 'book', 'p001', '--date', day(23), '--hours', '4'], { today: day(23) });
    addApplicant(dir, 'Bernd Bunt', day(24)); // backup 24 = the store of the 23rd
    ok(dir, ['hours', 'book', 'p001', '--date', day(24), '--hours', '4'], { today: day(24) });
    ok(dir, ['config', 'set', 'seats.holz', '9'], { today: day(24) });
    return dir;
  }
  const snapshot = (dir: string) => ({
    applicants: applicants(dir),
    hours: ok(dir, ['hours', 'list', '--from', day(1), '--to', day(30), '--json'], { today: day(25) }).json(),
    config: ok(dir, ['config', 'show', '--json']).json(),
  });

  test('replaces main data and bookings; the store before is kept as a backup; undo reverts the restore', () => {
    const dir = twoDays();
    const before = snapshot(dir);
    const r = ok(dir, ['backup', 'restore', day(24)], { today: day(25) });
    expect(r.stdout).toMatch(
      /^restored backup 2026-11-24 \(\d+ records changed\); the store as it was is kept as backup before-restore-\S+ — 'insat undo' reverts the restore/,
    );
    const after = snapshot(dir);
    expect(after.applicants).toEqual(['p001']);
    expect(JSON.stringify(after.hours)).not.toContain(day(24));
    expect(JSON.stringify(after.hours)).toContain(day(23));
    expect(after.config.seats).toHaveLength(1);
    const list = ok(dir, ['backup', 'list', '--json']).json().backups;
    const saved = list.find((b: { kind: string }) => b.kind === 'before restore');
    expect(saved).toMatchObject({ people: 2 });
    expect(ok(dir, ['history', '--json', '--limit', '1']).json().entries[0].summary).toBe(`backup restore ${day(24)}`);
    ok(dir, ['undo'], { today: day(25) });
    expect(snapshot(dir)).toEqual(before);
  });

  test('ids handed out after the backup are not handed out again', () => {
    const dir = twoDays(); // p002 was added after backup 24 was taken
    ok(dir, ['backup', 'restore', day(24)], { today: day(25) });
    expect(addApplicant(dir, 'Clara Neu', day(25))).toBe('p003');
  });

  test('a store that cannot be read is replaced whole; its files are kept; the step cannot be undone', () => {
    const dir = twoDays();
    writeFileSync(join(dir, 'insat.json'), '{"schemaVersion":1,"settings":');
    expect(insat(dir, ['seats']).code).toBe(6);
    const dry = ok(dir, ['backup', 'restore', day(24), '--dry-run'], { today: day(25) });
    expect(dry.stdout).toMatch(
      /^dry run: would replace the unreadable store by backup 2026-11-24 \(.*insat\.json is not valid JSON/,
    );
    const r = ok(dir, ['backup', 'restore', day(24)], { today: day(25) });
    expect(r.stdout).toMatch(
      /^restored backup 2026-11-24 over the unreadable store; its files are kept in backups\/before-restore-\S+ — this step cannot be undone/,
    );
    expect(applicants(dir)).toEqual(['p001']);
    expect(ok(dir, ['check']).code).toBe(0);
    const kept = readdirSync(join(dir, 'backups')).find((n) => n.startsWith('before-restore-'))!;
    expect(readFileSync(join(dir, 'backups', kept, 'insat.json'), 'utf8')).toBe('{"schemaVersion":1,"settings":');
    const u = insat(dir, ['undo']);
    expect(u.code).toBe(3);
    expect(u.stderr).toContain('nothing recorded to go back to');
  });

  test('--dry-run changes nothing and makes no backup', () => {
    const dir = twoDays();
    const before = storeBytes(dir);
    expect(ok(dir, ['backup', 'restore', day(24), '--dry-run'], { today: day(24) }).stdout).toMatch(
      /^dry run: would restore backup 2026-11-24 .*nothing was changed/,
    );
    expect(storeBytes(dir)).toEqual(before);
  });

  test('an unknown backup is exit 4; a path is no backup name', () => {
    const dir = twoDays();
    for (const name of ['2020-01-01', '../insat.json', '..', 'backups']) {
      const r = insat(dir, ['backup', 'restore', name]);
      expect(r.code).toBe(4);
      expect(r.stderr).toContain("'insat backup list' shows the backups");
    }
  });

  test('a damaged backup is exit 6 naming the file, and the store stays as it is', () => {
    const dir = twoDays();
    writeFileSync(
      join(dir, 'backups', day(24), 'bookings', '2026.json'),
      '{"schemaVersion":1,"year":2026,"bookings":[{"participantId":"p001"}]}',
    );
    const before = storeBytes(dir);
    const r = insat(dir, ['backup', 'restore', day(24)]);
    expect(r.code).toBe(6);
    expect(r.stderr).toContain(join(dir, 'backups', day(24), 'bookings', '2026.json'));
    expect(storeBytes(dir)).toEqual(before);
  });
});

describe('file modes: the store holds health data', () => {
  test('every file is 0600 and every directory 0700: store, bookings, history, backups', () => {
    const dir = tempDataDir();
    ok(dir, ['init'], { today: day(23) });
    const id = enrolled(dir, 'kueche', '2026-11-02', '2027-10-31', 20, { today: day(23) });
    ok(dir, ['hours', 'book', id, '--date', day(23), '--hours', '4'], { today: day(23) });
    addApplicant(dir, 'Bernd Bunt', day(24));
    ok(dir, ['backup', 'restore', day(24)], { today: day(24) });
    ok(dir, ['undo'], { today: day(24) });
    const seen: string[] = [];
    const walk = (d: string) => {
      expect([d, statSync(d).mode & 0o777]).toEqual([d, 0o700]);
      for (const f of readdirSync(d)) {
        const p = join(d, f);
        seen.push(p.slice(dir.length));
        if (statSync(p).isDirectory()) walk(p);
        else expect([p, statSync(p).mode & 0o777]).toEqual([p, 0o600]);
      }
    };
    walk(dir);
    expect(seen).toEqual(
      expect.arrayContaining([
        '/insat.json',
        '/history.jsonl',
        '/bookings/2026-11.json',
        `/backups/${day(24)}/insat.json`,
        `/backups/${day(24)}/bookings/2026-11.json`,
      ]),
    );
    expect(seen.some((p) => p.startsWith('/backups/before-restore-'))).toBe(true);
    expect(existsSync(join(dir, 'insat.lock'))).toBe(false);
  });
});
