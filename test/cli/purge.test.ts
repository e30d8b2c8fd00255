import { beforeAll, describe, expect, test } from '@jest/globals';
import { cpSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pseudonym } from '../../src/reports/pseudonym.js';
import { enrolled, insat, ok, storeBytes, tempDataDir } from '../helpers/cli.js';

const TODAY = '2026-11-25';
const PERSONAL = [
  'Erika',
  'Beispiel',
  '1975-03-04',
  '0234 55555',
  'erika@example.org',
  'Musterweg',
  '123D4567',
  'JC-0815',
  'substitution',
  'Rückfall',
  'Bruder',
  'Schulden',
  'Pflege der Mutter',
  'Udo',
  'Ungeeignet',
  '1966-06-06',
];

/** Every file of the store, backups and history included, as text. */
function allText(dir: string): string {
  let out = '';
  const walk = (d: string) => {
    for (const f of readdirSync(d)) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else out += readFileSync(p, 'utf8');
    }
  };
  walk(dir);
  return out;
}

/** A participant who left in 2023 (hours, a note, a goal, free texts), an old unsuitable applicant, one active participant. */
function makeHistory(): { dir: string; active: string } {
  const dir = tempDataDir();
  const at = (today: string, args: string[]) => ok(dir, args, { today });
  at('2023-01-10', ['init']);
  at('2023-01-10', [
    'applicant',
    'add',
    '--name',
    'Erika Beispiel',
    '--birth-date',
    '1975-03-04',
    '--referred-by',
    'counselling',
    '--contact-date',
    '2023-01-02',
    '--phone',
    '0234 55555',
    '--email',
    'erika@example.org',
    '--address',
    'Musterweg 1, Bochum',
    '--jobcenter-no',
    '123D4567',
    '--addiction',
    'substitution',
  ]);
  at('2023-01-10', ['applicant', 'schedule', 'p001', '--info-date', '2023-01-05']);
  at('2023-01-10', ['applicant', 'attended', 'p001']);
  at('2023-01-10', ['applicant', 'decide', 'p001', '--suitable', '--by', 'Frau Schulte', '--date', '2023-01-09']);
  at('2023-01-10', [
    'enrol',
    'p001',
    '--area',
    'holz',
    '--start',
    '2023-01-16',
    '--until',
    '2023-12-31',
    '--hours-per-week',
    '20',
    '--jobcenter-ref',
    'JC-0815',
  ]);
  at('2023-02-10', ['hours', 'book', 'p001', '--date', '2023-02-06', '--hours', '4']);
  at('2023-02-10', ['hours', 'book', 'p001', '--date', '2023-02-07', '--absent', 'sick-certified']);
  at('2023-02-10', ['note', 'add', 'p001', '--text', 'Rückfall nach Streit mit dem Bruder']);
  at('2023-02-10', ['plan', 'add', 'p001', '--goal', 'Schulden regeln']);
  at('2023-06-30', [
    'participant',
    'exit',
    'p001',
    '--date',
    '2023-06-30',
    '--reason',
    'other',
    '--text',
    'Pflege der Mutter in Hamm',
  ]);
  at('2024-12-02', [
    'applicant',
    'add',
    '--name',
    'Udo Ungeeignet',
    '--birth-date',
    '1966-06-06',
    '--referred-by',
    'self',
    '--contact-date',
    '2024-11-20',
  ]);
  at('2024-12-02', ['applicant', 'schedule', 'p002', '--info-date', '2024-11-27']);
  at('2024-12-02', ['applicant', 'attended', 'p002']);
  at('2024-12-02', ['applicant', 'decide', 'p002', '--unsuitable', '--by', 'Frau Schulte', '--date', '2024-12-02']);
  const active = enrolled(dir, 'kueche', '2026-11-02', '2027-10-31', 20, { today: TODAY });
  ok(dir, ['hours', 'book', active, '--date', '2026-11-23', '--hours', '4']);
  return { dir, active };
}

let template: { dir: string; active: string };
beforeAll(() => {
  template = makeHistory();
});

/** A fresh copy of the prepared store for each test. */
function history(): { dir: string; active: string } {
  const dir = tempDataDir();
  cpSync(template.dir, dir, { recursive: true });
  return { dir, active: template.active };
}

/** Drops every `name` key: the figures must be equal apart from the names. */
function withoutNames(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNames);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => k !== 'name')
        .map(([k, v]) => [k, withoutNames(v)]),
    );
  return value;
}

/** The figures occupancy, pay and statistics are made of — with names taken out. */
function figures(dir: string) {
  const run = (args: string[]) => withoutNames(ok(dir, [...args, '--json']).json());
  const participants = run(['participant', 'list', '--all']) as { participants: { id: string }[] };
  return {
    seats: [run(['seats']), run(['seats', '--date', '2023-03-01'])],
    participants: participants.participants.sort((a, b) => a.id.localeCompare(b.id)), // the list is sorted by name
    occupancy: [
      run(['occupancy', '--month', '2023-02']),
      run(['occupancy', '--from', '2023-01-01', '--to', '2023-12-31']),
      run(['occupancy']),
    ],
    pay: run(['pay', '--month', '2023-02']),
    absences: run(['absences', '--allow-gaps', '--month', '2023-02']),
    hours: run(['hours', 'list', '--from', '2023-01-01', '--to', '2023-12-31']),
    stats: [run(['stats', '--year', '2023']), run(['stats', '--year', '2024'])],
  };
}

describe('purge --exited-before DATE', () => {
  test('erases personal data everywhere (store, history, backups), keeps every figure, and cannot be undone', () => {
    const { dir, active } = history();
    const before = figures(dir);
    const entries = ok(dir, ['history', '--json', '--limit', '0']).json().entries.length;
    expect(allText(dir)).toContain('Erika Beispiel');
    const r = ok(dir, ['purge', '--exited-before', '2025-07-01', '--yes', '--json']).json();
    expect(r.purged).toEqual([
      { id: 'p001', kind: 'participant', since: '2023-06-30' },
      { id: 'p002', kind: 'applicant', since: '2024-12-02' },
    ]);
    expect(r.backupsScrubbed.length).toBeGreaterThan(0);

    const text = allText(dir);
    for (const word of PERSONAL) expect([word, text.includes(word)]).toEqual([word, false]);
    expect(figures(dir)).toEqual(before);
    // rewritten files (trail, backups) are still readable by the owner only
    for (const f of [
      join(dir, 'history.jsonl'),
      ...r.backupsScrubbed.map((b: string) => join(dir, 'backups', b, 'insat.json')),
    ]) {
      expect([f, statSync(f).mode & 0o777]).toEqual([f, 0o600]);
    }
    expect(ok(dir, ['participant', 'show', 'p001', '--json']).json()).toMatchObject({
      name: pseudonym('p001'),
      status: 'exited',
      exit: { date: '2023-06-30', reason: 'other' },
    });
    expect(ok(dir, ['participant', 'show', active, '--json']).json().name).toBe('Person kueche 2026-11-02');
    const exported = ok(dir, ['export', 'participants', '--pseudonymize', '--format', 'json']).json().participants;
    // a pseudonymised export has no ids and the store's own pseudonyms, not the purged names
    expect(
      exported.every((p: Record<string, unknown>) => !('id' in p) && /^TN-[0-9A-F]{8}$/.test(String(p.pseudonym))),
    ).toBe(true);
    for (const word of PERSONAL) expect([word, JSON.stringify(exported).includes(word)]).toEqual([word, false]);
    expect(ok(dir, ['check']).code).toBe(0);

    // the trail keeps every entry, without the personal data
    const trail = ok(dir, ['history', '--json', '--limit', '0']).json().entries;
    expect(trail.length).toBe(entries + 1);
    expect(trail.map((e: { summary: string }) => e.summary)).toContain(`applicant add ${pseudonym('p001')}`);
    expect(trail[0].summary).toBe('purge --exited-before 2025-07-01');

    const bytes = storeBytes(dir);
    const u = insat(dir, ['undo']);
    expect(u.code).toBe(3);
    expect(u.stderr).toContain('a purge cannot be undone');
    expect(storeBytes(dir)).toEqual(bytes);

    // a backup restored after the purge does not bring the data back
    const oldest = ok(dir, ['backup', 'list', '--json']).json().backups[0].name;
    ok(dir, ['backup', 'restore', oldest]);
    for (const word of PERSONAL) expect([word, allText(dir).includes(word)]).toEqual([word, false]);
  });

  test('running it again purges nobody and changes nothing', () => {
    const { dir } = history();
    ok(dir, ['purge', '--exited-before', '2025-07-01', '--yes']);
    const bytes = storeBytes(dir);
    const r = ok(dir, ['purge', '--exited-before', '2025-07-01', '--yes']);
    expect(r.stdout.trimEnd()).toBe(
      'nobody left before 2025-07-01 who is not purged already\nhistory: 0 entries cleaned; backups: 0 cleaned',
    );
    expect(storeBytes(dir)).toEqual(bytes);
  });

  test('--dry-run lists who would be purged and changes nothing', () => {
    const { dir } = history();
    const bytes = storeBytes(dir);
    const r = ok(dir, ['purge', '--exited-before', '2025-07-01', '--dry-run']);
    expect(r.stdout).toContain('dry run: would purge 2 people:');
    expect(r.stdout).toMatch(/p001 {2}Erika Beispiel {2}participant, last day 2023-06-30/);
    expect(storeBytes(dir)).toEqual(bytes);
  });

  test('a day in the future is refused (exit 3), nothing changes', () => {
    const { dir } = history();
    const bytes = storeBytes(dir);
    const r = insat(dir, ['purge', '--exited-before', '2026-11-26', '--yes']);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('lies in the future');
    expect(storeBytes(dir)).toEqual(bytes);
  });

  test('an applicant still on the waiting list refuses the purge until withdrawn', () => {
    const { dir } = history();
    ok(
      dir,
      [
        'applicant',
        'add',
        '--name',
        'Wilma Wartend',
        '--birth-date',
        '1990-01-01',
        '--referred-by',
        'self',
        '--contact-date',
        '2024-10-01',
      ],
      { today: '2024-10-10' },
    );
    ok(dir, ['applicant', 'schedule', 'p004', '--info-date', '2024-10-08'], { today: '2024-10-10' });
    ok(dir, ['applicant', 'attended', 'p004'], { today: '2024-10-10' });
    ok(dir, ['applicant', 'decide', 'p004', '--suitable', '--by', 'X', '--date', '2024-10-10'], {
      today: '2024-10-10',
    });
    const bytes = storeBytes(dir);
    const r = insat(dir, ['purge', '--exited-before', '2025-07-01', '--yes']);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('p004 is on the waiting list');
    expect(storeBytes(dir)).toEqual(bytes);
    ok(dir, ['applicant', 'withdraw', 'p004']);
    expect(
      ok(dir, ['purge', '--exited-before', '2025-07-01', '--yes', '--json'])
        .json()
        .purged.map((p: { id: string }) => p.id),
    ).toEqual(['p001', 'p002']);
  });

  test('a malformed day is a usage error', () => {
    expect(insat(template.dir, ['purge', '--exited-before', '2025-13-01', '--yes']).code).toBe(2);
  });
});
