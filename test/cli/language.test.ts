// Which language a run speaks (CLI.md "language"): --lang > INSAT_LANG > the store setting > German;
// codes, JSON and csv headers stay the same in every language. `seats` as people read it in German.
import { describe, expect, test } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { enrolled, insat, ok, storeBytes, suitableApplicant, tempDataDir } from '../helpers/cli.js';

const NO_LANG = { env: { INSAT_LANG: undefined } };

function store(): string {
  const dir = tempDataDir('insat-lang-');
  ok(dir, ['init']);
  enrolled(dir, 'holz', '2026-11-02', '2026-12-31');
  suitableApplicant(dir, 'Wanda Wartend');
  return dir;
}

describe('the language of a run', () => {
  test('a new store speaks German; the setting, INSAT_LANG and --lang override in that order', () => {
    const dir = store();
    expect(ok(dir, ['config', 'show', '--json']).json().language).toBe('de');
    expect(ok(dir, ['seats'], NO_LANG).stdout).toMatch(/^Plätze am 25\.11\.2026: 1 von 33 belegt, 32 frei$/m);
    ok(dir, ['config', 'set', 'language', 'en']);
    expect(ok(dir, ['seats'], NO_LANG).stdout).toMatch(/^Seats on 2026-11-25: 1 of 33 occupied, 32 free$/m);
    expect(ok(dir, ['seats'], { env: { INSAT_LANG: 'de' } }).stdout).toMatch(/^Plätze am 25\.11\.2026/m);
    expect(ok(dir, ['--lang', 'de', 'seats']).stdout).toMatch(/^Plätze am 25\.11\.2026/m);
    expect(ok(dir, ['seats', '--lang=en'], { env: { INSAT_LANG: 'de' } }).stdout).toMatch(/^Seats on 2026-11-25/m);
  });

  test('the setting is found in a main file laid out otherwise (one line, settings last)', () => {
    const dir = store();
    const path = join(dir, 'insat.json');
    const { settings, ...rest } = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    writeFileSync(path, JSON.stringify({ ...rest, settings: { ...(settings as object), language: 'en' } }));
    expect(ok(dir, ['seats'], NO_LANG).stdout).toMatch(/^Seats on 2026-11-25: 1 of 33 occupied, 32 free$/m);
  });

  test('a value that is not a language is a usage error, and changes nothing', () => {
    const dir = store();
    const before = storeBytes(dir);
    const flag = insat(dir, ['--lang', 'fr', 'seats'], NO_LANG);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toBe("Fehler: --lang 'fr' ist keine Sprache — de oder en angeben\n");
    const env = insat(dir, ['seats'], { env: { INSAT_LANG: 'xx' } });
    expect(env.code).toBe(2);
    expect(env.stderr).toMatch(/^Fehler: INSAT_LANG 'xx' ist keine Sprache/);
    const setting = insat(dir, ['config', 'set', 'language', 'fr']);
    expect(setting.code).toBe(2);
    expect(setting.stderr).toMatch(/^error: language 'fr' is not a language — use de or en$/m);
    expect(storeBytes(dir)).toEqual(before);
  });

  test('what scripts read is the same in both languages: JSON and csv', () => {
    const dir = store();
    for (const args of [
      ['seats', '--json'],
      ['seats', '--format', 'csv'],
      ['participant', 'list', '--json'],
    ])
      expect(ok(dir, args, { env: { INSAT_LANG: 'de' } }).stdout).toBe(ok(dir, args).stdout);
    expect(ok(dir, ['seats', '--format', 'csv'], { env: { INSAT_LANG: 'de' } }).stdout.split('\n')[0]).toBe(
      'area,seats,occupied,free,freeing ≤4 wk,freeing ≤8 wk,starting ≤4 wk',
    );
  });
});

test('csv exports and lists are the same bytes in both languages (codes, not words)', () => {
  const dir = tempDataDir('insat-lang-demo-');
  ok(dir, ['init', '--demo']);
  const lists = [
    ['seats'],
    ['participant', 'list'],
    ['applicant', 'list'],
    ['hours', 'list', '--month', '2026-10'],
    ['pay', '--month', '2026-10'],
    ['occupancy'],
    ['stats', '--year', '2025'],
    ['customer', 'list'],
    ['order', 'list'],
    ['staff', 'list'],
    ['caseload'],
    ['export', 'participants'],
    ['export', 'hours', '--from', '2026-10-01', '--to', '2026-10-31'],
    ['export', 'occupancy'],
  ];
  for (const args of lists) {
    const csv = [...args, '--format', 'csv'];
    expect({ args, de: ok(dir, csv, { env: { INSAT_LANG: 'de' } }).stdout }).toEqual({ args, de: ok(dir, csv).stdout });
  }
});

describe('seats in German', () => {
  test('the table, the ends and the waiting list read as German', () => {
    const dir = store();
    const out = ok(dir, ['seats'], { env: { INSAT_LANG: 'de' } }).stdout;
    expect(out).toMatch(/│ Praxisbereich │ Plätze │ belegt │ frei │ frei in ≤4 Wo\. │/);
    expect(out).toMatch(/│ gesamt +│ +33 │ +1 │ +32 │/);
    expect(out).toContain('Zuweisungen, die in den nächsten 8 Wochen enden:');
    expect(out).toMatch(/ Holz +letzter Tag 31\.12\.2026/);
    expect(out).toMatch(/^Warteliste \(1, als geeignet entschieden, die längste Wartezeit zuerst\):$/m);
    expect(out).toMatch(/Wanda Wartend {2}seit 20\.01\.2026 \(Jobcenter\)/);
    const de = ok(dir, ['seats', '--format', 'csv-de'], { env: { INSAT_LANG: 'de' } }).stdout;
    expect(de.split('\r\n')[0]).toBe(
      '\uFEFFPraxisbereich;Plätze;belegt;frei;frei in ≤4 Wo.;frei in ≤8 Wo.;Beginn in ≤4 Wo.',
    );
  });
});
