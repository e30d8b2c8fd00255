// The corrections speak German by default (issue 11): what an edit changed, and a refusal with its fix.
import { expect, test } from '@jest/globals';
import { enrolled, ok, suitableApplicant, tempDataDir } from '../helpers/cli.js';
import { refused } from '../helpers/edit-steps.js';

const de = { env: { INSAT_LANG: 'de' } };

test('applicant edit says in German what it changed, dates as 01.05.1981', () => {
  const dir = tempDataDir();
  ok(dir, ['init']);
  const id = suitableApplicant(dir);
  const r = ok(dir, ['applicant', 'edit', id, '--birth-date', '1981-05-01', '--phone', '0234 1'], de);
  expect(r.stdout.trim()).toBe(`${id} berichtigt: Geburtsdatum 01.05.1980 → 01.05.1981; Telefon – → 0234 1`);
});

test('a shorter end below the last booking is refused in German, naming the booking and the fix', () => {
  const dir = tempDataDir();
  ok(dir, ['init']);
  const id = enrolled(dir, 'holz', '2026-11-02', '2027-10-31');
  ok(dir, ['hours', 'book', id, '--date', '2026-11-24', '--hours', '4']);
  const r = refused(dir, ['participant', 'edit', id, '--until', '2026-11-20'], 3, de);
  expect(r.stderr).toContain(`${id} hat Buchungen nach dem neuen Ende 20.11.2026: 24.11.2026 — zuerst löschen mit`);
  expect(ok(dir, ['participant', 'hours', id, '25', '--from', '2026-12-01'], de).stdout).toContain(
    `Wochenstunden von ${id} ab 01.12.2026 auf 25 gesetzt (vorher 20 Std.)`,
  );
});
