// participant show prints the weekday plan valid today — after `participant hours … --from` — in its
// text as in its JSON (one function gives both).
import { describe, expect, test } from '@jest/globals';
import { enrolled, ok, suitableApplicant, tempDataDir } from '../helpers/cli.js';

const weekdaysLine = (dir: string, id: string) =>
  ok(dir, ['participant', 'show', id])
    .stdout.split('\n')
    .find((l) => l.startsWith('weekdays'));

describe('participant show: the weekday plan after a change of the weekly hours', () => {
  test('a distribution: the text shows the hours valid today, as --json does', () => {
    const dir = tempDataDir();
    ok(dir, ['init']);
    const id = suitableApplicant(dir);
    ok(dir, [
      'enrol',
      id,
      '--area',
      'holz',
      '--start',
      '2026-11-02',
      '--until',
      '2027-05-01',
      '--hours-per-week',
      '24',
      '--pattern',
      'mo=6,di=6,mi=6,do=6,fr=0',
    ]);
    ok(dir, ['participant', 'hours', id, '20', '--from', '2026-11-16']);
    const json = ok(dir, ['participant', 'show', id, '--json']).json();
    expect(json).toMatchObject({ weekdayMinutes: [300, 300, 300, 300, 0], weekdayPattern: 'mo=5,di=5,mi=5,do=5,fr=0' });
    expect(weekdaysLine(dir, id)).toBe('weekdays           mo=5,di=5,mi=5,do=5,fr=0 (20 h planned a week)');
  });

  test('an even week: the hours a day valid today', () => {
    const dir = tempDataDir();
    ok(dir, ['init']);
    const id = enrolled(dir, 'holz', '2026-11-02', '2027-05-01', 20);
    ok(dir, ['participant', 'hours', id, '30', '--from', '2026-11-16']);
    expect(ok(dir, ['participant', 'show', id, '--json']).json().weekdayMinutes).toEqual([360, 360, 360, 360, 360]);
    expect(weekdaysLine(dir, id)).toBe('weekdays           Monday to Friday evenly, 6 h a day');
  });

  test('a change still ahead does not show yet', () => {
    const dir = tempDataDir();
    ok(dir, ['init']);
    const id = enrolled(dir, 'holz', '2026-11-02', '2027-05-01', 20);
    ok(dir, ['participant', 'hours', id, '30', '--from', '2026-12-01']);
    expect(weekdaysLine(dir, id)).toBe('weekdays           Monday to Friday evenly, 4 h a day');
  });
});
