// Customers, orders, group offers, reports and exports in German (issue 11): the help of every
// command, the lines of write commands, the tables' and csv-de headers, and the refusals — while
// `--format csv` keeps its stable English headers.
import { beforeAll, describe, expect, test } from '@jest/globals';
import { de } from '../../src/i18n/de/index.js';
import { refusedCustomerKind } from '../../src/model/customers.js';
import { orderStepViolations } from '../../src/model/orders.js';
import { offerTimeViolations } from '../../src/model/groups.js';
import type { Order } from '../../src/model/types.js';
import type { Violation } from '../../src/model/violations.js';
import { enrolled, insat, ok, storeBytes, tempDataDir, type RunResult } from '../helpers/cli.js';

const GERMAN = { env: { INSAT_LANG: 'de' } };

function deutsch(dir: string, args: string[]): RunResult {
  return insat(dir, args, GERMAN);
}

function okDe(dir: string, args: string[]): RunResult {
  const r = deutsch(dir, args);
  if (r.code !== 0) throw new Error(`insat ${args.join(' ')} exited ${r.code}: ${r.stderr}`);
  return r;
}

/** A refusal in German: the exit code, `Fehler: <what> — <how to fix>`, and the store unchanged. */
function refusedDe(dir: string, args: string[], code: number, message: RegExp): void {
  const before = storeBytes(dir);
  const r = deutsch(dir, args);
  expect(r.code).toBe(code);
  expect(r.stderr).toMatch(/^Fehler: .+ — .+/m);
  expect(r.stderr).toMatch(message);
  expect(storeBytes(dir)).toEqual(before);
}

describe('help in German', () => {
  const dir = tempDataDir();

  test.each([
    [['customer'], /Kunden der Praxisbereiche: nur öffentliche und gemeinnützige Einrichtungen/],
    [['customer', 'add'], /einen Kunden erfassen[\s\S]*--contact <name>\s+die Ansprechperson/],
    [
      ['customer', 'list'],
      /die Kunden mit der Zahl ihrer Aufträge[\s\S]*--format <format>\s+table, csv, csv-de oder json/,
    ],
    [['customer', 'types'], /die Kundentypen/],
    [['customer', 'show'], /ein Kunde und seine Aufträge/],
    [
      ['customer', 'edit'],
      /Angaben eines Kunden berichtigen[\s\S]*--address <address>\s+die Anschrift \(leeren: --clear address\)/,
    ],
    [['order'], /Aufträge von Kunden an einen Praxisbereich/],
    [['order', 'add'], /einen Auftrag erfassen[\s\S]*--material-euros <euros>\s+Materialbeitrag des Kunden/],
    [['order', 'start'], /die Arbeit am Auftrag hat begonnen/],
    [['order', 'done'], /die Arbeit ist fertig[\s\S]*--date <date>\s+der Tag \(Standard: heute\)/],
    [['order', 'deliver'], /der Auftrag wurde übergeben/],
    [['order', 'cancel'], /der Auftrag wurde zurückgezogen/],
    [['order', 'assign'], /Teilnehmende einem Auftrag zuordnen/],
    [['order', 'kinds'], /die Tätigkeiten, die jeder Praxisbereich heute nennt/],
    [['order', 'list'], /Aufträge, die neuesten zuerst[\s\S]*--year <YYYY>\s+in diesem Jahr eingegangen/],
    [['order', 'show'], /ein Auftrag mit Kunde, Schritten und Teilnehmenden/],
    [['group'], /Unterricht, Gruppenangebote und Exkursionen der Aktivierungsmaßnahme/],
    [['group', 'add'], /ein Angebot planen[\s\S]*--led-by <name>\s+wer es leitet/],
    [['group', 'attend'], /erfassen, wer teilgenommen hat[\s\S]*abwesend mit Grund/],
    [['group', 'list'], /Angebote mit ihrer Anwesenheit/],
    [['group', 'edit'], /Angaben eines Angebots berichtigen/],
    [['group', 'delete'], /ein Angebot mit seiner Anwesenheit entfernen/],
    [['report'], /PDF-Dokumente für das Jobcenter \(PDF\/A-2b\): Verlaufsbericht, Jahresantrag,\s+Anwesenheitslisten/],
    [
      ['report', 'progress'],
      /Verlaufsbericht einer teilnehmenden Person[\s\S]*# alle aktiven Teilnehmenden, je eine Datei/,
    ],
    [['report', 'application'], /Jahresantrag[\s\S]*--year <YYYY>\s+das beantragte Jahr/],
    [['report', 'attendance'], /Anwesenheitslisten eines Monats[\s\S]*--force\s+vorhandene Dateien ersetzen/],
    [['report', 'groups'], /Teilnahmelisten des Unterrichts und der Gruppenangebote/],
    [['report', 'absences'], /die monatliche Fehlzeitenmeldung \(§ 61 SGB II\) als Brief/],
    [['report', 'vacancy'], /die Platzfreimeldung: je Praxisbereich/],
    [
      ['export'],
      /Daten für Tabellenkalkulation und Skripte[\s\S]*--format <format>\s+csv, csv-de oder json \(Standard csv\)/,
    ],
  ])('insat %j --help', (command, words) => {
    const help = okDe(dir, [...command, '--help']).stdout;
    expect(help).toMatch(/^Aufruf: insat /m);
    expect(help).toMatch(words);
    expect(help).not.toMatch(/show what would change|the day \(default|one undoable step/);
  });
});

describe('customers, orders and offers in German', () => {
  const dir = tempDataDir();
  let p = '';
  beforeAll(() => {
    ok(dir, ['init']);
    p = enrolled(dir, 'holz', '2026-11-02', '2027-10-31');
  });

  test('customer add and the refusals of customers', () => {
    const add = ['customer', 'add', '--name', 'Kita Sonnenschein', '--kind', 'gemeinnützig', '--type', 'kita'];
    expect(okDe(dir, [...add, '--contact', 'Frau Berg']).stdout).toBe(
      'Kunde c001 erfasst: Kita Sonnenschein (gemeinnützig)\n',
    );
    refusedDe(
      dir,
      ['customer', 'add', '--name', 'Tischlerei Meyer', '--kind', 'gewerblich', '--type', 'Verein'],
      3,
      /^Fehler: ein gewerblicher Kunde wird abgelehnt: .*wettbewerbsneutral .*— den Auftrag nur für einen öffentlichen oder gemeinnützigen Kunden erfassen$/m,
    );
    refusedDe(dir, add, 3, /ein Kunde namens 'Kita Sonnenschein' ist schon als c001 erfasst — c001 verwenden/);
    refusedDe(
      dir,
      ['customer', 'add', '--name', 'X', '--kind', 'public', '--type', 'Jugendzentrum'],
      2,
      /--type 'Jugendzentrum' ist kein Kundentyp — einen davon angeben: .*insat config set customerTypes/,
    );
    refusedDe(
      dir,
      ['customer', 'add', '--name', 'X', '--kind', 'kommunal', '--type', 'Kita'],
      2,
      /--kind 'kommunal' ist keine Art von Kunde — public oder non-profit angeben/,
    );
    refusedDe(dir, ['customer', 'show', 'c009'], 4, /keinen Kunden 'c009' gefunden — siehe 'insat customer list'/);
    refusedDe(dir, ['customer', 'edit', 'c001'], 2, /nichts zu ändern — mindestens eine der Optionen --name/);
    refusedDe(dir, ['customer', 'edit', 'p001', '--name', 'Y'], 2, /Kunde 'p001' ist keine Kunden-ID/);
  });

  test('customer edit --dry-run, the list and the card in German', () => {
    expect(okDe(dir, ['customer', 'edit', 'c001', '--contact', 'Herr Yilmaz', '--dry-run']).stdout).toBe(
      'Probelauf: Kunde c001 würde geändert werden: --contact — nichts wurde geändert\n',
    );
    const table = okDe(dir, ['customer', 'list']).stdout;
    expect(table).toMatch(/│ Kunde │ Name\s+│ Art\s+│ Typ\s+│ Ansprechperson │ Aufträge │/);
    expect(okDe(dir, ['customer', 'list', '--format', 'csv-de']).stdout).toMatch(
      /^\uFEFFKunde;Name;Art;Typ;Ansprechperson;Aufträge\r\nc001;Kita Sonnenschein;gemeinnützig;Kita;Frau Berg;0\r\n$/,
    );
    expect(okDe(dir, ['customer', 'list', '--format', 'csv']).stdout).toMatch(
      /^customer,name,kind,type,contact,orders\n/,
    );
    const card = okDe(dir, ['customer', 'show', 'c001']).stdout;
    expect(card).toMatch(/^Ansprechperson Frau Berg$/m);
    expect(card).toMatch(/^erfasst am\s+25\.11\.2026$/m);
  });

  test('orders: added, stepped and listed in German, with German dates and money', () => {
    const order = ['order', 'add', '--customer', 'c001', '--area', 'holz', '--title', 'Zwei Sitzbänke'];
    const listed = [...order, '--received', '02.11.2026', '--due', '2026-12-15', '--kind', 'möbelbau'];
    expect(okDe(dir, [...listed, '--material-euros', '85,50']).stdout).toBe(
      'Auftrag o001 für c001 (Holz) erfasst: Zwei Sitzbänke\n',
    );
    refusedDe(
      dir,
      [...order, '--kind', 'Transport'],
      3,
      /^Fehler: 'Transport' ist keine Tätigkeit, die der Praxisbereich holz im Antrag genannt hat \(.*\) — eine davon wählen oder --force --reason TEXT angeben$/m,
    );
    refusedDe(dir, [...order, '--kind', 'Transport', '--force'], 2, /--force braucht --reason TEXT — begründen/);
    refusedDe(
      dir,
      [...order, '--received', '2026-11-30'],
      3,
      /--received 30\.11\.2026 liegt in der Zukunft — heute oder einen früheren Tag angeben/,
    );
    refusedDe(
      dir,
      ['order', 'deliver', 'o001'],
      3,
      /Auftrag o001 ist eingegangen; 'deliver' braucht einen Auftrag, der fertig ist — als Nächstes: insat order start \| cancel o001/,
    );
    refusedDe(
      dir,
      ['order', 'start', 'o001', '--date', '2026-11-01'],
      3,
      /Auftrag o001 kann nicht am 01\.11\.2026 begonnen werden, vor seinem letzten Schritt am 02\.11\.2026/,
    );
    refusedDe(dir, ['order', 'list', '--status', 'offen'], 2, /--status 'offen' ist kein Auftragsstatus/);
    refusedDe(dir, ['order', 'show', 'o009'], 4, /keinen Auftrag 'o009' gefunden/);
    expect(okDe(dir, ['order', 'start', 'o001', '--date', '2026-11-03']).stdout).toBe(
      'Auftrag o001 am 03.11.2026 als in Arbeit vermerkt\n',
    );
    expect(okDe(dir, ['order', 'assign', 'o001', p]).stdout).toBe(`${p} dem Auftrag o001 zugeordnet\n`);
    expect(okDe(dir, ['order', 'list', '--format', 'csv-de']).stdout.split('\r\n')[0]).toBe(
      '\uFEFFAuftrag;Eingang;Praxisbereich;Kunde;Name des Kunden;Titel;Tätigkeit;Status;fällig;Material',
    );
    const card = okDe(dir, ['order', 'show', 'o001']).stdout;
    expect(card).toMatch(/^begonnen\s+03\.11\.2026$/m);
    expect(card).toMatch(/^Material\s+85,50 €$/m);
    expect(card).toMatch(new RegExp(`^Teilnehmende ${p}$`, 'm'));
  });

  test('group offers: planned, attended and listed in German', () => {
    const add = ['group', 'add', '--date', '2026-11-24', '--topic', 'Bewerbungstraining', '--kind', 'lesson'];
    refusedDe(
      dir,
      [...add, '--from', '12:00', '--to', '10:00', '--led-by', 'Frau Kaya'],
      3,
      /das Angebot endet um 10:00, nicht nach seinem Beginn um 12:00 — bei --to eine spätere Uhrzeit/,
    );
    refusedDe(
      dir,
      [...add, '--from', '12', '--to', '14:00', '--led-by', 'Frau Kaya'],
      2,
      /--from '12' ist keine Uhrzeit — HH:MM angeben/,
    );
    expect(okDe(dir, [...add, '--from', '10:00', '--to', '12:00', '--led-by', 'Frau Kaya']).stdout).toBe(
      'Unterricht u001 am 24.11.2026 10:00–12:00 geplant: Bewerbungstraining\n',
    );
    refusedDe(dir, ['group', 'attend', 'u001', '--absent', 'p1'], 2, /--absent 'p1' hat nicht die Form ID=CODE/);
    refusedDe(dir, ['group', 'edit', 'u001'], 2, /nichts zu ändern — mindestens eine der Optionen --date/);
    refusedDe(dir, ['group', 'delete', 'u009'], 4, /kein Angebot 'u009' gefunden/);
    expect(okDe(dir, ['group', 'attend', 'u001', '--dry-run']).stdout).toBe(
      'Probelauf: Angebot u001 würde erfasst werden: 1 anwesend, 0 abwesend — nichts wurde geändert\n',
    );
    expect(okDe(dir, ['group', 'attend', 'u001']).stdout).toBe('Angebot u001 erfasst: 1 anwesend, 0 abwesend\n');
    expect(okDe(dir, ['group', 'list']).stdout).toMatch(
      /│ Angebot │ Datum\s+│ von\s+│ bis\s+│ Stunden │ Art\s+│ Thema\s+│ Leitung\s+│ Praxisbereich │ anwesend │ abwesend │/,
    );
    expect(okDe(dir, ['group', 'edit', 'u001', '--led-by', 'Herr Brandt']).stdout).toBe(
      'Angebot u001 geändert: --led-by\n',
    );
  });

  test('write commands answer --json with one document, the same in every language', () => {
    expect(okDe(dir, ['order', 'done', 'o001', '--date', '2026-11-20', '--json']).json()).toEqual({
      id: 'o001',
      status: 'done',
      date: '2026-11-20',
      dryRun: false,
    });
    // c001 is a Kita already: nothing would change, and the JSON still says it was a dry run
    expect(okDe(dir, ['customer', 'edit', 'c001', '--type', 'Kita', '--dry-run', '--json']).json()).toEqual({
      id: 'c001',
      changed: [],
      dryRun: true,
    });
    expect(okDe(dir, ['group', 'delete', 'u001', '--dry-run', '--json']).json()).toEqual({ id: 'u001', dryRun: true });
  });

  test('free text is refused in German', () => {
    refusedDe(
      dir,
      ['customer', 'add', '--name', 'Verein\tX', '--kind', 'public', '--type', 'Verein'],
      2,
      /^Fehler: --name enthält Steuerzeichen — einfachen Text eingeben$/m,
    );
    refusedDe(
      dir,
      ['customer', 'add', '--name', 'Verein\nX', '--kind', 'public', '--type', 'Verein'],
      2,
      /--name darf nicht über mehrere Zeilen gehen — in einer Zeile schreiben/,
    );
  });

  test('exports: csv-de has German headers, csv keeps its headers', () => {
    expect(okDe(dir, ['export', 'participants', '--format', 'csv-de']).stdout.split('\r\n')[0]).toBe(
      '\uFEFFID;Name;Geburtsdatum;Praxisbereich;Status;Beginn;Ende der Zuweisung;Wochenstunden;Austritt;Austrittsgrund;Austrittsgruppe;vermittelt durch',
    );
    expect(okDe(dir, ['export', 'participants', '--format', 'csv']).stdout.split('\n')[0]).toBe(
      'id,name,birth date,area,status,start,until,hours per week,exit,exit reason,exit group,referred by',
    );
    const groups = okDe(dir, ['export', 'groups', '--month', '2026-11', '--format', 'csv-de']).stdout.split('\r\n');
    expect(groups[0]).toBe(
      '\uFEFFAngebot;Datum;von;bis;Art;Thema;Leitung;Praxisbereich;Teilnehmende/r;Name;anwesend;Fehlzeit;Stunden',
    );
    expect(groups[1]).toMatch(
      new RegExp(`^u001;24\\.11\\.2026;10:00;12:00;Unterricht;Bewerbungstraining;Herr Brandt;alle;${p};`),
    );
    expect(okDe(dir, ['export', 'groups', '--format', 'csv']).stdout.split('\n')[0]).toBe(
      'offer,date,from,to,kind,topic,led by,area,participant,name,present,absence,hours',
    );
    refusedDe(
      dir,
      ['export', 'groups', '--month', '2026-11', '--from', '2026-11-01'],
      2,
      /--month und --from\/--to schließen einander aus/,
    );
  });

  test('reports: the refusals and the line for the file written in German', () => {
    refusedDe(
      dir,
      ['report', 'groups', '--month', '2026-10'],
      3,
      /^Fehler: keine Gruppenangebote im Oktober 2026 — einen anderen Monat wählen/m,
    );
    refusedDe(
      dir,
      ['report', 'attendance', '--month', '2026-10'],
      3,
      /niemand hat im Oktober 2026 einen Platz — einen anderen Monat wählen/,
    );
    refusedDe(dir, ['report', 'progress'], 2, /die ID der teilnehmenden Person fehlt — eine angeben/);
    refusedDe(
      dir,
      ['report', 'progress', p, '--to', '2026-12-01'],
      2,
      /--to 01\.12\.2026 liegt in der Zukunft — ein Verlaufsbericht reicht höchstens bis heute \(25\.11\.2026\)/,
    );
    refusedDe(
      dir,
      ['report', 'application', '--year', '2027'],
      2,
      /für den Jahresantrag fehlen \d+ Einstellungen — jede setzen und erneut ausführen:\n {2}provider\./,
    );
    const file = `${dir}/../gruppen.pdf`;
    expect(okDe(dir, ['report', 'groups', '--month', '2026-11', '--out', file]).stdout).toMatch(
      /^geschrieben: .*gruppen\.pdf \(1 Seite\)$/m,
    );
  });
});

describe('the rules say it in German', () => {
  const order: Order = {
    id: 'o001',
    customerId: 'c001',
    area: 'holz',
    title: 'Bank',
    kind: '',
    kindReason: '',
    received: '2026-11-02',
    due: null,
    materialCents: 0,
    status: 'delivered',
    started: '2026-11-03',
    done: '2026-11-04',
    delivered: '2026-11-05',
    cancelled: null,
    participants: [],
  };

  const german = (v: Violation | null | undefined) =>
    !v ? '' : typeof v.message === 'string' ? v.message : v.message(de);

  test('a private customer, a closed order, an offer that ends before it begins', () => {
    expect(german(refusedCustomerKind('privat'))).toMatch(/^ein privater Kunde wird abgelehnt: /);
    expect(german(orderStepViolations(order, 'cancel', '2026-11-06', '2026-11-25')[0])).toBe(
      "Auftrag o001 ist übergeben; 'cancel' braucht einen Auftrag, der eingegangen oder in Arbeit ist — er ist abgeschlossen",
    );
    expect(german(offerTimeViolations({ id: 'u001', fromMinutes: 600, toMinutes: 600 })[0])).toMatch(
      /^das Angebot endet um 10:00, nicht nach seinem Beginn um 10:00/,
    );
  });
});
