// Free text that could hide or break what a reader sees is refused on input: control characters
// (C0 and C1), bidirectional overrides, line breaks outside note texts, and bytes that are not
// UTF-8 — exit 2, one line naming the option, the store unchanged.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from '@jest/globals';
import { BIN, enrolled, insat, ok, storeBytes, suitableApplicant, tempDataDir } from '../helpers/cli.js';

let dir: string;
let participant: string;
let applicant: string;
let goal: string;

beforeAll(() => {
  dir = tempDataDir('insat-free-text-');
  ok(dir, ['init']);
  participant = enrolled(dir, 'holz', '2026-02-01', '2027-01-31', 20);
  applicant = suitableApplicant(dir, 'Sven Wartend');
  goal = ok(dir, ['plan', 'add', participant, '--goal', 'Pünktlich sein', '--json']).json().id;
});

/** Runs a command that must be refused: exit 2, one line on stderr naming `flag`, nothing changed. */
function refusedNaming(args: string[], flag: string, what: RegExp): void {
  const before = storeBytes(dir);
  const r = insat(dir, args);
  expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 2, stderr: expect.stringMatching(what) });
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(new RegExp(`^error: ${flag.replace(/[.]/g, '\\.')} `));
  expect(storeBytes(dir)).toEqual(before);
}

const ADD = ['applicant', 'add', '--birth-date', '1980-05-01', '--referred-by', 'self', '--name'];
const CONTROL = /contains control characters — type plain text/;
const BIDI = /contains a bidirectional control character \(U\+[0-9A-F]{4}\)/;
const LINES = /cannot span lines — write it on one line/;
const NOT_UTF8 = /is not valid UTF-8/;
const INVISIBLE = /contains an invisible character \(U\+[0-9A-F]{4}\)/;

describe('a name', () => {
  test.each([
    ['a C1 control (NEL)', 'Max\u0085Muster', CONTROL],
    ['a C1 control (CSI)', 'Max\u009b31mMuster', CONTROL],
    ['DEL', 'Max\u007fMuster', CONTROL],
    ['a tab', 'Max\tMuster', CONTROL],
    ['a right-to-left override', 'Max \u202egpj.exe', BIDI],
    ['a left-to-right embedding', 'Max \u202aMuster', BIDI],
    ['a first-strong isolate', 'Max \u2068Muster', BIDI],
    ['a pop-directional isolate', 'Max Muster\u2069', BIDI],
    ['a line feed', '=1+1\n=2+2', LINES],
    ['a carriage return', 'Max\rMuster', LINES],
    ['a line separator', 'Max\u2028Muster', LINES],
    ['the replacement character of bytes that were not UTF-8', 'M\ufffdller', NOT_UTF8],
    ['a zero-width space', 'Max\u200bMuster', INVISIBLE],
    ['nothing but a zero-width space', '\u200b', INVISIBLE],
    ['a soft hyphen', 'Mus\u00adter', INVISIBLE],
    ['a byte-order mark inside', 'Max\ufeffMuster', INVISIBLE],
  ])('with %s is refused', (_what, name, message) => {
    refusedNaming([...ADD, name], '--name', message);
  });

  test('typed as bytes that are not UTF-8 (Latin-1 ü) is refused, not stored as U+FFFD', () => {
    const before = storeBytes(dir);
    const r = spawnSync(
      'sh',
      [
        '-c',
        `"${process.execPath}" "${BIN}" --data "${dir}" applicant add --birth-date 1980-05-01 --referred-by self --name "$(printf 'M\\374ller')"`,
      ],
      {
        encoding: 'utf8',
        env: {
          PATH: process.env.PATH,
          HOME: process.env.HOME,
          CI: 'true',
          INSAT_TODAY: '2026-11-25',
          INSAT_LANG: 'en',
        },
      },
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^error: --name is not valid UTF-8/);
    expect(storeBytes(dir)).toEqual(before);
  });

  test('with accents, apostrophes and non-Latin letters is taken as it is', () => {
    const id = ok(dir, [...ADD, "Ayşe O'Neill-Çelik Stanisław Иван"]).stdout.match(/p\d+/)![0];
    const j = ok(dir, ['applicant', 'list', '--all', '--json']).json();
    expect(j.applicants.find((a: { id: string }) => a.id === id).name).toBe("Ayşe O'Neill-Çelik Stanisław Иван");
  });
});

describe('every other free-text option', () => {
  test.each([
    [['applicant', 'decide', '{A}', '--suitable', '--by', 'Frau\u202eSchulte'], '--by', BIDI],
    [['participant', 'extend', '{P}', '--until', '2027-01-31', '--reason', 'Bescheid\nvom 1.10.'], '--reason', LINES],
    [
      ['participant', 'exit', '{P}', '--date', '2026-11-24', '--reason', 'other', '--text', 'Pflege\u0085'],
      '--text',
      CONTROL,
    ],
    [['plan', 'add', '{P}', '--goal', 'Ziel\r\nzwei'], '--goal', LINES],
    [['plan', 'review', '{P}', '{G}', '--status', 'partly', '--comment', 'gut\u2066'], '--comment', BIDI],
    [['note', 'add', '{P}', '--text', 'Gespräch', '--author', 'Frau\nKaya'], '--author', LINES],
    [['note', 'add', '{P}', '--text', 'Gespräch\u202d'], '--text', BIDI],
    [['note', 'add', '{P}', '--text', 'Gespräch\u0007'], '--text', CONTROL],
    [['note', 'add', '{P}', '--text', 'Gespr\ufffdch'], '--text', NOT_UTF8],
    [['config', 'set', 'provider.name', 'Krisenhilfe\u202e'], 'provider.name', BIDI],
    [['config', 'set', 'customerTypes', 'Kita, Jugend\u0085zentrum'], 'customerTypes', CONTROL],
  ])('%j is refused naming %s', (args, flag, message) => {
    const fill = (a: string) => a.replace('{A}', applicant).replace('{P}', participant).replace('{G}', goal);
    refusedNaming(args.map(fill), flag, message);
  });

  test('a note text may span lines; CRLF is kept as LF', () => {
    ok(dir, ['note', 'add', participant, '--text', 'Erste Zeile\r\nzweite Zeile\ndritte', '--date', '2026-03-01']);
    const notes = ok(dir, ['note', 'list', participant, '--json']).json().notes as { text: string }[];
    expect(notes.map((n) => n.text)).toContain('Erste Zeile\nzweite Zeile\ndritte');
  });
});

describe('hours import reads only real text', () => {
  function sheet(name: string, bytes: Buffer): string {
    const file = join(mkdtempSync(join(tmpdir(), 'insat-sheet-')), name);
    writeFileSync(file, bytes);
    return file;
  }

  test('a timesheet that is neither UTF-8 nor Windows-1252 text is refused naming the byte', () => {
    const p = participant;
    const file = sheet(
      'kaputt.csv',
      Buffer.concat([
        Buffer.from(`participant,date,hours\n${p},2026-11-23,4\n${p},2026-11-24,`),
        Buffer.from([0x34, 0x90]),
        Buffer.from('\n'),
      ]),
    );
    const before = storeBytes(dir);
    const r = insat(dir, ['hours', 'import', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: kaputt\.csv is not valid UTF-8 \(byte 0x90 at offset \d+\)/);
    expect(storeBytes(dir)).toEqual(before);
  });

  test('a timesheet with a UTF-8 BOM and broken bytes is refused, not read as Windows-1252', () => {
    const file = sheet(
      'bom.csv',
      Buffer.concat([
        Buffer.from('\ufeffparticipant;date;hours\n'),
        Buffer.from([0xfc]),
        Buffer.from(`;2026-11-23;4\n`),
      ]),
    );
    const r = insat(dir, ['hours', 'import', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: bom\.csv is not valid UTF-8 \(byte 0xFC at offset 26\)/);
  });

  test('an older Excel file in Windows-1252 is still read', () => {
    const file = sheet(
      'alt.csv',
      Buffer.from(`Teilnehmer;Datum;Stunden;Bemerkung\n${participant};23.11.2026;4;Grüße\n`, 'latin1'),
    );
    expect(ok(dir, ['hours', 'import', file, '--dry-run']).stdout).toContain('would import 1 booking');
  });
});
