import '../helpers/english.js';
import { describe, expect, test } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HistoryEntry } from '../../src/store/history.js';
import { undoConflicts } from '../../src/store/undo.js';
import { enrolled, insat, ok, storeBytes, tempDataDir } from '../helpers/cli.js';
import { sayViolation } from '../../src/i18n/active.js';

function store(): string {
  const dir = tempDataDir();
  ok(dir, ['init']);
  return dir;
}

const bookingsOn = (dir: string, date: string) =>
  ok(dir, ['hours', 'list', '--from', date, '--to', date, '--json']).json();

describe('undo reverts the last change as a whole', () => {
  test('a roster booking of a whole area is one step: every booking of it goes', () => {
    const dir = store();
    const ids = [
      enrolled(dir, 'holz', '2026-11-02', '2027-10-31', 20),
      enrolled(dir, 'holz', '2026-11-02', '2027-10-31', 30),
      enrolled(dir, 'kueche', '2026-11-02', '2027-10-31'),
    ];
    ok(dir, ['hours', 'book', ids[2]!, '--date', '2026-11-23', '--hours', '3']);
    const before = bookingsOn(dir, '2026-11-23');
    ok(dir, ['hours', 'book', '--area', 'holz', '--date', '2026-11-23', '--as-planned']);
    const booked = bookingsOn(dir, '2026-11-23');
    expect(JSON.stringify(booked)).toContain(ids[0]!);
    expect(JSON.stringify(booked)).toContain(ids[1]!);
    const r = ok(dir, ['undo', '--json']).json();
    expect(r.records).toBe(2);
    expect(bookingsOn(dir, '2026-11-23')).toEqual(before);
  });

  test('an enrolment is undone (its id is never handed out again); the exit of a participant too', () => {
    const dir = store();
    const id = enrolled(dir, 'kueche', '2026-11-02', '2027-10-31');
    ok(dir, ['participant', 'exit', id, '--date', '2026-11-20', '--reason', 'job']);
    expect(ok(dir, ['participant', 'show', id, '--json']).json().exit).toEqual({ date: '2026-11-20', reason: 'job' });
    expect(ok(dir, ['undo']).stdout).toMatch(/undid 'participant exit .* \(1 record\)/);
    const shown = ok(dir, ['participant', 'show', id, '--json']).json();
    expect(shown.exit).toBeUndefined();
    expect(shown.status).toBe('active');
    ok(dir, ['undo']); // the enrolment
    expect(insat(dir, ['participant', 'show', id]).code).toBe(4);
    expect(ok(dir, ['seats', '--json']).json().waitlist).toBe(1);
    const again = ok(dir, [
      'enrol',
      id,
      '--area',
      'holz',
      '--start',
      '2026-12-01',
      '--until',
      '2027-11-30',
      '--hours-per-week',
      '20',
      '--json',
    ]).json();
    expect(again.assignment).toBe('a002');
  });

  test('a settings change is undone; undo again goes one step further back', () => {
    const dir = store();
    const original = ok(dir, ['config', 'show', '--json']).json();
    ok(dir, ['config', 'set', 'seats.holz', '10']);
    const mid = ok(dir, ['config', 'show', '--json']).json();
    ok(dir, ['config', 'set', 'weeklyHours.max', '25']);
    ok(dir, ['undo']);
    expect(ok(dir, ['config', 'show', '--json']).json()).toEqual(mid);
    ok(dir, ['undo']);
    expect(ok(dir, ['config', 'show', '--json']).json()).toEqual(original);
    const r = insat(dir, ['undo']);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/^error: there is nothing to undo/m);
  });

  test('--dry-run names the change and changes nothing', () => {
    const dir = store();
    ok(dir, ['config', 'set', 'seats.holz', '10']);
    const before = storeBytes(dir);
    expect(ok(dir, ['undo', '--dry-run']).stdout).toMatch(
      /^dry run: would undo 'config set seats.holz'.*nothing was changed/,
    );
    expect(storeBytes(dir)).toEqual(before);
  });

  test('an empty store has nothing to undo (exit 3)', () => {
    const r = insat(store(), ['undo', '--json']);
    expect(r.code).toBe(3);
    expect(JSON.parse(r.stderr.split('\n')[1]!).error.code).toBe('rule');
  });

  test('a store without any change says there is nothing to undo yet, not that all was undone', () => {
    const dir = store();
    const r = insat(dir, ['undo']);
    expect(r.stderr).toMatch(/^error: there is nothing to undo yet — no change to this store's records has been made/);
    expect(r.stderr).not.toContain('undone already');
    const de = insat(dir, ['undo'], { env: { INSAT_LANG: 'de' } });
    expect(de.stderr).toContain('es gibt noch nichts rückgängig zu machen');
    // once something was changed and undone, it says so
    ok(dir, ['config', 'set', 'seats.holz', '10']);
    ok(dir, ['undo']);
    expect(insat(dir, ['undo']).stderr).toContain('every recorded change has been undone already');
  });
});

describe('undo refuses when the record changed since', () => {
  test('a change made outside insat is named, and nothing changes', () => {
    const dir = store();
    const id = enrolled(dir, 'holz', '2026-11-02', '2027-10-31');
    const path = join(dir, 'insat.json');
    const data = JSON.parse(readFileSync(path, 'utf8'));
    data.assignments[0].until = '2027-06-30';
    writeFileSync(path, JSON.stringify(data, null, 1));
    const before = storeBytes(dir);
    const r = insat(dir, ['undo']);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(`assignment a001 was changed outside insat after 'enrol ${id} in holz from 2026-11-02'`);
    expect(storeBytes(dir)).toEqual(before);
  });

  test('a later change that touched the record is named with its summary', () => {
    const rec = (after: unknown) => ({ file: 'main', collection: 'assignments', key: 'a001', before: null, after });
    const entry: HistoryEntry = {
      id: 'e1',
      at: '2026-11-24T08:00:00.000Z',
      user: 'kaya',
      argv: [],
      summary: 'enrol p001 in holz',
      changes: [rec({ id: 'a001', until: '2027-10-31' })],
    };
    const later: HistoryEntry = {
      id: 'e2',
      at: '2026-11-25T08:00:00.000Z',
      user: 'kaya',
      argv: [],
      summary: 'participant extend p001 until 2028-01-31',
      undoOf: 'x',
      changes: [rec({ id: 'a001', until: '2028-01-31' })],
    };
    const v = undoConflicts(entry, [later], () => ({ until: '2028-01-31', id: 'a001' }));
    expect(v).toEqual([expect.objectContaining({ rule: 'undo-conflict', ids: ['a001', 'e2'] })]);
    expect(sayViolation(v[0]!)).toBe(
      "assignment a001 was changed later by 'participant extend p001 until 2028-01-31' (2026-11-25T08:00:00.000Z) — undo that first",
    );
    // the same value in another key order is no change
    expect(undoConflicts(entry, [later], () => ({ until: '2027-10-31', id: 'a001' }))).toEqual([]);
  });
});

describe('history: the audit trail, newest first', () => {
  test('when, who, what, the command line, how many records, whether undone', () => {
    const dir = store();
    const id = enrolled(dir, 'gestaltung', '2026-11-02', '2027-10-31');
    ok(dir, ['config', 'set', 'seats.holz', '10']);
    ok(dir, ['undo']);
    const { entries } = ok(dir, ['history', '--json', '--limit', '3']).json();
    // the store speaks German (a new store's language): the history's words are its own
    expect(entries.map((e: { summary: string }) => e.summary)).toEqual([
      'rückgängig: config set seats.holz',
      'config set seats.holz',
      `enrol ${id} in gestaltung from 2026-11-02`,
    ]);
    expect(entries.map((e: { undone: boolean }) => e.undone)).toEqual([false, true, false]);
    expect(entries[0].undoOf).toBe(entries[1].id);
    expect(entries[2]).toMatchObject({
      records: 2,
      argv: expect.arrayContaining(['enrol', id, '--area', 'gestaltung']),
    });
    expect(typeof entries[2].user).toBe('string');
    expect(entries[2].user.length).toBeGreaterThan(0);
    const text = ok(dir, ['history', '--limit', '3', '--verbose'], { env: { TZ: 'Europe/Berlin' } }).stdout;
    expect(text).toMatch(
      /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d {2}\S+ {2}rückgängig: config set seats.holz {2}\(1 record\)$/m,
    );
    expect(text).toMatch(/config set seats\.holz {2}\(1 record, undone\)/);
    expect(text).toContain('    $ insat --data');
    expect(text).toContain('+ assignment a001');
    expect(text).toMatch(/~ the settings: seats/);
    expect(ok(dir, ['history', '--json', '--limit', '0']).json().entries.length).toBeGreaterThan(5);
  });

  test('an empty trail says so; no store at all is exit 6', () => {
    expect(ok(store(), ['history']).stdout.trim()).toBe('no changes recorded yet');
    for (const cmd of [['history'], ['undo']]) {
      const r = insat(tempDataDir(), cmd);
      expect(r.code).toBe(6);
      expect(r.stderr).toContain("run 'insat init'");
    }
  });
});
