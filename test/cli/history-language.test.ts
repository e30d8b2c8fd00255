// The history is read later by the whole team: a worded summary is written in the store's language
// (its `language` setting), whatever language the run that made the change spoke.
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ok, tempDataDir } from '../helpers/cli.js';

const summaries = (dir: string): string[] =>
  readFileSync(join(dir, 'history.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => (JSON.parse(line) as { summary: string }).summary);

const inGerman = { env: { INSAT_LANG: 'de' } };

describe('the words of the history', () => {
  test('a German store records the changes of an English run in German', () => {
    const dir = tempDataDir();
    ok(dir, ['init'], inGerman);
    ok(dir, ['config', 'rate', 'set', '2,10', '--from', '2027-01-01']);
    ok(dir, ['undo']);
    expect(summaries(dir).slice(-2)).toEqual([
      'config rate set 2,10 ab 01.01.2027',
      'rückgängig: config rate set 2,10 ab 01.01.2027',
    ]);
    expect(ok(dir, ['history', '--limit', '1'], inGerman).stdout).toMatch(
      /rückgängig: config rate set 2,10 ab 01\.01\.2027/,
    );
  });

  test('an English store records the changes of a German run in English', () => {
    const dir = tempDataDir();
    ok(dir, ['init']);
    ok(dir, ['config', 'set', 'language', 'en']);
    ok(dir, ['config', 'rate', 'set', '2,10', '--from', '2027-01-01'], inGerman);
    ok(dir, ['undo'], inGerman);
    expect(summaries(dir).slice(-2)).toEqual([
      'config rate set 2.10 from 2027-01-01',
      'undo: config rate set 2.10 from 2027-01-01',
    ]);
  });
});
