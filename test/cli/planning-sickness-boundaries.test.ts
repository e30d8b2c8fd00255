// The two rules that hung on one model test each, now through the commands a user types:
// planned daily hours (weekly hours ÷ 5, rounded down to the quarter hour) as `--as-planned` books
// them, and the absence report's flag for more than 14 calendar days of sickness in a row.
import { beforeAll, describe, expect, test } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { enrolled, ok, tempDataDir } from '../helpers/cli.js';

const TODAY = { today: '2026-12-03' };

describe('hours book --as-planned books weekly hours ÷ 5, rounded down to the quarter hour', () => {
  test('20 h → 4 h, 21 h → 4 h (4,2), 22 h → 4,25 h (4,4), 23 h → 4,5 h (4,6), 24 h → 4,75 h (4,8)', () => {
    const dir = tempDataDir('insat-planned-');
    ok(dir, ['init'], TODAY);
    const weekly = [20, 21, 22, 23, 24];
    const ids = weekly.map((h) => enrolled(dir, 'holz', '2026-11-02', '2027-10-31', h, TODAY));
    ok(dir, ['hours', 'book', '--area', 'holz', '--date', '2026-11-24', '--as-planned'], TODAY);
    const booked = ok(
      dir,
      ['hours', 'list', '--from', '2026-11-24', '--to', '2026-11-24', '--format', 'json'],
      TODAY,
    ).json();
    const list = (booked.bookings ?? booked.rows ?? booked) as {
      participantId?: string;
      participant?: string;
      id?: string;
      minutes: number;
    }[];
    const minutesOf = (id: string) => list.find((b) => (b.participantId ?? b.participant ?? b.id) === id)?.minutes;
    expect(ids.map(minutesOf)).toEqual([240, 240, 255, 270, 285]);
  });
});

describe('the absence report flags sickness of more than 14 calendar days in a row', () => {
  let dir: string;
  let fourteen: string;
  let fifteen: string;

  beforeAll(() => {
    dir = tempDataDir('insat-sick-');
    ok(dir, ['init'], TODAY);
    fourteen = enrolled(dir, 'holz', '2026-10-05', '2027-09-30', 20, TODAY);
    fifteen = enrolled(dir, 'kueche', '2026-10-05', '2027-09-30', 20, TODAY);
    // Tue 03.11. – Mon 16.11. is 14 calendar days; Mon 02.11. – Mon 16.11. is 15 (weekends in between count).
    const weekdays = [
      '2026-11-03',
      '2026-11-04',
      '2026-11-05',
      '2026-11-06',
      '2026-11-09',
      '2026-11-10',
      '2026-11-11',
      '2026-11-12',
      '2026-11-13',
      '2026-11-16',
    ];
    const rows = [
      'participant,date,code',
      ...weekdays.map((d) => `${fourteen},${d},sick-certified`),
      ...['2026-11-02', ...weekdays].map((d) => `${fifteen},${d},sick-certified`),
    ];
    const file = join(dir, '..', 'sick.csv');
    writeFileSync(file, rows.join('\n') + '\n');
    ok(dir, ['hours', 'import', file], TODAY);
  });

  test('14 calendar days in a row: no flag', () => {
    const r = ok(dir, ['absences', '--month', '2026-11', '--allow-gaps', '--json'], TODAY).json();
    const p = r.participants.find((x: { id: string }) => x.id === fourteen);
    expect(p.flags.map((f: { flag: string }) => f.flag)).not.toContain('long-sickness');
  });

  test('15 calendar days in a row: flagged, with the days named', () => {
    const r = ok(dir, ['absences', '--month', '2026-11', '--allow-gaps', '--json'], TODAY).json();
    const p = r.participants.find((x: { id: string }) => x.id === fifteen);
    const flag = p.flags.find((f: { flag: string }) => f.flag === 'long-sickness');
    expect(flag.message).toContain('15 calendar days in a row (2026-11-02–2026-11-16), more than 14');
  });
});
