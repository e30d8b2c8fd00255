// A figure printed in the terminal and in a PDF is computed once (src/model): the sums of the
// absence letter are those of `insat absences`, the minutes an import books are those the hours
// list sums, and config rate list's periods come from the model.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from '@jest/globals';
import { ok, tempDataDir } from '../helpers/cli.js';
import { pdfText } from '../helpers/pdf.js';

const DEC = { today: '2026-12-10' };

function participant(dir: string, name: string, customerNo: string, area: string, officer: string): string {
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
      '--json',
    ],
    DEC,
  ).json().id;
  ok(dir, ['applicant', 'schedule', id, '--info-date', '2025-11-10'], DEC);
  ok(dir, ['applicant', 'attended', id], DEC);
  ok(dir, ['applicant', 'decide', id, '--suitable', '--by', 'Frau Schulte', '--date', '2025-11-20'], DEC);
  ok(
    dir,
    [
      'enrol',
      id,
      '--area',
      area,
      '--start',
      '2026-09-01',
      '--until',
      '2027-08-31',
      '--hours-per-week',
      '20',
      '--integration-officer',
      officer,
    ],
    DEC,
  );
  return id;
}

describe('the same figure in the terminal and in the PDF', () => {
  let dir: string;
  let out: string;
  let imported: { workedMinutes: number; absences: Record<string, number> };

  beforeAll(() => {
    dir = tempDataDir('insat-figures-');
    out = mkdtempSync(join(tmpdir(), 'insat-figures-pdf-'));
    ok(dir, ['init'], DEC);
    const a = participant(dir, 'Jürgen Größmann', '362D100001', 'holz', 'Herr Öztürk');
    const b = participant(dir, 'Björn Weiß', '362D100002', 'kueche', 'Frau Brandt');
    const csv = join(out, 'november.csv');
    writeFileSync(
      csv,
      [
        'participant,date,hours,code',
        `${a},2026-11-02,4,`,
        `${a},2026-11-03,,sick-certified`,
        `${a},2026-11-04,,sick-certified`,
        `${a},2026-11-05,6.5,`,
        `${a},2026-11-12,,unexcused`,
        `${a},2026-11-13,,closed`,
        `${b},2026-11-02,3.75,`,
        `${b},2026-11-16,,sick`,
        `${b},2026-11-20,,holiday`,
        `${b},2026-11-25,,excused`,
        `${b},2026-11-13,,closed`,
      ].join('\n') + '\n',
    );
    imported = ok(dir, ['hours', 'import', csv, '--json'], DEC).json();
    ok(dir, ['config', 'set', 'absenceReportLayout', 'list'], DEC);
  }, 120_000);

  test('the minutes an import books are the minutes the hours list sums', () => {
    expect(imported.workedMinutes).toBe(14 * 60 + 15);
    const list = ok(dir, ['hours', 'list', '--month', '2026-11', '--json'], DEC).json();
    expect(list.workedMinutes).toBe(imported.workedMinutes);
    expect(list.absenceDays).toBe(Object.values(imported.absences).reduce((n, d) => n + d, 0));
  });

  test("the letter's Summe row is the totals of insat absences, category by category", () => {
    const totals = ok(dir, ['absences', '--month', '2026-11', '--allow-gaps', '--json'], DEC).json().totals as Record<
      string,
      number
    >;
    const r = ok(
      dir,
      ['report', 'absences', '--month', '2026-11', '--allow-gaps', '--out', join(out, 'liste.pdf'), '--json'],
      DEC,
    ).json();
    // certified sick, sick without a certificate, excused, unexcused, leave
    const sums = [totals['sick-certified'], totals.sick, totals.excused, totals.unexcused, totals.holiday];
    expect(sums).toEqual([2, 1, 1, 1, 1]);
    expect(pdfText(r.file)).toMatch(new RegExp(`Summe\\s+${sums.join('\\s+')}\\n`));
  });

  test("the absence days insat absences prints are the participants' (closing days apart)", () => {
    const text = ok(dir, ['absences', '--month', '2026-11', '--allow-gaps'], DEC).stdout;
    expect(text).toContain('2 participants, 6 absence days on working days (closing days apart: 2)');
  });

  test('config rate list: a rate holds until the day before the next one begins (rateSpans)', () => {
    ok(dir, ['config', 'rate', 'set', '2,50', '--from', '2027-01-01'], DEC);
    const rates = ok(dir, ['config', 'rate', 'list', '--json'], DEC).json().rates as { from: string; to: string }[];
    expect(rates.slice(-2).map((r) => [r.from, r.to])).toEqual([
      [rates[rates.length - 2]!.from, '2026-12-31'],
      ['2027-01-01', null],
    ]);
  });
});
