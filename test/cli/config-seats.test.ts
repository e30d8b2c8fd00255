// The programme's ceiling of 33 seats is a programme rule (exit 3), the same in config and check.
import { describe, expect, test } from '@jest/globals';
import { insat, ok, storeBytes, tempDataDir } from '../helpers/cli.js';

describe('up to 33 seats at the same time', () => {
  test('a seat plan of 34 is refused by the rule, not as a malformed number', () => {
    const dir = tempDataDir();
    ok(dir, ['init']);
    const before = storeBytes(dir);
    const r = insat(dir, ['config', 'set', 'seats.total', '34', '--from', '2027-01-01']);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(
      /^error: the seat plan from 2027-01-01 has 34 seats; the programme allows at most 33 — lower seats.total/,
    );
    expect(storeBytes(dir)).toEqual(before);
    expect(insat(dir, ['config', 'set', 'seats.total', 'drei', '--from', '2027-01-01']).code).toBe(2);
    ok(dir, ['config', 'set', 'seats.total', '33', '--from', '2027-01-01']);
  });
});
