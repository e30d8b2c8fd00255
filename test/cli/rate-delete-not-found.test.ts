// `config rate delete --from DATE` for a day on which no rate starts: the thing to delete is not
// there — exit 4 (CLI.md: not found), not 3 (a programme rule); nothing changed.
import { describe, expect, test } from '@jest/globals';
import { insat, ok, storeBytes, tempDataDir } from '../helpers/cli.js';

describe('config rate delete of a rate that does not exist', () => {
  test.each([[[]], [['--force']], [['--dry-run']]])('exit 4 naming the day, nothing changed (%j)', (extra) => {
    const dir = tempDataDir();
    ok(dir, ['init']);
    const before = storeBytes(dir);
    const r = insat(dir, ['config', 'rate', 'delete', '--from', '2025-03-03', ...extra, '--json']);
    const message = "no rate starts on 2025-03-03 — see the starting days with 'insat config rate list'";
    expect({ code: r.code, stdout: r.stdout, stderr: r.stderr }).toEqual({
      code: 4,
      stdout: '',
      stderr: `error: ${message}\n${JSON.stringify({ error: { code: 'not-found', message } })}\n`,
    });
    expect(storeBytes(dir)).toEqual(before);
  });

  test('a rate that exists is still deleted (exit 0), and the only rate is still refused by the rule (exit 3)', () => {
    const dir = tempDataDir();
    ok(dir, ['init']);
    ok(dir, ['config', 'rate', 'delete', '--from', '2020-03-01', '--force']);
    expect(insat(dir, ['config', 'rate', 'delete', '--from', '2006-01-01', '--force']).code).toBe(3);
  });
});
