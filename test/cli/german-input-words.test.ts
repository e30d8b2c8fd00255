// The German words the help shows beside a code are accepted as input too, in any case, as areas
// and absence codes are (CLI.md "input forms"): --role anleiter, --referred-by selbst,
// --kind Exkursion, --status teilweise, --visibility Jobcenter. What is stored is the code.
import { expect, test } from '@jest/globals';
import { enrolled, insat, ok, tempDataDir } from '../helpers/cli.js';

const de = { env: { INSAT_LANG: 'de' } };

test('staff add --role: Anleiter, Sozialarbeiterin, Verwaltung; stored as the codes', () => {
  const dir = tempDataDir('insat-input-words-');
  ok(dir, ['init']);
  ok(dir, ['staff', 'add', '--name', 'Bernd Kuhlmann', '--role', 'anleiter', '--area', 'Holz']);
  ok(dir, ['staff', 'add', '--name', 'Julia Terhoeven', '--role', 'Sozialarbeiterin']);
  ok(dir, ['staff', 'add', '--name', 'Sabine Wollenweber', '--role', 'VERWALTUNG']);
  ok(dir, ['staff', 'add', '--name', 'Timo Brackelmann', '--role', 'Sozialarbeiter/in']);
  const roles = ok(dir, ['--json', 'staff', 'list'])
    .json()
    .staff.map((s: { role: string }) => s.role);
  expect(roles).toEqual(['instructor', 'social-worker', 'admin', 'social-worker']);
  const r = insat(dir, ['staff', 'add', '--name', 'X Y', '--role', 'chef'], de);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain('(oder Anleiter/in, Sozialarbeiter/in, Verwaltung)');
});

test('applicant add and edit --referred-by: selbst, Beratungsstelle, andere', () => {
  const dir = tempDataDir('insat-input-words-');
  ok(dir, ['init']);
  const add = (name: string, by: string) =>
    ok(dir, ['--json', 'applicant', 'add', '--name', name, '--birth-date', '1980-05-01', '--referred-by', by]).json()
      .id as string;
  add('Max Muster', 'selbst');
  const b = add('Eva Muster', 'Beratungsstelle');
  const sources = () =>
    ok(dir, ['--json', 'applicant', 'list'])
      .json()
      .applicants.map((x: { referredBy: string }) => x.referredBy);
  expect(sources()).toEqual(['self', 'counselling']);
  // a correction names the codes in words, before → after
  expect(ok(dir, ['applicant', 'edit', b, '--referred-by', 'ANDERE'], de).stdout).toBe(
    `${b} berichtigt: vermittelt durch Beratungsstelle → andere\n`,
  );
  expect(sources()).toEqual(['self', 'other']);
  expect(
    insat(dir, ['applicant', 'add', '--name', 'Z', '--birth-date', '1980-05-01', '--referred-by', 'Nachbar']).code,
  ).toBe(2);
});

test('group add and edit --kind: Exkursion, unterricht', () => {
  const dir = tempDataDir('insat-input-words-');
  ok(dir, ['init']);
  enrolled(dir, 'holz', '2026-11-02', '2026-12-31');
  const offer = ['--date', '2026-11-24', '--topic', 'Bergbaumuseum', '--from', '09:00', '--to', '13:00'];
  ok(dir, ['group', 'add', ...offer, '--kind', 'Exkursion', '--led-by', 'Herr Brandt']);
  expect(ok(dir, ['--json', 'group', 'list']).json().offers[0].kind).toBe('excursion');
  ok(dir, ['group', 'edit', 'u001', '--kind', 'UNTERRICHT']);
  expect(ok(dir, ['--json', 'group', 'list']).json().offers[0].kind).toBe('lesson');
  const r = insat(dir, ['group', 'add', ...offer, '--kind', 'Ausflug', '--led-by', 'Herr Brandt'], de);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain("Wert 'Ausflug' ist ungültig. Möglich sind: lesson, group, excursion.");
});

test('plan review --status teilweise; note add, list and edit --visibility Jobcenter / intern', () => {
  const dir = tempDataDir('insat-input-words-');
  ok(dir, ['init']);
  const id = enrolled(dir, 'holz', '2026-11-02', '2026-12-31');
  ok(dir, ['plan', 'add', id, '--goal', 'Pünktlich erscheinen', '--date', '2026-11-10']);
  ok(dir, ['plan', 'review', id, 'g001', '--status', 'teilweise']);
  expect(ok(dir, ['--json', 'plan', 'list', id]).json().goals[0].status).toBe('partly');
  ok(dir, ['plan', 'review', id, 'g001', '--status', 'Nicht mehr verfolgt']);
  expect(ok(dir, ['--json', 'plan', 'list', id]).json().goals[0].status).toBe('dropped');
  ok(dir, ['note', 'add', id, '--text', 'Arbeitet sorgfältig', '--visibility', 'Jobcenter']);
  ok(dir, ['note', 'add', id, '--text', 'Intern besprochen', '--visibility', 'INTERN']);
  const visibilities = () =>
    ok(dir, ['--json', 'note', 'list', id])
      .json()
      .notes.map((n: { visibility: string }) => n.visibility);
  expect(visibilities()).toEqual(['jobcenter', 'internal']);
  expect(ok(dir, ['--json', 'note', 'list', id, '--visibility', 'intern']).json().notes).toHaveLength(1);
  expect(ok(dir, ['note', 'edit', 'n001', '--visibility', 'intern'], de).stdout).toBe(
    'n001 berichtigt: Sichtbarkeit Jobcenter → intern\n',
  );
  expect(visibilities()).toEqual(['internal', 'internal']);
  expect(insat(dir, ['plan', 'review', id, 'g001', '--status', 'fast']).code).toBe(2);
});

test('help shows the German words beside the codes', () => {
  const dir = tempDataDir('insat-input-words-');
  ok(dir, ['init']);
  expect(ok(dir, ['plan', 'review', '--help'], de).stdout).toMatch(/partly\s+\(teilweise\s+erreicht\)/);
  expect(ok(dir, ['note', 'add', '--help'], de).stdout).toMatch(/jobcenter\s+\(Jobcenter\)/);
  expect(ok(dir, ['applicant', 'add', '--help'], de).stdout).toMatch(/self\s+\(selbst\)/);
});
