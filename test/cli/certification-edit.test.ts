// `certification edit` and `certification delete`: a certification date of the § 45 measure can be
// corrected (kind, due day, interval, note, the day the last one happened — or that record taken
// back) and deleted, each one undoable step; a refusal leaves every file as it was.
import { beforeEach, describe, expect, test } from '@jest/globals';
import { ok, storeBytes, tempDataDir } from '../helpers/cli.js';
import { acceptedThenUndone, lastChangeLines, refused } from '../helpers/edit-steps.js';

const TODAY = { today: '2027-04-01' };
let dir = '';

const cert = () =>
  ok(dir, ['certification', 'list', '--json'], TODAY).json<{ certifications: Record<string, unknown>[] }>()
    .certifications[0];

beforeEach(() => {
  dir = tempDataDir('insat-certification-edit-');
  ok(dir, ['init'], TODAY);
  ok(dir, ['certification', 'add', '--kind', 'audit', '--due', '2027-03-15', '--every', '1y'], TODAY);
  ok(dir, ['certification', 'done', 'z001', '--date', '2027-03-10'], TODAY);
});

describe('certification edit', () => {
  test('corrects kind, interval and note in one undoable step; a date rolled on rolls on anew', () => {
    const args = ['certification', 'edit', 'z001', '--kind', 'concept', '--every', '3y', '--note', 'DEKRA'];
    acceptedThenUndone(
      dir,
      args,
      (r) => {
        expect(r.stdout).toBe(
          'changed z001: kind annual audit → concept renewal; due 2028-03-10 → 2030-03-10; every 1y → 3y; note – → DEKRA\n',
        );
        expect(cert()).toMatchObject({ kind: 'concept', due: '2030-03-10', everyMonths: 36, note: 'DEKRA' });
        expect(lastChangeLines(dir, TODAY)).toMatch(/certification edit z001/);
      },
      TODAY,
    );
    expect(cert()).toMatchObject({ kind: 'audit', due: '2028-03-10', everyMonths: 12, note: '' });
  });

  test('--due sets the next date as given; --json: {id, changed:[field…], dryRun}', () => {
    expect(ok(dir, ['certification', 'edit', 'z001', '--due', '2028-02-28', '--json'], TODAY).json()).toEqual({
      id: 'z001',
      changed: ['due'],
      dryRun: false,
    });
    expect(cert().due).toBe('2028-02-28');
  });

  test('corrects the day the last one happened (--last-done), or takes that record back (--clear last-done)', () => {
    acceptedThenUndone(
      dir,
      ['certification', 'edit', 'z001', '--last-done', '2027-03-12'],
      (r) => {
        expect(r.stdout).toBe('changed z001: due 2028-03-10 → 2028-03-12; last done 2027-03-10 → 2027-03-12\n');
      },
      TODAY,
    );
    acceptedThenUndone(
      dir,
      ['certification', 'edit', 'z001', '--clear', 'last-done'],
      () => {
        expect(cert()).toMatchObject({ due: '2027-03-15', done: [] });
      },
      TODAY,
    );
  });

  test('--dry-run says what would change and changes nothing; values it has already change nothing', () => {
    const before = storeBytes(dir);
    expect(ok(dir, ['certification', 'edit', 'z001', '--clear', 'every', '--dry-run'], TODAY).stdout).toBe(
      'dry run: would change z001: due 2028-03-10 → –; every 1y → – — nothing was changed\n',
    );
    expect(ok(dir, ['certification', 'edit', 'z001', '--every', '12m'], TODAY).stdout).toBe(
      'nothing changed: z001 already has these values\n',
    );
    expect(storeBytes(dir)).toEqual(before);
  });

  test('refuses a last day in the future, or a record that is not there (exit 3), changing nothing', () => {
    expect(refused(dir, ['certification', 'edit', 'z001', '--last-done', '2027-04-02'], 3, TODAY).stderr).toMatch(
      /lies in the future/,
    );
    ok(dir, ['certification', 'add', '--kind', 'concept', '--due', '2028-06-30'], TODAY);
    expect(refused(dir, ['certification', 'edit', 'z002', '--clear', 'last-done'], 3, TODAY).stderr).toMatch(
      /z002 \(concept renewal\) was never recorded as done/,
    );
  });

  test('bad input exits 2, an unknown id 4 — nothing changed', () => {
    refused(dir, ['certification', 'edit', 'z001'], 2, TODAY);
    refused(dir, ['certification', 'edit', 'z001', '--every', 'monthly'], 2, TODAY);
    refused(dir, ['certification', 'edit', 'z001', '--kind', 'party'], 2, TODAY);
    refused(dir, ['certification', 'edit', 'z001', '--clear', 'due'], 2, TODAY);
    refused(dir, ['certification', 'edit', 'z001', '--note', ''], 2, TODAY);
    refused(dir, ['certification', 'edit', 'z009', '--due', '2028-01-01'], 4, TODAY);
  });

  test('in German', () => {
    expect(
      ok(dir, ['certification', 'edit', 'z001', '--note', 'DEKRA', '--dry-run'], {
        ...TODAY,
        env: { INSAT_LANG: 'de' },
      }).stdout,
    ).toMatch(/z001 berichtigen: Notiz – → DEKRA/);
  });
});

describe('certification delete', () => {
  test('deletes a date recorded by mistake, one undoable step', () => {
    acceptedThenUndone(
      dir,
      ['certification', 'delete', 'z001', '--json'],
      (r) => {
        expect(r.json()).toEqual({ id: 'z001', dryRun: false });
        expect(cert()).toBeUndefined();
        expect(ok(dir, ['due', '--within', '52w'], TODAY).stdout).not.toMatch(/audit/);
      },
      TODAY,
    );
    expect(cert()).toMatchObject({ id: 'z001', due: '2028-03-10' });
  });

  test('--dry-run changes nothing; an unknown id exits 4', () => {
    const before = storeBytes(dir);
    expect(ok(dir, ['certification', 'delete', 'z001', '--dry-run'], TODAY).stdout).toBe(
      'dry run: would delete z001: annual audit due on 2028-03-10 — nothing was changed\n',
    );
    expect(storeBytes(dir)).toEqual(before);
    refused(dir, ['certification', 'delete', 'z002'], 4, TODAY);
  });
});
