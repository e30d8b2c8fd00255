import { describe, expect, test, beforeAll } from '@jest/globals';
import { writeFileSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { enrolled, insat, ok, storeBytes, suitableApplicant, tempDataDir } from '../helpers/cli.js';

describe('init and the store on disk', () => {
  test('creates a store with the programme defaults, files 0600 in a 0700 directory', () => {
    const dir = tempDataDir();
    ok(dir, ['init']);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(statSync(join(dir, 'insat.json')).mode & 0o777).toBe(0o600);
    const cfg = ok(dir, ['config', 'show', '--json']).json();
    expect(cfg.seats[0]).toMatchObject({ total: 33, areas: { holz: 12, kueche: 11, gestaltung: 10 } });
    expect(cfg.rates).toEqual([
      { from: '2006-01-01', centsPerHour: 150 },
      { from: '2020-03-01', centsPerHour: 200 },
    ]);
  });
  test('never overwrites an existing store without --force', () => {
    const dir = tempDataDir();
    ok(dir, ['init']);
    suitableApplicant(dir);
    const before = storeBytes(dir);
    const r = insat(dir, ['init', '--json']);
    // the store is fine (not exit 6, "cannot be read"): what is missing is --force, a usage error
    const message = `a store already exists in ${dir} — pass --force to replace it (a backup is made first), or choose another --data directory`;
    expect({ code: r.code, stdout: r.stdout, stderr: r.stderr }).toEqual({
      code: 2,
      stdout: '',
      stderr: `error: ${message}\n${JSON.stringify({ error: { code: 'usage', message } })}\n`,
    });
    expect(storeBytes(dir)).toEqual(before);
    expect(ok(dir, ['init', '--force', '--dry-run']).stdout).toContain('dry run: would create the store');
    expect(storeBytes(dir)).toEqual(before);
    ok(dir, ['init', '--force']);
    expect(ok(dir, ['applicant', 'list', '--json']).json().applicants).toEqual([]);
  });
  test('init --dry-run creates nothing', () => {
    const dir = tempDataDir();
    expect(ok(dir, ['init', '--demo', '--dry-run']).stdout).toMatch(
      /^dry run: would create the store .* with the demo programme \(\d+ people/,
    );
    expect(insat(dir, ['seats']).code).toBe(6);
  });
  test('a missing store is exit 6 and says to run insat init', () => {
    const r = insat(tempDataDir(), ['seats']);
    expect(r.code).toBe(6);
    expect(r.stderr).toMatch(/^error: no insat store in .* — run 'insat init'/);
  });
  test('malformed JSON is exit 6 naming the file and the problem, and the file stays untouched', () => {
    const dir = tempDataDir();
    ok(dir, ['init']);
    const file = join(dir, 'insat.json');
    const broken = readFileSync(file, 'utf8').slice(0, 200);
    writeFileSync(file, broken);
    for (const args of [
      ['seats'],
      ['applicant', 'add', '--name', 'A', '--birth-date', '1980-01-01', '--referred-by', 'self'],
    ]) {
      const r = insat(dir, args);
      expect(r.code).toBe(6);
      expect(r.stderr).toContain(file);
      expect(r.stderr).toContain('not valid JSON');
      expect(readFileSync(file, 'utf8')).toBe(broken);
    }
  });
  test('a literal null or a schema-invalid file is exit 6, never replaced by defaults', () => {
    const dir = tempDataDir();
    ok(dir, ['init']);
    const file = join(dir, 'insat.json');
    writeFileSync(file, 'null');
    expect(insat(dir, ['seats']).code).toBe(6);
    expect(readFileSync(file, 'utf8')).toBe('null');
    writeFileSync(file, JSON.stringify({ schemaVersion: 1, people: 'nobody' }));
    const r = insat(dir, ['seats', '--json']);
    expect(r.code).toBe(6);
    expect(r.stderr).toContain('does not match the store schema');
    expect(r.stderr).toContain('{"error":{"code":"store"');
  });
});

describe('the entry pipeline', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDataDir();
    ok(dir, ['init']);
  });
  test('walks an applicant from first contact to the waiting list', () => {
    const id = ok(dir, [
      'applicant',
      'add',
      '--name',
      'Ayşe Öztürk',
      '--birth-date',
      '02.03.1975',
      '--referred-by',
      'self',
      '--contact-date',
      '2026-10-01',
      '--json',
    ]).json().id;
    expect(id).toMatch(/^p\d{3}$/);
    expect(
      ok(dir, ['applicant', 'list', '--status', 'new', '--json'])
        .json()
        .applicants.map((a: { id: string }) => a.id),
    ).toContain(id);
    // the decision needs the information appointment first
    expect(insat(dir, ['applicant', 'decide', id, '--suitable', '--by', 'Frau Schulte']).code).toBe(3);
    ok(dir, ['applicant', 'schedule', id, '--info-date', '2026-10-08']);
    expect(
      ok(dir, ['applicant', 'list', '--json'])
        .json()
        .applicants.find((a: { id: string }) => a.id === id).status,
    ).toBe('scheduled');
    ok(dir, ['applicant', 'attended', id]);
    ok(dir, ['applicant', 'decide', id, '--suitable', '--by', 'Frau Schulte', '--date', '2026-10-20']);
    const seats = ok(dir, ['seats', '--json']).json();
    expect(seats.waitlist).toBe(1);
    expect(ok(dir, ['applicant', 'list', '--status', 'suitable', '--json']).json().applicants[0]).toMatchObject({
      id,
      name: 'Ayşe Öztürk',
      decision: { suitable: true, by: 'Frau Schulte', date: '2026-10-20' },
    });
  });
  test('refuses an unknown applicant with exit 4', () => {
    const r = insat(dir, ['applicant', 'attended', 'p999']);
    expect(r.code).toBe(4);
    expect(r.stderr).toContain("no applicant or participant 'p999'");
  });
  test('decide needs exactly one of --suitable and --unsuitable', () => {
    expect(insat(dir, ['applicant', 'decide', 'p001', '--by', 'X']).code).toBe(2);
  });
});

describe('enrolment rules, each refused with exit 3 and nothing changed', () => {
  test('enrols a suitable applicant and shows the participant', () => {
    const dir = tempDataDir();
    ok(dir, ['init']);
    const id = suitableApplicant(dir);
    const r = ok(dir, [
      'enrol',
      id,
      '--area',
      'holz',
      '--start',
      '2026-12-01',
      '--until',
      '30.11.2027',
      '--hours-per-week',
      '20',
      '--jobcenter-ref',
      'AGH-4711',
      '--json',
    ]);
    expect(r.json()).toMatchObject({ id });
    const show = ok(dir, ['participant', 'show', id, '--json']).json();
    expect(show).toMatchObject({
      id,
      name: 'Max Muster',
      area: 'holz',
      status: 'planned',
      start: '2026-12-01',
      until: '2027-11-30',
      hoursPerWeek: 20,
    });
    expect(show.exit).toBeUndefined();
    expect(ok(dir, ['seats', '--date', '2026-12-01', '--json']).json()).toMatchObject({
      occupied: 1,
      free: 32,
      waitlist: 0,
    });
  });
  test('refuses a seat beyond the area capacity, and accepts it from the day after an exit', () => {
    const dir = tempDataDir();
    ok(dir, ['init']);
    ok(dir, ['config', 'set', 'seats.gestaltung', '1', '--from', '2026-01-01', '--force']);
    const first = enrolled(dir, 'gestaltung', '2026-02-02', '2026-12-31');
    const id = suitableApplicant(dir, 'Zweite Person');
    const before = storeBytes(dir);
    const r = insat(dir, [
      'enrol',
      id,
      '--area',
      'gestaltung',
      '--start',
      '2026-06-01',
      '--until',
      '2026-12-31',
      '--hours-per-week',
      '20',
    ]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('seats taken in gestaltung on 2026-06-01');
    expect(storeBytes(dir)).toEqual(before);
    ok(dir, ['participant', 'exit', first, '--date', '2026-05-31', '--reason', 'job']);
    ok(dir, [
      'enrol',
      id,
      '--area',
      'gestaltung',
      '--start',
      '2026-06-01',
      '--until',
      '2026-12-31',
      '--hours-per-week',
      '20',
    ]);
  });
  test('refuses an applicant who was not decided suitable', () => {
    const dir = tempDataDir();
    ok(dir, ['init']);
    const id = ok(dir, [
      'applicant',
      'add',
      '--name',
      'A B',
      '--birth-date',
      '1980-01-01',
      '--referred-by',
      'jobcenter',
      '--json',
    ]).json().id;
    const before = storeBytes(dir);
    const r = insat(dir, [
      'enrol',
      id,
      '--area',
      'holz',
      '--start',
      '2026-12-01',
      '--until',
      '2027-05-31',
      '--hours-per-week',
      '20',
    ]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('information appointment');
    expect(storeBytes(dir)).toEqual(before);
  });
  test('refuses more than 24 months, accepts up to 36 with a recorded Jobcenter decision', () => {
    const dir = tempDataDir();
    ok(dir, ['init']);
    const id = suitableApplicant(dir);
    const before = storeBytes(dir);
    const r = insat(dir, [
      'enrol',
      id,
      '--area',
      'kueche',
      '--start',
      '2026-12-01',
      '--until',
      '2029-01-31',
      '--hours-per-week',
      '20',
    ]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('--cap-decision');
    expect(storeBytes(dir)).toEqual(before);
    ok(dir, [
      'enrol',
      id,
      '--area',
      'kueche',
      '--start',
      '2026-12-01',
      '--until',
      '2029-01-31',
      '--hours-per-week',
      '20',
      '--cap-decision',
      'Jobcenter decision',
      '--decided',
      '2026-11-20',
    ]);
  });
  test('earlier AGH periods recorded at entry count toward the cap', () => {
    const dir = tempDataDir();
    ok(dir, ['init']);
    const id = ok(dir, [
      'applicant',
      'add',
      '--name',
      'C D',
      '--birth-date',
      '1970-01-01',
      '--referred-by',
      'jobcenter',
      '--contact-date',
      '2026-01-05',
      '--prior',
      '2024-06-01:2025-11-30:Diakonie Ruhr',
      '--json',
    ]).json().id;
    ok(dir, ['applicant', 'schedule', id, '--info-date', '2026-01-12']);
    ok(dir, ['applicant', 'attended', id]);
    ok(dir, ['applicant', 'decide', id, '--suitable', '--by', 'X', '--date', '2026-01-20']);
    expect(
      insat(dir, [
        'enrol',
        id,
        '--area',
        'holz',
        '--start',
        '2026-02-02',
        '--until',
        '2027-01-31',
        '--hours-per-week',
        '20',
      ]).code,
    ).toBe(3);
    ok(dir, [
      'enrol',
      id,
      '--area',
      'holz',
      '--start',
      '2026-02-02',
      '--until',
      '2026-07-31',
      '--hours-per-week',
      '20',
    ]);
  });
  test('weekly hours within the bounds; dates coherent', () => {
    const dir = tempDataDir();
    ok(dir, ['init']);
    const id = suitableApplicant(dir);
    const base = ['enrol', id, '--area', 'holz', '--start', '2026-12-01', '--until', '2027-05-31'];
    expect(insat(dir, [...base, '--hours-per-week', '35']).code).toBe(3);
    expect(insat(dir, [...base, '--hours-per-week', '10']).code).toBe(3);
    expect(
      insat(dir, [
        'enrol',
        id,
        '--area',
        'holz',
        '--start',
        '2027-06-01',
        '--until',
        '2027-05-31',
        '--hours-per-week',
        '20',
      ]).code,
    ).toBe(3);
    ok(dir, [...base, '--hours-per-week', '30']);
  });
  test('exit: a reason code is required, within the assignment, never twice; the seat frees the next day', () => {
    const dir = tempDataDir();
    ok(dir, ['init']);
    const id = enrolled(dir, 'holz', '2026-02-02', '2026-12-31');
    expect(insat(dir, ['participant', 'exit', id, '--date', '2026-10-30']).code).toBe(2);
    expect(insat(dir, ['participant', 'exit', id, '--date', '2026-10-30', '--reason', 'lottery']).code).toBe(2);
    expect(insat(dir, ['participant', 'exit', id, '--date', '2027-01-30', '--reason', 'job']).code).toBe(3);
    // reason `other` without its --text is a missing value (usage), not a refusal
    expect(insat(dir, ['participant', 'exit', id, '--date', '2026-10-30', '--reason', 'other']).code).toBe(2);
    ok(dir, ['participant', 'exit', id, '--date', '2026-10-30', '--reason', 'training']);
    const before = storeBytes(dir);
    const twice = insat(dir, ['participant', 'exit', id, '--date', '2026-10-31', '--reason', 'job']);
    expect(twice.code).toBe(3);
    expect(twice.stderr).toContain('cannot be recorded twice');
    expect(storeBytes(dir)).toEqual(before);
    expect(ok(dir, ['participant', 'show', id, '--json']).json()).toMatchObject({
      status: 'exited',
      exit: { date: '2026-10-30', reason: 'training' },
    });
    expect(ok(dir, ['seats', '--date', '2026-10-30', '--json']).json().occupied).toBe(1);
    expect(ok(dir, ['seats', '--date', '2026-10-31', '--json']).json().occupied).toBe(0);
  });
  test('extend and move follow the same rules', () => {
    const dir = tempDataDir();
    ok(dir, ['init']);
    ok(dir, ['config', 'set', 'seats.gestaltung', '1', '--from', '2026-01-01', '--force']);
    const a = enrolled(dir, 'holz', '2026-02-02', '2026-12-31');
    enrolled(dir, 'gestaltung', '2026-02-02', '2026-08-31');
    expect(insat(dir, ['participant', 'extend', a, '--until', '2028-06-30']).code).toBe(3);
    ok(dir, ['participant', 'extend', a, '--until', '2027-06-30', '--reason', 'Verlängerung laut Jobcenter']);
    expect(insat(dir, ['participant', 'move', a, '--area', 'gestaltung', '--from', '2026-08-01']).code).toBe(3);
    ok(dir, ['participant', 'move', a, '--area', 'gestaltung', '--from', '2026-09-01']);
    const show = ok(dir, ['participant', 'show', a, '--json']).json();
    expect(show).toMatchObject({ until: '2027-06-30', area: 'gestaltung' });
    expect(show.areas).toEqual([
      { from: '2026-02-02', area: 'holz' },
      { from: '2026-09-01', area: 'gestaltung' },
    ]);
    expect(
      ok(dir, ['participant', 'list', '--active-on', '2026-09-15', '--area', 'gestaltung', '--json'])
        .json()
        .participants.map((p: { id: string }) => p.id),
    ).toEqual([a]);
  });
});

describe('usage errors and global behaviour', () => {
  test('missing flags without a terminal: exit 2 naming every missing flag, no prompt', () => {
    const dir = tempDataDir();
    ok(dir, ['init']);
    const r = insat(dir, ['enrol', 'p001']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--area, --start, --until, --hours-per-week');
    const a = insat(dir, ['applicant', 'add', '--name', 'X']);
    expect(a.code).toBe(2);
    expect(a.stderr).toContain('--birth-date, --referred-by');
  });
  test('malformed values, unknown flags and commands are exit 2', () => {
    const dir = tempDataDir();
    ok(dir, ['init']);
    expect(insat(dir, ['seats', '--date', '2026-02-30']).code).toBe(2);
    expect(insat(dir, ['seats', '--bogus']).code).toBe(2);
    expect(insat(dir, ['fly']).code).toBe(2);
    const r = insat(dir, ['seats', '--date', 'morgen', '--json']);
    expect(r.stderr).toContain('"code":"usage"');
  });
  test('--version and help with examples for every command', () => {
    const dir = tempDataDir();
    expect(ok(dir, ['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const help = ok(dir, ['--help']).stdout;
    expect(help).toContain('Examples:');
    const commands = [...help.matchAll(/^ {2}([a-z]+) /gm)].map((m) => m[1]!).filter((c) => c !== 'help');
    expect(commands.length).toBeGreaterThan(5);
    for (const c of commands) {
      const sub = ok(dir, [c, '--help']).stdout;
      expect(sub).toContain('Examples:');
      for (const s of [...sub.matchAll(/^ {2}([a-z]+)(?: \[options\]| <)/gm)]
        .map((m) => m[1]!)
        .filter((x) => x !== 'help')) {
        expect(ok(dir, [c, s, '--help']).stdout).toContain('Examples:');
      }
    }
  });
  test('INSAT_TODAY must be a date', () => {
    expect(insat(tempDataDir(), ['seats'], { today: 'gestern' }).code).toBe(2);
  });
  test('seats as csv-de for German Excel', () => {
    const dir = tempDataDir();
    ok(dir, ['init']);
    const csv = ok(dir, ['seats', '--format', 'csv-de']).stdout;
    expect(csv.startsWith('\uFEFFarea;seats;occupied;free')).toBe(true);
    expect(csv).toContain('\r\nHolz;12;0;12;');
  });
});
