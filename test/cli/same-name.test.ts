// A second staff record or customer under the same name is refused — also when the name differs only
// in case, extra spaces or an invisible character (what `staff migrate` treats as one person).
import { describe, expect, test } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { nameKey } from '../../src/model/duplicates.js';
import { insat, ok, storeBytes, tempDataDir } from '../helpers/cli.js';

describe('one name, one record', () => {
  test('the key ignores case, spacing and invisible characters, not accents', () => {
    expect(nameKey('  Bernd   Kuhlmann ')).toBe(nameKey('bernd kuhlmann'));
    expect(nameKey('Kita\u200b Sonnenschein')).toBe(nameKey('KITA SONNENSCHEIN'));
    expect(nameKey('Jürgen Müller')).not.toBe(nameKey('Jurgen Muller'));
  });

  test('staff add and customer add refuse a name that differs only in spacing or case (exit 3, store unchanged)', () => {
    const dir = tempDataDir();
    ok(dir, ['init']);
    ok(dir, ['staff', 'add', '--name', 'Bernd Kuhlmann', '--role', 'instructor', '--area', 'holz']);
    ok(dir, ['customer', 'add', '--name', 'Kita Sonnenschein', '--kind', 'non-profit', '--type', 'Kita']);
    const before = storeBytes(dir);
    const staff = insat(dir, ['staff', 'add', '--name', 'bernd  kuhlmann', '--role', 'instructor', '--area', 'holz']);
    expect(staff.code).toBe(3);
    expect(staff.stderr).toContain('s001');
    const customer = insat(dir, [
      'customer',
      'add',
      '--name',
      'KITA  Sonnenschein',
      '--kind',
      'public',
      '--type',
      'Kita',
    ]);
    expect(customer.code).toBe(3);
    expect(customer.stderr).toContain('c001');
    expect(storeBytes(dir)).toEqual(before);
  });

  test('check warns about a second record of a team member an older version (or a hand edit) made', () => {
    const dir = tempDataDir();
    ok(dir, ['init']);
    ok(dir, ['staff', 'add', '--name', 'Bernd Kuhlmann', '--role', 'instructor', '--area', 'holz']);
    expect(ok(dir, ['check', '--json']).json().problems).toEqual([]);
    const file = join(dir, 'insat.json');
    const data = JSON.parse(readFileSync(file, 'utf8'));
    data.staff.push({ ...data.staff[0], id: 's002', name: 'bernd  kuhlmann' });
    data.counters.staff = 2;
    writeFileSync(file, JSON.stringify(data, null, 1) + '\n');
    const r = ok(dir, ['check', '--json']);
    expect(r.json().problems).toEqual([
      expect.objectContaining({ rule: 'staff-duplicate', severity: 'warning', ids: ['s001', 's002'] }),
    ]);
  });
});
