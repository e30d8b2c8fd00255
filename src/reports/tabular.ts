// Tabular results and their renderings: a terminal table (German display formats) here, RFC 4180 CSV
// and German Excel CSV in csv.ts. A command builds one Tabular; every format renders that same object.
import { formatDateDe, type IsoDate } from '../model/dates.js';
import { formatEuroDe } from '../model/money.js';
import { formatHoursDe } from '../model/durations.js';
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
