// German by default (issue 11): every help page reads German, with no English word beyond the codes
// and flags every language shares; the English help has no German sentences either.
import { describe, expect, test } from '@jest/globals';
import { insat, tempDataDir } from '../helpers/cli.js';
import { englishWords } from '../helpers/english-words.js';

const DE = { env: { INSAT_LANG: 'de' } };
const EN = { env: { INSAT_LANG: 'en' } };
const dir = tempDataDir('insat-german-');

/** Every command path, read from the help itself ("Befehle:" lists the subcommands). */
function commandPaths(path: string[] = []): string[][] {
  const help = insat(dir, [...path, '--help'], DE).stdout;
  const section = help.split(/^Befehle:$/m)[1] ?? '';
  const subs = [...section.matchAll(/^ {2}([a-z][\w-]*)/gm)].map((m) => m[1]!).filter((c) => c !== 'help');
  return [path, ...subs.flatMap((c) => commandPaths([...path, c]))];
}

const PATHS = commandPaths();

describe('help in German', () => {
  test('walks every command (the list is read from the help)', () => {
    expect(PATHS.length).toBeGreaterThan(60);
    expect(PATHS.map((p) => p.join(' '))).toEqual(
      expect.arrayContaining(['seats', 'hours book', 'config rate set', 'report absences', 'due', 'undo']),
    );
  });

  test.each(PATHS.map((p) => [p.join(' ') || 'insat', p] as const))('%s --help has no English', (_name, path) => {
    const r = insat(dir, [...path, '--help'], DE);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Aufruf: insat/m);
    expect({ path: path.join(' '), english: englishWords(r.stdout) }).toEqual({ path: path.join(' '), english: [] });
  });
});

describe('help in English', () => {
  // The exit reasons keep the Jobcenter's German names (a line ending in the code of their group),
  // and a German domain term may stand in brackets beside its English one: "not booked" (nicht erfasst).
  const officialOrBracketed = (line: string) =>
    line.replace(/^ {2}[a-z-]+ {2,}.*\((regular|integration|further-support|other)\)$/, '').replace(/\([^)]*\)/g, ' ');
  const GERMAN =
    /(?<!\p{L})(und|oder|nicht|mit|für|eine?n?|wird|werden|zeigen|ändern|Standard|Aufruf|Optionen)(?!\p{L})/u;
  test.each(PATHS.map((p) => [p.join(' ') || 'insat', p] as const))('%s --help has no German', (_name, path) => {
    const text = insat(dir, [...path, '--help'], EN)
      .stdout.split('\n')
      .filter((line) => !/^\s*\$ /.test(line))
      .map(officialOrBracketed)
      .join('\n');
    expect({ path: path.join(' '), german: GERMAN.exec(text)?.[0] ?? null }).toEqual({
      path: path.join(' '),
      german: null,
    });
  });
});
