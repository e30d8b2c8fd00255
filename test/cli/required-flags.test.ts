// CLI.md "prompts": without a terminal, a missing required value is a usage error (exit 2) that
// names every missing flag — a script learns all it left out from one run, not one flag per run.
import { beforeAll, describe, expect, test } from '@jest/globals';
import { enrolled, insat, ok, storeBytes, suitableApplicant, tempDataDir } from '../helpers/cli.js';

const opts = { today: '2026-11-25' };
const dir = tempDataDir();
let P = '';
let A = '';

beforeAll(() => {
  ok(dir, ['init'], opts);
  P = enrolled(dir, 'holz', '2026-11-02', '2027-10-31', 20, opts);
  A = suitableApplicant(dir, 'Erika Mustermann', opts);
});

/** What the command line was given, and every flag the one error must name (in this order). */
const CASES: [string[], string][] = [
  [['participant', 'exit', '{P}'], '--date, --reason'],
  [['participant', 'exit', '{P}', '--reason', 'other'], '--date, --text \\(with --reason other\\)'],
  [['participant', 'move', '{P}'], '--area, --from'],
  [['participant', 'extend', '{P}'], '--until'],
  [['participant', 'hours', '{P}', '20'], '--from'],
  [['applicant', 'schedule', '{A}'], '--info-date'],
  [['applicant', 'decide', '{A}'], '--by, --suitable or --unsuitable'],
  [['group', 'add'], '--date, --topic, --kind, --from, --to, --led-by'],
  [['order', 'add'], '--customer, --area, --title'],
  [['order', 'add', '--force'], '--customer, --area, --title, --reason \\(with --force\\)'],
  [['customer', 'add'], '--name, --kind, --type'],
  [['staff', 'add'], '--name, --role'],
  [['staff', 'leave', 's001'], '--date'],
  [['certification', 'add'], '--kind, --due'],
  [['plan', 'add', '{P}'], '--goal'],
  [['plan', 'review', '{P}', 'g001'], '--status'],
  [['note', 'add', '{P}'], '--text'],
  [['hours', 'delete', '{P}'], '--date'],
  [['report', 'absences'], '--month'],
  [['config', 'rate', 'set', '2.50'], '--from'],
  [['config', 'rate', 'delete'], '--from'],
  [['purge', '--force'], '--exited-before, --reason \\(with --force\\)'],
  [['hours', 'book', '--area', 'holz'], '--as-planned or --absent closed \\(with --area\\), --date'],
];

describe('a missing required value names every missing flag in one error', () => {
  test.each(CASES)('insat %j names %s', (args, flags) => {
    const before = storeBytes(dir);
    const r = insat(
      dir,
      args.map((a) => a.replace('{P}', P).replace('{A}', A)),
      opts,
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      new RegExp(`^error: missing ${flags} — pass (them|it) on the command line \\(see 'insat `),
    );
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(storeBytes(dir)).toEqual(before);
  });

  test('in German too, and as the JSON error with --json', () => {
    const de = insat(dir, ['participant', 'exit', P], { ...opts, env: { INSAT_LANG: 'de' } });
    expect(de.code).toBe(2);
    expect(de.stderr).toBe(
      "Fehler: es fehlen --date, --reason — auf der Befehlszeile angeben (siehe 'insat participant exit --help')\n",
    );
    const json = insat(dir, ['group', 'add', '--topic', 'Bewerbungstraining', '--json'], opts);
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stderr.split('\n')[1]!)).toEqual({
      error: {
        code: 'usage',
        message:
          "missing --date, --kind, --from, --to, --led-by — pass them on the command line (see 'insat group add --help')",
      },
    });
  });

  test('a mistyped flag is still told as such first (it is likely the one "missing")', () => {
    const r = insat(dir, ['participant', 'exit', P, '--date', '2026-11-30', '--reson', 'job'], opts);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown option '--reson'");
    expect(r.stderr).toContain('(Did you mean --reason?)');
  });
});

describe("exit reason 'other' without --text is a missing value, not a refusal", () => {
  test('exit 2 naming --text, nothing changed; with a text the exit is recorded', () => {
    const before = storeBytes(dir);
    const r = insat(dir, ['participant', 'exit', P, '--date', '2026-11-30', '--reason', 'other'], opts);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('error: exit reason \'other\' needs a text — add --text "…"\n');
    expect(storeBytes(dir)).toEqual(before);
    ok(
      dir,
      ['participant', 'exit', P, '--date', '2026-11-30', '--reason', 'other', '--text', 'Pflege', '--dry-run'],
      opts,
    );
  });
});

describe('hours book --area: one flag missing says why it is needed', () => {
  test('only --as-planned missing, or only --date: the message of that flag', () => {
    const asPlanned = insat(dir, ['hours', 'book', '--area', 'holz', '--date', '2026-11-20'], opts);
    expect(asPlanned.code).toBe(2);
    expect(asPlanned.stderr).toMatch(/^error: --area books everybody in the area with their planned hours — /);
    const date = insat(dir, ['hours', 'book', '--area', 'holz', '--as-planned'], opts);
    expect(date.code).toBe(2);
    expect(date.stderr).toBe('error: missing --date — pass the day to book\n');
  });
});
