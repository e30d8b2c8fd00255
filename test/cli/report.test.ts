// The PDF documents, end to end: bin/insat writes them, pdftotext (Debian's poppler-utils) reads
// them back, and the figures printed are checked against what the store holds — computed by hand
// in the comments.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from '@jest/globals';
import { insat, ok, ROOT, storeBytes, tempDataDir } from '../helpers/cli.js';

const TODAY = { today: '2026-11-25' };
let dir: string;
let out: string;
let socialWorker: string;
const id: Record<'a' | 'b' | 'c' | 'd', string> = { a: '', b: '', c: '', d: '' };

function pdfText(file: string, page?: number): string {
  const args = ['-layout', ...(page ? ['-f', String(page), '-l', String(page)] : []), file, '-'];
  const r = spawnSync('pdftotext', args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`pdftotext ${file}: ${r.stderr}`);
  return r.stdout;
}

let customerNo = 0;

function participant(
  name: string,
  area: string,
  start: string,
  until: string,
  hours: number,
  addiction = 'unknown',
): string {
  // one person, one record: each participant has a customer number of their own
  const pid = ok(
    dir,
    [
      'applicant',
      'add',
      '--name',
      name,
      '--birth-date',
      '1979-03-14',
      '--referred-by',
      'jobcenter',
      '--contact-date',
      '2025-11-03',
      '--jobcenter-no',
      `362D1002${String(++customerNo).padStart(2, '0')}`,
      '--addiction',
      addiction,
      '--json',
    ],
    TODAY,
  ).json().id;
  ok(dir, ['applicant', 'schedule', pid, '--info-date', '2025-11-10'], TODAY);
  ok(dir, ['applicant', 'attended', pid], TODAY);
  ok(dir, ['applicant', 'decide', pid, '--suitable', '--by', 'Frau Schulte', '--date', '2025-11-20'], TODAY);
  ok(
    dir,
    [
      'enrol',
      pid,
      '--area',
      area,
      '--start',
      start,
      '--until',
      until,
      '--hours-per-week',
      String(hours),
      '--jobcenter-ref',
      `AGH-2026-${pid}`,
      '--social-worker',
      socialWorker,
      '--integration-officer',
      'Herr Öztürk',
    ],
    TODAY,
  );
  return pid;
}

beforeAll(() => {
  dir = tempDataDir('insat-report-');
  out = mkdtempSync(join(tmpdir(), 'insat-pdf-'));
  ok(dir, ['init'], TODAY);
  socialWorker = ok(
    dir,
    ['staff', 'add', '--name', 'Jana Kötter', '--role', 'social-worker', '--from', '2025-01-01', '--json'],
    TODAY,
  ).json().id;
  id.a = participant('Jürgen Größmann', 'holz', '2026-09-01', '2027-08-31', 20, 'substitution'); // 4 h a day
  id.b = participant('Björn Weiß', 'kueche', '2026-03-02', '2027-03-01', 25);
  id.c = participant('Zoë Äbersold', 'gestaltung', '2026-01-05', '2026-12-31', 30); // 6 h a day
  id.d = participant('Özlem Kaya', 'kueche', '2026-11-02', '2027-11-01', 15);
  ok(dir, ['participant', 'exit', id.b, '--date', '2026-06-30', '--reason', 'therapy'], TODAY);
  ok(dir, ['participant', 'exit', id.c, '--date', '2026-10-30', '--reason', 'job'], TODAY);
  const csv = join(out, 'stunden.csv');
  writeFileSync(
    csv,
    [
      'participant,date,hours,code',
      `${id.a},2026-10-01,4,`,
      `${id.a},2026-10-02,3.5,`,
      `${id.a},2026-10-05,,sick-certified`,
      `${id.a},2026-10-06,,sick-certified`,
      `${id.a},2026-10-07,,unexcused`,
      `${id.a},2026-10-08,4,`,
      `${id.a},2026-10-09,,holiday`,
      `${id.a},2026-11-02,4,`,
      `${id.a},2026-11-03,2.75,`,
      `${id.a},2026-11-04,,unexcused`,
      `${id.a},2026-11-05,,excused`,
    ].join('\n') + '\n',
  );
  ok(dir, ['hours', 'import', csv], TODAY);
  const goal = ok(
    dir,
    [
      'plan',
      'add',
      id.a,
      '--goal',
      'Pünktlich um 8 Uhr in der Werkstatt beginnen',
      '--due',
      '2027-02-26',
      '--date',
      '2026-09-07',
      '--json',
    ],
    TODAY,
  ).json().id;
  ok(
    dir,
    ['plan', 'review', id.a, goal, '--status', 'partly', '--comment', 'meist pünktlich', '--date', '2026-11-10'],
    TODAY,
  );
  ok(
    dir,
    [
      'note',
      'add',
      id.a,
      '--text',
      'Arbeitet sorgfältig an der Hobelbank.',
      '--visibility',
      'jobcenter',
      '--author',
      'Jana Kötter',
      '--date',
      '2026-10-20',
    ],
    TODAY,
  );
  ok(
    dir,
    [
      'note',
      'add',
      id.a,
      '--text',
      'Rückfall nach Methadon-Umstellung; Termin in der Suchtberatung vereinbart.',
      '--date',
      '2026-10-21',
    ],
    TODAY,
  );
}, 180_000);

describe('report progress: the Verlaufsbericht', () => {
  let text: string;
  let file: string;

  beforeAll(() => {
    const r = ok(dir, ['report', 'progress', id.a, '--out', `${out}/`, '--json'], TODAY).json();
    file = r.file;
    text = pdfText(file);
  });

  test('is written under a predictable name, with two numbered pages', () => {
    expect(file).toBe(join(out, `Verlaufsbericht_${id.a}_2026-11-24.pdf`));
    expect(text).toContain('Seite 1 von 2');
    expect(text).toContain('Seite 2 von 2');
    expect(text).toContain('Zwischenbericht · Berichtszeitraum 01.09.2026 – 24.11.2026');
  });

  test('participant and assignment data, umlauts intact', () => {
    expect(text).toContain('Jürgen Größmann');
    expect(text).toMatch(/Aktenzeichen Zuweisung\s+AGH-2026-p\d+/);
    expect(text).toContain('Herr Öztürk');
    expect(text).toMatch(/Praxisbereich\s+Holz/);
    expect(text).toMatch(/Zuweisungszeitraum\s+01\.09\.2026 – 31\.08\.2027/);
    expect(text).toMatch(/Wöchentliche Arbeitszeit\s+20 Stunden \(4 Stunden je Arbeitstag/);
  });

  test('attendance in the period, as booked', () => {
    // by default up to yesterday, the last day whose bookings are complete:
    // 1 Sep – 24 Nov 2026: 22 + 22 + 17 working days = 61, × 4 h = 244 h planned
    expect(text).toMatch(/Arbeitstage mit Zuweisung\s+61\b/);
    expect(text).toMatch(/Soll-Stunden\s+244\b/);
    // worked: 4 + 3.5 + 4 (Oct) + 4 + 2.75 (Nov) = 18.25 h on 5 days; 18.25 / 244 = 7.48 %
    expect(text).toMatch(/Geleistete Stunden\s+18,25\b/);
    expect(text).toMatch(/Anteil an den Soll-Stunden\s+7,5 %/);
    expect(text).toMatch(/Tage mit Anwesenheit\s+5\b/);
    expect(text).toMatch(/krank mit AU\s+2\b/);
    expect(text).toMatch(/entschuldigt\s+1\b/);
    expect(text).toMatch(/Urlaub\s+1\b/);
    expect(text).toMatch(/unentschuldigt\s+2\b/);
    expect(text).toMatch(/insgesamt\s+6\b/);
    expect(text).toContain('Unentschuldigte Fehltage (2): 07.10.2026, 04.11.2026');
  });

  test('a chart of hours per month', () => {
    expect(text).toContain('Stunden je Monat');
    expect(text).toMatch(/Sep\s+Okt\s+Nov/);
    expect(text).toContain('11,5'); // October
    expect(text).toContain('6,75'); // November
  });

  test('goals of the Kooperationsplan with their status, and the notes marked jobcenter', () => {
    expect(text).toContain('Pünktlich um 8 Uhr in der Werkstatt');
    expect(text).toMatch(/teilweise/);
    expect(text).toContain('10.11.2026: meist pünktlich');
    expect(text).toContain('Arbeitet sorgfältig an der Hobelbank.');
    expect(text).toContain('Ort, Datum');
    expect(text).toContain('Sozialpädagogische Fachkraft');
  });

  test('privacy: no internal note, no addiction status, no counselling content (DOMAIN.md, Privacy)', () => {
    for (const secret of ['Methadon', 'Rückfall', 'Suchtberatung', 'Substitution', 'substitution'])
      expect(text).not.toContain(secret);
  });

  test('a final report shows a health-related exit only by its group', () => {
    const r = ok(dir, ['report', 'progress', id.b, '--out', `${out}/`, '--json'], TODAY).json();
    expect(r.kind).toBe('final');
    const t = pdfText(r.file);
    expect(t).toContain('Abschlussbericht');
    expect(t).toMatch(/Austritt\s+30\.06\.2026 – Weitere Förderung/);
    expect(t).not.toMatch(/Therapie|Entgiftung|Reha/);
  });

  test('the same store and day give the same bytes', () => {
    const again = ok(dir, ['report', 'progress', id.a, '--out', join(out, 'again.pdf'), '--json'], TODAY).json();
    expect(readFileSync(again.file).equals(readFileSync(file))).toBe(true);
  });

  test('writing reports changes nothing in the store', () => {
    const before = storeBytes(dir);
    ok(
      dir,
      ['report', 'progress', id.a, '--from', '2026-10-01', '--to', '2026-10-31', '--out', join(out, 'oktober.pdf')],
      TODAY,
    );
    expect(storeBytes(dir)).toEqual(before);
    const t = pdfText(join(out, 'oktober.pdf'));
    // October alone: 22 working days × 4 h = 88 h planned, 11.5 h worked
    expect(t).toMatch(/Soll-Stunden\s+88\b/);
    expect(t).toMatch(/Geleistete Stunden\s+11,5\b/);
  });

  test('a directory without an id writes one report per active participant', () => {
    const batch = join(out, 'alle');
    const r = ok(dir, ['report', 'progress', '--out', `${batch}/`, '--json'], TODAY).json();
    // active on 25 Nov 2026: Größmann and Kaya (Weiß and Äbersold have left)
    expect(r.files.map((f: { id: string }) => f.id).sort()).toEqual([id.a, id.d].sort());
    expect(readdirSync(batch).sort()).toEqual(
      [`Verlaufsbericht_${id.a}_2026-11-24.pdf`, `Verlaufsbericht_${id.d}_2026-11-24.pdf`].sort(),
    );
    expect(pdfText(join(batch, `Verlaufsbericht_${id.d}_2026-11-24.pdf`))).toContain('Özlem Kaya');
  });

  test('usage errors and unknown participants', () => {
    expect(insat(dir, ['report', 'progress'], TODAY).code).toBe(2);
    expect(insat(dir, ['report', 'progress', id.a, '--to', '2026-12-01'], TODAY).code).toBe(2);
    expect(insat(dir, ['report', 'progress', id.a, '--out', join(out, 'missing', 'x.pdf')], TODAY).code).toBe(2);
    expect(insat(dir, ['report', 'progress', 'p999', '--out', `${out}/`], TODAY).code).toBe(4);
    expect(
      insat(dir, ['report', 'progress', id.b, '--from', '2026-08-01', '--to', '2026-09-30', '--out', `${out}/`], TODAY)
        .code,
    ).toBe(3);
  });
});

describe('report attendance: the Anwesenheitsliste participants sign', () => {
  test('one person, one page: every day with hours or absence, totals, signature lines', () => {
    const r = ok(
      dir,
      ['report', 'attendance', '--month', '2026-10', '--participant', id.a, '--out', `${out}/`, '--json'],
      TODAY,
    ).json();
    expect(r.file).toBe(join(out, `Anwesenheitsliste_2026-10_${id.a}.pdf`));
    expect(r.pages).toBe(1);
    const t = pdfText(r.file);
    expect(t).toContain('Anwesenheitsliste Oktober 2026');
    expect(t).toContain('Jürgen Größmann');
    expect(t).toMatch(/01\.10\.\s+Do\s+4\s+4\n/);
    expect(t).toMatch(/02\.10\.\s+Fr\s+4\s+3,5\n/);
    expect(t).toMatch(/03\.10\.\s+Sa\s+Feiertag: Tag der Deutschen Einheit/);
    expect(t).toMatch(/05\.10\.\s+Mo\s+4\s+krank mit AU/);
    expect(t).toMatch(/07\.10\.\s+Mi\s+4\s+unentschuldigt/);
    expect(t).toMatch(/09\.10\.\s+Fr\s+4\s+Urlaub/);
    expect(t).toMatch(/31\.10\.\s+Sa/);
    // 22 working days × 4 h = 88 h planned, 11.5 h worked on 3 days, 4 days absent
    expect(t).toMatch(/Summe\s+88\s+11,5\s+4 Tage\s+3 Tage anwesend/);
    expect(t).toContain('Datum, Unterschrift Teilnehmer/in');
    expect(t).toContain('Datum, Unterschrift Anleiter/in');
    expect(t).toContain('Seite 1 von 1');
  });

  test('a whole month: one page per person with a seat in it, by name', () => {
    const r = ok(dir, ['report', 'attendance', '--month', '2026-10', '--out', `${out}/`, '--json'], TODAY).json();
    expect(r.file).toBe(join(out, 'Anwesenheitsliste_2026-10.pdf'));
    expect(r.participants).toEqual([id.a, id.c]); // by name as written: Jürgen Größmann, then Zoë Äbersold
    expect(r.pages).toBe(2);
    const page1 = pdfText(r.file, 1);
    const page2 = pdfText(r.file, 2);
    expect(page2).toContain('Zoë Äbersold');
    expect(page1).not.toContain('Äbersold');
    // Äbersold: 30 h a week = 6 h a day, all 22 working days of October before her exit on Fri 30 Oct
    expect(page2).toMatch(/Summe\s+132\s/);
    expect(page2).toMatch(/31\.10\.\s+Sa\s+keine Zuweisung/);
  });

  test('a month without seats is refused (exit 3)', () => {
    expect(insat(dir, ['report', 'attendance', '--month', '2025-01', '--out', `${out}/`], TODAY).code).toBe(3);
    expect(insat(dir, ['report', 'attendance', '--month', '2026-13', '--out', `${out}/`], TODAY).code).toBe(2);
  });
});

describe('report application: the annual Antrag', () => {
  test('settings missing: exit 2 with each key and the command that sets it, and no PDF', () => {
    const r = insat(dir, ['report', 'application', '--year', '2027', '--out', join(out, 'antrag-leer.pdf')], TODAY);
    expect(r.code).toBe(2);
    for (const key of [
      'provider.street',
      'provider.phone',
      'provider.measureNumber',
      'provider.contactPerson',
      'jobcenter.street',
    ]) {
      expect(r.stderr).toContain(`insat config set ${key} `);
    }
    expect(r.stderr).toContain('insat staff add --name NAME --role instructor --area holz');
    expect(existsSync(join(out, 'antrag-leer.pdf'))).toBe(false);
  });

  describe('with the settings filled in', () => {
    let text: string;
    let json: { file: string; pages: number; allowanceCents: number; totalCents: number };

    beforeAll(() => {
      const set = (k: string, v: string) => ok(dir, ['config', 'set', k, v], TODAY);
      set('provider.street', 'Wielandstraße 38');
      set('provider.city', '44791 Bochum');
      set('provider.phone', '0234 58 79 41-0');
      set('provider.email', 'insat@krisenhilfe.example');
      set('provider.measureNumber', '362/16d/AGH/0147');
      set('provider.contactPerson', 'Katrin Oberhausen');
      set('jobcenter.street', 'Universitätsstraße 66');
      set('jobcenter.city', '44789 Bochum');
      const staff = (name: string, role: string, area?: string) =>
        ok(dir, ['staff', 'add', '--name', name, '--role', role, ...(area ? ['--area', area] : [])], TODAY);
      staff('Bernd Kuhlmann', 'instructor', 'holz');
      staff('Stanisław Kubiak', 'instructor', 'holz');
      staff('Gabriele Strotmann', 'instructor', 'kueche');
      staff('Miriam Feldhaus', 'instructor', 'gestaltung');
      staff('Timo Brackelmann', 'social-worker');
      set('flatRate.material', '50');
      set('flatRate.erloese', '10');
      json = ok(dir, ['report', 'application', '--year', '2027', '--out', `${out}/`, '--json'], TODAY).json();
      text = pdfText(json.file);
    }, 120_000);

    test('provider, measure, period and seats per area', () => {
      expect(json.file).toBe(join(out, 'Antrag_AGH_2027.pdf'));
      expect(text).toContain('Antrag auf Durchführung der Arbeitsgelegenheit');
      expect(text).toContain('01.01.2027 – 31.12.2027');
      expect(text).toContain('Wielandstraße 38');
      expect(text).toContain('Universitätsstraße 66');
      expect(text).toContain('362/16d/AGH/0147');
      expect(text).toMatch(/Holz\s+12\s+Bernd Kuhlmann/);
      expect(text).toMatch(/Küche\s+11\s+Gabriele Strotmann/);
      expect(text).toMatch(/Gestaltung\s+10\s+Miriam Feldhaus/);
      expect(text).toMatch(/Insgesamt\s+33/);
      expect(text).toContain('Stanisław Kubiak');
      expect(text).toContain('Kindertageseinrichtungen');
      expect(text).toContain('Wettbewerbsneutralität');
      expect(text).toMatch(/Sozialpädagogische Fachkraft\s+Jana Kötter/);
      expect(text).toMatch(/Seite \d von \d/);
    });

    test('the declarations cite competition neutrality as DOMAIN.md does (§ 16d (2)–(4)); access: the Informationstermin', () => {
      const flat = text.replace(/\s+/g, ' ');
      expect(flat).toContain('wettbewerbsneutral (§ 16d Abs. 2–4 SGB II)');
      expect(flat).not.toContain('Abs. 1 SGB II');
      expect(flat).toContain('ein persönlicher Informationstermin beim Träger');
      expect(flat).not.toContain('Informationsgespräch');
    });

    test('the cost plan: seats × planned hours × 2,00 €, plus flat rates per seat and month', () => {
      // 2027: 254 working days − 24 days of leave = 230 days × 6 h (30 h a week) = 1,380 h a seat
      expect(text).toContain('254 Arbeitstage');
      expect(text).toContain('1.380 Stunden je Platz');
      expect(text).toMatch(/MAE Holz\s+12 Plätze × 1\.380 Std\. × 2,00 €\s+33\.120,00 €/);
      expect(text).toMatch(/MAE Küche\s+11 Plätze × 1\.380 Std\. × 2,00 €\s+30\.360,00 €/);
      expect(text).toMatch(/MAE Gestaltung\s+10 Plätze × 1\.380 Std\. × 2,00 €\s+27\.600,00 €/);
      expect(text).toMatch(/Summe Mehraufwandsentschädigung\s+45\.540 Std\.\s+91\.080,00 €/);
      // 33 seats × 12 months = 396 seat-months: material 396 × 50 € = 19,800 €, income 396 × 10 € = 3,960 €
      expect(text).toMatch(/Sachkosten und Material\s+396 Platzmonate × 50,00 €\s+19\.800,00 €/);
      expect(text).toMatch(/abzüglich Erlöse aus Produkten\s+396 Platzmonate × 10,00 €\s+-3\.960,00 €/);
      expect(text).toMatch(/Gesamtsumme\s+106\.920,00 €/);
      expect(json.allowanceCents).toBe(9_108_000);
      expect(json.totalCents).toBe(10_692_000);
    });

    test("the previous year's figures, year to date", () => {
      expect(text).toContain('Kennzahlen des Vorjahres 2026');
      expect(text).toContain('Stand 25.11.2026');
      expect(text).toMatch(/Teilnehmende im Jahr\s+4\b/);
      expect(text).toMatch(/Eintritte\s+4\b/);
      expect(text).toMatch(/Austritte\s+2\b/);
      // one of two exits into a job
      expect(text).toMatch(/Integrationsquote \(Arbeit, Selbstständigkeit, Ausbildung\)\s+50,0 %/);
      // stays: 2 Mar – 30 Jun = 121 days, 5 Jan – 30 Oct = 299 days; mean 210 days = 6.9 months
      expect(text).toMatch(/210,0 Tage \(7,0 Monate\)/);
      expect(text).toMatch(/Geleistete Stunden\s+18,25\b/);
      // 11.5 h in October and 6.75 h in November at 2.00 € = 23.00 € + 13.50 €
      expect(text).toMatch(/Gezahlte Mehraufwandsentschädigung\s+36,50 €/);
      // January: Äbersold alone on 20 of 21 working days; 20 ÷ (33 × 21) = 2.9 %
      expect(text).toContain('Auslastung je Monat');
      expect(text).toMatch(/2,9 %/);
      expect(text).toMatch(/Sozialversicherungspflichtige Beschäftigung\s+Integration in Arbeit oder Ausbildung\s+1\b/);
    });
  });
});

describe('pdfkit loads only in the report commands', () => {
  interface Metafile {
    inputs: Record<string, { imports: { path: string; kind: string; external?: boolean }[] }>;
  }

  /**
   * What a start of the bundled insat (bin/insat → dist/bundle/insat.cjs) runs: the modules reached
   * from src/cli/main.ts by static imports in the bundle's metafile. An `await import()` inside a
   * command is a lazy edge: esbuild wraps its target in a function that runs with the command.
   */
  function startUpClosure(): Set<string> {
    const meta = JSON.parse(readFileSync(join(ROOT, 'dist', 'bundle', 'meta.json'), 'utf8')) as Metafile;
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const i of meta.inputs[file]?.imports ?? []) {
        if (i.kind === 'dynamic-import') continue;
        if (i.external) seen.add(i.path);
        else visit(i.path);
      }
    };
    visit('src/cli/main.ts');
    return seen;
  }

  test('neither pdfkit, the PDF documents nor the other heavy packages run when insat starts', () => {
    const loaded = [...startUpClosure()];
    expect(loaded).toContain('src/commands/report/index.ts');
    expect(
      loaded.filter(
        (f) =>
          f.includes('reports/pdf/') ||
          /^(pdfkit|zod|csv-parse|csv-stringify|@inquirer\/prompts)\b/.test(f) ||
          f.includes('node_modules/@inquirer/'),
      ),
    ).toEqual([]);
  });

  test('they are in the bundle, behind the commands that need them', () => {
    const meta = JSON.parse(readFileSync(join(ROOT, 'dist', 'bundle', 'meta.json'), 'utf8')) as Metafile;
    expect(Object.keys(meta.inputs).some((f) => f.includes('src/reports/pdf/'))).toBe(true);
    expect(Object.values(meta.inputs).some((i) => i.imports.some((x) => x.path === 'pdfkit' && x.external))).toBe(true);
  });
});
