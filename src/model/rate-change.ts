// Changing the rate history (DOMAIN.md "changing the past"): a rate change never silently re-prices
// hours already booked. It reaches into the past when it starts before today or before a month
// that has bookings; then it needs an explicit override and shows each month's old and new total,
// computed by the same pay function as the monthly statement.
import { payStatement } from './allowance.js';
import { addDays, type IsoDate } from './dates.js';
import type { Cents } from './money.js';
import type { Booking, MainData, RatePeriod } from './types.js';
import { violation, type Violation } from './violations.js';
import { compareText } from './compare.js';
import type { Catalogue, Text } from '../i18n/text.js';

/** Each rate with the last day it holds: the day before the next rate begins; null for the last one. */
export function rateSpans(rates: readonly RatePeriod[]): (RatePeriod & { to: IsoDate | null })[] {
  return rates.map((r, i) => ({ ...r, to: rates[i + 1] ? addDays(rates[i + 1]!.from, -1) : null }));
}

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

export function repricedLine(words: Catalogue, m: RepricedMonth): string {
  return words.settings.repriced(m);
}

/** A change of the rate history that reaches into the past, unless forced. */
export function pastChangeViolations(
  what: Text,
  from: IsoDate,
  today: IsoDate,
  months: readonly RepricedMonth[],
  force: boolean,
): Violation[] {
  if (force || (from >= today && months.length === 0)) return [];
  const why = (m: Catalogue) =>
    months.length > 0
      ? m.settings.reachesMonths(
          months.slice(0, 3).map((x) => repricedLine(m, x)),
          months.length,
        )
      : m.settings.startsBeforeToday(today);
  return [violation('changing-the-past', (m) => m.settings.pastRateChange(what(m), why(m)))];
}

/** A new rate must differ from the one valid the day before it starts. */
export function rateSetViolations(rates: readonly RatePeriod[], from: IsoDate, cents: Cents): Violation[] {
  if (rates.some((r) => r.from === from)) {
    return [violation('rate-history', (m) => m.settings.rateStartsThatDay(from))];
  }
  const sorted = [...rates].sort((a, b) => compareText(a.from, b.from));
  const before = sorted.filter((r) => r.from < from).at(-1);
  if (before && before.centsPerHour === cents) {
    return [violation('rate-history', (m) => m.settings.rateUnchanged(before.from, cents))];
  }
  // the same rate after it would then follow an equal one: the history would hold a step that changes nothing
  const after = sorted.find((r) => r.from > from);
  if (after && after.centsPerHour === cents) {
    return [violation('rate-history', (m) => m.settings.rateSameAsNext(from, after.from, cents))];
  }
  return [];
}

/**
 * Deleting a rate must not leave two equal rates one after the other (which `rate set` refuses to
 * create): the earlier one already holds, so the later one is the entry to delete first.
 */
/**
 * Every day with hours worked has an allowance rate (DOMAIN.md: hours worked × the rate valid on each
 * day): a rate history that starts after a booked day leaves it unpriced. `insat check` names it; a
 * rate change that would cause it is refused.
 */
export function unpricedViolations(rates: readonly RatePeriod[], bookings: readonly Booking[]): Violation[] {
  const first = rates.reduce<IsoDate | null>((f, r) => (f === null || r.from < f ? r.from : f), null);
  const days = new Set<IsoDate>();
  for (const b of bookings) if (b.minutes > 0 && (first === null || b.date < first)) days.add(b.date);
  if (days.size === 0) return [];
  const sorted = [...days].sort(compareText);
  const [from, to] = [sorted[0]!, sorted[sorted.length - 1]!];
  return [violation('rate-missing', (m) => m.settings.unpriced(sorted.length, from, to))];
}

export function rateDeleteViolations(rates: readonly RatePeriod[], from: IsoDate): Violation[] {
  if (!rates.some((r) => r.from === from)) {
    return [violation('rate-history', (m) => m.settings.noRateThatDay(from))];
  }
  if (rates.length === 1) return [violation('rate-history', (m) => m.settings.onlyRate(from))];
  const sorted = [...rates].sort((a, b) => compareText(a.from, b.from));
  const before = sorted.filter((r) => r.from < from).at(-1);
  const after = sorted.find((r) => r.from > from);
  if (before && after && before.centsPerHour === after.centsPerHour) {
    const cents = before.centsPerHour;
    return [violation('rate-history', (m) => m.settings.deleteLeavesEqualRates(from, before.from, after.from, cents))];
  }
  return [];
}
