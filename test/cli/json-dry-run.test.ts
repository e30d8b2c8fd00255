// CLI.md: every write command answers --json with one document, indented by two spaces — and that
// document says whether it was a dry run (`dryRun`), so a script can tell from the JSON alone.
import { beforeAll, describe, expect, test } from '@jest/globals';
import { enrolled, ok, storeBytes, tempDataDir } from '../helpers/cli.js';

let dir: string;
let id: string;

beforeAll(() => {
  dir = tempDataDir('insat-json-dry-run-');
  ok(dir, ['init']);
  id = enrolled(dir, 'holz', '2026-11-02', '2027-04-30', 20);
  ok(dir, ['note', 'add', id, '--text', 'Gespräch geführt', '--date', '2026-11-20']);
  ok(dir, ['plan', 'add', id, '--goal', 'Pünktlich sein']);
  ok(dir, ['customer', 'add', '--name', 'Stadt Bochum', '--kind', 'public', '--type', 'Stadt Bochum']);
  ok(dir, ['order', 'add', '--customer', 'c001', '--area', 'holz', '--title', 'Bänke', '--received', '2026-11-02']);
  ok(dir, ['order', 'assign', 'o001', id]);
  ok(dir, ['certification', 'add', '--kind', 'concept', '--due', '2028-06-30']);
  ok(dir, ['staff', 'add', '--name', 'Julia Terhoeven', '--role', 'social-worker', '--from', '2026-01-01']);
});

// `ID`: the participant, known once the store is made
const WRITES: string[][] = [
  ['applicant', 'add', '--name', 'Jan Kowalski', '--birth-date', '1980-05-01', '--referred-by', 'self'],
  ['applicant', 'edit', 'ID', '--phone', '0234 123456'],
  ['participant', 'extend', 'ID', '--until', '2027-06-30'],
  ['participant', 'hours', 'ID', '25', '--from', '2026-11-23'],
  ['hours', 'book', 'ID', '--date', '2026-11-24', '--hours', '4'],
  ['note', 'add', 'ID', '--text', 'Noch ein Gespräch'],
  ['note', 'delete', 'n001'],
  ['plan', 'delete', 'g001'],
  ['staff', 'add', '--name', 'Gabriele Strotmann', '--role', 'instructor', '--area', 'holz'],
  ['customer', 'add', '--name', 'Kita Sonnenschein', '--kind', 'non-profit', '--type', 'Kita'],
  ['customer', 'edit', 'c001', '--type', 'Kita'],
  ['order', 'edit', 'o001', '--title', 'Drei Bänke'],
  ['order', 'unassign', 'o001', 'ID'],
  ['certification', 'edit', 'z001', '--due', '2028-05-31'],
  ['staff', 'edit', 's001', '--from', '2025-09-01'],
  ['certification', 'add', '--kind', 'audit', '--due', '2027-03-15'],
  ['certification', 'delete', 'z001'],
  ['config', 'set', 'caseloadTarget', '20'],
];

const withId = (args: string[]) => args.map((a) => (a === 'ID' ? id : a));

describe('write commands, --json', () => {
  test.each(WRITES.map((args): [string, string[]] => [args.slice(0, 2).join(' '), args]))(
    '%s: dryRun true with --dry-run, the store unchanged; the layout of every JSON answer',
    (_name, args) => {
      const before = storeBytes(dir);
      const r = ok(dir, [...withId(args), '--dry-run', '--json']);
      expect(r.json()).toMatchObject({ dryRun: true });
      expect(storeBytes(dir)).toEqual(before);
      expect(r.stdout).toBe(`${JSON.stringify(r.json(), null, 2)}\n`);
    },
  );

  test('and dryRun false when the change is made', () => {
    for (const args of WRITES.map(withId))
      expect({ args, json: ok(dir, [...args, '--json']).json() }).toMatchObject({ args, json: { dryRun: false } });
  });
});
