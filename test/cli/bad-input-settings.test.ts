// Money and settings cannot rewrite the past by accident: each refusal exits with its code, says
// how to fix it, and leaves the store byte for byte unchanged.
import { describe, expect, test } from '@jest/globals';
import { enrolled, insat, ok, storeBytes, tempDataDir } from '../helpers/cli.js';

function bookedStore(): { dir: string; id: string } {
  const dir = tempDataDir();
  ok(dir, ['init']);
  const id = enrolled(dir, 'holz', '2026-04-01', '2027-03-31');
  ok(dir, ['hours', 'book', id, '--date', '2026-05-04', '--hours', '6']);
  return { dir, id };
}

describe('changing the past: the allowance rate', () => {
  test('refuses a rate that re-prices May (exit 3), names the months and --force; store unchanged', () => {
    const { dir } = bookedStore();
    const before = storeBytes(dir);
    const r = insat(dir, ['config', 'rate', 'set', '2,50', '--from', '2026-04-01']);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(
      /^error: the rate change from 2026-04-01 reaches into 1 month with bookings \(2026-05: 12.00 € → 15.00 €\).*--force/m,
    );
    expect(storeBytes(dir)).toEqual(before);
  });
  test('--dry-run lists each affected month with the old and new total and changes nothing', () => {
    const { dir } = bookedStore();
    const before = storeBytes(dir);
    const r = ok(dir, ['config', 'rate', 'set', '2,50', '--from', '2026-04-01', '--dry-run']);
    expect(r.stdout).toContain('2026-05: 12.00 € → 15.00 €');
    expect(storeBytes(dir)).toEqual(before);
  });
  test('--force sets it and lists the months', () => {
    const { dir } = bookedStore();
    const r = ok(dir, ['config', 'rate', 'set', '2,50', '--from', '2026-04-01', '--force']);
    expect(r.stdout).toContain('2026-05: 12.00 € → 15.00 €');
    expect(ok(dir, ['pay', '--month', '2026-05', '--json']).json().totalCents).toBe(1500);
  });
  test('refuses a rate equal to the one before it (exit 3), store unchanged', () => {
    const { dir } = bookedStore();
    const before = storeBytes(dir);
    const r = insat(dir, ['config', 'rate', 'set', '2,00', '--from', '2027-01-01']);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('equal to the one before it');
    expect(storeBytes(dir)).toEqual(before);
  });
  test('config rate delete removes a future entry; a booked one needs --force', () => {
    const { dir } = bookedStore();
    ok(dir, ['config', 'rate', 'set', '2,50', '--from', '2027-01-01']);
    ok(dir, ['config', 'rate', 'delete', '--from', '2027-01-01']);
    expect(
      ok(dir, ['config', 'rate', 'list', '--json'])
        .json()
        .rates.map((r: { from: string }) => r.from),
    ).toEqual(['2006-01-01', '2020-03-01']);
    const before = storeBytes(dir);
    const r = insat(dir, ['config', 'rate', 'delete', '--from', '2020-03-01']);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('--force');
    expect(storeBytes(dir)).toEqual(before);
    expect(insat(dir, ['config', 'rate', 'delete', '--from', '2019-01-01']).code).toBe(4); // no rate starts then: not found
  });
});

describe('settings: keys, seat plans and closing days', () => {
  test('refuses an unknown key (exit 2) and lists the valid keys', () => {
    const dir = tempDataDir();
    ok(dir, ['init']);
    const before = storeBytes(dir);
    const r = insat(dir, ['config', 'set', 'flatRate.foo', '10']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown setting 'flatRate.foo' — the keys are: .*flatRate\.personnel/);
    expect(storeBytes(dir)).toEqual(before);
  });
  test('refuses a seat plan below the seats taken on its first day, naming who holds them', () => {
    const dir = tempDataDir();
    ok(dir, ['init']);
    const a = enrolled(dir, 'holz', '2026-11-02', '2027-10-31');
    const b = enrolled(dir, 'holz', '2026-11-02', '2027-10-31');
    const before = storeBytes(dir);
    const r = insat(dir, ['config', 'set', 'seats.holz', '1', '--from', '2026-12-01']);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(`but 2 are taken there that day (${a}, ${b})`);
    expect(storeBytes(dir)).toEqual(before);
  });
  test('refuses a seat plan or a closing day before today unless --force', () => {
    const dir = tempDataDir();
    ok(dir, ['init']);
    const before = storeBytes(dir);
    const r = insat(dir, ['config', 'set', 'seats.holz', '10', '--from', '2026-01-01']);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('--force');
    expect(insat(dir, ['config', 'set', 'closingDays', '2026-11-23']).code).toBe(3);
    expect(storeBytes(dir)).toEqual(before);
    ok(dir, ['config', 'set', 'closingDays', '2026-11-23', '--force']);
  });
  test('refuses a closing day on a weekend', () => {
    const dir = tempDataDir();
    ok(dir, ['init']);
    const before = storeBytes(dir);
    const r = insat(dir, ['config', 'set', 'closingDays', '2026-12-26']);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('no working day');
    expect(storeBytes(dir)).toEqual(before);
  });
});
