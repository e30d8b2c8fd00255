// The two letters to the Jobcenter, end to end: `insat report absences` (Fehlzeitenmeldung, § 61
// SGB II) and `insat report vacancy` (Platzfreimeldung), read back with pdftotext and checked with
// qpdf, against what the store holds.
import { existsSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from '@jest/globals';
import { insat, ok, storeBytes, tempDataDir } from '../helpers/cli.js';
import { pdfText, qpdfCheck } from '../helpers/pdf.js';

const DEC = { today: '2026-12-10' };

function applicant(dir: string, name: string, customerNo: string, opts = DEC, addiction = 'unknown'): string {
  const id = ok(
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
      customerNo,
      '--addiction',
      addiction,
      '--json',
    ],
    opts,
  ).json().id;
  ok(dir, ['applicant', 'schedule', id, '--info-date', '2025-11-10'], opts);
  ok(dir, ['applicant', 'attended', id], opts);
  return id;
}

function suitable(dir: string, id: string, date: string, opts = DEC): void {
  ok(dir, ['applicant', 'decide', id, '--suitable', '--by', 'Frau Schulte', '--date', date], opts);
}

function enrol(dir: string, id: string, area: string, start: string, until: string, officer: string, opts = DEC): void {
  ok(
    dir,
    [
      'enrol',
      id,
      '--area',
      area,
      '--start',
      start,
      '--until',
      until,
      '--hours-per-week',
      '20',
      '--jobcenter-ref',
      `AGH-2026-${id}`,
      '--integration-officer',
      officer,
    ],
    opts,
  );
}

/** Every working day of November 2026 (Mon–Fri; Allerheiligen is a Sunday): 4 h, or the absence given. */
function novemberRows(id: string, off: Record<string, string>, skip: string[] = []): string[] {
  const rows: string[] = [];
  for (let d = 2; d <= 30; d++) {
    const date = `2026-11-${String(d).padStart(2, '0')}`;
    const wd = new Date(`${date}T12:00:00Z`).getUTCDay();
    if (wd === 0 || wd === 6 || skip.includes(date)) continue;
    rows.push(off[date] ? `${id},${date},,${off[date]}` : `${id},${date},4,`);
  }
  return rows;
}

describe('report absences: the monthly absence report as a letter', () => {
  let dir: string;
  let out: string;
  const id = { a: '', b: '', c: '' };

  beforeAll(() => {
    dir = tempDataDir('insat-letters-');
    out = mkdtempSync(join(tmpdir(), 'insat-letters-pdf-'));
    ok(dir, ['init'], DEC);
    id.a = applicant(dir, 'Jürgen Größmann', '362D100001', DEC, 'substitution');
    id.b = applicant(dir, 'Björn Weiß', '362D100002');
    id.c = applicant(dir, 'Anna Adam', '362D100003');
    for (const x of Object.values(id)) suitable(dir, x, '2025-11-20');
    enrol(dir, id.a, 'holz', '2026-09-01', '2027-08-31', 'Herr Öztürk');
    enrol(dir, id.b, 'kueche', '2026-09-01', '2027-08-31', 'Frau Brandt');
    enrol(dir, id.c, 'gestaltung', '2026-09-01', '2027-08-31', 'Herr Öztürk');
    const csv = join(out, 'november.csv');
    writeFileSync(
      csv,
      [
        'participant,date,hours,code',
        ...novemberRows(id.a, {
          '2026-11-03': 'sick-certified',
          '2026-11-04': 'sick-certified',
          '2026-11-05': 'sick-certified',
          '2026-11-12': 'unexcused',
        }),
        // sick from Monday 16th without a certificate: due by the 3rd calendar day, the 19th is flagged
        ...novemberRows(
          id.b,
          {
            '2026-11-16': 'sick',
            '2026-11-17': 'sick',
            '2026-11-18': 'sick',
            '2026-11-19': 'sick',
            '2026-11-25': 'excused',
          },
          ['2026-11-27'], // nobody booked Friday 27th
        ),
        ...novemberRows(id.c, { '2026-11-20': 'holiday' }),
      ].join('\n') + '\n',
    );
    ok(dir, ['hours', 'import', csv], DEC);
    ok(
      dir,
      [
        'note',
        'add',
        id.a,
        '--text',
        'Rückfall nach Methadon-Umstellung; Suchtberatung vereinbart.',
        '--date',
        '2026-11-06',
      ],
      DEC,
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
        '2026-11-10',
      ],
      DEC,
    );
  }, 180_000);

  test('a month with working days nobody booked is refused with the list of those days; nothing is written', () => {
    const before = storeBytes(dir);
    const r = insat(dir, ['report', 'absences', '--month', '2026-11', '--out', `${out}/`], DEC);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(`${id.b} 2026-11-27`);
    expect(r.stderr).toContain('--allow-gaps');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(join(out, 'Fehlzeitenmeldung_2026-11.pdf'))).toBe(false);
    expect(storeBytes(dir)).toEqual(before);
  });

  test('in German (the default language) the refusal names the days in German dates', () => {
    const before = storeBytes(dir);
    const r = insat(dir, ['report', 'absences', '--month', '2026-11', '--out', `${out}/`], {
      ...DEC,
      env: { INSAT_LANG: 'de' },
    });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(`1 zugewiesener Arbeitstag im Monat 2026-11 nicht erfasst (${id.b} 27.11.2026)`);
    expect(r.stderr).toContain('oder mit --allow-gaps als „nicht erfasst“ melden');
    const help = insat(dir, ['report', 'absences', '--help'], { ...DEC, env: { INSAT_LANG: 'de' } });
    expect(help.stdout).toContain('die monatliche Fehlzeitenmeldung (§ 61 SGB II) als Brief');
    expect(storeBytes(dir)).toEqual(before);
  });

  test('--allow-gaps reports them as not booked, never as an absence', () => {
    const r = ok(
      dir,
      ['report', 'absences', '--month', '2026-11', '--allow-gaps', '--out', join(out, 'luecken.pdf'), '--json'],
      DEC,
    );
    expect(r.json().unbookedDays).toBe(1);
    expect(r.stderr).toContain('not booked');
    const text = pdfText(join(out, 'luecken.pdf'));
    expect(text).toMatch(/362D100002\s+Björn Weiß\s+nicht erfasst\s+27\.11\.2026\n/);
  });

  describe('a complete month, a page per integration officer (the default)', () => {
    let file: string;
    let text: string;
    beforeAll(() => {
      ok(dir, ['hours', 'book', id.b, '--date', '2026-11-27', '--hours', '4'], DEC);
      const r = ok(dir, ['report', 'absences', '--month', '2026-11', '--out', `${out}/`, '--json'], DEC).json();
      file = r.file;
      expect(r.layout).toBe('per-officer');
      expect(r.pages).toBe(2);
      text = pdfText(file);
    });

    test('is written under a predictable name, private to the user, and passes qpdf --check', () => {
      expect(file).toBe(join(out, 'Fehlzeitenmeldung_2026-11.pdf'));
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(qpdfCheck(file).ok).toBe(true);
    });

    test('one page per officer, each with the letterhead, the month and its own people', () => {
      const brandt = pdfText(file, 1);
      const oeztuerk = pdfText(file, 2);
      for (const page of [brandt, oeztuerk]) {
        expect(page).toContain('Fehlzeitenmeldung November 2026');
        expect(page).toContain('Zeitraum 01.11.2026 – 30.11.2026');
        expect(page).toContain('Jobcenter Bochum');
        expect(page).toMatch(/Seite \d von 2/);
      }
      expect(brandt).toMatch(/Integrationsfachkraft\s+Frau Brandt/);
      expect(brandt).toContain('362D100002');
      expect(brandt).not.toContain('362D100001');
      expect(oeztuerk).toMatch(/Integrationsfachkraft\s+Herr Öztürk/);
      expect(oeztuerk).toContain('362D100001');
      expect(oeztuerk).toContain('362D100003');
      // Anna Adam before Jürgen Größmann: by name
      expect(oeztuerk.indexOf('Anna Adam')).toBeLessThan(oeztuerk.indexOf('Jürgen Größmann'));
    });

    test('absence days by category with their dates, and the flag for the missing certificate', () => {
      // the counts: certified sick, sick without a certificate, excused, unexcused, leave
      expect(text).toMatch(/362D100001\s+Jürgen Größmann\s+3\s+0\s+0\s+1\s+0\n/);
      expect(text).toMatch(/362D100002\s+Björn Weiß\s+0\s+4\s+1\s+0\s+0\n/);
      expect(text).toMatch(/362D100003\s+Anna Adam\s+0\s+0\s+0\s+0\s+1\n/);
      // the dates: consecutive days as one run
      expect(text).toMatch(/362D100001\s+Jürgen Größmann\s+krank mit AU\s+03\.11\.–05\.11\.2026\n/);
      expect(text).toMatch(/362D100001\s+Jürgen Größmann\s+unentschuldigt\s+12\.11\.2026\n/);
      expect(text).toMatch(/362D100002\s+Björn Weiß\s+krank ohne AU\s+16\.11\.–19\.11\.2026\n/);
      expect(text).toMatch(/362D100002\s+Björn Weiß\s+entschuldigt\s+25\.11\.2026\n/);
      expect(text).toMatch(/362D100003\s+Anna Adam\s+Urlaub\s+20\.11\.2026\n/);
      expect(text).toContain('krank ohne ärztliche Bescheinigung über den 3. Kalendertag hinaus (19.11.2026)');
      expect(text).toContain('keine Diagnosen');
    });

    test('the figures are those of insat absences', () => {
      const json = ok(dir, ['absences', '--month', '2026-11', '--json'], DEC).json();
      expect(json.participants).toHaveLength(3);
      for (const p of json.participants as { id: string; absences: Record<string, number> }[]) {
        const no = { [id.a]: '362D100001', [id.b]: '362D100002', [id.c]: '362D100003' }[p.id]!;
        const a = p.absences;
        const row = new RegExp(
          `${no}\\s+\\S.*?\\s+${a['sick-certified']}\\s+${a.sick}\\s+${a.excused}\\s+${a.unexcused}\\s+${a.holiday}\\s`,
        );
        expect(text).toMatch(row);
      }
    });

    test('no note — internal or for the Jobcenter — and no addiction status or diagnosis', () => {
      for (const secret of [
        'Methadon',
        'Rückfall',
        'Suchtberatung',
        'Substitution',
        'substitution',
        'sorgfältig',
        'Hobelbank',
      ])
        expect(text).not.toContain(secret);
    });

    test('an existing file is kept unless --force', () => {
      const r = insat(dir, ['report', 'absences', '--month', '2026-11', '--out', `${out}/`], DEC);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('--force');
      ok(dir, ['report', 'absences', '--month', '2026-11', '--out', `${out}/`, '--force'], DEC);
    });
  });

  test('the setting absenceReportLayout list: one list with each person’s officer', () => {
    const before = storeBytes(dir);
    const bad = insat(dir, ['config', 'set', 'absenceReportLayout', 'per-area'], DEC);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('per-officer or list');
    expect(storeBytes(dir)).toEqual(before);
    ok(dir, ['config', 'set', 'absenceReportLayout', 'list'], DEC);
    expect(ok(dir, ['config', 'show', '--json'], DEC).json().absenceReportLayout).toBe('list');
    const r = ok(
      dir,
      ['report', 'absences', '--month', '2026-11', '--out', join(out, 'liste.pdf'), '--json'],
      DEC,
    ).json();
    expect(r.layout).toBe('list');
    expect(r.pages).toBe(1);
    const text = pdfText(r.file);
    expect(text).toContain('IFK: Frau Brandt');
    expect(text).toContain('IFK: Herr Öztürk');
    expect(text).not.toContain('Integrationsfachkraft');
    expect(text).toContain('Anna Adam');
    expect(text.indexOf('Anna Adam')).toBeLessThan(text.indexOf('Björn Weiß'));
    ok(dir, ['config', 'set', 'absenceReportLayout', 'per-officer'], DEC);
  });

  test('a month that is not over, or still to come, is refused: its days ahead would read as free of absence', () => {
    const before = storeBytes(dir);
    const files = readdirSync(out).length;
    for (const month of ['2026-12', '2027-05']) {
      const r = insat(dir, ['report', 'absences', '--month', month, '--out', `${out}/`], DEC);
      expect(r.code).toBe(3);
      expect(r.stderr).toMatch(new RegExp(`^error: ${month} is not over .* — write it from `));
    }
    // the last day of the month is not over either; the day after, the month may be reported
    expect(
      insat(dir, ['report', 'absences', '--month', '2026-11', '--out', `${out}/`], { today: '2026-11-30' }).code,
    ).toBe(3);
    expect(
      insat(dir, ['report', 'absences', '--month', '2026-12', '--out', `${out}/`], {
        ...DEC,
        env: { INSAT_LANG: 'de' },
      }).stderr,
    ).toBe(
      'Fehler: der Monat 2026-12 ist noch nicht vorbei (sein letzter Tag ist der 31.12.2026): die Meldung gäbe die kommenden Tage als fehlzeitenfrei an — sie ab dem 01.01.2027 schreiben\n',
    );
    expect(readdirSync(out)).toHaveLength(files);
    expect(storeBytes(dir)).toEqual(before);
  });

  test('a month nobody had a seat in is refused; a missing or malformed --month is a usage error', () => {
    const before = storeBytes(dir);
    const r = insat(dir, ['report', 'absences', '--month', '2026-05', '--out', `${out}/`], DEC);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('nobody has a seat in 2026-05');
    const missing = insat(dir, ['report', 'absences', '--out', `${out}/`], DEC);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(
      "missing --month — pass it on the command line (see 'insat report absences --help')",
    );
    const bad = insat(dir, ['report', 'absences', '--month', '2026-13', '--out', `${out}/`], DEC);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^error: --month '2026-13'/m);
    expect(storeBytes(dir)).toEqual(before);
  });
});

describe('report vacancy: the notice of free seats', () => {
  const NOV = { today: '2026-11-25' };
  let dir: string;
  let out: string;
  let text: string;
  let file: string;

  beforeAll(() => {
    dir = tempDataDir('insat-vacancy-');
    out = mkdtempSync(join(tmpdir(), 'insat-vacancy-pdf-'));
    ok(dir, ['init'], NOV);
    for (const [k, n] of [
      ['holz', 2],
      ['kueche', 2],
      ['gestaltung', 1],
    ] as const)
      ok(dir, ['config', 'set', `seats.${k}`, String(n), '--from', '2026-01-01', '--force'], NOV);
    const p = (name: string, no: string) => applicant(dir, name, no, NOV);
    const ids = [
      p('Anton Holz', '362D200001'),
      p('Berta Holz', '362D200002'),
      p('Carla Koch', '362D200003'),
      p('Dora Grafik', '362D200004'),
    ];
    for (const x of ids) suitable(dir, x, '2025-12-01', NOV);
    enrol(dir, ids[0]!, 'holz', '2026-01-05', '2026-12-11', 'Herr Öztürk', NOV); // free again from Sat 12 Dec
    enrol(dir, ids[1]!, 'holz', '2026-12-01', '2027-11-30', 'Herr Öztürk', NOV); // takes the seat free today
    enrol(dir, ids[2]!, 'kueche', '2026-06-01', '2027-05-31', 'Herr Öztürk', NOV);
    enrol(dir, ids[3]!, 'gestaltung', '2026-03-02', '2027-01-15', 'Herr Öztürk', NOV); // within 8 weeks, not 4
    const waiting = p('Wanda Warte', '362D555001');
    suitable(dir, waiting, '2026-10-01', NOV);
    const unsuitable = p('Udo Ungeeignet', '362D555002');
    ok(dir, ['applicant', 'decide', unsuitable, '--unsuitable', '--by', 'Frau Schulte', '--date', '2026-10-02'], NOV);
    const before = storeBytes(dir);
    const r = ok(dir, ['report', 'vacancy', '--out', `${out}/`, '--json'], NOV).json();
    expect(storeBytes(dir)).toEqual(before);
    file = r.file;
    expect(r.free).toBe(2);
    expect(r.waiting).toEqual([waiting]);
    text = pdfText(file);
  }, 180_000);

  test('is written under a predictable name, private to the user, and passes qpdf --check', () => {
    expect(file).toBe(join(out, 'Platzfreimeldung_2026-11-25.pdf'));
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(qpdfCheck(file).ok).toBe(true);
    expect(text).toContain('Platzfreimeldung');
    expect(text).toContain('Stand 25.11.2026');
    expect(text).toContain('Seite 1 von 1');
  });

  test('per area: seats, taken, free today, freeing in 4 and 8 weeks', () => {
    expect(text).toMatch(/Holz\s+2\s+1\s+1\s+1\s+1/);
    expect(text).toMatch(/Küche\s+2\s+1\s+1\s+0\s+0/);
    expect(text).toMatch(/Gestaltung\s+1\s+1\s+0\s+0\s+1/);
    // the programme's row as `insat seats` prints it: its 33 seats, and free what the areas leave room for
    expect(text).toMatch(/Insgesamt\s+33\s+3\s+2\s+1\s+2/);
    const seats = ok(dir, ['seats', '--json'], { today: '2026-11-25' }).json();
    expect([seats.capacity, seats.occupied, seats.free]).toEqual([33, 3, 2]);
  });

  test('from which day each seat is free: a start already agreed takes today’s holz seat', () => {
    expect(text).toContain('durchgehend bis 20.01.2027');
    expect(text).toMatch(/Holz\s+1 Platz ab 12\.12\.2026\s+1 Platz ab 12\.12\.2026/);
    expect(text).toMatch(/Küche\s+1 Platz ab 25\.11\.2026\s+keine/);
    expect(text).toMatch(/Gestaltung\s+1 Platz ab 16\.01\.2027\s+1 Platz ab 16\.01\.2027/);
  });

  test('the suitable applicants waiting, with their customer numbers; nobody else by name', () => {
    expect(text).toMatch(/362D555001\s+Wanda Warte\s+01\.10\.2026/);
    for (const other of ['Udo Ungeeignet', '362D555002', 'Anton Holz', 'Berta Holz', 'Carla Koch', 'Dora Grafik'])
      expect(text).not.toContain(other);
  });

  test('--date: the notice as of another day', () => {
    const r = ok(dir, ['report', 'vacancy', '--date', '2026-12-14', '--out', `${out}/`, '--json'], NOV).json();
    expect(r.file).toBe(join(out, 'Platzfreimeldung_2026-12-14.pdf'));
    const t = pdfText(r.file);
    expect(t).toContain('Stand 14.12.2026');
    // on 14 Dec: holz has Berta only (Anton left on the 11th) → 1 free, from that day
    expect(t).toMatch(/Holz\s+2\s+1\s+1\s+0\s+0/);
    const bad = insat(dir, ['report', 'vacancy', '--date', '31.02.2026', '--out', `${out}/`], NOV);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^error: --date '31\.02\.2026' is not a date — use YYYY-MM-DD or dd\.MM\.yyyy/m);
  });
});
