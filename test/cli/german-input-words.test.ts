// The German words the help shows beside a code are accepted as input too, in any case, as areas
// and absence codes are (CLI.md "input forms"): --role anleiter, --referred-by selbst,
// --kind Exkursion, --status teilweise, --visibility Jobcenter. What is stored is the code.
import { expect, test } from '@jest/globals';
import { enrolled, insat, ok, suitableApplicant, tempDataDir } from '../helpers/cli.js';

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

test('order list --status, applicant list --status and certification --kind take the German words in any case', () => {
  const dir = tempDataDir('insat-input-words-');
  ok(dir, ['init']);
  ok(dir, ['customer', 'add', '--name', 'Stadt Bochum', '--kind', 'public', '--type', 'Stadt Bochum']);
  ok(dir, ['order', 'add', '--customer', 'c001', '--area', 'holz', '--title', 'Bänke', '--kind', 'Reparatur']);
  ok(dir, ['order', 'add', '--customer', 'c001', '--area', 'holz', '--title', 'Tische', '--kind', 'Reparatur']);
  ok(dir, ['order', 'start', 'o002']);
  const orders = (status: string) =>
    ok(dir, ['--json', 'order', 'list', '--status', status])
      .json()
      .orders.map((o: { id: string }) => o.id);
  expect(orders('Eingegangen')).toEqual(['o001']);
  expect(orders('in arbeit')).toEqual(['o002']);
  expect(orders('IN-PROGRESS')).toEqual(['o002']);
  expect(orders('storniert')).toEqual([]);
  const bad = insat(dir, ['order', 'list', '--status', 'offen'], de);
  expect(bad.code).toBe(2);
  expect(bad.stderr).toContain('in-progress (in Arbeit)');

  const suitable = suitableApplicant(dir);
  ok(dir, ['applicant', 'add', '--name', 'Eva Muster', '--birth-date', '1980-05-01', '--referred-by', 'self']);
  const applicants = (status: string) =>
    ok(dir, ['--json', 'applicant', 'list', '--status', status])
      .json()
      .applicants.map((a: { id: string }) => a.id);
  expect(applicants('Geeignet')).toEqual([suitable]);
  expect(applicants('NEU')).not.toContain(suitable);
  expect(applicants('neu')).toHaveLength(1);
  expect(insat(dir, ['applicant', 'list', '--status', 'gut']).code).toBe(2);

  ok(dir, ['certification', 'add', '--kind', 'Konzept', '--due', '2028-06-30', '--every', '3y']);
  ok(dir, ['certification', 'add', '--kind', 'AUDIT', '--due', '2027-03-15', '--every', '1y']);
  ok(dir, ['certification', 'edit', 'z001', '--kind', 'Überwachungsaudit']);
  const kinds = ok(dir, ['--json', 'certification', 'list'])
    .json()
    .certifications.map((c: { id: string; kind: string }) => `${c.id} ${c.kind}`);
  expect(kinds.sort()).toEqual(['z001 audit', 'z002 audit']);
  expect(insat(dir, ['certification', 'add', '--kind', 'Prüfung', '--due', '2028-06-30']).code).toBe(2);
});
