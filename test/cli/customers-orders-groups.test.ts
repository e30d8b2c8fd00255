// Customers, orders and group offers through the command line: every command once, csv-de checked,
// each write one undoable step with a history entry, --dry-run changing nothing.
import { beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { enrolled, insat, ok, storeBytes, tempDataDir } from '../helpers/cli.js';

const TODAY = '2026-11-25';

describe('customers and orders', () => {
  const dir = tempDataDir();
  beforeAll(() => {
    ok(dir, ['init']);
  });

  test('adds a non-profit customer and shows it', () => {
    expect(
      ok(dir, [
        'customer',
        'add',
        '--name',
        'Kita Sonnenschein',
        '--kind',
        'non-profit',
        '--type',
        'kita',
        '--address',
        'Hauptstraße 5, 44787 Bochum',
        '--contact',
        'Frau Berg',
        '--json',
      ]).json(),
    ).toEqual({ id: 'c001', dryRun: false });
    const shown = ok(dir, ['customer', 'show', 'c001', '--json']).json();
    expect(shown).toMatchObject({
      id: 'c001',
      name: 'Kita Sonnenschein',
      kind: 'non-profit',
      type: 'Kita',
      contact: 'Frau Berg',
      orders: [],
    });
  });

  test('refuses a commercial customer with the reason, and changes nothing', () => {
    const before = storeBytes(dir);
    const r = insat(dir, [
      'customer',
      'add',
      '--name',
      'Tischlerei Meyer GmbH',
      '--kind',
      'commercial',
      '--type',
      'Verein',
    ]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(
      /^error: a commercial customer is refused: AGH work must be additional, in the public interest and competition-neutral \(§ 16d \(2\)–\(4\) SGB II\)/m,
    );
    expect(storeBytes(dir)).toEqual(before);
  });

  test('a customer type added by setting can be used', () => {
    expect(
      insat(dir, ['customer', 'add', '--name', 'JZ Langendreer', '--kind', 'public', '--type', 'Jugendzentrum']).code,
    ).toBe(2);
    ok(dir, ['config', 'set', 'customerTypes', 'Jugendzentrum']);
    ok(dir, ['customer', 'add', '--name', 'JZ Langendreer', '--kind', 'public', '--type', 'Jugendzentrum']);
    expect(ok(dir, ['customer', 'types']).stdout).toMatch(/^Jugendzentrum$/m);
  });

  test('edits a customer in one undoable step', () => {
    ok(dir, ['customer', 'edit', 'c001', '--contact', 'Herr Yilmaz']);
    expect(ok(dir, ['customer', 'show', 'c001', '--json']).json().contact).toBe('Herr Yilmaz');
    expect(ok(dir, ['history', '--limit', '1']).stdout).toMatch(/customer edit c001 \(contact\)/);
    ok(dir, ['undo']);
    expect(ok(dir, ['customer', 'show', 'c001', '--json']).json().contact).toBe('Frau Berg');
  });

  test('an edit to the values a customer has already changes nothing and says so', () => {
    const before = storeBytes(dir);
    const r = ok(dir, ['customer', 'edit', 'c001', '--contact', 'Frau Berg', '--kind', 'non-profit', '--json']);
    expect(r.json()).toEqual({ id: 'c001', changed: [], dryRun: false });
    expect(ok(dir, ['customer', 'edit', 'c001', '--contact', 'Frau Berg']).stdout).toBe(
      'nothing changed: customer c001 already has these values\n',
    );
    expect(ok(dir, ['customer', 'edit', 'c001', '--contact', 'Frau Berg', '--dry-run']).stdout).toBe(
      'nothing changed: customer c001 already has these values\n',
    );
    // only what differs is named
    expect(
      ok(dir, ['customer', 'edit', 'c001', '--contact', 'Frau Berg', '--name', 'Kita Sonne', '--dry-run']).stdout,
    ).toBe('dry run: would change name of customer c001 — nothing was changed\n');
    expect(storeBytes(dir)).toEqual(before);
  });

  test('lists customers as csv-de', () => {
    const csv = ok(dir, ['customer', 'list', '--format', 'csv-de']).stdout;
    expect(csv.startsWith('\uFEFFcustomer;name;kind;type;contact;orders\r\n')).toBe(true);
    expect(csv).toContain('c001;Kita Sonnenschein;non-profit;Kita;Frau Berg;0\r\n');
  });

  test('adds an order of a listed kind with a material contribution; --dry-run changes nothing', () => {
    const before = storeBytes(dir);
    expect(
      ok(dir, [
        'order',
        'add',
        '--customer',
        'c001',
        '--area',
        'holz',
        '--title',
        'Zwei Sitzbänke',
        '--received',
        '02.11.2026',
        '--kind',
        'möbelbau',
        '--material-euros',
        '85,50',
        '--dry-run',
      ]).stdout,
    ).toMatch(/^dry run: would add order o001 for c001 \(holz\): Zwei Sitzbänke — nothing was changed$/m);
    expect(storeBytes(dir)).toEqual(before);
    expect(
      ok(dir, [
        'order',
        'add',
        '--customer',
        'c001',
        '--area',
        'holz',
        '--title',
        'Zwei Sitzbänke',
        '--received',
        '02.11.2026',
        '--due',
        '2026-12-15',
        '--kind',
        'möbelbau',
        '--material-euros',
        '85,50',
        '--json',
      ]).json(),
    ).toEqual({ id: 'o001', dryRun: false });
    expect(ok(dir, ['order', 'show', 'o001', '--json']).json()).toMatchObject({
      kind: 'Möbelbau',
      materialCents: 8550,
      status: 'received',
      customer: 'Kita Sonnenschein',
    });
  });

  test('refuses a kind of work the area did not list unless forced with a reason; check then warns', () => {
    const before = storeBytes(dir);
    const r = insat(dir, [
      'order',
      'add',
      '--customer',
      'c001',
      '--area',
      'holz',
      '--title',
      'Umzugshilfe',
      '--kind',
      'Transport',
    ]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/^error: 'Transport' is not a kind of work the area holz listed/m);
    expect(storeBytes(dir)).toEqual(before);
    ok(dir, [
      'order',
      'add',
      '--customer',
      'c001',
      '--area',
      'holz',
      '--title',
      'Umzugshilfe',
      '--kind',
      'Transport',
      '--force',
      '--reason',
      'einmalig, mit dem Jobcenter abgestimmt',
    ]);
    const check = ok(dir, ['check']);
    expect(check.stderr).toMatch(
      /^warning: order o002 \(holz\) is of a kind of work the area did not list: 'Transport' — accepted because: einmalig/m,
    );
  });

  test('moves an order through its steps and refuses a step out of order', () => {
    const p = enrolled(dir, 'holz', '2026-11-02', '2027-10-31');
    ok(dir, ['order', 'start', 'o001', '--date', '2026-11-03']);
    const before = storeBytes(dir);
    const r = insat(dir, ['order', 'deliver', 'o001']);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/order o001 is in-progress; 'deliver' needs an order that is done/);
    expect(storeBytes(dir)).toEqual(before);
    ok(dir, ['order', 'done', 'o001', '--date', '2026-11-20']);
    ok(dir, ['order', 'deliver', 'o001']);
    ok(dir, ['order', 'assign', 'o001', p]);
    expect(ok(dir, ['order', 'show', 'o001', '--json']).json()).toMatchObject({
      status: 'delivered',
      started: '2026-11-03',
      done: '2026-11-20',
      delivered: TODAY,
      participants: [p],
    });
    ok(dir, ['order', 'cancel', 'o002']);
  });

  test('lists orders by area, status and year, as csv-de', () => {
    const csv = ok(dir, [
      'order',
      'list',
      '--area',
      'holz',
      '--status',
      'delivered',
      '--year',
      '2026',
      '--format',
      'csv-de',
    ]).stdout;
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('\uFEFForder;received;area;customer;customer name;title;kind;status;due;material');
    expect(lines[1]).toBe(
      'o001;02.11.2026;holz;c001;Kita Sonnenschein;Zwei Sitzbänke;Möbelbau;delivered;15.12.2026;85,50',
    );
    expect(lines.length).toBe(3);
    expect(ok(dir, ['order', 'list', '--customer', 'c001', '--json']).json().orders).toHaveLength(2);
  });
});

describe('group offers', () => {
  const dir = tempDataDir();
  let p1 = '';
  let p2 = '';
  beforeAll(() => {
    ok(dir, ['init']);
    p1 = enrolled(dir, 'holz', '2026-11-02', '2027-10-31');
    p2 = enrolled(dir, 'kueche', '2026-11-02', '2027-10-31');
  });

  test('adds an offer and records attendance roster-style, with an absence', () => {
    expect(
      ok(dir, [
        'group',
        'add',
        '--date',
        '2026-11-24',
        '--topic',
        'Bewerbungstraining',
        '--kind',
        'lesson',
        '--from',
        '10:00',
        '--to',
        '12:00',
        '--led-by',
        'Frau Kaya',
        '--json',
      ]).json(),
    ).toEqual({ id: 'u001', dryRun: false });
    expect(ok(dir, ['group', 'attend', 'u001', '--absent', `${p2}=sick`]).stdout).toMatch(/1 present, 1 absent/);
    const offer = ok(dir, ['group', 'list', '--json']).json().offers[0];
    expect(offer.attendance).toEqual([
      { participantId: p1, absence: null },
      { participantId: p2, absence: 'sick' },
    ]);
  });

  test("lists a participant's offers with the hours attended", () => {
    expect(ok(dir, ['group', 'list', '--participant', p1, '--json']).json().offers).toEqual([
      { id: 'u001', date: '2026-11-24', kind: 'lesson', topic: 'Bewerbungstraining', minutes: 120, absence: null },
    ]);
  });

  test('refuses someone without a seat that day, changing nothing', () => {
    ok(dir, [
      'group',
      'add',
      '--date',
      '2026-10-20',
      '--topic',
      'Erste Hilfe',
      '--kind',
      'group',
      '--from',
      '09:00',
      '--to',
      '11:30',
      '--led-by',
      'Herr Brandt',
    ]);
    const before = storeBytes(dir);
    const r = insat(dir, ['group', 'attend', 'u002', p1]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(
      new RegExp(
        `${p1} has no seat on 2026-10-20, the day of offer u002 — only participants with a seat that day can attend`,
      ),
    );
    expect(storeBytes(dir)).toEqual(before);
  });

  test('an edit to the values an offer has already changes nothing and says so', () => {
    const before = storeBytes(dir);
    const offer = ok(dir, ['group', 'list', '--json'])
      .json()
      .offers.find((o: { id: string }) => o.id === 'u002');
    const same = ['group', 'edit', 'u002', '--date', offer.date, '--topic', offer.topic, '--led-by', offer.ledBy];
    expect(ok(dir, [...same, '--json']).json()).toEqual({ id: 'u002', changed: [], dryRun: false });
    expect(ok(dir, same).stdout).toBe('nothing changed: offer u002 already has these values\n');
    expect(ok(dir, [...same, '--topic', 'Bewerbungstraining', '--dry-run', '--json']).json()).toEqual({
      id: 'u002',
      changed: ['topic'],
      dryRun: true,
    });
    expect(storeBytes(dir)).toEqual(before);
  });

  test('edits and deletes an offer, each one undoable step', () => {
    ok(dir, ['group', 'edit', 'u002', '--date', '2026-11-23', '--to', '12:00']);
    expect(
      ok(dir, ['group', 'list', '--month', '2026-11', '--json'])
        .json()
        .offers.map((o: { id: string }) => o.id),
    ).toEqual(['u002', 'u001']);
    ok(dir, ['group', 'delete', 'u002']);
    expect(ok(dir, ['group', 'list', '--json']).json().offers).toHaveLength(1);
    ok(dir, ['undo']);
    expect(ok(dir, ['group', 'list', '--json']).json().offers).toHaveLength(2);
  });

  test('export groups: one row per offer and participant, csv-de', () => {
    const lines = ok(dir, ['export', 'groups', '--month', '2026-11', '--format', 'csv-de']).stdout.split('\r\n');
    expect(lines[0]).toBe('\uFEFFoffer;date;from;to;kind;topic;led by;area;participant;name;present;absence;hours');
    expect(lines).toContain(
      `u001;24.11.2026;10:00;12:00;lesson;Bewerbungstraining;Frau Kaya;all;${p1};Person holz 2026-11-02;1;;2`,
    );
    expect(lines).toContain(
      `u001;24.11.2026;10:00;12:00;lesson;Bewerbungstraining;Frau Kaya;all;${p2};Person kueche 2026-11-02;0;sick;0`,
    );
    expect(lines).toContain('u002;23.11.2026;09:00;12:00;group;Erste Hilfe;Herr Brandt;all;;;;;');
  });

  test('the store is consistent', () => {
    ok(dir, ['check']);
  });

  test('report groups: an attendance list per offer with signature lines, read back with pdftotext', () => {
    const file = join(dir, '..', 'gruppen.pdf');
    expect(ok(dir, ['report', 'groups', '--month', '2026-11', '--out', file, '--json']).json()).toMatchObject({
      file,
      pages: 2,
      offers: ['u002', 'u001'],
    });
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const text = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).stdout;
    expect(text).toMatch(/Teilnahmeliste: Unterricht/);
    expect(text).toMatch(/Bewerbungstraining/);
    expect(text).toMatch(/Di, 24\.11\.2026/);
    expect(text).toMatch(/10:00–12:00 Uhr \(2 Std\.\)/);
    expect(text).toMatch(/Frau Kaya/);
    expect(text).toMatch(new RegExp(`Person holz 2026-11-02\\s+${p1}\\s+anwesend`));
    expect(text).toMatch(new RegExp(`Person kueche 2026-11-02\\s+${p2}\\s+abwesend\\s+krank ohne AU`));
    expect(text).toMatch(/Teilnahme noch nicht erfasst/);
    expect(text).toMatch(/Unterschrift Leitung/);
    expect(insat(dir, ['report', 'groups', '--month', '2026-11', '--out', file]).code).toBe(2);
    expect(insat(dir, ['report', 'groups', '--month', '2026-10', '--out', file]).stderr).toMatch(
      /^error: no group offers in 2026-10/m,
    );
  });

  test('the progress report shows the offers attended: topics and hours only', () => {
    const file = join(dir, '..', `bericht-${p1}.pdf`);
    ok(dir, ['report', 'progress', p1, '--out', file]);
    const text = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).stdout;
    expect(text).toMatch(/Teilnahme an Unterrichts- und Gruppenangeboten/);
    expect(text).toMatch(/1 Angebot mit 2 Stunden besucht/);
    expect(text).toMatch(/Bewerbungstraining\s+Unterricht\s+1\s+2/);
  });
});

test('a store written before customers, orders and group offers loads them as empty', () => {
  const dir = tempDataDir();
  ok(dir, ['init']);
  const file = join(dir, 'insat.json');
  const main = JSON.parse(readFileSync(file, 'utf8'));
  delete main.customers;
  delete main.orders;
  delete main.groupOffers;
  writeFileSync(file, JSON.stringify(main, null, 1) + '\n');
  expect(ok(dir, ['customer', 'list', '--json']).json()).toEqual({ customers: [] });
  expect(ok(dir, ['order', 'list', '--json']).json()).toEqual({ orders: [] });
  ok(dir, ['check']);
  ok(dir, ['customer', 'add', '--name', 'Stadt Bochum', '--kind', 'public', '--type', 'Stadt Bochum']);
  ok(dir, ['undo']);
});

describe('the demo year in the annual application', () => {
  const dir = tempDataDir();
  let text = '';
  let json: { totalCents: number; allowanceCents: number; materialIncomeCents: number } = {
    totalCents: 0,
    allowanceCents: 0,
    materialIncomeCents: 0,
  };
  beforeAll(() => {
    ok(dir, ['init', '--demo']);
    const file = join(dir, '..', 'antrag.pdf');
    json = ok(dir, ['report', 'application', '--year', '2027', '--out', file, '--json']).json();
    text = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).stdout;
  }, 120_000);

  test('the demo has a year of orders in every area and weekly group offers', () => {
    const orders = ok(dir, ['order', 'list', '--year', '2026', '--json']).json().orders as { area: string }[];
    for (const area of ['holz', 'kueche', 'gestaltung'])
      expect(orders.filter((o) => o.area === area).length).toBeGreaterThanOrEqual(20);
    expect(ok(dir, ['group', 'list', '--month', '2026-10', '--json']).json().offers.length).toBeGreaterThanOrEqual(8);
    ok(dir, ['check']);
  });

  test("the areas list the real customers by type, with the last year's order counts, instead of the fixed texts", () => {
    expect(text).toMatch(/Aufträge im Jahr 2026: \d+ Aufträge von \d+ Auftraggebern/);
    expect(text).toMatch(
      /Kirchengemeinde: .*(Ev\. Kirchengemeinde Bochum-Langendreer|Kath\. Pfarrei St\. Peter und Paul)/,
    );
    expect(text).not.toContain('Typische Auftraggeber');
    expect(text).not.toMatch(/Frau Berg|Hattinger Straße/); // no contact persons or addresses
  });

  test('the material contributions of the last year are income the cost plan deducts', () => {
    expect(json.materialIncomeCents).toBeGreaterThan(0);
    expect(json.totalCents).toBe(json.allowanceCents - json.materialIncomeCents);
    expect(text).toMatch(
      /abzüglich Erlöse aus Materialbeiträgen\s+Materialbeiträge der Auftraggeber 2026\s+-[\d.]+,\d\d €/,
    );
  });

  test('stats --year: orders per area, customers by type, income, group offers per month and their attendance rate', () => {
    const { work } = ok(dir, ['stats', '--year', '2026', '--json']).json();
    expect(work.orders).toBe(work.ordersByArea.holz + work.ordersByArea.kueche + work.ordersByArea.gestaltung);
    expect(work.materialIncomeCents).toBe(json.materialIncomeCents);
    expect(Object.values(work.customersByType).reduce((a: number, b) => a + (b as number), 0)).toBeGreaterThan(5);
    expect(work.groupOffersByMonth).toHaveLength(12);
    expect(work.groupOffersByMonth[9].offers).toBeGreaterThanOrEqual(8);
    expect(work.groupAttendanceRate).toBeGreaterThan(0.5);
    expect(ok(dir, ['stats', '--year', '2026']).stdout).toMatch(
      /^Orders\s+\d+ \(Holz \d+, Küche \d+, Gestaltung \d+\)/m,
    );
  });
});
