// The period a summary covers, from --week, --month or --from/--to; by default the last complete
// ISO week before today.
import { UsageError } from '../../errors.js';
import { dateArg, monthArg, weekArg } from '../../cli/parse.js';
import { formatDateDe, formatIsoWeek, isoWeekPeriod, monthPeriod, type Period } from '../../model/dates.js';
import { lastCompleteWeek } from '../../model/occupancy.js';

export interface PeriodOptions {
  week?: string;
  month?: string;
  from?: string;
  to?: string;
}

export interface LabelledPeriod extends Period {
  /** "2026-W47", "2026-11", or the dates when given as --from/--to. */
  label: string;
}

export function periodOf(opts: PeriodOptions, today: string): LabelledPeriod {
  const given = [opts.week !== undefined && '--week', opts.month !== undefined && '--month', (opts.from !== undefined || opts.to !== undefined) && '--from/--to'].filter(Boolean);
  if (given.length > 1) throw new UsageError(`${given.join(' and ')} both choose the period — give only one of --week, --month or --from with --to`);
  if (opts.week !== undefined) {
    const w = weekArg(opts.week);
    return { ...isoWeekPeriod(w.year, w.week), label: formatIsoWeek(w) };
  }
  if (opts.month !== undefined) {
    const m = monthArg(opts.month);
    return { ...monthPeriod(m), label: m };
  }
  if (opts.from !== undefined || opts.to !== undefined) {
    if (opts.from === undefined || opts.to === undefined) throw new UsageError(`${opts.from === undefined ? '--from' : '--to'} is missing — give the period as --from DATE --to DATE`);
    const from = dateArg(opts.from, '--from'), to = dateArg(opts.to, '--to');
    if (to < from) throw new UsageError(`--to ${to} lies before --from ${from} — swap the two dates`);
    return { from, to, label: `${formatDateDe(from)} – ${formatDateDe(to)}` };
  }
  const w = lastCompleteWeek(today);
  return { from: w.from, to: w.to, label: formatIsoWeek(w) };
}
