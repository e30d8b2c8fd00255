// Money is integer cents: parsing, exact rounding and formatting, so that no float ever touches an
// amount. Durations (integer minutes) live in durations.ts.

export type Cents = number;

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
