// Interessierte, Zuweisung, Teilnehmende, Vermerke und Kooperationsplan speak German by default:
// the help of every command, the refusals and what the commands print.
import { describe, expect, test } from '@jest/globals';
import { de } from '../../src/i18n/de/index.js';
import { capacityViolations } from '../../src/model/capacity.js';
import { likelyDuplicates } from '../../src/model/duplicates.js';
import { insat, ok, storeBytes, suitableApplicant, tempDataDir } from '../helpers/cli.js';
import { enrol, mainData, person } from '../helpers/main-data.js';

const DE = { today: '2026-11-25', env: { INSAT_LANG: 'de' } };

function say(message: unknown): string {
  return typeof message === 'string' ? message : (message as (m: typeof de) => string)(de);
}

/** A store with one participant in holz from 01.06.2026, fully described. */
function withParticipant(): { dir: string; id: string } {
  const dir = tempDataDir('insat-personen-');
  ok(dir, ['init'], DE);
  const id = suitableApplicant(dir, 'Erika Beispiel', DE);
  const kaya = ok(
    dir,
    ['staff', 'add', '--name', 'Frau Kaya', '--role', 'social-worker', '--from', '2026-01-01', '--json'],
    DE,
  ).json<{ id: string }>().id;
  ok(
    dir,
    [
      'enrol',
      id,
      '--area',
      'holz',
      '--start',
      '2026-06-01',
      '--until',
      '2027-05-31',
      '--hours-per-week',
      '20',
      '--social-worker',
      kaya,
      '--integration-officer',
      'Herr Berg',
      '--jobcenter-ref',
      '362-AGH-4711',
    ],
    DE,
  );
  return { dir, id };
}

function refused(dir: string, args: string[], code = 3) {
  const before = storeBytes(dir);
  const r = insat(dir, args, DE);
  expect(r.code).toBe(code);
  expect(storeBytes(dir)).toEqual(before);
  return r;
}

describe('die Hilfe der Befehle ist deutsch', () => {
  const dir = tempDataDir('insat-hilfe-');
  test.each([
    [['applicant'], 'der Weg in die Maßnahme: Erstkontakt, Informationstermin'],
    [['applicant', 'add'], 'eine an einem Platz interessierte Person erfassen'],
    [['applicant', 'add'], 'auf einem Terminal: fragt nach Name, Geburtsdatum und Vermittlung'],
    [['applicant', 'schedule'], 'den persönlichen Informationstermin vereinbaren'],
    [['applicant', 'attended'], 'erfassen, dass die Person zum Informationstermin gekommen ist'],
    [['applicant', 'decide'], 'die Integrationsfachkraft des Jobcenters, die entschieden hat'],
    [['applicant', 'withdraw'], 'die Person möchte keinen Platz mehr'],
    [['applicant', 'list'], 'der Aufnahmeweg und die Warteliste'],
    [['enrol'], 'als geeignet entschiedene Interessierte einem Platz zuweisen'],
    [['enrol'], 'die zuständige Sozialarbeiterin / der zuständige Sozialarbeiter'],
    [['participant'], 'Teilnehmende und Änderungen ihrer Zuweisung'],
    [['participant', 'list'], 'Teilnehmende mit einem Platz an einem Tag'],
    [['participant', 'show'], 'Zuweisung, Praxisbereiche, Verlängerungen, Austritt und bisherige AGH-Zeit'],
    [['participant', 'extend'], 'die laufende Zuweisung bis zu einem späteren Ende verlängern'],
    [['participant', 'move'], 'in einen anderen Praxisbereich wechseln lassen'],
    [['participant', 'exit'], 'Austrittsgründe:'],
    [
      ['participant', 'exit'],
      'job Sozialversicherungspflichtige Beschäftigung (Integration in Arbeit oder Ausbildung)',
    ],
    [['note'], 'Vermerke;'],
    [['note', 'add'], 'einen Vermerk schreiben'],
    [['note', 'list'], 'die Vermerke einer Person, die ältesten zuerst'],
    [['plan'], 'die Ziele des Kooperationsplans'],
    [['plan', 'add'], 'ein mit der teilnehmenden Person und dem Jobcenter vereinbartes Ziel erfassen'],
    [['plan', 'review'], 'die Überprüfung eines Ziels und seinen neuen Stand erfassen'],
    [['plan', 'list'], 'die Ziele einer teilnehmenden Person mit Stand, Frist und letzter Überprüfung'],
  ])('%j --help', (args, words) => {
    const help = ok(dir, [...args, '--help'], DE).stdout.replace(/\s+/g, ' ');
    expect(help).toContain(words);
    expect(help).not.toContain('show what would change');
  });
});

describe('participant show auf Deutsch', () => {
  test('jede Angabe in den Worten des Büros, Daten im deutschen Format', () => {
    const { dir, id } = withParticipant();
    const shown = ok(dir, ['participant', 'show', id], DE).stdout;
    expect(shown).toContain(`${id}  Erika Beispiel (geboren am 01.05.1980)`);
    expect(shown).toMatch(/^Stand +aktiv$/m);
    expect(shown).toMatch(/^Praxisbereich +Holz ab 01\.06\.2026$/m);
    expect(shown).toMatch(/^Zuweisung +01\.06\.2026 – 31\.05\.2027, 20 Wochenstunden$/m);
    expect(shown).toMatch(/^Jobcenter +Aktenzeichen 362-AGH-4711, Kundennummer –, Integrationsfachkraft Herr Berg$/m);
    expect(shown).toMatch(/^Sozialarbeiter\/in +s001 Frau Kaya$/m);
    expect(shown).toMatch(/^AGH-Zeit +5,8 Monate bisher genutzt, 12,0 bis zum Ende der Zuweisung geplant, von 24 /m);
    expect(shown).not.toMatch(/assignment|social worker|months/);
  });

  test('Verlängerung und Austritt', () => {
    const { dir, id } = withParticipant();
    ok(dir, ['participant', 'extend', id, '--until', '2027-08-31', '--reason', 'Folgezuweisung'], DE);
    expect(ok(dir, ['participant', 'exit', id, '--date', '2026-11-20', '--reason', 'job'], DE).stdout).toContain(
      `Austritt von ${id} am 20.11.2026 erfasst (Sozialversicherungspflichtige Beschäftigung); der Platz ist ab dem nächsten Tag frei`,
    );
    const shown = ok(dir, ['participant', 'show', id], DE).stdout;
    expect(shown).toMatch(/^Verlängerung +31\.05\.2027 → 31\.08\.2027 \(Folgezuweisung\)$/m);
    expect(shown).toMatch(/^Austritt +20\.11\.2026: Sozialversicherungspflichtige Beschäftigung \(job\)$/m);
    expect(shown).toMatch(/^Stand +ausgetreten$/m);
  });
});

describe('Ablehnungen auf Deutsch: was falsch ist — wie es richtig geht; nichts wird geändert', () => {
  test('applicant add: dieselbe Person zweimal, und fehlende Angaben ohne Terminal', () => {
    const dir = tempDataDir('insat-doppelt-');
    ok(dir, ['init'], DE);
    const id = suitableApplicant(dir, 'Erika Beispiel', DE);
    const args = [
      'applicant',
      'add',
      '--name',
      'erika beispiel',
      '--birth-date',
      '01.05.1980',
      '--referred-by',
      'self',
    ];
    expect(refused(dir, args).stderr).toContain(
      `Fehler: erika beispiel ist bereits erfasst als ${id} (Erika Beispiel, geboren am 01.05.1980) — mit diesem Datensatz weiterarbeiten oder --not-duplicate angeben`,
    );
    expect(refused(dir, ['applicant', 'add', '--name', 'Neu'], 2).stderr).toContain(
      'es fehlen --birth-date, --referred-by — auf der Befehlszeile angeben (Rückfragen brauchen ein Terminal)',
    );
  });

  test('applicant decide vor dem Informationstermin; applicant add mit einem Zeitraum, der keiner ist', () => {
    const dir = tempDataDir('insat-weg-');
    ok(dir, ['init'], DE);
    const done = ok(
      dir,
      ['applicant', 'add', '--name', 'Paul Neu', '--birth-date', '1990-02-03'].concat(['--referred-by', 'jobcenter']),
      DE,
    ).stdout;
    expect(done).toContain(
      "Interessierte Person p001 (Paul Neu) erfasst — als Nächstes: 'insat applicant schedule p001",
    );
    expect(refused(dir, ['applicant', 'decide', 'p001', '--suitable', '--by', 'Frau Schulte']).stderr).toContain(
      "p001 war noch nicht beim Informationstermin, der immer zuerst kommt — mit 'insat applicant attended p001' erfassen",
    );
    expect(
      refused(
        dir,
        [
          'applicant',
          'add',
          '--name',
          'X Y',
          '--birth-date',
          '1990-01-01',
          '--referred-by',
          'self',
          '--prior',
          'Diakonie',
        ],
        2,
      ).stderr,
    ).toContain("--prior 'Diakonie' ist kein Zeitraum — VON:BIS:TRÄGER angeben");
  });

  test('enrol: wer nicht als geeignet entschieden ist, bekommt keine Zuweisung', () => {
    const dir = tempDataDir('insat-zuweisung-');
    ok(dir, ['init'], DE);
    ok(dir, ['applicant', 'add', '--name', 'Paul Neu', '--birth-date', '1990-02-03', '--referred-by', 'self'], DE);
    const r = refused(dir, [
      'enrol',
      'p001',
      '--area',
      'holz',
      '--start',
      '2026-12-01',
      '--until',
      '2027-11-30',
      '--hours-per-week',
      '20',
    ]);
    expect(r.stderr).toContain(
      "p001 war nicht beim Informationstermin — mit 'insat applicant attended p001 --date DATUM' erfassen",
    );
  });

  test('der volle Praxisbereich: die Plätze, die Zahl des Bereichs und der früheste freie Beginn', () => {
    const dir = tempDataDir('insat-platz-');
    ok(dir, ['init'], DE);
    ok(dir, ['config', 'set', 'seats.holz', '1', '--from', '2026-01-01', '--force'], DE);
    const first = suitableApplicant(dir, 'Erste Person', DE);
    const period = ['--start', '2026-06-01', '--until', '2027-01-31', '--hours-per-week', '20'];
    ok(dir, ['enrol', first, '--area', 'holz', ...period], DE);
    const second = suitableApplicant(dir, 'Zweite Person', DE);
    const r = refused(dir, ['enrol', second, '--area', 'holz', ...period]);
    expect(r.stderr).toContain(
      'Fehler: am 01.06.2026 wären im Praxisbereich Holz 2 Plätze belegt, der Praxisbereich hat 1',
    );
  });

  test('Vermerk und Ziel: nicht in der Zukunft, und ein unbekanntes Ziel', () => {
    const { dir, id } = withParticipant();
    expect(refused(dir, ['note', 'add', id, '--text', 'später', '--date', '2026-12-01']).stderr).toContain(
      'ein Vermerk kann nicht in der Zukunft liegen (01.12.2026)',
    );
    expect(refused(dir, ['plan', 'add', id, '--goal', 'Ziel', '--date', '2026-12-01']).stderr).toContain(
      'ein Ziel kann nicht in der Zukunft vereinbart werden (01.12.2026)',
    );
    expect(refused(dir, ['plan', 'review', id, 'g009', '--status', 'open'], 4).stderr).toContain(
      `${id} hat kein Ziel 'g009' — siehe 'insat plan list ${id}'`,
    );
  });

  test('participant exit zweimal', () => {
    const { dir, id } = withParticipant();
    ok(dir, ['participant', 'exit', id, '--date', '2026-11-20', '--reason', 'moved'], DE);
    expect(refused(dir, ['participant', 'exit', id, '--date', '2026-11-21', '--reason', 'job']).stderr).toContain(
      `${id} ist bereits am 20.11.2026 ausgetreten (Umzug); ein Austritt kann nicht zweimal erfasst werden`,
    );
  });
});

describe('Tabellen und Meldungen auf Deutsch', () => {
  test('Überschriften der Listen, ein Probelauf und die Meldungen der Schreibbefehle', () => {
    const { dir, id } = withParticipant();
    expect(ok(dir, ['applicant', 'list', '--all'], DE).stdout).toMatch(
      /Nr\. .*Name .*Stand .*vermittelt durch .*Erstkontakt .*Informationstermin .*entschieden .*durch/,
    );
    expect(ok(dir, ['participant', 'list'], DE).stdout).toMatch(
      /Praxisbereich .*Beginn .*Ende .*Std\.\/Woche .*Austritt/,
    );
    expect(
      ok(dir, ['note', 'add', id, '--text', 'Gespräch geführt', '--visibility', 'jobcenter'], DE).stdout,
    ).toContain(`Vermerk für das Jobcenter n001 für ${id} erfasst — er erscheint in Verlaufsberichten`);
    expect(ok(dir, ['note', 'list', id], DE).stdout).toMatch(/Vermerk .*Datum .*Sichtbarkeit .*verfasst von .*Text/);
    expect(ok(dir, ['plan', 'add', id, '--goal', 'Pünktlich', '--due', '2027-01-31'], DE).stdout).toContain(
      `Ziel g001 für ${id} erfasst (fällig am 31.01.2027)`,
    );
    expect(ok(dir, ['plan', 'list', id], DE).stdout).toMatch(
      /Ziel .*Text .*vereinbart .*fällig .*Stand .*letzte Überprüfung/,
    );
    const before = storeBytes(dir);
    expect(
      ok(dir, ['participant', 'move', id, '--area', 'kueche', '--from', '2026-12-01', '--dry-run'], DE).stdout,
    ).toBe(`Probelauf: ${id} würde ab 01.12.2026 in den Praxisbereich Küche wechseln — nichts wurde geändert\n`);
    expect(storeBytes(dir)).toEqual(before);
  });

  test('die Regeln des Modells in deutschen Worten: doppelte Datensätze und volle Plätze', () => {
    const people = [
      person('p001', { name: 'Jürgen Größmann', birthDate: '1979-03-14' }),
      person('p002', { name: 'Jurgen Grossman', birthDate: '1979-03-14' }),
    ];
    expect(say(likelyDuplicates(people)[0]!.message)).toBe(
      'p001 (Jürgen Größmann) und p002 (Jurgen Grossman) scheinen dieselbe Person zu sein (geboren am 14.03.1979, ähnliche Namen) — eine Person hat einen Datensatz; sind es zwei Personen, ist nichts zu tun',
    );
    const data = mainData();
    data.settings.seats = [{ from: '2006-01-01', total: 1, areas: { holz: 1, kueche: 1, gestaltung: 1 } }];
    enrol(data, 'p1', 'holz', '2026-01-01', '2026-12-31');
    enrol(data, 'p2', 'kueche', '2026-03-02', '2026-12-31');
    expect(say(capacityViolations(data.assignments, data.settings, '2026-01-01', '2026-12-31')[0]!.message)).toBe(
      "am 02.03.2026 wären 2 Plätze belegt, die Maßnahme hat 1 — einen späteren Beginn oder ein früheres Ende wählen (siehe 'insat seats --date 2026-03-02')",
    );
  });
});
