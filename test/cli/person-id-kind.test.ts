// Where an applicant's or participant's id belongs, an id of another kind (a customer's c001, an
// offer's u001) is a usage error (exit 2) that says what a person's id looks like — as for customer,
// order and offer ids — not "no applicant or participant" (exit 4); the store stays byte for byte.
import { beforeAll, describe, expect, test } from '@jest/globals';
import { enrolled, insat, ok, storeBytes, tempDataDir } from '../helpers/cli.js';

const see = "those ids look like p012 (see 'insat participant list' or 'insat applicant list')";

describe('a person id of the wrong kind', () => {
  const dir = tempDataDir();
  beforeAll(() => {
    ok(dir, ['init']);
    enrolled(dir, 'holz', '2026-11-02', '2027-10-31');
    ok(dir, ['customer', 'add', '--name', 'Kita Sonnenschein', '--kind', 'non-profit', '--type', 'Kita']);
  });

  test.each([
    [['participant', 'show', 'c001'], `ID 'c001' is not an applicant or participant id — ${see}`],
    [
      ['participant', 'exit', 'C001', '--date', '2026-11-20', '--reason', 'other', '--text', 'x'],
      `ID 'C001' is not an applicant`,
    ],
    [['applicant', 'attended', 'u001'], `ID 'u001' is not an applicant or participant id`],
    [['hours', 'book', 'o001', '--date', '2026-11-20', '--hours', '4'], `ID 'o001' is not an applicant`],
    [['note', 'add', 'c001', '--text', 'x'], `ID 'c001' is not an applicant`],
    [['pay', '--month', '2026-11', '--participant', 'c001'], `--participant 'c001' is not an applicant`],
  ])('%j: exit 2 with what a person id looks like', (args, message) => {
    const before = storeBytes(dir);
    const r = insat(dir, args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^error: ${message.replace(/[()]/g, '\\$&')}`));
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(storeBytes(dir)).toEqual(before);
  });

  test('an unknown person id of the right kind is still not found (exit 4)', () => {
    const r = insat(dir, ['participant', 'show', 'p099']);
    expect(r.code).toBe(4);
    expect(r.stderr).toContain("no applicant or participant 'p099'");
  });

  test('in German', () => {
    const r = insat(dir, ['participant', 'show', 'c001'], { env: { INSAT_LANG: 'de' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("'c001' ist keine Kennung einer bewerbenden oder teilnehmenden Person");
  });
});
