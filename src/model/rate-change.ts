// Changing the rate history (DOMAIN.md "changing the past"): a rate change never silently re-prices
// hours already booked. It reaches into the past when it starts before today or before a month
// that has bookings; then it needs an explicit override and shows each month's old and new total,
// computed by the same pay function as the monthly statement.
import { payStatement } from './allowance.js';
import type { IsoDate } from './dates.js';
import { formatEuroDe, type Cents } from './money.js';
import type { Booking, MainData, RatePeriod } from './types.js';
import { violation, type Violation } from './violations.js';
import { compareText } from './compare.js';

export interface RepricedMonth {
  month: string;
  oldCents: Cents;
  newCents: Cents;
}

/** Every month with bookings from `from` on, with its total under the old and the new rate history. */
export function repricedMonths(
  main: MainData,
  bookings: readonly Booking[],
  from: IsoDate,
  newRates: RatePeriod[],
): RepricedMonth[] {
  const months = [...new Set(bookings.filter((b) => b.date >= from).map((b) => b.date.slice(0, 7)))].sort();
  const after: MainData = { ...main, settings: { ...main.settings, rates: newRates } };
  return months.map((month) => ({
    month,
    oldCents: payStatement(main, month, bookings).totalCents,
    newCents: payStatement(after, month, bookings).totalCents,
  }));
}

export function repricedLine(m: RepricedMonth): string {
  return `${m.month}: ${formatEuroDe(m.oldCents)} → ${formatEuroDe(m.newCents)}`;
}

/** A change of the rate history that reaches into the past, unless forced. */
export function pastChangeViolations(
  what: string,
  from: IsoDate,
  today: IsoDate,
  months: readonly RepricedMonth[],
  force: boolean,
): Violation[] {
  if (force || (from >= today && months.length === 0)) return [];
  const why =
    months.length > 0
      ? `reaches into ${months.length} month${months.length === 1 ? '' : 's'} with bookings (${months.slice(0, 3).map(repricedLine).join('; ')}${months.length > 3 ? '; …' : ''})`
      : `starts before today (${today})`;
  return [
    violation(
      'changing-the-past',
      `${what} ${why}; statements already sent must stay reproducible — see every month with --dry-run --force, then repeat with --force if it is meant`,
    ),
  ];
}

/** A new rate must differ from the one valid the day before it starts. */
export function rateSetViolations(rates: readonly RatePeriod[], from: IsoDate, cents: Cents): Violation[] {
  if (rates.some((r) => r.from === from)) {
    return [
      violation(
        'rate-history',
        `a rate already starts on ${from}; the history is never rewritten — choose another date, or remove the wrong entry with 'insat config rate delete --from ${from}'`,
      ),
    ];
  }
  const before = [...rates]
    .filter((r) => r.from < from)
    .sort((a, b) => compareText(a.from, b.from))
    .at(-1);
  if (before && before.centsPerHour === cents) {
    return [
      violation(
        'rate-history',
        `the rate from ${before.from} is already ${formatEuroDe(cents)}/h — a rate equal to the one before it changes nothing; leave it out`,
      ),
    ];
  }
  return [];
}

export function rateDeleteViolations(rates: readonly RatePeriod[], from: IsoDate): Violation[] {
  if (!rates.some((r) => r.from === from)) {
    return [
      violation('rate-history', `no rate starts on ${from} — see the starting days with 'insat config rate list'`),
    ];
  }
  if (rates.length === 1)
    return [violation('rate-history', `the rate from ${from} is the only one — set another rate first`)];
  return [];
}
