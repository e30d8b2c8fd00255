// `insat participant hours` from the first day of an assignment with a weekday distribution: the
// distribution keeps its days and adds up to the new weekly hours, as it does for hours from a later day.
import { describe, expect, test } from '@jest/globals';
import { ok, suitableApplicant, tempDataDir } from '../helpers/cli.js';

function enrolledMoToThu(): { dir: string; id: string } {
  const dir = tempDataDir();
  ok(dir, ['init']);
  const id = suitableApplicant(dir);
  ok(dir, [
    'enrol',
    id,
    '--area',
    'holz',
    '--start',
    '2026-11-23',
    '--until',
    '2027-05-22',
    '--hours-per-week',
    '24',
    '--pattern',
    'mo=6,di=6,mi=6,do=6,fr=0',
  ]);
  return { dir, id };
}

const shown = (dir: string, id: string) => ok(dir, ['participant', 'show', id, '--json']).json();

describe('participant hours from the first day of an assignment with a weekday distribution', () => {
  test('more hours are spread over the same days: 30 h Monday to Thursday plans 7.5 h a day', () => {
    const { dir, id } = enrolledMoToThu();
    ok(dir, ['participant', 'hours', id, '30', '--from', '2026-11-23']);
    expect(shown(dir, id)).toMatchObject({ hoursPerWeek: 30, weekdayMinutes: [450, 450, 450, 450, 0] });
    expect(ok(dir, ['participant', 'show', id]).stdout).toContain('30 h planned a week');
  });

  test('as from a later day: the same plan for the days after the change', () => {
    const { dir, id } = enrolledMoToThu();
    ok(dir, ['participant', 'hours', id, '30', '--from', '2026-11-24']);
    expect(shown(dir, id)).toMatchObject({ weekdayMinutes: [450, 450, 450, 450, 0] });
  });

  test('undo brings the distribution of the enrolment back', () => {
    const { dir, id } = enrolledMoToThu();
    ok(dir, ['participant', 'hours', id, '30', '--from', '2026-11-23']);
    ok(dir, ['undo']);
    expect(shown(dir, id)).toMatchObject({ hoursPerWeek: 24, weekdayMinutes: [360, 360, 360, 360, 0] });
  });
});
