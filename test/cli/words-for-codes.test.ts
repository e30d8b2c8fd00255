// Tables and csv-de show people words where a column holds a code; csv and JSON keep the codes in
// every language (CLI.md "language"). Help names an argument's choices in the run's language too.
import { describe, expect, test } from '@jest/globals';
import { enrolled, ok, tempDataDir } from '../helpers/cli.js';

const DE = { env: { INSAT_LANG: undefined } };

function store(): string {
  const dir = tempDataDir('insat-words-');
  ok(dir, ['init']);
  enrolled(dir, 'holz', '2026-11-02', '2026-12-31');
  ok(
    dir,
    ['group', 'add', '--date', '2026-11-24', '--topic', 'Bewerbung', '--kind', 'lesson'].concat([
      '--from',
      '10:00',
      '--to',
      '12:00',
      '--led-by',
      'Frau Kaya',
      '--area',
      'all',
    ]),
  );
  return dir;
}

describe('words for codes', () => {
  test("an argument's choices in help are in the run's language", () => {
    const dir = tempDataDir('insat-words-');
    const help = ok(dir, ['export', '--help'], DE).stdout;
    expect(help).toMatch(/\(Auswahl: participants, hours,/);
    expect(help).not.toMatch(/choices/);
    expect(ok(dir, ['export', '--help']).stdout).toMatch(/\(choices: participants, hours,/);
  });
});
