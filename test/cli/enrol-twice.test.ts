// Enrolling a participant a second time over a running assignment is refused with the dates of both
// and how to go on — not only "two assignments overlap".
import { describe, expect, test } from '@jest/globals';
import { enrolled, insat, ok, storeBytes, tempDataDir } from '../helpers/cli.js';

describe('enrol over a running assignment', () => {
  test('is refused (exit 3) naming both, with the way out; the store is unchanged', () => {
    const dir = tempDataDir();
    ok(dir, ['init']);
    const id = enrolled(dir, 'holz', '2026-11-02', '2027-10-31');
    const before = storeBytes(dir);
    const again = [
      'enrol',
      id,
      '--area',
      'kueche',
      '--start',
      '2026-11-16',
      '--until',
      '2027-05-31',
      '--hours-per-week',
      '20',
    ];
    const r = insat(dir, again);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(
      `error: ${id} has two assignments that overlap (2026-11-02 to 2027-10-31, and from 2026-11-16) — a further assignment starts after the last day of the one before: choose a later --start, or end the earlier one first ('insat participant exit ${id}'; 'insat participant show ${id}' lists both)`,
    );
    expect(insat(dir, again, { env: { INSAT_LANG: 'de' } }).stderr).toContain(
      `Fehler: ${id} hat zwei Zuweisungen, die sich überschneiden (02.11.2026 bis 31.10.2027 und ab 16.11.2026)`,
    );
    expect(storeBytes(dir)).toEqual(before);
  });
});
