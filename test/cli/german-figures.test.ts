// insat speaks German by default (issue 11): the figures — hours, pay, absences, occupancy (the
// weekly cron mail), stats — in the words of the office in Bochum, with German dates and numbers.
import { describe, expect, test } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { de } from '../../src/i18n/de/index.js';
import { bookingViolations } from '../../src/model/booking.js';
import { absenceReport } from '../../src/model/absences.js';
import type { Booking } from '../../src/model/types.js';
import { createStore } from '../../src/store/transaction.js';
import { insat, ok, storeBytes, tempDataDir, type RunOptions } from '../helpers/cli.js';
import { absent, enrol, mainData, person, worked } from '../helpers/main-data.js';

const DE: RunOptions = { today: '2026-12-10', env: { INSAT_LANG: 'de' } };

// November 2026: p001 in Holz (20 h a week), p002 in Küche; p001 is sick without a certificate
// from Monday 02.11. to Thursday 05.11. (flagged on the 4th calendar day).
function november(): string {
  const dir = tempDataDir('insat-german-');
  const main = mainData();
  main.settings.rates = [{ from: '2006-01-01', centsPerHour: 150 }];
  main.people.push(person('p001', { name: 'Anna Arndt' }), person('p002', { name: 'Ben Becker' }));
  enrol(main, 'p001', 'holz', '2026-01-05', '2026-12-31');
  enrol(main, 'p002', 'kueche', '2026-11-16', '2027-11-15');
  const bookings: Booking[] = [
    absent('p001', '2026-11-02', 'sick'),
    absent('p001', '2026-11-03', 'sick'),
    absent('p001', '2026-11-04', 'sick'),
    absent('p001', '2026-11-05', 'sick'),
    worked('p001', '2026-11-16', 390),
    worked('p001', '2026-11-17', 240),
    worked('p002', '2026-11-16', 240),
  ];
  main.counters.person = 2;
  createStore(dir, main, bookings, false);
  return dir;
}

/** A refusal in German: exit code, the one line `<what> — <how to fix>`, and the store unchanged. */
function refusedInGerman(dir: string, args: string[], code: number, text: string): void {
  const before = storeBytes(dir);
  const r = insat(dir, args, DE);
  expect(r.code).toBe(code);
  expect(r.stderr).toContain(text);
  expect(r.stderr).toMatch(/^Fehler: /);
  expect(storeBytes(dir)).toEqual(before);
}

describe('the help of the figures commands is German', () => {
  const dir = tempDataDir();
  test.each([
    [['hours', '--help'], 'Arbeitsstunden und Fehlzeiten buchen'],
    [['hours', 'book', '--help'], 'Fehlzeit-Codes: sick (krank, noch ohne AU)'],
    [['hours', 'import', '--help'], 'eine Stundenliste buchen'],
    [['hours', 'list', '--help'], 'die Buchungen eines Zeitraums'],
    [['hours', 'missing', '--help'], 'eine ISO-Kalenderwoche, z. B. 2026-W47'],
    [['hours', 'delete', '--help'], 'die Buchung eines Tages'],
    [['pay', '--help'], 'Mehraufwandsentschädigung (MAE)'],
    [['absences', '--help'], 'Fehlzeitenmeldung für das Jobcenter'],
    [['occupancy', '--help'], 'Auslastung = belegte Platztage ÷ verfügbare Platztage'],
    [['stats', '--help'], 'Kennzahlen eines Jahres für den Jahresantrag'],
  ])('insat %j', (args, text) => {
    expect(ok(dir, args, DE).stdout).toContain(text);
  });

  test('the period options read the same in occupancy and hours missing', () => {
    const wording = 'erster Tag des Zeitraums (mit --to)';
    expect(ok(dir, ['occupancy', '--help'], DE).stdout).toContain(wording);
    expect(ok(dir, ['hours', 'missing', '--help'], DE).stdout).toContain(wording);
  });
});

describe('the weekly occupancy mail cron sends is German', () => {
  const dir = november();

  test('insat occupancy --format text: Auslastung, Platztage, Eintritte, Austritte, Warteliste, Arbeitsstunden', () => {
    const text = ok(dir, ['occupancy', '--week', '2026-W47', '--format', 'text'], DE).stdout;
    expect(text).toMatch(/^INSAT-Auslastung 2026-W47 \(16\.11\.2026 – 22\.11\.2026\), 5 Arbeitstage\n/);
    expect(text).toMatch(/^Holz\s+\[#*-*\]\s+\d+,\d %\s+5 von\s+60 Platztagen\s+\d+ von 12 Plätzen am Ende frei$/m);
    expect(text).toMatch(/^Gesamt\s+\[/m);
    expect(text).toContain('Eintritte      1 (Küche 1)');
    expect(text).toMatch(/^Austritte {6}0$/m);
    expect(text).toMatch(/^Frei werdend {3}\d+ Pl(atz|ätze) in den 4 Wochen nach dem 22\.11\.2026$/m);
    expect(text).toMatch(/^Warteliste {5}0 als geeignet entschieden, 0 warten auf einen Informationstermin$/m);
    // 6:30 + 4:00 + 4:00 = 14,5 h on 3 of 10 assigned working days (p001 and p002 5 each)
    expect(text).toContain(
      'Arbeitsstunden 14,5 h, Anwesenheit 30,0 % (an 3 von 10 zugewiesenen Arbeitstagen gearbeitet)',
    );
    expect(text).not.toMatch(/occupancy|seat-days|working days/);
  });

  test('the table and csv-de name their columns in German; csv keeps its stable headers', () => {
    expect(ok(dir, ['occupancy', '--week', '2026-W47', '--format', 'table'], DE).stdout).toMatch(
      /Praxisbereich .* Plätze .* belegte Platztage .* Auslastung/,
    );
    expect(ok(dir, ['occupancy', '--week', '2026-W47', '--format', 'csv'], DE).stdout).toMatch(
      /^from,to,area,working days,seats,occupied seat-days/,
    );
  });

  test('a period given by dates shows them once; a reversed period is refused in German', () => {
    expect(ok(dir, ['occupancy', '--from', '2026-11-16', '--to', '2026-11-20'], DE).stdout).toMatch(
      /^INSAT-Auslastung 16\.11\.2026 – 20\.11\.2026, 5 Arbeitstage/,
    );
    refusedInGerman(
      dir,
      ['occupancy', '--from', '2026-11-20', '--to', '2026-11-16'],
      2,
      '--to 2026-11-16 liegt vor --from 2026-11-20 — die beiden Daten tauschen',
    );
  });
});

describe('pay, absences and the hours list in German', () => {
  const dir = november();

  test('insat pay: German headers, amounts and the total', () => {
    const r = ok(dir, ['pay', '--month', '2026-11'], DE);
    expect(r.stdout).toMatch(/Praxisbereich .* Arbeitstage .* Stunden .* Euro je Stunde .* Betrag/);
    expect(r.stdout).toContain('ab 16.11.');
    // (390 + 240) min × 1,50 € = 15,75 €; 240 min × 1,50 € = 6,00 €
    expect(r.stdout).toContain(
      'gesamt 21,75 € für 14,5 gearbeitete Stunden von 2 der 2 Teilnehmenden, 01.11.2026–30.11.2026',
    );
    expect(r.stderr).toMatch(/^Warnung: \d+ zugewiesene Arbeitstage im November 2026 sind noch nicht erfasst/m);
    refusedInGerman(dir, ['pay', '--month', '2026-13'], 2, '2026-13');
  });

  test('insat absences: German categories, the flag and the heading; an incomplete month is refused', () => {
    refusedInGerman(dir, ['absences', '--month', '2026-11'], 3, 'die Fehlzeitenmeldung wäre unvollständig');
    const r = ok(dir, ['absences', '--month', '2026-11', '--allow-gaps'], DE);
    expect(r.stdout).toMatch(/krank mit AU .* krank ohne AU .* entschuldigt .* unentschuldigt .* Urlaub/);
    expect(r.stdout).toContain('Fehlzeitenmeldung 01.11.2026–30.11.2026: 2 Personen, 4 Fehltage an Arbeitstagen');
    expect(r.stdout).toContain(
      'p001: krank ohne ärztliche AU über den 3. Kalendertag hinaus an 1 Tag (05.11.2026); die AU war fällig bis 04.11.2026',
    );
    expect(r.stderr).toContain('als nicht erfasst gemeldet, nie als Fehlzeit');
    const csv = ok(dir, ['absences', '--month', '2026-11', '--allow-gaps', '--format', 'csv-de'], DE).stdout;
    expect(csv).toContain('02.11.2026–05.11.2026 krank ohne AU');
  });

  test('insat hours list: German headers and summary', () => {
    const r = ok(dir, ['hours', 'list', '--month', '2026-11'], DE);
    expect(r.stdout).toMatch(/Datum .* ID .* Name .* Praxisbereich .* Stunden .* Fehlzeit/);
    expect(r.stdout).toContain('7 Buchungen vom 01.11.2026 bis 30.11.2026: 14,5 h gearbeitet, 4 Fehltage');
    refusedInGerman(
      dir,
      ['hours', 'list', '--month', '2026-11', '--from', '2026-11-01'],
      2,
      '--month und --from/--to schließen sich aus',
    );
  });

  test('insat stats: the key figures in German', () => {
    const r = ok(dir, ['stats', '--year', '2026'], DE);
    expect(r.stdout).toMatch(/^INSAT-Kennzahlen 2026 \(01\.01\.2026 – 10\.12\.2026, bis heute\)/);
    expect(r.stdout).toMatch(/^Genehmigte Plätze\s+\d+/m);
    expect(r.stdout).toMatch(/^MAE gezahlt\s+21,75 €$/m);
    refusedInGerman(dir, ['stats', '--year', '2030'], 2, '--year 2030 hat noch nicht begonnen');
  });
});

describe('hours book, import, missing and delete speak German', () => {
  const dir = november();

  test('booking and its dry run', () => {
    expect(ok(dir, ['hours', 'book', 'p001', '--date', '2026-11-18', '--hours', '6,5', '--dry-run'], DE).stdout).toBe(
      'Probelauf: p001 am 18.11.2026 buchen: 6,5 h — nichts wurde geändert\n',
    );
    expect(ok(dir, ['hours', 'book', 'p001', '--date', '2026-11-18', '--hours', '6,5'], DE).stdout).toBe(
      'p001 am 18.11.2026 gebucht: 6,5 h\n',
    );
  });

  test.each([
    [
      ['hours', 'book', 'p001', '--date', '2026-11-21', '--hours', '4'],
      3,
      'der 21.11.2026 ist ein Samstag — Arbeitsstunden an diesem Tag nur mit --force',
    ],
    [['hours', 'book', 'p001', '--date', '2026-12-24', '--hours', '4'], 3, 'der 24.12.2026 liegt in der Zukunft'],
    [
      ['hours', 'book', 'p001', '--date', '2026-11-16', '--hours', '4'],
      3,
      'p001 ist am 16.11.2026 schon gebucht (6,5 h) — mit --replace korrigieren',
    ],
    [['hours', 'book', 'p001', '--date', '2026-11-19', '--hours', '9'], 3, 'sind mehr als die Tageshöchstzeit von 8 h'],
    [
      ['hours', 'book', 'p001', '--date', '2026-11-20', '--hours', '8'],
      3,
      'mehr als die 20 Wochenstunden der Zuweisung',
    ],
    [
      ['hours', 'book', 'p001', '--date', '2026-11-19', '--hours', '4', '--absent', 'sick'],
      2,
      '--hours und --absent schließen sich aus',
    ],
    [['hours', 'book', '--area', 'holz', '--date', '2026-11-19'], 2, '--as-planned ergänzen'],
    [['hours', 'delete', 'p002', '--date', '2026-11-17'], 4, 'p002 hat am 17.11.2026 keine Buchung'],
  ])('insat %j is refused in German', (args, code, text) => {
    refusedInGerman(dir, args, code, text);
  });

  test('a timesheet with a bad row lists it as "Zeile N"', () => {
    const file = `${tempDataDir()}.csv`;
    writeFileSync(file, 'Teilnehmer;Datum;Stunden\np002;19.11.2026;4\np002;20.11.2026;abc\n');
    const before = storeBytes(dir);
    const r = insat(dir, ['hours', 'import', file], DE);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Zeile 3: 'abc' ist keine Stundenzahl (6.5, 6,5 oder 6:30)");
    expect(r.stderr).toContain('1 von 2 Zeilen');
    expect(storeBytes(dir)).toEqual(before);
  });

  test('hours missing: the German summary', () => {
    expect(ok(dir, ['hours', 'missing', '--month', '2026-11', '--participant', 'p002'], DE).stdout).toMatch(
      /zugewiesene Arbeitstage vom 01\.11\.2026 bis 30\.11\.2026 ohne Buchung \(1 Person\)/,
    );
  });
});

describe('the model says its rules in German when asked to', () => {
  test('a weekly-hours refusal and an absence flag rendered with the German catalogue', () => {
    const main = mainData();
    enrol(main, 'p001', 'holz', '2026-01-05', '2026-12-31');
    const rules = { settings: main.settings, assignments: main.assignments, today: '2026-12-10' };
    const v = bookingViolations(worked('p001', '2026-11-20', 300), rules, [
      worked('p001', '2026-11-16', 480),
      worked('p001', '2026-11-17', 480),
    ]);
    expect(v.map((x) => (typeof x.message === 'string' ? x.message : x.message(de)))).toEqual([
      'p001: 5 h am 20.11.2026 ergäben 21 h in der Woche 16.11.2026–22.11.2026, mehr als die 20 Wochenstunden der Zuweisung (an dem Tag noch 4 h möglich)',
    ]);
    const report = absenceReport(main, '2026-11', [
      absent('p001', '2026-11-02', 'sick'),
      absent('p001', '2026-11-03', 'sick'),
      absent('p001', '2026-11-04', 'sick'),
      absent('p001', '2026-11-05', 'sick'),
    ]);
    expect(report.participants[0]!.flags[0]!.message(de)).toBe(
      'p001: krank ohne ärztliche AU über den 3. Kalendertag hinaus an 1 Tag (05.11.2026); die AU war fällig bis 04.11.2026',
    );
  });
});
