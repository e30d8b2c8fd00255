// Dates in the right order and one person, one record, on the command line: each refusal exits 3
// with its message and leaves the store byte for byte unchanged.
import { describe, expect, test } from '@jest/globals';
import { enrolled, insat, ok, storeBytes, suitableApplicant, tempDataDir } from '../helpers/cli.js';

function refused(dir: string, args: string[], message: string): void {
  const before = storeBytes(dir);
  const r = insat(dir, args);
  expect(r.code).toBe(3);
  expect(r.stderr).toContain(message);
  expect(r.stderr).toMatch(/^error: .* — /m);
  expect(storeBytes(dir)).toEqual(before);
}

describe('the entry pipeline is ordered', () => {
  test('refuses an enrolment that starts before the Jobcenter decision', () => {
    const dir = tempDataDir();
    ok(dir, ['init']);
    const id = suitableApplicant(dir); // decided on 2026-01-20
    refused(
      dir,
      ['enrol', id, '--area', 'holz', '--start', '2026-01-19', '--until', '2026-12-31', '--hours-per-week', '20'],
      "before the Jobcenter's decision on 2026-01-20",
    );
    ok(dir, [
      'enrol',
      id,
      '--area',
      'holz',
      '--start',
      '2026-01-20',
      '--until',
      '2026-12-31',
      '--hours-per-week',
      '20',
    ]);
  });
  test('refuses attendance before the scheduled appointment and in the future', () => {
    const dir = tempDataDir();
    ok(dir, ['init']);
    const id = ok(dir, [
      'applicant',
      'add',
      '--name',
      'Eva Ernst',
      '--birth-date',
      '1985-02-03',
      '--referred-by',
      'self',
      '--contact-date',
      '2026-11-02',
      '--json',
    ]).json().id;
    ok(dir, ['applicant', 'schedule', id, '--info-date', '2026-12-02']);
    refused(dir, ['applicant', 'attended', id], 'scheduled for 2026-12-02');
    ok(dir, ['applicant', 'schedule', id, '--info-date', '2026-11-20']);
    refused(
      dir,
      ['applicant', 'attended', id, '--date', '2026-11-19'],
      'before the appointment scheduled for 2026-11-20',
    );
    refused(dir, ['applicant', 'attended', id, '--date', '2026-11-26'], 'in the future');
    ok(dir, ['applicant', 'attended', id]);
  });
  test('refuses an appointment before the first contact', () => {
    const dir = tempDataDir();
    ok(dir, ['init']);
    const id = ok(dir, [
      'applicant',
      'add',
      '--name',
      'Eva Ernst',
      '--birth-date',
      '1985-02-03',
      '--referred-by',
      'self',
      '--contact-date',
      '2026-11-02',
      '--json',
    ]).json().id;
    refused(dir, ['applicant', 'schedule', id, '--info-date', '2026-10-30'], 'before the first contact');
  });
});

describe('absences fall on working days', () => {
  test('refuses leave on a Saturday and an excused absence on a public holiday; accepts sickness on a Sunday', () => {
    const dir = tempDataDir();
    ok(dir, ['init']);
    const id = enrolled(dir, 'holz', '2026-02-02', '2026-12-31');
    refused(
      dir,
      ['hours', 'book', id, '--date', '2026-11-21', '--absent', 'holiday'],
      'is booked on working days only',
    );
    refused(dir, ['hours', 'book', id, '--date', '2026-06-04', '--absent', 'excused'], 'Fronleichnam');
    ok(dir, ['hours', 'book', id, '--date', '2026-11-22', '--absent', 'sick-certified']);
  });
});

describe('one person, one record', () => {
  test('refuses the same name and birth date (case and accents aside), naming the id, unless --not-duplicate', () => {
    const dir = tempDataDir();
    ok(dir, ['init']);
    const id = ok(dir, [
      'applicant',
      'add',
      '--name',
      'Jürgen Größmann',
      '--birth-date',
      '14.03.1979',
      '--referred-by',
      'self',
      '--json',
    ]).json().id;
    refused(
      dir,
      ['applicant', 'add', '--name', 'jurgen grossmann', '--birth-date', '1979-03-14', '--referred-by', 'jobcenter'],
      `already recorded as ${id}`,
    );
    ok(dir, [
      'applicant',
      'add',
      '--name',
      'jurgen grossmann',
      '--birth-date',
      '1979-03-14',
      '--referred-by',
      'jobcenter',
      '--not-duplicate',
    ]);
    const c = ok(dir, ['check', '--json']).json();
    expect(c.problems).toEqual([expect.objectContaining({ rule: 'duplicate-person', severity: 'warning' })]);
  });
  test('refuses the same Jobcenter customer number', () => {
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
      'self',
      '--jobcenter-no',
      '362D100200',
      '--json',
    ]).json().id;
    refused(
      dir,
      [
        'applicant',
        'add',
        '--name',
        'C D',
        '--birth-date',
        '1990-01-01',
        '--referred-by',
        'self',
        '--jobcenter-no',
        '362d100200',
      ],
      `already recorded as ${id}`,
    );
  });
  test('refuses a birth date that does not make an adult of working age at the first contact', () => {
    const dir = tempDataDir();
    ok(dir, ['init']);
    refused(
      dir,
      ['applicant', 'add', '--name', 'Kid', '--birth-date', '2015-01-01', '--referred-by', 'self'],
      'adults of working age (15–67)',
    );
    refused(
      dir,
      ['applicant', 'add', '--name', 'Old', '--birth-date', '1950-01-01', '--referred-by', 'self'],
      'adults of working age (15–67)',
    );
  });
});
