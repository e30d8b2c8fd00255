// CSV in both dialects survives hostile text: a cell with a line break, a delimiter of either
// dialect or a quote stays one cell, and a cell a spreadsheet would run as a formula is guarded —
// also when the formula hides after a line break or starts with a fullwidth sign.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import { renderCsv, type CsvDialect } from '../../src/reports/csv.js';
import type { Tabular } from '../../src/reports/tabular.js';
import { enrolled, ok, suitableApplicant, tempDataDir } from '../helpers/cli.js';

const DIALECTS: CsvDialect[] = ['csv', 'csv-de'];

/** Parses like a spreadsheet would: any line break outside quotes ends a row, whatever the file's first line used. */
function parsed(text: string, dialect: CsvDialect): string[][] {
  return parse(text, {
    delimiter: dialect === 'csv-de' ? ';' : ',',
    bom: true,
    record_delimiter: ['\r\n', '\n', '\r'],
  }) as string[][];
}

describe('renderCsv quotes and guards every free-text cell', () => {
  const hostile = [
    '=1+1\n=2+2',
    'a\r\n=cmd',
    'x\r@SUM(A1)',
    'Müller; Hans',
    'Müller, Hans',
    'say "hi"',
    '＝1+1',
    '＋1',
    '－1',
    '＠A1',
    '-2+3',
    '+49 234',
    '@A1',
    '\t=1',
    'plain',
  ];
  const table: Tabular = {
    columns: [
      { key: 'text', header: 'text', label: 'text', kind: 'text' },
      { key: 'cents', header: 'amount', label: 'amount', kind: 'cents' },
      { key: 'n', header: 'n', label: 'n', kind: 'int' },
    ],
    rows: hostile.map((text, i) => ({ text, cents: -1250 - i, n: -i })),
  };
  const guarded = (t: string) => (/^[=+\-@\t\r＝＋－＠]/.test(t) ? `'${t}` : t);

  test.each(DIALECTS)('%s: every row parses back into its one cell, guarded', (dialect) => {
    const records = parsed(renderCsv(table, dialect), dialect);
    expect(records).toHaveLength(hostile.length + 1);
    expect(records.slice(1).map((r) => r[0])).toEqual(hostile.map(guarded));
    for (const r of records) expect(r).toHaveLength(3);
  });

  test('numbers stay numbers: a negative amount is neither guarded nor quoted', () => {
    const de = renderCsv(table, 'csv-de');
    expect(de).toContain(';-12,50;0\r\n');
    expect(de).toContain(';-12,51;-1\r\n');
    expect(renderCsv(table, 'csv')).toContain(',-12.50,0\n');
  });

  test('a guarded or delimiter-holding text cell is quoted in both dialects', () => {
    const one: Tabular = {
      columns: [{ key: 't', header: 't', label: 't', kind: 'text' }],
      rows: [{ t: '=1+1' }, { t: 'a;b' }, { t: 'a,b' }, { t: 'plain' }],
    };
    expect(renderCsv(one, 'csv')).toBe('t\n"\'=1+1"\n"a;b"\n"a,b"\nplain\n');
    expect(renderCsv(one, 'csv-de')).toBe('\uFEFFt\r\n"\'=1+1"\r\n"a;b"\r\n"a,b"\r\nplain\r\n');
  });
});

describe('lists and exports of a store with hostile names and notes', () => {
  const LINE_NAME = '=1+1\n=2+2';
  const WIDE_NAME = '＝HYPERLINK("http://x");@A1';
  const NOTE = '=1+1\n=2+2;"zitiert", sonst nichts';
  let dir: string;
  let applicant: string;
  let participant: string;

  /** A name stored by an older insat, before free text was checked on input. */
  function storeName(id: string, name: string): void {
    const file = join(dir, 'insat.json');
    const data = JSON.parse(readFileSync(file, 'utf8')) as { people: { id: string; name: string }[] };
    data.people.find((p) => p.id === id)!.name = name;
    writeFileSync(file, JSON.stringify(data, null, 1) + '\n');
  }

  beforeAll(() => {
    dir = tempDataDir();
    ok(dir, ['init']);
    participant = enrolled(dir, 'holz', '2026-02-01', '2027-01-31', 20);
    applicant = suitableApplicant(dir, WIDE_NAME);
    ok(dir, ['note', 'add', participant, '--text', NOTE, '--date', '2026-03-01']);
    storeName(participant, LINE_NAME);
  });

  function rowsOf(args: string[], dialect: CsvDialect): string[][] {
    const text = ok(dir, [...args, '--format', dialect]).stdout;
    const records = parsed(text, dialect);
    for (const r of records) expect(r).toHaveLength(records[0]!.length);
    return records;
  }

  test.each(DIALECTS)('applicant list --all --format %s: one row per person, names guarded', (dialect) => {
    const records = rowsOf(['applicant', 'list', '--all'], dialect);
    expect(records).toHaveLength(3);
    const names = new Map(records.slice(1).map((r) => [r[0], r[1]]));
    expect(names.get(participant)).toBe(`'${LINE_NAME}`);
    expect(names.get(applicant)).toBe(`'${WIDE_NAME}`);
  });

  test.each(DIALECTS)('participant list --format %s: the multi-line name is one guarded cell', (dialect) => {
    const records = rowsOf(['participant', 'list'], dialect);
    expect(records).toHaveLength(2);
    expect(records[1]!.slice(0, 3)).toEqual([participant, `'${LINE_NAME}`, 'holz']);
  });

  test.each(DIALECTS)('export participants --format %s: one row, name guarded', (dialect) => {
    const records = rowsOf(['export', 'participants'], dialect);
    expect(records).toHaveLength(2);
    expect(records[1]).toContain(`'${LINE_NAME}`);
    expect(records[1]).toContain('holz');
  });

  test.each(DIALECTS)('note list --format %s: the note is one guarded cell', (dialect) => {
    const records = rowsOf(['note', 'list', participant], dialect);
    expect(records).toHaveLength(2);
    expect(records[1]!.at(-1)).toBe(`'${NOTE}`);
  });
});
