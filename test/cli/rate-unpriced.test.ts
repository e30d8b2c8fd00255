// Every day with hours worked has an allowance rate: a rate delete that would leave booked days
// without one is refused (also with --force), and check names a store that has such days.
import { describe, expect, test } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { enrolled, insat, ok, storeBytes, tempDataDir } from '../helpers/cli.js';

function bookedStore(): { dir: string; id: string } {
  const dir = tempDataDir();
  ok(dir, ['init']);
  const id = enrolled(dir, 'holz', '2026-11-02', '2027-10-31');
  ok(dir, ['hours', 'book', id, '--date', '2026-11-03', '--hours', '4']);
  ok(dir, ['config', 'rate', 'set', '2,50', '--from', '2026-11-10', '--force']);
  return { dir, id };
}

describe('days with hours worked and no rate', () => {
  test('a delete of the rate that prices them is refused, with --force too (exit 3), store unchanged', () => {
    const { dir } = bookedStore();
    // the rate from 2006 prices nothing booked here (the rate from 2020 follows it)
    ok(dir, ['config', 'rate', 'delete', '--from', '2006-01-01', '--force']);
    const before = storeBytes(dir);
    for (const extra of [['--force'], ['--force', '--dry-run']]) {
      const r = insat(dir, ['config', 'rate', 'delete', '--from', '2020-03-01', ...extra]);
      expect(r.code).toBe(3);
      expect(r.stderr).toBe(
        "error: 1 day with hours worked (2026-11-03 – 2026-11-03) has no allowance rate — keep or set a rate from 2026-11-03 or earlier ('insat config rate list')\n",
      );
    }
    expect(insat(dir, ['config', 'rate', 'delete', '--from', '2020-03-01']).code).toBe(3);
    expect(storeBytes(dir)).toEqual(before);
  });

  test('check names a store whose rates start after a booked day (rate-missing, exit 3)', () => {
    const { dir } = bookedStore();
    const file = join(dir, 'insat.json');
    const data = JSON.parse(readFileSync(file, 'utf8'));
    data.settings.rates = data.settings.rates.filter((r: { from: string }) => r.from >= '2026-11-10');
    writeFileSync(file, JSON.stringify(data, null, 1) + '\n');
    const r = insat(dir, ['check']);
    expect(r.code).toBe(3);
    expect(r.stdout).toContain('rate-missing: 1 day with hours worked (2026-11-03 – 2026-11-03) has no allowance rate');
  });
});
