// German text names months for people ("Januar 2026"), never "2026-01"; csv and JSON keep YYYY-MM.
import { expect, test } from '@jest/globals';
import { enrolled, ok, tempDataDir } from '../helpers/cli.js';

const de = { env: { INSAT_LANG: 'de', INSAT_TODAY: '2027-01-15' } };

test('stats names each month in German in its text and table; csv keeps YYYY-MM', () => {
  const dir = tempDataDir();
  ok(dir, ['init']);
  enrolled(dir, 'holz', '2026-11-23', '2026-12-31');
  const text = ok(dir, ['stats', '--year', '2026'], de).stdout;
  expect(text).toMatch(/^ {2}Januar 2026 +\d/m);
  expect(text).toMatch(/^ {2}Dezember 2026 +\d/m);
  expect(text).not.toMatch(/2026-\d\d/);
  expect(ok(dir, ['stats', '--year', '2026', '--format', 'table'], de).stdout).toContain('│ März 2026 ');
  const csv = ok(dir, ['stats', '--year', '2026', '--format', 'csv'], de).stdout;
  expect(csv).toMatch(/^2026-01,/m);
});
