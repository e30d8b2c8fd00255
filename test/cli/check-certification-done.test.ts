// insat check lists a certification recorded as done on a day in the future or out of order — the
// days `insat certification done` refuses — as an error (exit 3), in English and German.
import { describe, expect, test } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { insat, ok, tempDataDir } from '../helpers/cli.js';

function auditDoneOn(day: string): string {
  const dir = tempDataDir();
  ok(dir, ['init']);
  ok(dir, ['certification', 'add', '--kind', 'audit', '--due', '2026-12-01', '--every', '1y']);
  ok(dir, ['certification', 'done', 'z001', '--date', day]);
  return dir;
}

describe('insat check and the days a certification was done', () => {
  test('a day done that lies after today is a problem', () => {
    const dir = auditDoneOn('2026-11-20');
    expect(ok(dir, ['check', '--json']).json().problems).toEqual([]);
    const r = insat(dir, ['check', '--json'], { today: '2026-11-19' });
    expect(r.code).toBe(3);
    expect(r.json().problems).toEqual([
      {
        rule: 'certification-done',
        severity: 'error',
        message: expect.stringMatching(
          /^z001 \(annual audit\) is recorded as done on 2026-11-20, which lies in the future — correct it with 'insat certification edit z001 --last-done DATE'/,
        ),
        ids: ['z001'],
      },
    ]);
    // the fix the message names works
    ok(dir, ['certification', 'edit', 'z001', '--last-done', '2026-11-19'], { today: '2026-11-19' });
    expect(ok(dir, ['check', '--json'], { today: '2026-11-19' }).json().problems).toEqual([]);
  });

  test('a day done before the one recorded before it is a problem, in German as well', () => {
    const dir = auditDoneOn('2026-11-20');
    const file = join(dir, 'insat.json');
    const data = JSON.parse(readFileSync(file, 'utf8'));
    data.certifications[0].done.push({ due: '2027-11-20', date: '2026-11-10' });
    writeFileSync(file, JSON.stringify(data));
    const r = insat(dir, ['check', '--json']);
    expect(r.code).toBe(3);
    expect(r.json().problems.map((p: { rule: string; message: string }) => [p.rule, p.message])).toEqual([
      ['certification-done', expect.stringContaining('done on 2026-11-10, not after the time before (2026-11-20)')],
    ]);
    const de = insat(dir, ['check'], { env: { INSAT_LANG: 'de' } });
    expect(de.code).toBe(3);
    expect(de.stdout + de.stderr).toContain('am 10.11.2026 eingetragen, nicht nach dem vorigen Termin (20.11.2026)');
  });
});
