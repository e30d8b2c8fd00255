// The rate history never holds two equal rates one after the other: `config rate set` refused to
// make such a step, and `config rate delete` must not leave one behind either (the same rule).
import { describe, expect, test } from '@jest/globals';
import { insat, ok, storeBytes, tempDataDir } from '../helpers/cli.js';

const starts = (dir: string) =>
  ok(dir, ['config', 'rate', 'list', '--json'])
    .json()
    .rates.map((r: { from: string; centsPerHour: number }) => `${r.from} ${r.centsPerHour}`);

function threeRates(): string {
  const dir = tempDataDir();
  ok(dir, ['init']);
  ok(dir, ['config', 'rate', 'set', '2,50', '--from', '2027-01-01']);
  ok(dir, ['config', 'rate', 'set', '3,00', '--from', '2027-02-01']);
  ok(dir, ['config', 'rate', 'set', '2,50', '--from', '2027-04-01']);
  return dir;
}

describe('rate history: no two equal rates in a row', () => {
  test('refuses a delete that would leave 2.50 from 2027-01-01 followed by 2.50 from 2027-04-01 (exit 3), store unchanged', () => {
    const dir = threeRates();
    const before = storeBytes(dir);
    const r = insat(dir, ['config', 'rate', 'delete', '--from', '2027-02-01']);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('2027-04-01');
    expect(r.stderr).toContain("'insat config rate delete --from 2027-04-01'");
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(storeBytes(dir)).toEqual(before);
    expect(insat(dir, ['config', 'rate', 'delete', '--from', '2027-02-01', '--dry-run']).code).toBe(3);
  });
  test('the way it names works: delete the later one first, then the one between', () => {
    const dir = threeRates();
    ok(dir, ['config', 'rate', 'delete', '--from', '2027-04-01']);
    ok(dir, ['config', 'rate', 'delete', '--from', '2027-02-01']);
    expect(starts(dir)).toEqual(['2006-01-01 150', '2020-03-01 200', '2027-01-01 250']);
  });
  test('rate set refuses a rate equal to the one after it too (exit 3), store unchanged', () => {
    const dir = tempDataDir();
    ok(dir, ['init']);
    ok(dir, ['config', 'rate', 'set', '2,50', '--from', '2027-04-01']);
    const before = storeBytes(dir);
    const r = insat(dir, ['config', 'rate', 'set', '2,50', '--from', '2027-01-01']);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain("'insat config rate delete --from 2027-04-01'");
    expect(storeBytes(dir)).toEqual(before);
    ok(dir, ['config', 'rate', 'set', '2,75', '--from', '2027-01-01']);
  });
  test('German: the refusal of the delete is one line "what — how"', () => {
    const dir = threeRates();
    const r = insat(dir, ['config', 'rate', 'delete', '--from', '2027-02-01'], { env: { INSAT_LANG: 'de' } });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/derselbe Satz ab 01\.04\.2027 — zuerst den Satz ab 01\.04\.2027 löschen/);
  });
});
