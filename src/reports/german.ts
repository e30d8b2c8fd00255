// German display forms, in one place for the terminal texts and the PDFs: 1.234 (counts),
// 87,5 % (shares), 12,5 (decimals), November 2026, Nov, Mo. Dates (24.11.2026), amounts (1.234,50 €)
// and hours (1.234,5) come from the model, whose messages print them too.
import { formatMonths, monthsOfDays } from '../model/agh-cap.js';
import { groupThousands, roundHalfUp } from '../model/money.js';
import { formatHoursDe, type Minutes } from '../model/durations.js';

const MONTHS_DE = [
  'Januar',
  'Februar',
  'März',
  'April',
  'Mai',
  'Juni',
  'Juli',
  'August',
  'September',
  'Oktober',
  'November',
  'Dezember',
];
const MONTHS_SHORT_DE = ['Jan', 'Feb', 'Mär', 'Apr', 'Mai', 'Jun', 'Jul', 'Aug', 'Sep', 'Okt', 'Nov', 'Dez'];
const WEEKDAYS_DE = ['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So'];

/** A whole number with thousands points: 12345 → "12.345". */
export function intDe(n: number): string {
  return `${n < 0 ? '-' : ''}${groupThousands(String(Math.abs(n)))}`;
}

/** A figure the model rounded to tenths, with one decimal comma: 12.5 → "12,5", 12 → "12,0". */
export function oneDecimalDe(x: number): string {
  return x.toFixed(1).replace('.', ',');
}

/** A share as percent with one decimal, exactly rounded half up: (7, 8) → "87,5 %"; "–" without a base. */
export function percentDe(part: number, whole: number): string {
  if (whole <= 0) return '–';
  const tenths = roundHalfUp(part * 1000, whole);
  return `${intDe(Math.floor(tenths / 10))},${tenths % 10} %`;
}

/** Hours with their unit, for text summaries: 1776100 minutes → "29.601,67 h". */
export function hoursWithUnitDe(minutes: Minutes): string {
  return `${formatHoursDe(minutes)} h`;
}

/** "2026-11" → "November 2026" */
export function monthDe(month: string): string {
  return `${MONTHS_DE[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
}

/** "2026-11" → "Nov" */
export function monthShortDe(month: string): string {
  return MONTHS_SHORT_DE[Number(month.slice(5, 7)) - 1]!;
}

/** 1 = Monday → "Mo" */
export function weekdayDe(isoWeekday: number): string {
  return WEEKDAYS_DE[isoWeekday - 1]!;
}

/** A bare number of days as months with one decimal (the model's one conversion, 30 days a month). */
export function monthsOfDaysDe(days: number): string {
  return formatMonths(monthsOfDays(days));
}

/**
 * The weekday distribution for documents: "4 Stunden je Arbeitstag, Montag bis Freitag" when even,
 * else the days with their hours and the free ones: "Mo 6, Di 6, Mi 6, Do 6 Stunden; Fr frei".
 */
export function weekdayPlanDe(minutes: readonly Minutes[], perDay: Minutes | null): string {
  if (perDay !== null) return `${formatHoursDe(perDay)} Stunden je Arbeitstag, Montag bis Freitag`;
  const worked = minutes.flatMap((m, i) => (m > 0 ? [`${WEEKDAYS_DE[i]} ${formatHoursDe(m)}`] : []));
  const free = minutes.flatMap((m, i) => (m === 0 ? [WEEKDAYS_DE[i]!] : []));
  return `${worked.join(', ')} Stunden${free.length > 0 ? `; ${free.join(', ')} frei` : ''}`;
}
