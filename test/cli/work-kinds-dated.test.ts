// The kinds of work an area lists are those of the annual application (DOMAIN.md: "each order names
// ... a kind of work the area listed in the annual application"): a new list applies from a day on,
// and each order is judged by the list valid on the day it came in. So a new list never turns the
// orders before it into errors of `check`; a list dated back over orders it leaves out is refused.
import { describe, expect, test } from '@jest/globals';
import { insat, ok, storeBytes, tempDataDir } from '../helpers/cli.js';

function withOrder(): string {
  const dir = tempDataDir();
  ok(dir, ['init']);
  ok(dir, ['customer', 'add', '--name', 'Kita Sonnenschein', '--kind', 'non-profit', '--type', 'Kita']);
  ok(
    dir,
    ['order', 'add', '--customer', 'c001', '--area', 'holz', '--title', 'Spielküche'].concat([
      '--received',
      '2026-11-02',
      '--kind',
      'Spielgeräte',
    ]),
  );
  return dir;
}

const add = (dir: string, received: string) =>
  insat(
    dir,
    ['order', 'add', '--customer', 'c001', '--area', 'holz', '--title', 'Rutsche'].concat([
      '--received',
      received,
      '--kind',
      'Spielgeräte',
    ]),
  );

describe('work kinds: dated like the application that lists them', () => {
  test('a new list leaves the orders before it valid: check passes after the change', () => {
    const dir = withOrder();
    expect(ok(dir, ['config', 'set', 'workKinds.holz', 'Nur Bänke']).stdout).toContain(
      'workKinds.holz = Nur Bänke from 2026-11-25',
    );
    ok(dir, ['check']);
    // an order received today is judged by the new list, one received before by the old one
    expect(add(dir, '2026-11-25').code).toBe(3);
    expect(add(dir, '2026-11-20').code).toBe(0);
    ok(dir, ['check']);
    expect(ok(dir, ['order', 'kinds', '--json']).json().holz).toEqual(['Nur Bänke']);
  });
  test('a list dated back over an order it leaves out is refused (exit 3), naming the order; store unchanged', () => {
    const dir = withOrder();
    const before = storeBytes(dir);
    const r = insat(dir, ['config', 'set', 'workKinds.holz', 'Nur Bänke', '--from', '2026-10-01']);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(
      /^error: the list of holz from 2026-10-01 leaves out the kind of work of an order received since: o001 'Spielgeräte' \(2026-11-02\) — keep that kind in the list/m,
    );
    expect(storeBytes(dir)).toEqual(before);
    ok(dir, ['config', 'set', 'workKinds.holz', 'Nur Bänke, Spielgeräte', '--from', '2026-10-01']);
    ok(dir, ['check']);
  });
  test('a list set from a later day shows in order kinds and does not apply yet', () => {
    const dir = withOrder();
    ok(dir, ['config', 'set', 'workKinds.holz', 'Möbelbau', '--from', '2027-01-01']);
    expect(ok(dir, ['order', 'kinds']).stdout).toContain('holz from 2027-01-01: Möbelbau');
    expect(add(dir, '2026-11-25').code).toBe(0);
  });
  test('an empty list is refused (exit 2) as every empty value is; store unchanged', () => {
    const dir = withOrder();
    const before = storeBytes(dir);
    for (const value of ['', ' , ']) {
      const r = insat(dir, ['config', 'set', 'workKinds.holz', value]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^error: workKinds.holz needs at least one kind of work — /m);
    }
    expect(storeBytes(dir)).toEqual(before);
  });
  test('undo takes a list back', () => {
    const dir = withOrder();
    ok(dir, ['config', 'set', 'workKinds.holz', 'Nur Bänke']);
    ok(dir, ['undo']);
    expect(ok(dir, ['order', 'kinds', '--json']).json().holz).toContain('Spielgeräte');
    expect(ok(dir, ['config', 'show', '--json']).json().workKindLists).toBeUndefined();
  });
});
