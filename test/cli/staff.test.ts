// insat staff add|list|edit|leave: each write one undoable step, a refusal exits with its code and
// leaves the store byte for byte; enrol names staff by id; check lists who needs a new social worker.
import { beforeAll, describe, expect, test } from '@jest/globals';
import { insat, ok, storeBytes, suitableApplicant, tempDataDir } from '../helpers/cli.js';

/** Runs a command that must be refused with `code`; proves the store did not change. */
function refused(dir: string, args: string[], code: number, message: RegExp): void {
  const before = storeBytes(dir);
  const r = insat(dir, args);
  expect({ code: r.code, stderr: r.stderr }).toEqual({ code, stderr: expect.stringMatching(message) });
  expect(storeBytes(dir)).toEqual(before);
}

const add = (dir: string, ...args: string[]): string =>
  ok(dir, ['staff', 'add', ...args, '--json']).json<{ id: string }>().id;

describe('staff add', () => {
  const dir = tempDataDir();
  beforeAll(() => {
    ok(dir, ['init']);
  });

  test('adds an instructor, a social worker and an admin with short stable ids', () => {
    expect(add(dir, '--name', 'Bernd Kuhlmann', '--role', 'instructor', '--area', 'Holz', '--from', '01.01.2026')).toBe(
      's001',
    );
    expect(add(dir, '--name', 'Julia Terhoeven', '--role', 'social-worker')).toBe('s002');
    const r = ok(dir, ['staff', 'add', '--name', 'Sabine Wollenweber', '--role', 'admin']);
    expect(r.stdout).toBe('added s003 (Sabine Wollenweber) as administrator from 2026-11-25\n');
    expect(ok(dir, ['staff', 'list', '--json']).json().staff).toEqual([
      {
        id: 's001',
        name: 'Bernd Kuhlmann',
        role: 'instructor',
        area: 'holz',
        from: '2026-01-01',
        left: null,
        active: true,
      },
      {
        id: 's002',
        name: 'Julia Terhoeven',
        role: 'social-worker',
        area: null,
        from: '2026-11-25',
        left: null,
        active: true,
      },
      {
        id: 's003',
        name: 'Sabine Wollenweber',
        role: 'admin',
        area: null,
        from: '2026-11-25',
        left: null,
        active: true,
      },
    ]);
  });

  test.each([
    [['--name', 'X', '--role', 'boss'], 2, /--role 'boss' is not a role — use one of instructor, social-worker, admin/],
    [['--name', 'X', '--role', 'instructor'], 2, /an instructor belongs to a work area — add --area/],
    [['--name', 'X', '--role', 'admin', '--area', 'holz'], 2, /only instructors belong to a work area/],
    [['--name', 'X', '--role', 'admin', '--from', '31.02.2026'], 2, /--from '31.02.2026' is not a date/],
    [['--name', 'X\u0007', '--role', 'admin'], 2, /--name contains control characters/],
    [
      ['--name', 'julia terhoeven', '--role', 'social-worker'],
      3,
      /Julia Terhoeven is in the team already as social worker \(s002\)/,
    ],
  ])('refuses %j (exit %i) and changes nothing', (args, code, message) => {
    refused(dir, ['staff', 'add', ...args], code, message);
  });

  test('--dry-run shows the record and writes nothing; undo takes an addition back', () => {
    const before = storeBytes(dir);
    expect(ok(dir, ['staff', 'add', '--name', 'Timo Brackelmann', '--role', 'social-worker', '--dry-run']).stdout).toBe(
      'dry run: would add Timo Brackelmann as social worker from 2026-11-25 — nothing was changed\n',
    );
    expect(storeBytes(dir)).toEqual(before);
    const id = add(dir, '--name', 'Timo Brackelmann', '--role', 'social-worker');
    expect(ok(dir, ['history', '--limit', '1']).stdout).toContain('staff add (social-worker)');
    ok(dir, ['undo']);
    expect(
      ok(dir, ['staff', 'list', '--json'])
        .json()
        .staff.map((s: { id: string }) => s.id),
    ).not.toContain(id);
  });
});

describe('staff list, edit and leave', () => {
  const dir = tempDataDir();
  beforeAll(() => {
    ok(dir, ['init']);
    add(dir, '--name', 'Bernd Kuhlmann', '--role', 'instructor', '--area', 'holz', '--from', '2026-01-01');
    add(dir, '--name', 'Julia Terhoeven', '--role', 'social-worker', '--from', '2026-01-01');
    add(dir, '--name', 'Timo Brackelmann', '--role', 'social-worker', '--from', '2027-01-01');
  });

  test('lists the team on a day; --all lists everybody; csv-de writes German dates', () => {
    const ids = (args: string[]) =>
      ok(dir, ['staff', 'list', ...args, '--json'])
        .json()
        .staff.map((s: { id: string }) => s.id);
    expect(ids([])).toEqual(['s001', 's002']);
    expect(ids(['--date', '2027-01-01'])).toEqual(['s001', 's002', 's003']);
    expect(ids(['--date', '2025-12-31'])).toEqual([]);
    expect(ids(['--all', '--date', '2025-12-31'])).toEqual(['s001', 's002', 's003']);
    const csv = ok(dir, ['staff', 'list', '--format', 'csv-de']).stdout;
    expect(csv).toContain('s001;Bernd Kuhlmann;instructor;holz;01.01.2026;\r\n');
  });

  test('edits a name and an area in one undoable step; refusals change nothing', () => {
    ok(dir, ['staff', 'edit', 's001', '--name', 'Bernd Kuhlmann-Yilmaz', '--area', 'kueche']);
    expect(ok(dir, ['staff', 'list', '--json']).json().staff[0]).toMatchObject({
      name: 'Bernd Kuhlmann-Yilmaz',
      area: 'kueche',
    });
    ok(dir, ['undo']);
    expect(ok(dir, ['staff', 'list', '--json']).json().staff[0]).toMatchObject({
      name: 'Bernd Kuhlmann',
      area: 'holz',
    });
    refused(
      dir,
      ['staff', 'edit', 's001'],
      2,
      /nothing to change — give --name, --area, --from, --left or --clear left/,
    );
    refused(dir, ['staff', 'edit', 's002', '--area', 'holz'], 2, /only instructors belong to a work area/);
    refused(dir, ['staff', 'edit', 's099', '--name', 'X'], 4, /no staff member 's099'/);
    refused(dir, ['staff', 'edit', 'Bernd', '--name', 'X'], 2, /'Bernd' is not a staff id/);
    refused(dir, ['staff', 'edit', 's003', '--name', 'Julia Terhoeven'], 3, /is in the team already/);
  });

  test('leave: before the first day or a second time is refused; undo takes it back', () => {
    refused(
      dir,
      ['staff', 'leave', 's003', '--date', '2026-12-31'],
      3,
      /cannot leave on 2026-12-31, before their first day 2027-01-01/,
    );
    refused(dir, ['staff', 'leave', 's002'], 2, /--date/);
    ok(dir, ['staff', 'leave', 's001', '--date', '2026-12-31']);
    refused(dir, ['staff', 'leave', 's001', '--date', '2027-01-31'], 3, /already left on 2026-12-31/);
    expect(
      ok(dir, ['staff', 'list', '--date', '2027-01-01', '--json'])
        .json()
        .staff.map((s: { id: string }) => s.id),
    ).toEqual(['s002', 's003']);
    ok(dir, ['undo']);
    expect(ok(dir, ['staff', 'list', '--date', '2027-01-01', '--json']).json().staff).toHaveLength(3);
  });
});

describe('enrol names the social worker and the instructor by staff id', () => {
  const dir = tempDataDir();
  const enrol = (id: string, ...extra: string[]) => [
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
    ...extra,
  ];
  let applicant: string;
  beforeAll(() => {
    ok(dir, ['init']);
    add(dir, '--name', 'Bernd Kuhlmann', '--role', 'instructor', '--area', 'holz', '--from', '2026-01-01');
    add(dir, '--name', 'Gabriele Strotmann', '--role', 'instructor', '--area', 'kueche', '--from', '2026-01-01');
    add(dir, '--name', 'Julia Terhoeven', '--role', 'social-worker', '--from', '2026-01-01');
    add(dir, '--name', 'Timo Brackelmann', '--role', 'social-worker', '--from', '2027-01-01');
    applicant = suitableApplicant(dir);
  });

  test.each([
    [['--social-worker', 'Julia Terhoeven'], 2, /--social-worker 'Julia Terhoeven' is not a staff id/],
    [['--social-worker', 's009'], 4, /no staff member 's009'/],
    [['--social-worker', 's001'], 3, /s001 \(Bernd Kuhlmann\) is an instructor, not a social worker/],
    [['--social-worker', 's004'], 3, /s004 \(Timo Brackelmann\) is not in the team on 2026-12-01/],
    [['--instructor', 's002'], 3, /is an instructor in Küche, not in Holz/],
    [['--instructor', 's003'], 3, /is a social worker, not an instructor/],
  ])('refuses %j (exit %i) and changes nothing', (extra, code, message) => {
    refused(dir, enrol(applicant, ...extra), code, message);
  });

  test('accepts a social worker and an instructor in the team on the first day; show names them', () => {
    ok(
      dir,
      enrol(applicant, '--social-worker', 'S003', '--instructor', 's001', '--integration-officer', 'Frau Schulte'),
    );
    const shown = ok(dir, ['participant', 'show', applicant, '--json']).json();
    expect(shown).toMatchObject({
      socialWorkerId: 's003',
      socialWorker: 'Julia Terhoeven',
      instructorId: 's001',
      instructor: 'Bernd Kuhlmann',
    });
    expect(ok(dir, ['participant', 'show', applicant]).stdout).toContain('social worker      s003 Julia Terhoeven');
  });

  test('check lists the people of a social worker who leaves while they are still assigned', () => {
    const r = ok(dir, ['staff', 'leave', 's003', '--date', '2027-03-31']);
    expect(r.stderr).toBe(
      `warning: ${applicant} needs a new social worker from the day after — hand them over with 'insat participant edit ID --social-worker ID --from 2027-04-01'; 'insat check' lists them until they have one\n`,
    );
    const check = ok(dir, ['check', '--json']).json();
    expect(check.ok).toBe(true);
    expect(check.problems).toEqual([
      {
        rule: 'social-worker-left',
        severity: 'warning',
        message: expect.stringContaining(
          `social worker s003 (Julia Terhoeven) leaves on 2027-03-31, but ${applicant} stays assigned`,
        ),
        ids: ['s003', applicant],
      },
    ]);
    expect(insat(dir, ['check', '--strict']).code).toBe(3);
    ok(dir, ['undo']);
    expect(ok(dir, ['check', '--json']).json().problems).toEqual([]);
  });
});

describe('participant edit names a new social worker or instructor by staff id', () => {
  const dir = tempDataDir();
  let id: string;
  beforeAll(() => {
    ok(dir, ['init']);
    add(dir, '--name', 'Bernd Kuhlmann', '--role', 'instructor', '--area', 'holz', '--from', '2026-01-01');
    add(dir, '--name', 'Julia Terhoeven', '--role', 'social-worker', '--from', '2026-01-01');
    add(dir, '--name', 'Timo Brackelmann', '--role', 'social-worker', '--from', '2026-01-01');
    add(dir, '--name', 'Anna Neu', '--role', 'social-worker', '--from', '2027-01-01');
    id = suitableApplicant(dir);
    ok(dir, [
      'enrol',
      id,
      '--area',
      'holz',
      '--start',
      '2026-02-02',
      '--until',
      '2027-02-01',
      '--hours-per-week',
      '20',
    ]);
  });

  test.each([
    [['--social-worker', 'Herr Kaya'], 2, /--social-worker 'Herr Kaya' is not a staff id/],
    [['--social-worker', 's001'], 3, /is an instructor, not a social worker/],
    [['--social-worker', 's004'], 3, /s004 \(Anna Neu\) is not in the team on 2026-11-25/],
    [['--instructor', 's099'], 4, /no staff member 's099'/],
  ])('refuses %j (exit %i) and changes nothing', (extra, code, message) => {
    refused(dir, ['participant', 'edit', id, ...extra], code, message);
  });

  test('the social worker who leaves hands over: check is quiet again; undo brings the warning back', () => {
    ok(dir, ['participant', 'edit', id, '--social-worker', 's002']);
    ok(dir, ['staff', 'leave', 's002', '--date', '2026-12-31']);
    const rules = () =>
      ok(dir, ['check', '--json'])
        .json()
        .problems.map((p: { rule: string }) => p.rule);
    expect(rules()).toContain('social-worker-left');
    const r = ok(dir, ['participant', 'edit', id, '--social-worker', 's003', '--instructor', 's001']);
    expect(r.stdout.trim()).toBe(
      `changed ${id}: social worker Julia Terhoeven (s002) → Timo Brackelmann (s003); instructor – → Bernd Kuhlmann (s001)`,
    );
    expect(rules()).not.toContain('social-worker-left');
    ok(dir, ['undo']);
    expect(rules()).toContain('social-worker-left');
  });
});

describe('the old setting keys point to the staff records', () => {
  test('config set staff.socialWorkers is refused with the command that replaces it', () => {
    const dir = tempDataDir();
    ok(dir, ['init']);
    refused(
      dir,
      ['config', 'set', 'staff.socialWorkers', 'Frau Kaya'],
      2,
      /no longer a setting: staff are records now — add them with 'insat staff add/,
    );
  });
});

describe('in German (the default language)', () => {
  const de = { env: { INSAT_LANG: 'de' } };
  test('staff add, list and a refusal speak German', () => {
    const dir = tempDataDir();
    ok(dir, ['init'], de);
    expect(
      ok(dir, ['staff', 'add', '--name', 'Bernd Kuhlmann', '--role', 'instructor', '--area', 'holz'], de).stdout,
    ).toBe('s001 (Bernd Kuhlmann) als Anleiter/in (Holz) ab 25.11.2026 aufgenommen\n');
    expect(ok(dir, ['staff', 'list', '--format', 'csv-de'], de).stdout).toBe(
      '\uFEFFKürzel;Name;Funktion;Praxisbereich;ab;bis\r\ns001;Bernd Kuhlmann;Anleiter/in;Holz;25.11.2026;\r\n',
    );
    const r = insat(dir, ['staff', 'add', '--name', 'X', '--role', 'instructor'], de);
    expect([r.code, r.stderr]).toEqual([
      2,
      'Fehler: Anleiter/innen gehören zu einem Praxisbereich — --area holz|kueche|gestaltung angeben\n',
    ]);
  });
});
