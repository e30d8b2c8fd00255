// DOMAIN.md: only leave already earned can be taken, and leave beyond it is warned about — when it
// is booked, not only weeks later in the monthly absence report.
import { describe, expect, test } from '@jest/globals';
import { enrolled, ok, tempDataDir } from '../helpers/cli.js';

describe('leave booked beyond what was earned', () => {
  const dir = tempDataDir();
  ok(dir, ['init']);
  // from 3 August: three full months by late November, 2 days each = 6 days earned
  const early = enrolled(dir, 'holz', '2026-08-03', '2027-07-31');
  const late = enrolled(dir, 'kueche', '2026-11-02', '2027-10-31');

  test('within what was earned: no warning', () => {
    const r = ok(dir, ['hours', 'book', early, '--date', '2026-11-24', '--absent', 'holiday']);
    expect(r.stderr).toBe('');
  });

  test('one day, nothing earned yet: booked, with a warning naming the balance', () => {
    const r = ok(dir, ['hours', 'book', late, '--date', '2026-11-24', '--absent', 'holiday']);
    expect(r.stdout).toMatch(/^booked/);
    expect(r.stderr).toMatch(new RegExp(`^warning: ${late}: .*2026-11-24.*\\n$`));
    expect(r.stderr).toContain('1');
  });

  test('a range of leave warns once, with the days beyond the balance; German too', () => {
    const r = ok(dir, ['hours', 'book', early, '--from', '2026-11-16', '--to', '2026-11-20', '--absent', 'urlaub'], {
      env: { INSAT_LANG: 'de' },
    });
    // 1 day taken before + 5 = 6 earned: still within
    expect(r.stderr).toBe('');
    // 23 November is the sixth day (within), 24 and 25 the seventh and eighth
    const over = ok(
      dir,
      ['hours', 'book', early, '--from', '2026-11-23', '--to', '2026-11-25', '--absent', 'urlaub', '--replace'],
      { env: { INSAT_LANG: 'de' } },
    );
    expect(over.stderr).toBe(
      `Warnung: ${early}: 2 Urlaubstage mehr als erworben (24.11.–25.11.2026): 8 genommen, 6 erworben bis 25.11.2026\n`,
    );
  });
});
