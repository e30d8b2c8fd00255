// `insat certification add|list|done`: the certification dates of the § 45 measure, written through
// the one door to the store (history, undo, --dry-run); refusals change nothing.
import { describe, expect, test } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { insat, ok, storeBytes, tempDataDir } from '../helpers/cli.js';

function store(): string {
  const dir = tempDataDir();
  ok(dir, ['init']);
  return dir;
}

describe('insat certification add and list', () => {
  test('records a concept renewal and an audit; --json prints the id; list shows them next due first', () => {
    const dir = store();
    expect(
      ok(dir, ['certification', 'add', '--kind', 'concept', '--due', '2028-06-30', '--every', '3y', '--json']).json(),
    ).toEqual({
      id: 'z001',
      dryRun: false,
    });
    const added = ok(dir, [
      'certification',
      'add',
      '--kind',
      'audit',
      '--due',
      '15.03.2027',
      '--every',
      '1y',
      '--note',
      'DEKRA',
    ]);
    expect(added.stdout).toBe('added z002: annual audit due on 2027-03-15, every 1y\n');
    const list = ok(dir, ['certification', 'list', '--json']).json().certifications;
    expect(list.map((c: { id: string; due: string; every: string }) => [c.id, c.due, c.every])).toEqual([
      ['z002', '2027-03-15', '1y'],
      ['z001', '2028-06-30', '3y'],
    ]);
    expect(ok(dir, ['certification', 'list', '--format', 'csv']).stdout.split('\n')[0]).toBe(
      'id,kind,due,every,last done,note',
    );
  });

  test('--dry-run changes nothing; the list of an empty store says how to add one', () => {
    const dir = store();
    const before = storeBytes(dir);
    expect(ok(dir, ['certification', 'add', '--kind', 'audit', '--due', '2027-03-15', '--dry-run']).stdout).toMatch(
      /^dry run: would add z001: annual audit due on 2027-03-15 — nothing was changed/,
    );
    expect(storeBytes(dir)).toEqual(before);
    expect(ok(dir, ['certification', 'list']).stdout).toContain('insat certification add --kind concept|audit');
  });

  test('a store written before certification dates existed loads them as empty', () => {
    const dir = store();
    const file = join(dir, 'insat.json');
    const data = JSON.parse(readFileSync(file, 'utf8'));
    delete data.certifications;
    writeFileSync(file, JSON.stringify(data));
    expect(ok(dir, ['certification', 'list', '--json']).json()).toEqual({ certifications: [] });
    expect(ok(dir, ['certification', 'add', '--kind', 'audit', '--due', '2027-03-15', '--json']).json()).toEqual({
      id: 'z001',
      dryRun: false,
    });
  });
});

describe('insat certification done: what happened rolls the next date on', () => {
  test('a yearly audit done on time is due again a year later; undo takes it back', () => {
    const dir = store();
    ok(dir, ['certification', 'add', '--kind', 'audit', '--due', '2026-11-20', '--every', '1y']);
    expect(ok(dir, ['certification', 'done', 'z001', '--date', '2026-11-20']).stdout).toBe(
      'recorded z001 (annual audit) done on 2026-11-20; next due on 2027-11-20\n',
    );
    const [c] = ok(dir, ['certification', 'list', '--json']).json().certifications;
    expect(c).toEqual(
      expect.objectContaining({ due: '2027-11-20', done: [{ due: '2026-11-20', date: '2026-11-20' }] }),
    );
    expect(ok(dir, ['history', '--limit', '1']).stdout).toContain('certification done z001 on 2026-11-20');
    ok(dir, ['undo']);
    expect(ok(dir, ['certification', 'list', '--json']).json().certifications[0]).toEqual(
      expect.objectContaining({ due: '2026-11-20', done: [] }),
    );
  });

  test('--json gives the next due date; a date without --every is closed once done (null)', () => {
    const dir = store();
    ok(dir, ['certification', 'add', '--kind', 'concept', '--due', '2026-12-01']);
    expect(ok(dir, ['certification', 'done', 'z001', '--json']).json()).toEqual({
      id: 'z001',
      date: '2026-11-25',
      nextDue: null,
      dryRun: false,
    });
  });

  test.each([
    [['certification', 'add', '--kind', 'party', '--due', '2027-01-01'], 2, /--kind 'party' is not a kind/],
    [['certification', 'add', '--kind', 'audit', '--due', '2027-01-01', '--every', 'yearly'], 2, /--every 'yearly'/],
    [['certification', 'add', '--kind', 'audit'], 2, /--due/],
    [['certification', 'add', '--kind', 'audit', '--due', '31.02.2027'], 2, /is not a date/],
    [['certification', 'done', 'z009'], 4, /no certification date 'z009'/],
    [['certification', 'done', 'p001'], 2, /not a certification id/],
    [['certification', 'done', 'z001', '--date', '2026-12-01'], 3, /in the future/],
    [['certification', 'done', 'z002'], 3, /already done on 2026-11-01 and does not recur/],
  ])('refuses %j with exit %i and changes nothing', (args, code, message) => {
    const dir = store();
    ok(dir, ['certification', 'add', '--kind', 'audit', '--due', '2026-12-01', '--every', '1y']);
    ok(dir, ['certification', 'add', '--kind', 'concept', '--due', '2026-11-01']);
    ok(dir, ['certification', 'done', 'z002', '--date', '2026-11-01']);
    const before = storeBytes(dir);
    const r = insat(dir, args);
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(storeBytes(dir)).toEqual(before);
  });
});
