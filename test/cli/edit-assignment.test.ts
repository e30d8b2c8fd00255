// `participant edit` for the assignment (Jobcenter reference, contacts, a shorter end) and
// `participant hours ID H --from D` (weekly hours from a day on): re-checked, one undoable step each.
import { describe, expect, test } from '@jest/globals';
import { enrolled, ok, suitableApplicant, tempDataDir } from '../helpers/cli.js';
import { acceptedThenUndone, lastChangeLines, refused } from '../helpers/edit-steps.js';

function store(): string {
  const dir = tempDataDir();
  ok(dir, ['init']);
  return dir;
}

const show = (dir: string, id: string) => ok(dir, ['participant', 'show', id, '--json']).json();
const book = (dir: string, id: string, date: string, hours: string) =>
  ok(dir, ['hours', 'book', id, '--date', date, '--hours', hours]);

describe('participant edit: the fields of the assignment', () => {
  test('Jobcenter reference, integration officer, social worker and instructor (staff ids); history before → after; undo', () => {
    const dir = store();
    const id = enrolled(dir, 'holz', '2026-11-02', '2027-10-31');
    ok(dir, ['staff', 'add', '--name', 'Herr Kaya', '--role', 'social-worker', '--from', '2026-01-01']);
    ok(dir, ['staff', 'add', '--name', 'Frau Berg', '--role', 'instructor', '--area', 'holz', '--from', '2026-01-01']);
    const args = ['participant', 'edit', id, '--jobcenter-ref', 'BO-4711', '--integration-officer', 'Frau Schulte'];
    acceptedThenUndone(dir, [...args, '--social-worker', 's001', '--instructor', 's002'], (r) => {
      expect(r.stdout.trim()).toBe(
        `changed ${id}: Jobcenter ref – → BO-4711; integration officer – → Frau Schulte; social worker – → Herr Kaya (s001); instructor – → Frau Berg (s002)`,
      );
      expect(show(dir, id)).toMatchObject({
        jobcenterRef: 'BO-4711',
        integrationOfficer: 'Frau Schulte',
        socialWorker: 'Herr Kaya',
        socialWorkerId: 's001',
        instructor: 'Frau Berg',
        instructorId: 's002',
      });
      expect(lastChangeLines(dir)).toContain(
        'integration officer – → Frau Schulte; social worker – → s001; instructor – → s002',
      );
    });
    expect(show(dir, id).instructor).toBe('');
  });

  test('--clear empties a contact; a field both given and cleared, or one that cannot be emptied, is a usage error', () => {
    const dir = store();
    const id = enrolled(dir, 'holz', '2026-11-02', '2027-10-31');
    ok(dir, ['participant', 'edit', id, '--integration-officer', 'Frau Schulte', '--phone', '0234 1']);
    expect(ok(dir, ['participant', 'edit', id, '--clear', 'integration-officer,phone']).stdout.trim()).toBe(
      `changed ${id}: phone 0234 1 → –; integration officer Frau Schulte → –`,
    );
    refused(dir, ['participant', 'edit', id, '--clear', 'instructor', '--instructor', 's001'], 2);
    expect(refused(dir, ['participant', 'edit', id, '--clear', 'name'], 2).stderr).toContain('jobcenter-ref');
    refused(dir, ['applicant', 'edit', id, '--clear', 'instructor'], 2);
  });
});

describe('participant edit --until: shortening the assignment', () => {
  test('refused below the last booking, naming the bookings after the new end; nothing changes', () => {
    const dir = store();
    const id = enrolled(dir, 'holz', '2026-11-02', '2027-10-31');
    book(dir, id, '2026-11-23', '4');
    book(dir, id, '2026-11-24', '4');
    const r = refused(dir, ['participant', 'edit', id, '--until', '2026-11-20'], 3);
    expect(r.stderr).toContain('bookings after the new end 2026-11-20: 2026-11-23, 2026-11-24');
    expect(r.stderr).toContain(`insat hours delete ${id} --date DAY`);
  });

  test('accepted on or after the last booking: the seat is free after it, undo restores the end', () => {
    const dir = store();
    const id = enrolled(dir, 'holz', '2026-11-02', '2027-10-31');
    book(dir, id, '2026-11-24', '4');
    acceptedThenUndone(dir, ['participant', 'edit', id, '--until', '2026-11-24'], (r) => {
      expect(r.stdout.trim()).toBe(`changed ${id}: end 2027-10-31 → 2026-11-24`);
      expect(show(dir, id).until).toBe('2026-11-24');
      const list = ok(dir, ['participant', 'list', '--active-on', '2026-11-25', '--json']).json();
      expect(list.participants).toEqual([]);
    });
    expect(show(dir, id).until).toBe('2027-10-31');
  });

  test('a later end is refused, pointing to extend; an end before the start too', () => {
    const dir = store();
    const id = enrolled(dir, 'holz', '2026-11-02', '2027-10-31');
    expect(refused(dir, ['participant', 'edit', id, '--until', '2027-12-31'], 3).stderr).toContain(
      `insat participant extend ${id} --until 2027-12-31`,
    );
    refused(dir, ['participant', 'edit', id, '--until', '2026-11-01'], 3);
    refused(dir, ['participant', 'edit', id, '--until', 'morgen'], 2);
  });

  test('a shorter end frees the seat for someone else (the seat rules see the new end)', () => {
    const dir = store();
    ok(dir, ['config', 'set', 'seats.holz', '1', '--from', '2026-11-25']);
    const first = enrolled(dir, 'holz', '2026-11-25', '2027-10-31');
    const second = suitableApplicant(dir, 'Eva Beispiel');
    const enrolSecond = ['enrol', second, '--area', 'holz', '--start', '2027-01-04', '--until', '2027-06-30'];
    refused(dir, [...enrolSecond, '--hours-per-week', '20'], 3);
    ok(dir, ['participant', 'edit', first, '--until', '2026-12-31']);
    ok(dir, [...enrolSecond, '--hours-per-week', '20']);
    expect(show(dir, first).until).toBe('2026-12-31');
  });
});

describe('participant hours ID H --from D', () => {
  test('hours from a day on: one step, undo restores', () => {
    const dir = store();
    const id = enrolled(dir, 'holz', '2026-11-02', '2027-10-31', 20);
    acceptedThenUndone(dir, ['participant', 'hours', id, '15', '--from', '2026-11-23'], (r) => {
      expect(r.stdout.trim()).toBe(
        `set the weekly hours of ${id} to 15 from 2026-11-23 (before: 20 h); bookings before that day keep their hours`,
      );
      expect(show(dir, id)).toMatchObject({
        hoursPerWeek: 15,
        hoursChanges: [{ from: '2026-11-23', hoursPerWeek: 15 }],
      });
    });
    expect(show(dir, id).hoursPerWeek).toBe(20);
  });

  test('bookings before the day stay valid; the week limit of booking uses the hours of that week', () => {
    const dir = store();
    const id = enrolled(dir, 'holz', '2026-11-02', '2027-10-31', 20);
    for (const d of ['2026-11-16', '2026-11-17', '2026-11-18']) book(dir, id, d, '6'); // 18 h, week of 16.11.
    ok(dir, ['participant', 'hours', id, '15', '--from', '2026-11-23']);
    ok(dir, ['check']);
    book(dir, id, '2026-11-19', '2'); // 20 h in the week before the change
    for (const d of ['2026-11-23', '2026-11-24']) book(dir, id, d, '6');
    expect(refused(dir, ['hours', 'book', id, '--date', '2026-11-25', '--hours', '6'], 3).stderr).toContain(
      'above the 15 h a week',
    );
    book(dir, id, '2026-11-25', '3');
  });

  test('participant show --json gives the hours valid today; the history shows before → after', () => {
    const dir = store();
    const id = enrolled(dir, 'holz', '2026-11-02', '2027-10-31', 20);
    ok(dir, ['participant', 'hours', id, '25', '--from', '2026-12-01']);
    expect(show(dir, id).hoursPerWeek).toBe(20);
    expect(ok(dir, ['participant', 'show', id, '--json'], { today: '2026-12-01' }).json().hoursPerWeek).toBe(25);
    expect(lastChangeLines(dir)).toContain('weekly hours from – → [{"from":"2026-12-01","hoursPerWeek":25');
    expect(ok(dir, ['participant', 'show', id]).stdout).toContain('20 h a week, from 2026-12-01 25 h');
  });

  test('refused when the weeks from the day on hold more hours than the new ones, naming the weeks', () => {
    const dir = store();
    const id = enrolled(dir, 'holz', '2026-11-02', '2027-10-31', 20);
    for (const d of ['2026-11-16', '2026-11-17', '2026-11-18']) book(dir, id, d, '6');
    const r = refused(dir, ['participant', 'hours', id, '15', '--from', '2026-11-16'], 3);
    expect(r.stderr).toContain('2026-11-16 – 2026-11-22: 18 h of 15 h');
  });

  test('refused outside the assignment and outside the programme bounds; usage errors', () => {
    const dir = store();
    const id = enrolled(dir, 'holz', '2026-11-02', '2027-10-31', 20);
    expect(refused(dir, ['participant', 'hours', id, '25', '--from', '2027-11-01'], 3).stderr).toContain(
      'not a day of the assignment',
    );
    expect(refused(dir, ['participant', 'hours', id, '45', '--from', '2026-12-01'], 3).stderr).toContain(
      "outside the programme's bounds",
    );
    refused(dir, ['participant', 'hours', id, '2,5', '--from', '2026-12-01'], 2);
    refused(dir, ['participant', 'hours', id, '25'], 2);
    refused(dir, ['participant', 'hours', 'p999', '25', '--from', '2026-12-01'], 4);
  });

  test('--json and --dry-run', () => {
    const dir = store();
    const id = enrolled(dir, 'holz', '2026-11-02', '2027-10-31', 20);
    const dry = ok(dir, ['participant', 'hours', id, '25', '--from', '2026-12-01', '--dry-run', '--json']).json();
    expect(dry).toEqual({ id, from: '2026-12-01', hoursPerWeek: 25, before: 20, dryRun: true });
    expect(show(dir, id).hoursChanges).toEqual([]);
  });
});
