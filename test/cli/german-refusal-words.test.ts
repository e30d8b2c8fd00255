// Messages that say what happened: weekly hours name the programme's configured range and whole
// hours; a dry run of a rate change says "würde gesetzt" and names the months in words.
import { expect, test } from '@jest/globals';
import { enrolled, insat, ok, suitableApplicant, tempDataDir } from '../helpers/cli.js';

const de = { env: { INSAT_LANG: 'de' } };

test('enrol --hours-per-week 22,5 names whole hours and the configured range (settings), not 1 to 60', () => {
  const dir = tempDataDir();
  ok(dir, ['init']);
  ok(dir, ['config', 'set', 'weeklyHours.min', '15']);
  ok(dir, ['config', 'set', 'weeklyHours.max', '30']);
  const id = suitableApplicant(dir);
  const args = ['enrol', id, '--area', 'holz', '--start', '2026-12-01', '--until', '2027-05-31'];
  const r = insat(dir, [...args, '--hours-per-week', '22,5'], de);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain(
    "--hours-per-week '22,5' sind keine gültigen Wochenstunden — ganze Stunden im Rahmen der Maßnahme von 15 bis 30 angeben",
  );
  expect(r.stderr).not.toContain('1 bis 60');
  ok(dir, ['config', 'set', 'weeklyHours.max', '25']);
  expect(insat(dir, ['participant', 'hours', id, '0', '--from', '2026-12-01'], de).stderr).toContain('von 15 bis 25');
});

test('config rate set --dry-run --force reads as a dry run and names the month in German', () => {
  const dir = tempDataDir();
  ok(dir, ['init']);
  const id = enrolled(dir, 'holz', '2026-11-02', '2027-10-31');
  ok(dir, ['hours', 'book', id, '--date', '2026-12-01', '--hours', '4'], { env: { INSAT_TODAY: '2026-12-02' } });
  const r = ok(dir, ['config', 'rate', 'set', '2,50', '--from', '01.12.2026', '--dry-run', '--force'], {
    env: { INSAT_LANG: 'de', INSAT_TODAY: '2026-12-02' },
  });
  expect(r.stdout).toContain('  Dezember 2026: 8,00 € → 10,00 €');
  expect(r.stdout).toContain('Probelauf: MAE-Satz ab 01.12.2026 würde auf 2,50 €/h gesetzt — nichts wurde geändert');
  expect(r.stdout).not.toMatch(/2026-12|ab 01.12.2026 auf/);
});
