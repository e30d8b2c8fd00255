// `insat certification done` run twice for the same day: the second run would record the next
// date as done too (an audit nobody held), so it is refused and the store stays as it was.
import { describe, expect, test } from '@jest/globals';
import { insat, ok, storeBytes, tempDataDir } from '../helpers/cli.js';

function auditDoneOn(day: string): string {
  const dir = tempDataDir();
  ok(dir, ['init']);
  ok(dir, ['certification', 'add', '--kind', 'audit', '--due', '2026-12-01', '--every', '1y']);
  ok(dir, ['certification', 'done', 'z001', '--date', day]);
  return dir;
}

describe('insat certification done: the same day twice', () => {
  test('is refused with exit 3 in one line, and the next date stays open', () => {
    const dir = auditDoneOn('2026-11-20');
    const before = storeBytes(dir);
    const r = insat(dir, ['certification', 'done', 'z001', '--date', '2026-11-20']);
    expect(r.code).toBe(3);
    expect(r.stderr).toBe(
      "error: z001 (annual audit) is already recorded as done on 2026-11-20 — nothing to record again; 'insat certification list' shows the next date\n",
    );
    expect(storeBytes(dir)).toEqual(before);
    expect(ok(dir, ['certification', 'list', '--json']).json()).toEqual({
      certifications: [
        expect.objectContaining({ due: '2027-11-20', done: [{ due: '2026-12-01', date: '2026-11-20' }] }),
      ],
    });
  });

  test('says so in German', () => {
    const dir = auditDoneOn('2026-11-20');
    const r = insat(dir, ['certification', 'done', 'z001', '--date', '2026-11-20'], { env: { INSAT_LANG: 'de' } });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/z001 \(.+\) ist schon am 20\.11\.2026 als erledigt eingetragen/);
  });

  test('a later day is the next audit, held early: recorded', () => {
    const dir = auditDoneOn('2026-11-20');
    expect(ok(dir, ['certification', 'done', 'z001', '--date', '2026-11-24']).stdout).toBe(
      'recorded z001 (annual audit) done on 2026-11-24; next due on 2027-11-24\n',
    );
  });
});
