// `group edit` of an offer whose attendance is recorded: a refusal is one readable line, however many
// attended, and says what is wrong with the new date.
import { beforeAll, describe, expect, test } from '@jest/globals';
import { enrolled, insat, ok, storeBytes, tempDataDir } from '../helpers/cli.js';

const DAY = '2026-11-24';
let dir = '';
let people: string[] = [];

beforeAll(() => {
  dir = tempDataDir();
  ok(dir, ['init']);
  people = Array.from({ length: 7 }, () => enrolled(dir, 'holz', '2026-11-02', '2027-10-31'));
  ok(
    dir,
    ['group', 'add', '--date', DAY, '--topic', 'Erste Hilfe', '--kind', 'lesson', '--from', '10:00'].concat([
      '--to',
      '11:30',
      '--led-by',
      'Frau Kaya',
    ]),
  );
  ok(dir, ['group', 'attend', 'u001']);
});

describe('group edit --date with attendance recorded', () => {
  test('a day on which nobody had a seat: one sentence naming the first few and a count', () => {
    const before = storeBytes(dir);
    const r = insat(dir, ['group', 'edit', 'u001', '--date', '2020-01-06']);
    expect(r.code).toBe(3);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr.match(/no seat/g)).toHaveLength(1);
    expect(r.stderr).toContain(
      `7 participants recorded at offer u001 have no seat on 2020-01-06 (${people.slice(0, 5).join(', ')} and 2 more)`,
    );
    const de = insat(dir, ['group', 'edit', 'u001', '--date', '2020-01-06'], { env: { INSAT_LANG: 'de' } });
    expect(de.stderr).toContain('7 bei Angebot u001 erfasste Teilnehmende haben am 06.01.2020 keinen Platz');
    expect(de.stderr).toContain('und 2 weitere');
    expect(storeBytes(dir)).toEqual(before);
  });
  test('a day in the future: the attendance is recorded, so the date cannot move there', () => {
    const before = storeBytes(dir);
    const r = insat(dir, ['group', 'edit', 'u001', '--date', '2026-12-01']);
    expect(r.code).toBe(3);
    expect(r.stderr).toBe(
      "error: the attendance of offer u001 is recorded, so its date cannot move to 2026-12-01, in the future — keep 2026-11-24 or another day up to today; an offer that has not taken place yet: delete it ('insat group delete u001') and add it again\n",
    );
    expect(r.stderr).not.toContain('on or after that day');
    const de = insat(dir, ['group', 'edit', 'u001', '--date', '2026-12-01'], { env: { INSAT_LANG: 'de' } });
    expect(de.stderr).toContain('die Anwesenheit von Angebot u001 ist erfasst');
    expect(storeBytes(dir)).toEqual(before);
  });
});
