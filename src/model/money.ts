// Money is integer cents, time integer minutes. Parsing and formatting live here so that no
// float ever touches an amount.

export type Cents = number;
export type Minutes = number;

/** Hours as typed by a user: `6.5`, `6,5`, `6:30`, `6`. Returns minutes, or null if malformed. */
export function parseHours(text: string): Minutes | null {
  const t = text.trim();
  const clock = /^(\d{1,2}):([0-5]\d)$/.exec(t);
  if (clock) return Number(clock[1]) * 60 + Number(clock[2]);
  const dec = /^(\d{1,2})(?:[.,](\d{1,2}))?$/.exec(t);
  if (!dec) return null;
  const frac = dec[2] ?? '0';
  // 6.5 → 30 min, 6.25 → 15 min, 6.75 → 45 min: exact for hundredths, no float arithmetic.
  const hundredths = Number(frac.padEnd(2, '0'));
  if ((hundredths * 60) % 100 !== 0) return null;
  return Number(dec[1]) * 60 + (hundredths * 60) / 100;
}

export function isQuarterHour(minutes: Minutes): boolean {
  return minutes % 15 === 0;
}

/** Euros as typed: `2`, `2.00`, `2,00`, `1.5`. Returns cents or null. */
export function parseEuros(text: string): Cents | null {
  const m = /^(\d{1,5})(?:[.,](\d{1,2}))?$/.exec(text.trim());
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '0').padEnd(2, '0'));
}

/** Rounds a rational amount (numerator / denominator, both integers) half up to an integer. */
export function roundHalfUp(numerator: number, denominator: number): number {
  const q = Math.floor(numerator / denominator);
  const r = numerator - q * denominator;
  return 2 * r >= denominator ? q + 1 : q;
}

/** "1234.50" — exact decimal text of cents, for CSV and JSON-free output. */
export function centsToDecimal(cents: Cents, sep = '.'): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}${sep}${String(abs % 100).padStart(2, '0')}`;
}

/** Thousands points in the digits of a whole number: "1234567" → "1.234.567". */
export function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** German display form: 1.234,50 € */
export function formatEuroDe(cents: Cents): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const euros = groupThousands(String(Math.floor(abs / 100)));
  return `${sign}${euros},${String(abs % 100).padStart(2, '0')} €`;
}

/** Minutes as exact decimal hours: 390 → "6.5", 405 → "6.75". */
export function minutesToDecimalHours(minutes: Minutes, sep = '.'): string {
  const sign = minutes < 0 ? '-' : '';
  const abs = Math.abs(minutes);
  const whole = Math.floor(abs / 60);
  const rest = abs % 60;
  if (rest === 0) return `${sign}${whole}`;
  // rest/60 as hundredths is exact for quarter hours; other minutes round to 2 places.
  const hundredths = roundHalfUp(rest * 100, 60);
  const frac = String(hundredths).padStart(2, '0').replace(/0$/, '');
  return `${sign}${whole}${sep}${frac}`;
}

/** 390 → "6:30" */
export function formatMinutesClock(minutes: Minutes): string {
  const sign = minutes < 0 ? '-' : '';
  const abs = Math.abs(minutes);
  return `${sign}${Math.floor(abs / 60)}:${String(abs % 60).padStart(2, '0')}`;
}

/** German display of hours: 2897,75 → "2.897,75". */
export function formatHoursDe(minutes: Minutes): string {
  const [whole, frac] = minutesToDecimalHours(minutes, ',').split(',');
  const grouped = groupThousands(whole!);
  return frac ? `${grouped},${frac}` : grouped;
}
