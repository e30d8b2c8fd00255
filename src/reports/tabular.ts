// Tabular results and their renderings: a terminal table (German display formats), RFC 4180 CSV
// and German Excel CSV. A command builds one Tabular; every format renders that same object.
import { stringify } from 'csv-stringify/sync';
import { formatDateDe, type IsoDate } from '../model/dates.js';
import { centsToDecimal, formatEuroDe } from '../model/money.js';
import { formatHoursDe, minutesToDecimalHours } from '../model/durations.js';
import type { Formats } from '../i18n/en/format.js';

/**
 * `decimal`: a plain number with a fraction (an average), printed as it is with `.` or `,`.
 * `figures`: numbers insat wrote as text in the format's style (rates `1,50/1,75`): printed as they
 * are, never guarded, quoted only where RFC 4180 needs it — unlike free `text`.
 */
export type ColumnKind = 'text' | 'figures' | 'int' | 'date' | 'cents' | 'hours' | 'ratio' | 'decimal';
export interface Column {
  key: string;
  /** The `csv` header: a stable name scripts rely on, the same in every language. */
  header: string;
  /** The header people read (the table, `csv-de`), in the run's language. */
  label: string;
  /** Codes of a text column in people's words (the table, `csv-de`); `csv` keeps the code: `total` → "gesamt". */
  words?: Readonly<Record<string, string>>;
  kind: ColumnKind;
}
export type Cell = string | number | null | undefined;
export interface Tabular {
  columns: Column[];
  rows: Record<string, Cell>[];
}

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

/** A cell as people read it: German display forms, or the run's (`fmt` of its catalogue). */
export function displayCell(col: Column, value: Cell, fmt?: Formats): string {
  if (fmt && value !== null && value !== undefined && value !== '') {
    switch (col.kind) {
      case 'date':
        return fmt.date(String(value) as IsoDate);
      case 'cents':
        return fmt.euro(Number(value));
      case 'hours':
        return fmt.hours(Number(value));
      case 'ratio':
        return fmt.percent(Math.round(Number(value) * 1000), 1000);
      case 'decimal':
        return fmt.decimal(Number(value));
      default:
    }
  }
  if (value === null || value === undefined || value === '') return col.kind === 'text' ? '' : '–';
  switch (col.kind) {
    case 'text':
      return col.words?.[String(value)] ?? String(value);
    case 'figures':
      return String(value);
    case 'int':
      return String(value);
    case 'date':
      return formatDateDe(String(value) as IsoDate);
    case 'cents':
      return formatEuroDe(Number(value));
    case 'hours':
      return formatHoursDe(Number(value));
    case 'ratio':
      return `${(Number(value) * 100).toFixed(1).replace('.', ',')} %`;
    case 'decimal':
      return String(Number(value)).replace('.', ',');
  }
}

export async function renderTable(t: Tabular, color: boolean, fmt?: Formats): Promise<string> {
  const { default: Table } = await import('cli-table3');
  const right = (k: ColumnKind) => k !== 'text' && k !== 'figures' && k !== 'date';
  const table = new Table({
    head: t.columns.map((c) => c.label),
    // no rule between body rows: long lists stay readable on one screen
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
    colAligns: t.columns.map((c) => (right(c.kind) ? 'right' : 'left')),
    ...(color ? {} : { style: { head: [], border: [] } }),
  });
  for (const r of t.rows) table.push(t.columns.map((c) => displayCell(c, r[c.key], fmt)));
  return table.toString();
}
