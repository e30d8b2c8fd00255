// `applicant edit` and `participant edit` correct a person's facts: each edit re-checks the rules it
// touches, says what it changed (before → after), is one undoable step and shows in the history.
import { describe, expect, test } from '@jest/globals';
import { enrolled, ok, storeBytes, suitableApplicant, tempDataDir } from '../helpers/cli.js';
import { acceptedThenUndone, lastChangeLines, refused } from '../helpers/edit-steps.js';

function store(): string {
  const dir = tempDataDir();
  ok(dir, ['init']);
  return dir;
}

describe('applicant edit', () => {
  test('corrects the birth date and the phone: says before → after, history shows it, undo restores', () => {
    const dir = store();
    const id = suitableApplicant(dir, 'Max Muster');
    acceptedThenUndone(dir, ['applicant', 'edit', id, '--birth-date', '01.05.1981', '--phone', '0234 123456'], (r) => {
      expect(r.stdout.trim()).toBe(`changed ${id}: birth date 1980-05-01 → 1981-05-01; phone – → 0234 123456`);
      const history = lastChangeLines(dir);
      expect(history).toContain(`applicant edit ${id} (birthDate, phone)`);
      expect(history).toContain('birth date 1980-05-01 → 1981-05-01; phone – → 0234 123456');
    });
  });

  test('every person field can be corrected, with --json listing each change', () => {
    const dir = store();
    const id = suitableApplicant(dir);
    const r = ok(dir, [
      'applicant',
      'edit',
      id,
      '--name',
      'Max Mustermann',
      '--email',
      'max@example.org',
      '--address',
      'Musterweg 1, 44787 Bochum',
      '--jobcenter-no',
      '362D99',
      '--addiction',
      'abstinent',
      '--referred-by',
      'self',
      '--contact-date',
      '2026-01-02',
      '--json',
    ]).json();
    expect(r.changes.map((c: { field: string }) => c.field)).toEqual([
      'name',
      'email',
      'address',
      'jobcenterCustomerNo',
      'addictionStatus',
      'referredBy',
      'contactDate',
    ]);
    expect(r.changes[0]).toEqual({ field: 'name', before: 'Max Muster', after: 'Max Mustermann' });
    const listed = ok(dir, ['applicant', 'list', '--json']).json().applicants[0];
    expect(listed).toMatchObject({ name: 'Max Mustermann', referredBy: 'self', contactDate: '2026-01-02' });
  });

  test('a birth date that makes the person a child at the first contact is refused (age rule); nothing changes', () => {
    const dir = store();
    const id = suitableApplicant(dir);
    const r = refused(dir, ['applicant', 'edit', id, '--birth-date', '2015-01-01'], 3);
    expect(r.stderr).toContain('would be 11 at the first contact on 2026-01-05');
  });

  test('a customer number another record has is refused (duplicates), unless --not-duplicate', () => {
    const dir = store();
    const first = suitableApplicant(dir, 'Eva Beispiel');
    ok(dir, ['applicant', 'edit', first, '--jobcenter-no', '362D4711']);
    const second = suitableApplicant(dir, 'Max Muster');
    const r = refused(dir, ['applicant', 'edit', second, '--jobcenter-no', '362 D 4711'], 3);
    expect(r.stderr).toContain(`already recorded as ${first}`);
    ok(dir, ['applicant', 'edit', second, '--jobcenter-no', '362D4711', '--not-duplicate']);
  });

  test('a first contact after the information appointment or in the future is refused', () => {
    const dir = store();
    const id = suitableApplicant(dir); // contact 05.01., appointment 12.01.2026
    expect(refused(dir, ['applicant', 'edit', id, '--contact-date', '2026-01-13'], 3).stderr).toContain(
      'lies before the first contact',
    );
    refused(dir, ['applicant', 'edit', id, '--contact-date', '2026-12-01'], 3);
  });

  test('--dry-run says what would change and changes nothing', () => {
    const dir = store();
    const id = suitableApplicant(dir);
    const before = storeBytes(dir);
    const r = ok(dir, ['applicant', 'edit', id, '--phone', '0234 1', '--dry-run']);
    expect(r.stdout).toContain(`dry run: would change ${id}: phone – → 0234 1 — nothing was changed`);
    expect(storeBytes(dir)).toEqual(before);
  });

  test('the same value again changes nothing and records no step', () => {
    const dir = store();
    const id = suitableApplicant(dir);
    const before = storeBytes(dir);
    expect(ok(dir, ['applicant', 'edit', id, '--name', 'Max Muster']).stdout).toContain('nothing changed');
    expect(storeBytes(dir)).toEqual(before);
  });

  test('without flags and without a terminal: exit 2 naming the flags', () => {
    const dir = store();
    const id = suitableApplicant(dir);
    const r = refused(dir, ['applicant', 'edit', id], 2);
    expect(r.stderr).toContain('--name, --birth-date, --phone, --email, --address, --jobcenter-no, --addiction');
  });

  test('bad input: unknown person (4), an empty name, a malformed date, an unknown category (2)', () => {
    const dir = store();
    const id = suitableApplicant(dir);
    refused(dir, ['applicant', 'edit', 'p999', '--phone', '1'], 4);
    refused(dir, ['applicant', 'edit', id, '--name', ''], 2);
    refused(dir, ['applicant', 'edit', id, '--birth-date', '1980-13-45'], 2);
    refused(dir, ['applicant', 'edit', id, '--addiction', 'alcohol'], 2);
    refused(dir, ['applicant', 'edit', id, '--phone', 'a\u202Eb'], 2);
  });
});

describe('participant edit: the person fields', () => {
  test('a participant corrects the birth date the same way (age re-checked), undo restores', () => {
    const dir = store();
    const id = enrolled(dir, 'holz', '2026-02-02', '2026-12-31');
    refused(dir, ['participant', 'edit', id, '--birth-date', '1950-01-01'], 3);
    acceptedThenUndone(dir, ['participant', 'edit', id, '--birth-date', '1979-12-31'], (r) => {
      expect(r.stdout).toContain('birth date 1980-05-01 → 1979-12-31');
    });
  });

  test('an applicant who was never enrolled is no participant (exit 4)', () => {
    const dir = store();
    const id = suitableApplicant(dir);
    refused(dir, ['participant', 'edit', id, '--phone', '1'], 4);
  });
});
