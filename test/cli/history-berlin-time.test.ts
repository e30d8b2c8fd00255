// `insat history` shows when a change was made in Bochum's time, like every other date of insat —
// not in the time zone the process happens to run in.
import { describe, expect, test } from '@jest/globals';
import { ok, tempDataDir } from '../helpers/cli.js';

function wallClock(iso: string, timeZone: string): string {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('de-DE', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(iso))
      .map((x) => [x.type, x.value]),
  );
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second}`; // English: ISO dates
}

describe('history times', () => {
  test.each(['Pacific/Kiritimati', 'America/Los_Angeles', 'UTC'])('with TZ=%s are Europe/Berlin times', (tz) => {
    const dir = tempDataDir('insat-history-tz-');
    ok(dir, ['init']);
    ok(dir, ['applicant', 'add', '--name', 'Max Muster', '--birth-date', '1980-05-01', '--referred-by', 'self']);
    const env = { env: { TZ: tz } };
    const at = ok(dir, ['history', '--json'], env).json().entries[0].at as string;
    const text = ok(dir, ['history'], env).stdout;
    expect(text).toContain(wallClock(at, 'Europe/Berlin'));
    if (tz !== 'UTC' || wallClock(at, 'UTC') !== wallClock(at, 'Europe/Berlin'))
      expect(text).not.toContain(wallClock(at, tz));
  });
});
