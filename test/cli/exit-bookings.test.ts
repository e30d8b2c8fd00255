// An exit is refused while hours are booked after its day: they would be paid for days outside the
// assignment and `check` would reject the store. The refusal names the days and changes nothing.
import { beforeAll, describe, expect, test } from '@jest/globals';
import { enrolled, insat, ok, storeBytes, tempDataDir } from '../helpers/cli.js';
import { copyStore } from '../helpers/store-files.js';

const TODAY = '2026-11-25';
let base: string;
let id: string;

beforeAll(() => {
  base = tempDataDir('insat-exit-');
  ok(base, ['init'], { today: TODAY });
  id = enrolled(base, 'holz', '2026-11-02', '2027-10-31', 20, { today: TODAY });
  for (const day of ['2026-11-16', '2026-11-17', '2026-11-18'])
    ok(base, ['hours', 'book', id, '--date', day, '--hours', '4'], { today: TODAY });
});

describe('participant exit --date D with bookings after D', () => {
  test('is refused (exit 3), names the booked days, changes nothing', () => {
    const dir = copyStore(base);
    const before = storeBytes(dir);
    const r = insat(dir, ['participant', 'exit', id, '--date', '2026-11-16', '--reason', 'job'], { today: TODAY });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(
      `error: ${id} has bookings after the exit day 2026-11-16: 2026-11-17, 2026-11-18 — delete them first`,
    );
    expect(storeBytes(dir)).toEqual(before);
    expect(ok(dir, ['check'], { today: TODAY }).code).toBe(0);
  });

  test('is accepted on the last booked day, and check still passes', () => {
    const dir = copyStore(base);
    ok(dir, ['participant', 'exit', id, '--date', '2026-11-18', '--reason', 'job'], { today: TODAY });
    expect(ok(dir, ['check'], { today: TODAY }).code).toBe(0);
  });

  test('is accepted once the later bookings are deleted', () => {
    const dir = copyStore(base);
    ok(dir, ['hours', 'delete', id, '--date', '2026-11-17'], { today: TODAY });
    ok(dir, ['hours', 'delete', id, '--date', '2026-11-18'], { today: TODAY });
    ok(dir, ['participant', 'exit', id, '--date', '2026-11-16', '--reason', 'job'], { today: TODAY });
    expect(ok(dir, ['check'], { today: TODAY }).code).toBe(0);
  });
});
