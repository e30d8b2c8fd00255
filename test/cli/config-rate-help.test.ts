// insat config rate --help shows examples of its own (list, set, delete), explained in the run's language.
import { describe, expect, test } from '@jest/globals';
import { ok, tempDataDir } from '../helpers/cli.js';

const dir = tempDataDir();

/** The example command lines of a help page, without their explanations. */
const exampleCommands = (help: string) => [...help.matchAll(/^ {2}\$ (.*?)(?: +#.*)?$/gm)].map((m) => m[1]!.trim());

describe('config rate --help', () => {
  test('lists examples of its subcommands', () => {
    const help = ok(dir, ['config', 'rate', '--help']).stdout;
    expect(help).toContain('\nExamples:\n');
    expect(exampleCommands(help)).toEqual([
      'insat config rate list',
      'insat config rate set 2,50 --from 2027-01-01',
      'insat config rate delete --from 2027-01-01 --dry-run',
    ]);
    expect(help).toContain('# a new rate from 1 January on; the rates before stay');
  });

  test('in German, with German explanations', () => {
    const help = ok(dir, ['config', 'rate', '--help'], { env: { INSAT_LANG: 'de' } }).stdout;
    expect(help).toContain('\nBeispiele:\n');
    expect(exampleCommands(help)).toHaveLength(3);
    expect(help).toContain('# ein neuer Satz ab dem 1. Januar; die Sätze davor bleiben');
  });
});
