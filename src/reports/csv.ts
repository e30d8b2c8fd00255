// A Tabular as RFC 4180 CSV (`csv`: stable headers and codes, for scripts) or German Excel CSV
// (`csv-de`: `;`, decimal commas, German dates and words, BOM, CRLF). Apart from tabular.ts so that
// csv-stringify, a package outside the bundle, loads only when CSV is asked for.
import { stringify } from 'csv-stringify/sync';
import { formatDateDe, type IsoDate } from '../model/dates.js';
import { centsToDecimal } from '../model/money.js';
import { minutesToDecimalHours } from '../model/durations.js';
import type { Cell, Column, Tabular } from './tabular.js';

export type CsvDialect = 'csv' | 'csv-de';

/**
 * Cells a spreadsheet would run as a formula start like this (OWASP CSV injection); Excel and
 * LibreOffice read the fullwidth signs as their ASCII forms.
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

export function guardText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * A text cell is quoted when it holds a line break, a quote or the delimiter of either dialect, or
 * was guarded: a reader that guesses another delimiter or line ending still sees one cell, and the
 * guard stays inside it. Numbers are never quoted, so a spreadsheet keeps them numbers.
 */
const QUOTED_TEXT = /[\r\n";,]|^'/;

type CsvField = string | { value: string; quoted: true };

function textField(text: string): CsvField {
  const value = guardText(text);
  return QUOTED_TEXT.test(value) ? { value, quoted: true } : value;
}

function ratioText(value: number, sep: string): string {
  // four decimals are exact enough for an occupancy rate and never print float noise
  return value.toFixed(4).replace('.', sep);
}

function csvCell(col: Column, value: Cell, dialect: CsvDialect): CsvField {
  if (value === null || value === undefined || value === '') return '';
  const sep = dialect === 'csv-de' ? ',' : '.';
  switch (col.kind) {
    case 'text':
      return textField(dialect === 'csv' ? String(value) : (col.words?.[String(value)] ?? String(value)));
    case 'figures':
      return String(value);
    case 'int':
      return String(value);
    case 'date':
      return dialect === 'csv-de' ? formatDateDe(String(value) as IsoDate) : String(value);
    case 'cents':
      return centsToDecimal(Number(value), sep);
    case 'hours':
      return minutesToDecimalHours(Number(value), sep);
    case 'ratio':
      return ratioText(Number(value), sep);
    case 'decimal':
      return String(Number(value)).replace('.', sep);
  }
}

export function renderCsv(t: Tabular, dialect: CsvDialect): string {
  const records = [
    t.columns.map((c) => textField(dialect === 'csv' ? c.header : c.label)),
    ...t.rows.map((r) => t.columns.map((c) => csvCell(c, r[c.key], dialect))),
  ];
  return stringify(records, {
    delimiter: dialect === 'csv-de' ? ';' : ',',
    record_delimiter: dialect === 'csv-de' ? 'windows' : 'unix',
    // csv-stringify quotes a lone LF (or CR) only when told: with CRLF rows it would split the row
    quote_record_delimiter: true,
    // a field given as {value, quoted} carries its own quoting
    cast: { object: (field) => field as { value: string; quoted: true } },
    bom: dialect === 'csv-de',
  });
}
