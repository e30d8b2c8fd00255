// The weekday distribution and the booking features that came with it speak German by default.
import { describe, expect, test } from '@jest/globals';
import { createStore } from '../../src/store/transaction.js';
import { insat, ok, storeBytes, suitableApplicant, tempDataDir } from '../helpers/cli.js';
import { enrol, mainData, worked } from '../helpers/main-data.js';

const DE = { today: '2026-11-25', env: { INSAT_LANG: 'de' } };

function programme(): string {
  const dir = tempDataDir('insat-wochenplan-');
  const main = mainData();
  enrol(main, 'p001', 'holz', '2026-10-01', '2027-09-30');
  enrol(main, 'p002', 'holz', '2026-10-01', '2027-09-30', { hoursPerWeek: 24 }).weekdayMinutes = [
    360, 360, 360, 360, 0,
  ];
  main.counters.person = 2;
  createStore(dir, main, [worked('p001', '2026-11-16', 480), worked('p001', '2026-11-17', 480)], false);
  return dir;
}

describe('auf Deutsch', () => {
  test('ein Wochenplan, der nicht die Wochenstunden ergibt, wird mit der Summe abgelehnt', () => {
    const dir = tempDataDir('insat-wochenplan-');
    ok(dir, ['init'], DE);
    const id = suitableApplicant(dir, 'Greta Plan', DE);
    const before = storeBytes(dir);
    const args = ['enrol', id, '--area', 'holz', '--start', '2026-12-01', '--until', '2027-11-30'];
    const r = insat(dir, [...args, '--hours-per-week', '24', '--pattern', 'mo=6,di=6,mi=6,do=5'], DE);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('ergibt 23 Std., die Zuweisung hat 24 Std. pro Woche');
    expect(storeBytes(dir)).toEqual(before);
    expect(insat(dir, [...args, '--hours-per-week', '24', '--days', 'mo,sa'], DE).stderr).toContain(
      'Samstag kann keine geplanten Stunden haben',
    );
  });

  test('der Wochenplan in participant show, ein gebuchter Zeitraum und der Hinweis zur Wochengrenze', () => {
    const dir = programme();
    expect(ok(dir, ['participant', 'show', 'p002'], DE).stdout).toContain(
      'mo=6,di=6,mi=6,do=6,fr=0 (24 Std. pro Woche geplant)',
    );
    const range = ok(
      dir,
      ['hours', 'book', 'p002', '--from', '2026-10-26', '--to', '2026-11-06', '--absent', 'urlaub'],
      DE,
    );
    expect(range.stdout).toContain('gebucht: p002 an 8 Arbeitstagen vom 26.10.2026 bis 06.11.2026');
    expect(range.stdout).toContain('4 Tage ausgelassen');
    const roster = insat(
      dir,
      ['hours', 'book', '--area', 'holz', '--date', '2026-11-18', '--as-planned', '--except', 'p001=6'],
      DE,
    );
    expect(roster.code).toBe(3);
    expect(roster.stderr).toContain('die passenden Stunden mit --except p001=4 buchen');
    const friday = ok(dir, ['hours', 'book', '--area', 'holz', '--date', '2026-11-20', '--absent', 'schliesstag'], DE);
    expect(friday.stdout).toContain('an diesem Tag keine geplanten Stunden (Wochenplan), ausgelassen: p002');
  });
});
