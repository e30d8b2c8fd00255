// history.jsonl is the audit trail and undo's source. A complete line that is not an entry is damage
// (a hand edit, a bad disk): `insat check` reports it (rule history-damaged, naming the line) and
// `insat history` says it left something out — before, both passed over it without a word. A last line
// without its line end is what a crash in the middle of an append leaves: that change never happened,
// the next writer cuts it (README "Crashes, several users, full disks"); it is not damage.
import { describe, expect, test } from '@jest/globals';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { insat, ok, storeBytes, suitableApplicant, tempDataDir } from '../helpers/cli.js';

/** A store with `n` changes in its history, one line each. */
function withHistory(n: number): { dir: string; path: string; lines: string[] } {
  const dir = tempDataDir('insat-history-');
  ok(dir, ['init']);
  for (let i = 0; i < n; i++) {
    ok(dir, [
      'applicant',
      'add',
      '--name',
      `Person ${i + 1}`,
      '--birth-date',
      `${1960 + i}-01-01`,
      '--referred-by',
      'self',
    ]);
  }
  const path = join(dir, 'history.jsonl');
  const lines = readFileSync(path, 'utf8').trimEnd().split('\n');
  expect(lines).toHaveLength(n);
  return { dir, path, lines };
}

function replaceLines(path: string, lines: string[], at: Record<number, string>): void {
  writeFileSync(path, lines.map((l, i) => at[i + 1] ?? l).join('\n') + '\n');
}

describe('a damaged line in the middle of history.jsonl', () => {
  test('check: exit 3, rule history-damaged naming the file and the line, with what to do; nothing changed', () => {
    const { dir, path, lines } = withHistory(3);
    replaceLines(path, lines, { 2: '{"id":"2026112' });
    const before = storeBytes(dir);
    const r = insat(dir, ['check']);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe(
      `history-damaged: ${path}: line 2 is not a readable entry — the store's data is not affected, but the change recorded there can neither be shown nor undone; while no insat command runs, put the line back from a copy of the file (a backup of the machine), or delete it\n`,
    );
    const json = insat(dir, ['check', '--json']);
    expect(json.json().problems).toEqual([
      { rule: 'history-damaged', message: expect.stringContaining('line 2 '), ids: [], severity: 'error' },
    ]);
    expect(storeBytes(dir)).toEqual(before);
  });

  test('a line that is JSON but no entry is damage too; history leaves it out with a warning instead of failing', () => {
    const { dir, path, lines } = withHistory(3);
    replaceLines(path, lines, { 2: '42' });
    const r = insat(dir, ['history']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Person 3[\s\S]*Person 1/);
    expect(r.stdout).not.toContain('Person 2');
    expect(r.stderr).toBe(
      "warning: history.jsonl holds a line that is not a readable entry; it was left out — 'insat check' names the damaged lines and says what to do\n",
    );
    expect(insat(dir, ['check']).stdout).toContain('line 2 is not a readable entry');
  });

  test('many damaged lines: counted, the first ten named', () => {
    const { dir, path, lines } = withHistory(13);
    const bad: Record<number, string> = {};
    for (let i = 1; i <= 12; i++) bad[i] = 'garbage';
    replaceLines(path, lines, bad);
    const r = insat(dir, ['check']);
    expect(r.code).toBe(3);
    expect(r.stdout).toContain(
      `${path}: 12 lines are not readable entries (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, …) — the store's data is not affected, but the changes recorded there`,
    );
  });

  test('the last complete line damaged is reported as well', () => {
    const { dir, path, lines } = withHistory(2);
    replaceLines(path, lines, { 2: '{broken' });
    expect(insat(dir, ['check']).stdout).toContain('line 2 is not a readable entry');
  });
});

describe('a torn last line (a crash in the middle of an append) is no damage', () => {
  test('check passes, history says nothing; the next writer cuts the torn line', () => {
    const { dir, path } = withHistory(2);
    appendFileSync(path, '{"id":"20261125120000000-99999","at":"2026-11');
    expect(ok(dir, ['check']).stdout).toMatch(/^the store is consistent/);
    const h = ok(dir, ['history']);
    expect(h.stderr).toBe('');
    suitableApplicant(dir, 'Nach dem Absturz');
    const text = readFileSync(path, 'utf8');
    expect(text.endsWith('\n')).toBe(true);
    expect(text).not.toContain('99999');
    for (const line of text.trimEnd().split('\n')) expect(() => JSON.parse(line)).not.toThrow();
    ok(dir, ['check']);
  });
});
