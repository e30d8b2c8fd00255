// German display formats for the PDF documents: 24.11.2026, 1.234,50 €, 1.234,5 Std., 87,5 %.
import { formatDateDe, type IsoDate } from '../../model/dates.js';
import { formatEuroDe, formatHoursDe, roundHalfUp, type Minutes } from '../../model/money.js';

export const dateDe = (d: IsoDate): string => formatDateDe(d);
export const euroDe = formatEuroDe;

const MONTHS_DE = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
const MONTHS_SHORT_DE = ['Jan', 'Feb', 'Mär', 'Apr', 'Mai', 'Jun', 'Jul', 'Aug', 'Sep', 'Okt', 'Nov', 'Dez'];
const WEEKDAYS_DE = ['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So'];

function groupThousands(intText: string): string {
  return intText.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** Minutes as German decimal hours: 73890 → "1.231,5". */
export const hoursDe = (minutes: Minutes): string => formatHoursDe(minutes);

export function intDe(n: number): string {
  return groupThousands(String(n));
}

/** A share as percent with one decimal, rounded half up: (7, 8) → "87,5 %"; "–" without a base. */
export function percentDe(part: number, whole: number): string {
  if (whole <= 0) return '–';
  const tenths = roundHalfUp(part * 1000, whole);
  return `${groupThousands(String(Math.floor(tenths / 10)))},${tenths % 10} %`;
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

/** Days as months with one decimal (a month = 365.25/12 days, as the AGH cap counts): 731 → "24,0". */
export function monthsOfDaysDe(days: number): string {
  const sign = days < 0 ? '-' : '';
  const tenths = roundHalfUp(Math.abs(days) * 480, 1461);
  return `${sign}${Math.floor(tenths / 10)},${tenths % 10}`;
}
