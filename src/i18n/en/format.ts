// How English output writes dates, numbers and money: ISO dates, a decimal point.
import type { IsoDate } from '../../model/dates.js';
import { centsToDecimal } from '../../model/money.js';
import { minutesToDecimalHours, type Minutes } from '../../model/durations.js';
import { roundHalfUp } from '../../model/money.js';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export const fmt = {
  date: (d: IsoDate): string => d,
  range: (from: IsoDate, to: IsoDate): string => `${from} – ${to}`,
  /** "2026-11" → "November 2026" */
  month: (month: string): string => `${MONTHS[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`,
  int: (n: number): string => String(n),
  /** 12.5 → "12.5" */
  decimal: (x: number): string => String(x),
  /** 150 minutes → "2.5" */
  hours: (minutes: Minutes): string => minutesToDecimalHours(minutes),
  euro: (cents: number): string => `${centsToDecimal(cents)} €`,
  /** (7, 8) → "87.5%"; "–" without a base */
  percent: (part: number, whole: number): string => {
    if (whole <= 0) return '–';
    const tenths = roundHalfUp(part * 1000, whole);
    return `${Math.floor(tenths / 10)}.${tenths % 10}%`;
  },
  /** 1 "day", 2 "days" */
  count: (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`,
  /** "a, b or c" */
  alternatives: (items: readonly string[]): string =>
    items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`,
  /** "a, b and c" */
  list: (items: readonly string[]): string =>
    items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`,
  /** Why a file could not be read or written: the system's error code (ENOENT), else its message. */
  systemError: (code: string | undefined, message: string): string => code ?? message,
  /** Why a text is not JSON: the parser's message (`_line`, `_column`: where it stopped, when known). */
  jsonError: (message: string, _line: number | null, _column: number | null): string => message,
};
export type Formats = typeof fmt;
