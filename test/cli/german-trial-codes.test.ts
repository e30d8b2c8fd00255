// Found in a German user trial: codes reached German text. A goal's status, a note's visibility, a
// customer's kind, an order's area and status, the exit reasons of `stats`, the kind and interval of
// a certification date and the status and kind of `due` are read in words (the table, card lines,
// csv-de); JSON and `--format csv` keep the codes.
import { beforeAll, describe, expect, test } from '@jest/globals';
import { enrolled, insat, ok, tempDataDir } from '../helpers/cli.js';

const de = { env: { INSAT_LANG: 'de' } };
let dir: string;
let id: string;

beforeAll(() => {
  dir = tempDataDir('insat-trial-codes-');
  ok(dir, ['init']);
  id = enrolled(dir, 'holz', '2026-03-02', '2027-03-01', 20);
  const left = enrolled(dir, 'kueche', '2026-03-02', '2027-03-01', 20);
  const therapy = enrolled(dir, 'gestaltung', '2026-03-02', '2027-03-01', 20);
  ok(dir, ['participant', 'exit', left, '--date', '2026-06-30', '--reason', 'job']);
  ok(dir, ['participant', 'exit', therapy, '--date', '2026-07-31', '--reason', 'therapy']);
  ok(dir, ['plan', 'add', id, '--goal', 'Pünktlich erscheinen', '--date', '2026-03-10']);
  ok(dir, ['note', 'add', id, '--text', 'Arbeitet sorgfältig', '--visibility', 'jobcenter', '--date', '2026-04-01']);
  ok(dir, ['customer', 'add', '--name', 'Kita Sonnenschein', '--kind', 'non-profit', '--type', 'Kita']);
  ok(dir, ['order', 'add', '--customer', 'c001', '--area', 'kueche', '--title', 'Backaktion', '--kind', 'Catering']);
  ok(dir, ['order', 'start', 'o001']);
  ok(dir, ['certification', 'add', '--kind', 'concept', '--due', '2026-11-01', '--every', '3y']);
  ok(
    dir,
    ['group', 'add', '--date', '2026-06-02', '--topic', 'Erste Hilfe', '--kind', 'lesson', '--area', 'holz'].concat([
      '--from',
      '10:00',
      '--to',
      '12:00',
      '--led-by',
      'Frau Kaya',
    ]),
  );
  ok(dir, ['group', 'attend', 'u001', '--absent', `${id}=sick`]);
});

describe('plan', () => {
  test('review says the status in words', () => {
    const r = ok(dir, ['plan', 'review', id, 'g001', '--status', 'partly', '--date', '2026-06-01'], de);
    expect(r.stdout).toContain('überprüft: teilweise erreicht');
  });

  test('list: Stand in words in the table and csv-de, the code in csv and JSON', () => {
    expect(ok(dir, ['plan', 'list', id], de).stdout).toMatch(/│ teilweise erreicht +│/);
    expect(ok(dir, ['plan', 'list', id, '--format', 'csv-de'], de).stdout).toContain(';teilweise erreicht;');
    expect(ok(dir, ['plan', 'list', id, '--format', 'csv'], de).stdout).toContain(',partly,');
    expect(ok(dir, ['--json', 'plan', 'list', id], de).json().goals[0].status).toBe('partly');
  });
});

test('note list: the visibility in words; csv and JSON keep the code', () => {
  expect(ok(dir, ['note', 'list', id], de).stdout).toMatch(/│ Jobcenter +│/);
  expect(ok(dir, ['note', 'list', id], de).stdout).not.toMatch(/│ jobcenter +│/);
  expect(ok(dir, ['note', 'list', id, '--format', 'csv'], de).stdout).toContain(',jobcenter,');
  expect(ok(dir, ['--json', 'note', 'list', id], de).json().notes[0].visibility).toBe('jobcenter');
});

test('customer show and order show: kind, area and status in words; JSON keeps the codes', () => {
  const customer = ok(dir, ['customer', 'show', 'c001'], de).stdout;
  expect(customer).toMatch(/^Art +gemeinnützig$/m);
  expect(customer).toMatch(/o001 +\S+ +Küche +in Arbeit +Backaktion/);
  expect(ok(dir, ['--json', 'customer', 'show', 'c001'], de).json()).toMatchObject({
    kind: 'non-profit',
    orders: [{ area: 'kueche', status: 'in-progress' }],
  });
  const order = ok(dir, ['order', 'show', 'o001'], de).stdout;
  expect(order).toMatch(/^Praxisbereich Küche$/m);
  expect(order).toMatch(/^Status +in Arbeit$/m);
  expect(ok(dir, ['order', 'kinds'], de).stdout).toMatch(/^Küche: Catering/m);
});

test('stats: exit reasons in words, the integration rate without regular ends', () => {
  const text = ok(dir, ['stats', '--year', '2026'], de).stdout;
  expect(text).toContain('(Sozialversicherungspflichtige Beschäftigung 1)');
  expect(text).toContain('(Entgiftung, Therapie oder Reha 1)');
  expect(text).toContain('ohne reguläre Beendigungen');
  expect(text).not.toMatch(/regular-end|\(job 1\)|therapy/);
  // English keeps the codes
  expect(ok(dir, ['stats', '--year', '2026']).stdout).toMatch(/work or training\s+1\s+\(job 1\)/);
});

test('certification list: kind and interval in words in the table and csv-de; csv keeps 3y', () => {
  expect(ok(dir, ['certification', 'list'], de).stdout).toMatch(/│ Konzept-Rezertifizierung │ .* │ alle 3 Jahre +│/);
  expect(ok(dir, ['certification', 'list', '--format', 'csv-de'], de).stdout).toMatch(
    /^z001;Konzept-Rezertifizierung;01\.11\.2026;alle 3 Jahre;/m,
  );
  expect(ok(dir, ['certification', 'list', '--format', 'csv'], de).stdout).toMatch(/^z001,concept,2026-11-01,3y,/m);
});

test('due in csv-de: status and kind in words, as in the table; csv keeps the codes', () => {
  const csvDe = ok(dir, ['due', '--format', 'csv-de'], de).stdout;
  expect(csvDe).toMatch(/\r\n01\.11\.2026;überfällig;Zertifizierung;/);
  expect(ok(dir, ['due', '--format', 'csv'], de).stdout).toMatch(/\n2026-11-01,overdue,certification,/);
});

test('occupancy and export groups in csv-de: the area in words; csv keeps the code', () => {
  const args = ['occupancy', '--month', '2026-06'];
  expect(ok(dir, [...args, '--format', 'csv-de'], de).stdout).toMatch(/;Küche;/);
  expect(ok(dir, [...args, '--format', 'csv-de'], de).stdout).toMatch(/;Gesamt;/);
  expect(ok(dir, [...args, '--format', 'csv'], de).stdout).toMatch(/,kueche,/);
  const groups = ['export', 'groups', '--month', '2026-06'];
  expect(ok(dir, [...groups, '--format', 'csv-de'], de).stdout).toMatch(
    /;Frau Kaya;Holz;p\d+;.*;0;krank ohne AU;0\r\n/,
  );
  expect(ok(dir, [...groups, '--format', 'csv'], de).stdout).toMatch(/,Frau Kaya,holz,p\d+,.*,0,sick,0\n/);
});

test('a second exit names the recorded reason in words', () => {
  const people = ok(dir, ['--json', 'participant', 'list', '--all']).json().participants as {
    id: string;
    exit?: { reason: string };
  }[];
  const left = people.find((p) => p.exit?.reason === 'job')!.id;
  const r = insat(dir, ['participant', 'exit', left, '--date', '2026-07-01', '--reason', 'dropout'], de);
  expect(r.code).toBe(3);
  expect(r.stderr).toContain('ausgetreten (Sozialversicherungspflichtige Beschäftigung)');
});

test('messages name the area in words; config show the application deadline as a German day', () => {
  const r = ok(dir, ['hours', 'book', '--area', 'gestaltung', '--date', '2026-11-24', '--as-planned'], de);
  expect(r.stdout).toContain('hat niemand einen Platz in Gestaltung');
  expect(ok(dir, ['config', 'show'], de).stdout).toContain('Jahresantrag bis 30.09.;');
});

test('stats csv-de: every header in German; csv keeps its headers', () => {
  const header = ok(dir, ['stats', '--year', '2026', '--format', 'csv-de'], de).stdout.split('\r\n')[0]!;
  expect(header).toContain(';Austritte Zuweisungszeitraum beendet;');
  expect(header).toContain(';Austritte Sozialversicherungspflichtige Beschäftigung;');
  expect(header).toContain(';Fehltage krank ohne AU;Fehltage krank mit AU;');
  expect(header).toContain(';verfügbare Platztage Holz;belegte Platztage Holz;Auslastung Holz;');
  expect(header).toContain(';Integrationsquote ohne reguläre Beendigungen;');
  expect(header).not.toMatch(/regular-end|\bsick\b|\bholz\b|\bkueche\b|\bjob\b/);
  const csv = ok(dir, ['stats', '--year', '2026', '--format', 'csv'], de).stdout.split('\n')[0]!;
  expect(csv).toBe(ok(dir, ['stats', '--year', '2026', '--format', 'csv']).stdout.split('\n')[0]);
  expect(csv).toContain(',exits regular-end,exits max-duration,exits job,');
  expect(csv).toContain(',absence days sick,absence days sick-certified,');
  expect(csv).toContain(',capacity seat-days holz,occupied seat-days holz,occupancy holz,');
  expect(csv).toContain(',integration rate without regular-end,');
});

test('occupancy --json: the period is language-neutral (ISO dates), the same with --lang en and de', () => {
  const args = ['--json', 'occupancy', '--from', '2026-06-01', '--to', '2026-06-30'];
  const german = ok(dir, args, de).json();
  expect(german).toMatchObject({ period: '2026-06-01/2026-06-30', from: '2026-06-01', to: '2026-06-30' });
  expect(ok(dir, ['--lang', 'en', ...args], de).json()).toEqual(german);
  expect(ok(dir, ['--json', 'occupancy', '--month', '2026-06'], de).json().period).toBe('2026-06');
});

test("DOMAIN.md's words: Informationstermin, Verlaufsbericht", () => {
  expect(ok(dir, ['applicant', 'list'], de).stdout).toMatch(/│ Erstkontakt │ Informationstermin │/);
  expect(ok(dir, ['applicant', 'schedule', '--help'], de).stdout).toContain('den persönlichen Informationstermin');
  expect(ok(dir, ['config', 'show'], de).stdout).toContain('Verlaufsbericht alle 6 Monate');
  expect(ok(dir, ['config', 'set', '--help'], de).stdout).toContain('Monate zwischen Verlaufsberichten');
  expect(ok(dir, ['note', '--help'], de).stdout).toContain('im Verlaufsbericht');
  expect(ok(dir, ['note', 'add', '--help'], de).stdout).toContain('in Verlaufsberichten');
  for (const args of [
    ['applicant', '--help'],
    ['applicant', 'list'],
    ['config', 'show'],
    ['note', 'add', '--help'],
  ])
    expect(ok(dir, args, de).stdout).not.toMatch(/Informationsgespräch|Entwicklungsbericht|Fortschrittsbericht/);
});
