// Integration planning (Kooperationsplan goals) and case notes, driven through bin/insat.
import { beforeAll, describe, expect, test } from '@jest/globals';
import { enrolled, insat, ok, storeBytes, suitableApplicant, tempDataDir } from '../helpers/cli.js';

let dir: string;
let pid: string;

beforeAll(() => {
  dir = tempDataDir();
  ok(dir, ['init']);
  pid = enrolled(dir, 'holz', '2026-02-01', '2027-01-31', 20);
});

describe('plan: goals of the Kooperationsplan', () => {
  test('adds a goal with a due date, reviews it, and lists the review history', () => {
    const goal = ok(dir, [
      'plan',
      'add',
      pid,
      '--goal',
      'Pünktlich um 8 Uhr beginnen',
      '--due',
      '31.12.2026',
      '--date',
      '2026-03-02',
      '--json',
    ]).json().id;
    expect(goal).toMatch(/^g\d{3}$/);
    ok(dir, [
      'plan',
      'review',
      pid,
      goal,
      '--status',
      'partly',
      '--comment',
      'meist pünktlich',
      '--date',
      '2026-06-01',
    ]);
    ok(dir, ['plan', 'review', pid, goal, '--status', 'achieved', '--date', '2026-09-01']);
    const listed = ok(dir, ['plan', 'list', pid, '--json']).json();
    const g = listed.goals.find((x: { id: string }) => x.id === goal);
    expect(g).toMatchObject({
      text: 'Pünktlich um 8 Uhr beginnen',
      due: '2026-12-31',
      created: '2026-03-02',
      status: 'achieved',
    });
    expect(g.reviews.map((r: { status: string }) => r.status)).toEqual(['partly', 'achieved']);
    expect(g.reviews[0].comment).toBe('meist pünktlich');
    const table = ok(dir, ['plan', 'list', pid]).stdout;
    expect(table).toContain('2026-12-31');
    expect(table).toContain('achieved');
  });

  test('a backdated review keeps the latest review as the status', () => {
    const goal = ok(dir, [
      'plan',
      'add',
      pid,
      '--goal',
      'Bewerbungsunterlagen erstellen',
      '--date',
      '2026-03-02',
      '--json',
    ]).json().id;
    ok(dir, ['plan', 'review', pid, goal, '--status', 'partly', '--date', '2026-10-01']);
    ok(dir, ['plan', 'review', pid, goal, '--status', 'open', '--date', '2026-05-01']);
    const g = ok(dir, ['plan', 'list', pid, '--json'])
      .json()
      .goals.find((x: { id: string }) => x.id === goal);
    expect(g.status).toBe('partly');
    expect(g.reviews.map((r: { date: string }) => r.date)).toEqual(['2026-05-01', '2026-10-01']);
  });

  test('an unknown goal is not found (exit 4), a goal of another person too', () => {
    const other = enrolled(dir, 'kueche', '2026-03-01', '2027-02-28', 25);
    const goal = ok(dir, ['plan', 'add', other, '--goal', 'Ziel', '--json']).json().id;
    const before = storeBytes(dir);
    expect(insat(dir, ['plan', 'review', pid, 'g999', '--status', 'open']).code).toBe(4);
    const r = insat(dir, ['plan', 'review', pid, goal, '--status', 'open']);
    expect(r.code).toBe(4);
    expect(r.stderr).toContain(`insat plan list ${pid}`);
    expect(storeBytes(dir)).toEqual(before);
  });

  test('refuses a due date before the goal was agreed and a review in the future (exit 3)', () => {
    expect(insat(dir, ['plan', 'add', pid, '--goal', 'X', '--date', '2026-05-01', '--due', '2026-04-01']).code).toBe(3);
    const goal = ok(dir, ['plan', 'add', pid, '--goal', 'Y', '--json']).json().id;
    expect(insat(dir, ['plan', 'review', pid, goal, '--status', 'achieved', '--date', '2026-12-24']).code).toBe(3);
  });

  test('a status outside achieved|partly|open|dropped is a usage error', () => {
    expect(insat(dir, ['plan', 'review', pid, 'g001', '--status', 'done']).code).toBe(2);
  });

  test('goals are for participants: an applicant is not found', () => {
    const applicant = suitableApplicant(dir, 'Erika Wartend');
    expect(insat(dir, ['plan', 'add', applicant, '--goal', 'Z']).code).toBe(4);
  });

  test('--dry-run changes nothing', () => {
    const before = storeBytes(dir);
    const r = ok(dir, ['plan', 'add', pid, '--goal', 'Nur ein Test', '--dry-run']);
    expect(r.stdout).toContain('dry run');
    expect(storeBytes(dir)).toEqual(before);
  });
});

describe('note: case notes with visibility', () => {
  test("a note is 'internal' unless marked 'jobcenter'", () => {
    const internal = ok(dir, ['note', 'add', pid, '--text', 'Gespräch über Privates', '--json']).json().id;
    const shared = ok(dir, [
      'note',
      'add',
      pid,
      '--text',
      'Arbeitet zuverlässig mit',
      '--visibility',
      'jobcenter',
      '--author',
      'Frau Kaya',
      '--json',
    ]).json().id;
    const notes = ok(dir, ['note', 'list', pid, '--json']).json().notes;
    expect(notes.find((n: { id: string }) => n.id === internal).visibility).toBe('internal');
    expect(notes.find((n: { id: string }) => n.id === shared)).toMatchObject({
      visibility: 'jobcenter',
      author: 'Frau Kaya',
      text: 'Arbeitet zuverlässig mit',
    });
    const onlyJc = ok(dir, ['note', 'list', pid, '--visibility', 'jobcenter', '--json']).json().notes;
    expect(onlyJc.every((n: { visibility: string }) => n.visibility === 'jobcenter')).toBe(true);
    expect(onlyJc.some((n: { id: string }) => n.id === internal)).toBe(false);
  });

  test('refuses an empty text, an unknown visibility and an unknown person', () => {
    expect(insat(dir, ['note', 'add', pid, '--text', '  ']).code).toBe(2);
    expect(insat(dir, ['note', 'add', pid, '--text', 'x', '--visibility', 'public']).code).toBe(2);
    expect(insat(dir, ['note', 'add', 'p999', '--text', 'x']).code).toBe(4);
  });

  test('csv-de lists notes with German dates', () => {
    ok(dir, ['note', 'add', pid, '--text', 'Termin wahrgenommen', '--date', '2026-11-02']);
    const csv = ok(dir, ['note', 'list', pid, '--format', 'csv-de']).stdout;
    expect(csv).toContain('02.11.2026');
  });
});
