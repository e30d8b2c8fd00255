// history --verbose speaks German like the edits do: field labels and dates for people; --json keeps the stored keys.
import { expect, test } from '@jest/globals';
import { enrolled, ok, tempDataDir } from '../helpers/cli.js';

const de = { env: { INSAT_LANG: 'de' } };

test('history --verbose names changed fields and dates in German; --json keeps keys and ISO values', () => {
  const dir = tempDataDir();
  ok(dir, ['init']);
  const id = enrolled(dir, 'holz', '2026-11-02', '2026-11-30');
  ok(dir, ['participant', 'extend', id, '--until', '2027-10-31', '--reason', 'weiter']);
  ok(dir, ['participant', 'edit', id, '--birth-date', '1981-05-01', '--jobcenter-no', 'K-77']);
  const text = ok(dir, ['history', '--verbose', '--limit', '2'], de).stdout;
  expect(text).toContain('Geburtsdatum 01.05.1980 → 01.05.1981; Kundennummer Jobcenter – → K-77');
  expect(text).toContain('Ende 30.11.2026 → 31.10.2027');
  // the before → after lines (the summary line is the stored one)
  expect(text).toContain('; Verlängerungen [] → [{');
  // the before → after lines (the summary line is the one stored with the change)
  const changes = text.split('\n').filter((l) => l.includes(' ~ '));
  expect(changes.join('\n')).not.toMatch(/birthDate|jobcenterCustomerNo|until 2026|extensions/);
  const { entries } = ok(dir, ['history', '--json', '--verbose', '--limit', '1'], de).json();
  expect(entries[0].changes[0].before).toMatchObject({ birthDate: '1980-05-01', jobcenterCustomerNo: '' });
  expect(entries[0].changes[0].after).toMatchObject({ birthDate: '1981-05-01', jobcenterCustomerNo: 'K-77' });
});
