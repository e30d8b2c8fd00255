// insat config show prints the settings in effect: a setting never set shows the default the
// commands go by (caseload target, deadlines, grace days, letter layout, language), in JSON and text.
import { describe, expect, test } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ok, tempDataDir } from '../helpers/cli.js';

/** A store whose settings hold none of the optional settings (as an older store, or one never configured). */
function storeWithoutOptionalSettings(): string {
  const dir = tempDataDir();
  ok(dir, ['init']);
  const file = join(dir, 'insat.json');
  const data = JSON.parse(readFileSync(file, 'utf8'));
  for (const key of ['caseloadTarget', 'bookingGraceDays', 'language', 'due', 'absenceReportLayout'])
    delete data.settings[key];
  delete data.settings.aghCap.warnWeeksAhead;
  writeFileSync(file, JSON.stringify(data));
  return dir;
}

describe('config show: the settings in effect', () => {
  test('--json fills each setting never set with its default, under the same keys', () => {
    const cfg = ok(storeWithoutOptionalSettings(), ['config', 'show', '--json']).json();
    expect(cfg).toMatchObject({
      caseloadTarget: 17,
      bookingGraceDays: 5,
      language: 'de',
      absenceReportLayout: 'per-officer',
      due: {
        assignmentEndWeeks: 6,
        progressReportMonths: 6,
        absenceReportDay: 5,
        applicationDeadline: '09-30',
        applicantDays: 14,
      },
      aghCap: { months: 24, warnWeeksAhead: 8 },
    });
  });

  test('a stored value wins over the default', () => {
    const dir = storeWithoutOptionalSettings();
    ok(dir, ['config', 'set', 'caseloadTarget', '12']);
    ok(dir, ['config', 'set', 'due.applicantDays', '10']);
    ok(dir, ['config', 'set', 'bookingGraceDays', '3']);
    const cfg = ok(dir, ['config', 'show', '--json']).json();
    expect([cfg.caseloadTarget, cfg.bookingGraceDays, cfg.due.applicantDays, cfg.due.absenceReportDay]).toEqual([
      12, 3, 10, 5,
    ]);
  });

  test('the text view shows the same values, the grace days included', () => {
    const dir = storeWithoutOptionalSettings();
    ok(dir, ['config', 'set', 'bookingGraceDays', '3']);
    const text = ok(dir, ['config', 'show']).stdout;
    expect(text).toContain("unbooked days      'insat check' warns after 3 working days\n");
    expect(text).toContain('caseload target 17 participants per social worker');
    expect(text).toContain('language           German (de)\n');
    const de = ok(dir, ['config', 'show'], { env: { INSAT_LANG: 'de' } }).stdout;
    expect(de).toContain("Unerfasste Tage     'insat check' warnt nach 3 Arbeitstagen\n");
    expect(de).toContain('Sprache             Deutsch (de)\n');
  });
});
