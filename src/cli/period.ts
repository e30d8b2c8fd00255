// The period option group of the summaries (occupancy, hours missing): --date, --week, --month or
// --from/--to, one of them; without any, a default the command chooses (occupancy: the last
// complete ISO week before today).
import { UsageError } from '../errors.js';
import { dateArg, monthArg, weekArg } from './parse.js';
import { formatIsoWeek, isoWeekPeriod, monthPeriod, type Period } from '../model/dates.js';
import { lastCompleteWeek } from '../model/occupancy.js';

export interface PeriodOptions {
  /** One day; only where the command offers --date. */
  date?: string;
  week?: string;
  month?: string;
  from?: string;
  to?: string;
}

export interface LabelledPeriod extends Period {
  /**
   * "2026-W47", "2026-11", "2026-11-24", or an ISO 8601 interval "2026-11-01/2026-11-30" for --from/--to:
   * the JSON `period`, the same in every language (never a German date).
   */
  label: string;
  /** The label names the period (a week, a month); otherwise it only repeats its dates. */
  named: boolean;
}

/** The last complete ISO week before today: what occupancy covers when no period is given. */
export function lastCompleteWeekPeriod(today: string): LabelledPeriod {
  const w = lastCompleteWeek(today);
  return { from: w.from, to: w.to, label: formatIsoWeek(w), named: true };
}

export function periodOf(
  opts: PeriodOptions,
  today: string,
  fallback: (today: string) => LabelledPeriod = lastCompleteWeekPeriod,
): LabelledPeriod {
  const given = [
    opts.date !== undefined && '--date',
    opts.week !== undefined && '--week',
    opts.month !== undefined && '--month',
    (opts.from !== undefined || opts.to !== undefined) && '--from/--to',
  ].filter(Boolean);
  if (given.length > 1) throw new UsageError((m) => m.hours.period.twoPeriods(given.join(m.hours.period.and)));
  if (opts.date !== undefined) {
    const d = dateArg(opts.date, '--date');
    return { from: d, to: d, label: d, named: false };
  }
  if (opts.week !== undefined) {
    const w = weekArg(opts.week);
    return { ...isoWeekPeriod(w.year, w.week), label: formatIsoWeek(w), named: true };
  }
  if (opts.month !== undefined) {
    const m = monthArg(opts.month);
    return { ...monthPeriod(m), label: m, named: true };
  }
  if (opts.from !== undefined || opts.to !== undefined) {
    if (opts.from === undefined || opts.to === undefined)
      throw new UsageError((m) => m.hours.period.halfRange(opts.from === undefined ? '--from' : '--to'));
    const from = dateArg(opts.from, '--from'),
      to = dateArg(opts.to, '--to');
    if (to < from) throw new UsageError((m) => m.hours.period.toBeforeFrom(from, to));
    return { from, to, label: `${from}/${to}`, named: false };
  }
  return fallback(today);
}
