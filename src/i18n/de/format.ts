// How German output writes dates, numbers and money: 24.11.2026, 1.234,5, 1.234,50 €, 87,5 %.
import type { Formats } from '../en/format.js';
import { formatDateDe } from '../../model/dates.js';
import { formatEuroDe } from '../../model/money.js';
import { formatHoursDe } from '../../model/durations.js';
import { intDe, monthDe, percentDe } from '../../reports/german.js';

export const fmt: Formats = {
  date: formatDateDe,
  range: (from, to) => `${formatDateDe(from)} – ${formatDateDe(to)}`,
  month: monthDe,
  int: intDe,
  decimal: (x) => String(x).replace('.', ','),
  hours: formatHoursDe,
  euro: formatEuroDe,
  percent: percentDe,
  count: (n, one, many) => `${intDe(n)} ${n === 1 ? one : many}`,
  alternatives: (items) =>
    items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} oder ${items[items.length - 1]}`,
  list: (items) =>
    items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} und ${items[items.length - 1]}`,
};
