// An id of the wrong kind given to note and plan commands (a participant's p023 where a note's n012
// belongs) is a usage error (exit 2) that says what such an id looks like — as for staff and
// certification ids — and the store stays byte for byte; an unknown id of the right kind is exit 4.
import { beforeAll, describe, expect, test } from '@jest/globals';
import { enrolled, insat, ok, storeBytes, tempDataDir } from '../helpers/cli.js';

describe('note and plan: an id of the wrong kind', () => {
  const dir = tempDataDir();
  let id: string;
  beforeAll(() => {
    ok(dir, ['init']);
    id = enrolled(dir, 'holz', '2026-11-02', '2027-10-31');
    ok(dir, ['note', 'add', id, '--text', 'Erstgespräch']);
    ok(dir, ['plan', 'add', id, '--goal', 'Pünktlich erscheinen']);
  });

  function refused(args: string[], code: number, message: string) {
    const before = storeBytes(dir);
    const r = insat(dir, args);
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code, stderr: `error: ${message}\n` });
    expect(storeBytes(dir)).toEqual(before);
  }

  const notANote = "note 'p023' is not a note id — note ids look like n012 (see 'insat note list ID')";
  const notAGoal = "goal 'p023' is not a goal id — goal ids look like g012 (see 'insat plan list ID')";

  test.each([
    [['note', 'edit', 'p023', '--text', 'x'], notANote],
    [['note', 'delete', 'p023'], notANote],
    [['note', 'delete', 'g001'], "note 'g001' is not a note id — note ids look like n012 (see 'insat note list ID')"],
    [['plan', 'edit', 'p023', '--goal', 'x'], notAGoal],
    [['plan', 'delete', 'p023'], notAGoal],
    [['plan', 'delete', 'n001'], "goal 'n001' is not a goal id — goal ids look like g012 (see 'insat plan list ID')"],
  ])('%j: exit 2, says what the id looks like', (args, message) => {
    refused(args, 2, message);
  });

  test('plan review with a goal id of the wrong kind: exit 2 as well', () => {
    refused(['plan', 'review', id, 'p023', '--status', 'achieved'], 2, notAGoal);
  });

  test('an unknown id of the right kind is still not found (exit 4)', () => {
    refused(['note', 'edit', 'n099', '--text', 'x'], 4, "no note 'n099' — see 'insat note list ID'");
    refused(['plan', 'delete', 'g099'], 4, "no goal 'g099' — see 'insat plan list ID'");
  });

  test('in German', () => {
    const r = insat(dir, ['note', 'delete', 'p023'], { env: { INSAT_LANG: 'de' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("'p023' ist keine Kennung einer Notiz — Kennungen von Notizen sehen aus wie n012");
  });
});
