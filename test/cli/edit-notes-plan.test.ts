// Notes and goals are corrected or removed by their id (`note add` and `plan add` print it), and a
// decision taken by mistake is reopened: each one undoable step, refused ones change nothing.
import { describe, expect, test } from '@jest/globals';
import { enrolled, ok, storeBytes, suitableApplicant, tempDataDir } from '../helpers/cli.js';
import { acceptedThenUndone, lastChangeLines, refused } from '../helpers/edit-steps.js';

function store(): string {
  const dir = tempDataDir();
  ok(dir, ['init']);
  return dir;
}

const notes = (dir: string, id: string) => ok(dir, ['note', 'list', id, '--json']).json().notes;
const goals = (dir: string, id: string) => ok(dir, ['plan', 'list', id, '--json']).json().goals;

describe('notes', () => {
  test('note add prints the new id ({"id"} with --json)', () => {
    const dir = store();
    const id = enrolled(dir, 'holz', '2026-11-02', '2027-10-31');
    expect(ok(dir, ['note', 'add', id, '--text', 'Erstgespräch']).stdout).toContain(
      `added internal note n001 for ${id}`,
    );
    expect(ok(dir, ['note', 'add', id, '--text', 'Zweites', '--json']).json()).toEqual({ id: 'n002', dryRun: false });
  });

  test('note edit: text and visibility, before → after, history, undo', () => {
    const dir = store();
    const id = enrolled(dir, 'holz', '2026-11-02', '2027-10-31');
    const noteId = ok(dir, ['note', 'add', id, '--text', 'Arbeitet sorgfältig', '--json']).json().id;
    acceptedThenUndone(
      dir,
      ['note', 'edit', noteId, '--text', 'Arbeitet sehr sorgfältig', '--visibility', 'jobcenter'],
      (r) => {
        expect(r.stdout.trim()).toBe(
          `changed ${noteId}: text Arbeitet sorgfältig → Arbeitet sehr sorgfältig; visibility internal → jobcenter`,
        );
        expect(notes(dir, id)[0]).toMatchObject({ text: 'Arbeitet sehr sorgfältig', visibility: 'jobcenter' });
        expect(lastChangeLines(dir)).toContain('visibility internal → jobcenter');
      },
    );
  });

  test('note delete: gone, undo brings it back; unknown note exit 4; no flags without terminal exit 2', () => {
    const dir = store();
    const id = enrolled(dir, 'holz', '2026-11-02', '2027-10-31');
    const noteId = ok(dir, ['note', 'add', id, '--text', 'Versehentlich', '--json']).json().id;
    ok(dir, ['note', 'add', id, '--text', 'Danach']);
    // undo puts it back where it stood, before the later note: the files as they were, byte for byte
    acceptedThenUndone(dir, ['note', 'delete', noteId], (r) => {
      expect(r.stdout.trim()).toBe(`deleted note ${noteId} of ${id}`);
      expect(notes(dir, id).map((n: { text: string }) => n.text)).toEqual(['Danach']);
    });
    expect(notes(dir, id)).toHaveLength(2);
    refused(dir, ['note', 'delete', 'n099'], 4);
    refused(dir, ['note', 'edit', 'n099', '--text', 'x'], 4);
    expect(refused(dir, ['note', 'edit', noteId], 2).stderr).toContain('--text, --visibility');
    refused(dir, ['note', 'edit', noteId, '--visibility', 'public'], 2);
    refused(dir, ['note', 'edit', 'x', '--text', 'y'], 2);
  });
});

describe('goals', () => {
  test('plan add prints the new id ({"id"} with --json)', () => {
    const dir = store();
    const id = enrolled(dir, 'holz', '2026-11-02', '2027-10-31');
    expect(ok(dir, ['plan', 'add', id, '--goal', 'Pünktlich', '--json']).json()).toEqual({ id: 'g001', dryRun: false });
    expect(ok(dir, ['plan', 'add', id, '--goal', 'Tagesstruktur']).stdout).toContain(`added goal g002 for ${id}`);
  });

  test('plan edit: text and due date (re-checked against the day agreed), --no-due, undo', () => {
    const dir = store();
    const id = enrolled(dir, 'holz', '2026-11-02', '2027-10-31');
    const goalId = ok(dir, ['plan', 'add', id, '--goal', 'Pünktlich', '--date', '2026-11-10', '--json']).json().id;
    expect(refused(dir, ['plan', 'edit', goalId, '--due', '2026-11-09'], 3).stderr).toContain(
      'lies before the day the goal was agreed',
    );
    acceptedThenUndone(dir, ['plan', 'edit', goalId, '--goal', 'Pünktlich um 8 Uhr', '--due', '28.02.2027'], (r) => {
      expect(r.stdout.trim()).toBe(`changed ${goalId}: goal Pünktlich → Pünktlich um 8 Uhr; due – → 2027-02-28`);
      expect(goals(dir, id)[0]).toMatchObject({ text: 'Pünktlich um 8 Uhr', due: '2027-02-28' });
    });
    ok(dir, ['plan', 'edit', goalId, '--due', '2027-02-28']);
    expect(ok(dir, ['plan', 'edit', goalId, '--no-due']).stdout).toContain('due 2027-02-28 → –');
  });

  test('plan edit refuses --due together with --no-due (exit 2) in either order; the due date stays', () => {
    const dir = store();
    const id = enrolled(dir, 'holz', '2026-11-02', '2027-10-31');
    const goalId = ok(dir, ['plan', 'add', id, '--goal', 'Pünktlich', '--due', '2027-02-28', '--json']).json().id;
    const before = storeBytes(dir);
    for (const args of [
      ['--due', '2027-01-01', '--no-due'],
      ['--no-due', '--due', '2027-01-01'],
    ]) {
      const r = refused(dir, ['plan', 'edit', goalId, ...args], 2);
      expect(r.stderr).toMatch(/^error: --due and --no-due contradict each other — /m);
      expect(storeBytes(dir)).toEqual(before);
    }
    expect(goals(dir, id)[0]).toMatchObject({ due: '2027-02-28' });
  });

  test('plan delete: gone with its reviews, undo brings it back; unknown goal exit 4', () => {
    const dir = store();
    const id = enrolled(dir, 'holz', '2026-11-02', '2027-10-31');
    const goalId = ok(dir, ['plan', 'add', id, '--goal', 'Pünktlich', '--json']).json().id;
    ok(dir, ['plan', 'review', id, goalId, '--status', 'partly']);
    acceptedThenUndone(dir, ['plan', 'delete', goalId], () => expect(goals(dir, id)).toEqual([]));
    expect(goals(dir, id)[0].reviews).toHaveLength(1);
    refused(dir, ['plan', 'delete', 'g099'], 4);
    expect(refused(dir, ['plan', 'edit', goalId], 2).stderr).toContain('--goal, --due, --no-due');
  });
});

describe('applicant reopen', () => {
  test('a decision taken by mistake goes back to waiting for the decision; undo restores it', () => {
    const dir = store();
    const id = suitableApplicant(dir);
    acceptedThenUndone(dir, ['applicant', 'reopen', id], (r) => {
      expect(r.stdout).toContain(`took back the decision on ${id}; status now: attended`);
      expect(ok(dir, ['applicant', 'list', '--json']).json().applicants[0].status).toBe('attended');
      expect(lastChangeLines(dir)).toContain('decision {"suitable":true');
    });
    ok(dir, ['applicant', 'reopen', id]);
    ok(dir, ['applicant', 'decide', id, '--unsuitable', '--by', 'Frau Schulte', '--date', '2026-01-20']);
  });

  test('a withdrawal is taken back first (the person is on the waiting list again)', () => {
    const dir = store();
    const id = suitableApplicant(dir);
    ok(dir, ['applicant', 'withdraw', id]);
    expect(ok(dir, ['applicant', 'reopen', id, '--json']).json()).toEqual({
      id,
      undid: 'withdrawal',
      status: 'suitable',
      dryRun: false,
    });
  });

  test('refused once enrolled, naming what to do instead; refused without a decision; unknown id exit 4', () => {
    const dir = store();
    const id = enrolled(dir, 'holz', '2026-11-02', '2027-10-31');
    expect(refused(dir, ['applicant', 'reopen', id], 3).stderr).toContain(`insat participant exit ${id}`);
    const fresh = ok(dir, [
      'applicant',
      'add',
      '--name',
      'Eva Beispiel',
      '--birth-date',
      '1975-03-02',
      '--referred-by',
      'self',
      '--json',
    ]).json().id;
    refused(dir, ['applicant', 'reopen', fresh], 3);
    refused(dir, ['applicant', 'reopen', 'p999'], 4);
  });
});
