// Tables and csv-de show people words where a column holds a code; csv and JSON keep the codes in
// every language (CLI.md "language"). Help names an argument's choices in the run's language too.
import { describe, expect, test } from '@jest/globals';
import { enrolled, ok, tempDataDir } from '../helpers/cli.js';

const DE = { env: { INSAT_LANG: undefined } };

function store(): string {
  const dir = tempDataDir('insat-words-');
  ok(dir, ['init']);
  enrolled(dir, 'holz', '2026-11-02', '2026-12-31');
  ok(
    dir,
    ['group', 'add', '--date', '2026-11-24', '--topic', 'Bewerbung', '--kind', 'lesson'].concat([
      '--from',
      '10:00',
      '--to',
      '12:00',
      '--led-by',
      'Frau Kaya',
      '--area',
      'all',
    ]),
  );
  return dir;
}

describe('words for codes', () => {
  test('participant list names the status in German; csv keeps the code in both languages', () => {
    const dir = store();
    expect(ok(dir, ['participant', 'list'], DE).stdout).toMatch(/│ aktiv +│/);
    expect(ok(dir, ['participant', 'list', '--format', 'csv-de'], DE).stdout).toMatch(/;aktiv;/);
    const csv = ok(dir, ['participant', 'list', '--format', 'csv'], DE).stdout;
    expect(csv).toMatch(/,active,/);
    expect(ok(dir, ['participant', 'list', '--format', 'csv']).stdout).toBe(csv);
  });

  test('group list names the kind and "all" areas in German; csv and JSON keep the codes', () => {
    const dir = store();
    expect(ok(dir, ['group', 'list'], DE).stdout).toMatch(/│ Unterricht +│ Bewerbung +│ Frau Kaya +│ alle +│/);
    expect(ok(dir, ['group', 'list', '--format', 'csv-de'], DE).stdout).toMatch(
      /;Unterricht;Bewerbung;Frau Kaya;alle;/,
    );
    const csv = ok(dir, ['group', 'list', '--format', 'csv'], DE).stdout;
    expect(csv).toMatch(/,lesson,Bewerbung,Frau Kaya,all,/);
    expect(ok(dir, ['group', 'list', '--format', 'csv']).stdout).toBe(csv);
    expect(ok(dir, ['--json', 'group', 'list'], DE).json().offers[0]).toMatchObject({ kind: 'lesson', area: 'all' });
  });

  test('export participants and groups in csv-de carry the same words as the lists; csv keeps the codes', () => {
    const dir = store();
    const people = ok(dir, ['export', 'participants', '--format', 'csv-de'], DE).stdout;
    expect(people).toMatch(/;Holz;aktiv;/);
    const offers = ok(dir, ['export', 'groups', '--month', '2026-11', '--format', 'csv-de'], DE).stdout;
    expect(offers).toMatch(/;Unterricht;Bewerbung;Frau Kaya;alle;/);
    for (const args of [['participants'], ['groups', '--month', '2026-11']]) {
      const csv = ok(dir, ['export', ...args, '--format', 'csv'], DE).stdout;
      expect(csv).toMatch(/,(active|lesson),/);
      expect(ok(dir, ['export', ...args, '--format', 'csv']).stdout).toBe(csv);
    }
  });

  test('absences csv names each absence day by its booking code, the same in both languages', () => {
    const dir = tempDataDir('insat-words-');
    ok(dir, ['init']);
    const id = enrolled(dir, 'holz', '2026-11-02', '2026-12-31');
    ok(dir, ['hours', 'book', id, '--date', '2026-11-03', '--absent', 'sick']);
    const args = ['absences', '--month', '2026-11', '--allow-gaps'];
    expect(ok(dir, [...args, '--format', 'csv-de'], DE).stdout).toContain('03.11.2026 krank ohne AU');
    const csv = ok(dir, [...args, '--format', 'csv'], DE).stdout;
    expect(csv).toContain(',2026-11-03 sick,');
    expect(ok(dir, [...args, '--format', 'csv']).stdout).toBe(csv);
  });

  test('order list and customer list name status and kind in German; csv keeps the codes', () => {
    const dir = tempDataDir('insat-words-');
    ok(dir, ['init']);
    ok(dir, ['customer', 'add', '--name', 'Kita Sonnenschein', '--kind', 'non-profit', '--type', 'Kita']);
    ok(
      dir,
      ['order', 'add', '--customer', 'c001', '--area', 'holz', '--title', 'Bank', '--received', '2026-11-02'].concat([
        '--kind',
        'Möbelbau',
      ]),
    );
    expect(ok(dir, ['customer', 'list'], DE).stdout).toMatch(/│ gemeinnützig +│ Kita /);
    expect(ok(dir, ['order', 'list'], DE).stdout).toMatch(/│ eingegangen +│/);
    expect(ok(dir, ['order', 'list', '--format', 'csv-de'], DE).stdout).toMatch(/;eingegangen;/);
    for (const list of [
      ['customer', 'list'],
      ['order', 'list'],
    ]) {
      const csv = ok(dir, [...list, '--format', 'csv'], DE).stdout;
      expect(csv).toMatch(/,(non-profit|received),/);
      expect(ok(dir, [...list, '--format', 'csv']).stdout).toBe(csv);
    }
  });

  test('a new MAE rate is in German figures in the German history and undo line', () => {
    const dir = tempDataDir('insat-words-');
    ok(dir, ['init']);
    ok(dir, ['config', 'rate', 'set', '2,20', '--from', '2027-01-01'], DE);
    expect(ok(dir, ['history'], DE).stdout).toMatch(/ config rate set 2,20 ab 01\.01\.2027 /);
    expect(ok(dir, ['undo'], DE).stdout).toMatch(/'config rate set 2,20 ab 01\.01\.2027'/);
  });

  test("an argument's choices in help are in the run's language", () => {
    const dir = tempDataDir('insat-words-');
    const help = ok(dir, ['export', '--help'], DE).stdout;
    expect(help).toMatch(/\(Auswahl: participants, hours,/);
    expect(help).not.toMatch(/choices/);
    expect(ok(dir, ['export', '--help']).stdout).toMatch(/\(choices: participants, hours,/);
  });
});

test('applicant list: the stage and who referred the person in German words in the table and csv-de, codes in csv', () => {
  const dir = tempDataDir('insat-words-applicants-');
  ok(dir, ['init']);
  ok(dir, ['applicant', 'add', '--name', 'Rita Rat', '--birth-date', '1980-01-01', '--referred-by', 'counselling']);
  const de = { env: { INSAT_LANG: 'de' } };
  expect(ok(dir, ['applicant', 'list'], de).stdout).toMatch(/│ neu +│ Beratungsstelle +│/);
  expect(ok(dir, ['applicant', 'list', '--format', 'csv-de'], de).stdout).toContain(';neu;Beratungsstelle;');
  expect(ok(dir, ['applicant', 'list', '--format', 'csv'], de).stdout).toContain(',new,counselling,');
});

test('participant list and export participants: area, exit reason and group, referral in German words; csv keeps codes', () => {
  const dir = tempDataDir('insat-words-participants-');
  ok(dir, ['init']);
  const id = enrolled(dir, 'kueche', '2026-06-01', '2027-05-31');
  ok(dir, ['participant', 'exit', id, '--date', '2026-11-20', '--reason', 'job']);
  const de = { env: { INSAT_LANG: 'de' } };
  expect(ok(dir, ['participant', 'list', '--all'], de).stdout).toMatch(
    /│ Küche +│ ausgetreten .*│ Sozialversicherungspflichtige Beschäftigung +│/,
  );
  const csvDe = ok(dir, ['export', 'participants', '--format', 'csv-de'], de).stdout;
  expect(csvDe).toContain(';Küche;ausgetreten;');
  expect(csvDe).toContain(
    ';Sozialversicherungspflichtige Beschäftigung;Integration in Arbeit oder Ausbildung;Jobcenter',
  );
  const csv = ok(dir, ['export', 'participants', '--format', 'csv'], de).stdout;
  expect(csv).toContain(',kueche,exited,');
  expect(csv).toContain(',job,integration,jobcenter');
});
