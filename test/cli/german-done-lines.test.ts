// What a German user reads after booking, exiting and adding a customer names things in words, not
// codes; csv and JSON keep the codes.
import { beforeAll, expect, test } from '@jest/globals';
import { enrolled, ok, tempDataDir } from '../helpers/cli.js';

const DE = { env: { INSAT_LANG: 'de' } };
let dir: string;
let id: string;

beforeAll(() => {
  dir = tempDataDir('insat-done-de-');
  ok(dir, ['init']);
  id = enrolled(dir, 'kueche', '2026-11-02', '2027-10-31');
});

test('a booked absence, the roster of an area and the hours list', () => {
  expect(ok(dir, ['hours', 'book', id, '--date', '2026-11-23', '--absent', 'excused'], DE).stdout).toContain(
    `${id} am 23.11.2026 gebucht: entschuldigt`,
  );
  const roster = ok(
    dir,
    ['hours', 'book', '--area', 'kueche', '--date', '2026-11-24', '--as-planned', '--except', `${id}=sick`],
    DE,
  );
  expect(roster.stdout).toContain('1 Person in Küche am 24.11.2026 gebucht');
  expect(roster.stdout).toContain(`${id} krank ohne AU`);
  const table = ok(dir, ['hours', 'list', '--participant', id], DE).stdout;
  expect(table).toMatch(/│ Küche +│ +– │ entschuldigt +│/);
  expect(table).toMatch(/│ Küche +│ +– │ krank ohne AU +│/);
  const csv = ok(dir, ['hours', 'list', '--participant', id, '--format', 'csv'], DE).stdout;
  expect(csv).toContain(`2026-11-23,${id},Person kueche 2026-11-02,kueche,,excused,`);
});

test('an exit names its reason, a new customer its kind', () => {
  const customer = ok(dir, ['customer', 'add', '--name', 'Kita X', '--kind', 'non-profit', '--type', 'Kita'], DE);
  expect(customer.stdout).toContain('Kunde c001 erfasst: Kita X (gemeinnützig)');
  const exit = ok(dir, ['participant', 'exit', id, '--date', '2026-11-25', '--reason', 'job'], DE);
  expect(exit.stdout).toContain('(Sozialversicherungspflichtige Beschäftigung)');
  expect(ok(dir, ['participant', 'show', id, '--json'], DE).json().assignments[0].exit.reason).toBe('job');
});
