// Pseudonymised exports (--pseudonymize) let nobody find the person: no id column, exit reasons
// that reveal health only as their group, and pseudonyms that come from a secret of the store —
// stable for that store, not recomputable from the id by anyone who has the export.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import { enrolled, ok, tempDataDir } from '../helpers/cli.js';

const KEY = 'pseudonym.key';
const EXPORTS = [['participants'], ['hours', '--month', '2026-11'], ['pay', '--month', '2026-11']];

/** A store with three participants: one left for therapy, one for long illness, one still here. */
function programme(): { dir: string; ids: string[] } {
  const dir = tempDataDir('insat-pseudo-');
  ok(dir, ['init']);
  const ids = [
    enrolled(dir, 'holz', '2026-02-02', '2027-01-31', 20),
    enrolled(dir, 'kueche', '2026-03-02', '2027-03-01', 25),
    enrolled(dir, 'gestaltung', '2026-04-01', '2027-03-31', 30),
  ];
  for (const id of ids) ok(dir, ['hours', 'book', id, '--date', '2026-11-02', '--hours', '4']);
  ok(dir, ['participant', 'exit', ids[0]!, '--date', '2026-11-20', '--reason', 'therapy']);
  ok(dir, ['participant', 'exit', ids[1]!, '--date', '2026-11-20', '--reason', 'long-illness']);
  return { dir, ids };
}

const unsalted = (id: string) =>
  `TN-${createHash('sha256').update(`insat:${id}`).digest('hex').slice(0, 8).toUpperCase()}`;

let a: { dir: string; ids: string[] };
let b: { dir: string; ids: string[] };

beforeAll(() => {
  a = programme();
  b = programme();
}, 120_000);

describe('the secret behind the pseudonyms', () => {
  test('init creates it: a file of its own, 0600, never in a backup', () => {
    const key = join(a.dir, KEY);
    expect(statSync(key).mode & 0o777).toBe(0o600);
    expect(readFileSync(key, 'utf8').trim()).toMatch(/^[0-9a-f]{64}$/);
    const backups = join(a.dir, 'backups');
    expect(readdirSync(backups).length).toBeGreaterThan(0);
    for (const backup of readdirSync(backups)) expect(existsSync(join(backups, backup, KEY))).toBe(false);
  });

  test('two stores with the same ids give different pseudonyms; one store always the same', () => {
    expect(a.ids).toEqual(b.ids);
    const first = ok(a.dir, ['export', 'participants', '--pseudonymize', '--json'])
      .json()
      .participants.map((p: { pseudonym: string }) => p.pseudonym);
    const again = ok(a.dir, ['export', 'participants', '--pseudonymize', '--json'])
      .json()
      .participants.map((p: { pseudonym: string }) => p.pseudonym);
    const other = ok(b.dir, ['export', 'participants', '--pseudonymize', '--json'])
      .json()
      .participants.map((p: { pseudonym: string }) => p.pseudonym);
    expect(first).toHaveLength(3);
    expect(new Set(first).size).toBe(3);
    expect(again).toEqual(first);
    for (const p of first) expect(other).not.toContain(p);
  });

  test('a pseudonym is no longer the unsalted hash of the id anyone can recompute', () => {
    const out = ok(a.dir, ['export', 'participants', '--pseudonymize', '--format', 'csv']).stdout;
    for (const id of a.ids) expect(out).not.toContain(unsalted(id));
  });

  test('a store from before the secret gets one on its first pseudonymised export, 0600, and keeps it', () => {
    const { dir } = programme();
    rmSync(join(dir, KEY));
    const first = ok(dir, ['export', 'pay', '--month', '2026-11', '--pseudonymize', '--format', 'csv']).stdout;
    expect(statSync(join(dir, KEY)).mode & 0o777).toBe(0o600);
    expect(ok(dir, ['export', 'pay', '--month', '2026-11', '--pseudonymize', '--format', 'csv']).stdout).toBe(first);
  }, 60_000);
});

describe.each(EXPORTS)('export %s --pseudonymize', (...what) => {
  test.each(['csv', 'csv-de', 'json'])('as %s holds no id, no name, no secret', (format) => {
    const out = ok(a.dir, ['export', ...what, '--pseudonymize', '--format', format]).stdout;
    for (const id of a.ids) expect(out).not.toMatch(new RegExp(`\\b${id}\\b`));
    expect(out).not.toMatch(/Person (holz|kueche|gestaltung)/);
    expect(out).not.toContain(readFileSync(join(a.dir, KEY), 'utf8').trim());
    expect(out).toMatch(/TN-[0-9A-F]{8}/);
    if (format === 'json') expect(out).not.toMatch(/"(id|participantId)":/);
    else {
      const header = (parse(out, { delimiter: format === 'csv' ? ',' : ';', bom: true }) as string[][])[0]!;
      expect(header).not.toContain('id');
      expect(header).toContain('pseudonym');
    }
  });
});

describe('exit reasons that reveal health print as their group', () => {
  test.each(['csv', 'json'])('export participants --pseudonymize --format %s', (format) => {
    const out = ok(a.dir, ['export', 'participants', '--pseudonymize', '--format', format]).stdout;
    expect(out).not.toMatch(/therapy|long-illness|not-employable/);
    expect(out).toContain('further-support');
  });

  test('the export with names (for the office) keeps the reasons and the ids', () => {
    const out = ok(a.dir, ['export', 'participants', '--format', 'csv']).stdout;
    expect(out).toContain('therapy');
    for (const id of a.ids) expect(out).toContain(id);
  });
});
