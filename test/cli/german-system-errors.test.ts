// Found in a German user trial: a system error code (ENOENT) or the JSON parser's English message
// reached German output. German says what went wrong in words and keeps the code in parentheses;
// English keeps the code as it was.
import { expect, test } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { insat, ok, tempDataDir } from '../helpers/cli.js';

const de = { env: { INSAT_LANG: 'de' } };

function store(): string {
  const dir = tempDataDir('insat-system-errors-');
  ok(dir, ['init']);
  return dir;
}

test('hours import of a file that is not there: German words, the code in parentheses', () => {
  const dir = store();
  const missing = join(mkdtempSync(join(tmpdir(), 'insat-nope-')), 'nope.csv');
  const r = insat(dir, ['hours', 'import', missing], de);
  expect(r.code).toBe(2);
  expect(r.stderr).toBe(
    `Fehler: ${missing} kann nicht gelesen werden: die Datei oder das Verzeichnis gibt es nicht (ENOENT) — den Pfad prüfen\n`,
  );
  expect(insat(dir, ['hours', 'import', missing]).stderr).toBe(
    `error: cannot read ${missing}: ENOENT — check the path\n`,
  );
});

test('a file to write below a file, not a directory: said in German words, before anything is written', () => {
  const dir = store();
  const file = join(mkdtempSync(join(tmpdir(), 'insat-out-')), 'a-file');
  writeFileSync(file, '');
  const r = insat(dir, ['export', 'participants', '--out', join(file, 'x.csv')], de);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain(`${file} ist eine Datei, kein Verzeichnis — ein Verzeichnis angeben`);
  expect(r.stderr).not.toContain('ENOTDIR');
});

test('a damaged store: where the JSON breaks, in German; exit 6', () => {
  const dir = store();
  writeFileSync(join(dir, 'insat.json'), '{\n  "schemaVersion": 3,\n  x');
  const r = insat(dir, ['seats'], de);
  expect(r.code).toBe(6);
  expect(r.stderr).toContain('insat.json ist kein gültiges JSON (fehlerhafter Aufbau in Zeile 3, Spalte 3) —');
  expect(r.stderr).not.toMatch(/Expected|position/);
  writeFileSync(join(dir, 'insat.json'), '{"schemaVersion":');
  const cut = insat(dir, ['seats'], de);
  expect(cut.code).toBe(6);
  expect(cut.stderr).toContain(
    'ist kein gültiges JSON (der Text bricht mitten im JSON ab, die Datei ist wohl abgeschnitten)',
  );
  // English keeps the parser's message
  expect(insat(dir, ['seats']).stderr).toContain('is not valid JSON (Unexpected end of JSON input)');
});
