import type { Ctx } from '../../cli/context.js';
import { emit, formatOf, type Format } from '../../cli/output.js';
import { intArg } from '../../cli/parse.js';
import { openStore } from '../../cli/store-access.js';
import { UsageError } from '../../errors.js';
import { isoOf } from '../../model/dates.js';
import { yearStats } from '../../model/stats.js';
import { keyFigureLines, renderStatsText, statsHeading, statsTabular } from './render.js';

const FORMATS: readonly Format[] = ['text', 'table', 'csv', 'csv-de', 'json'];

export async function runStats(ctx: Ctx, opts: { year?: string; format?: string }): Promise<void> {
  const format = formatOf(ctx, opts.format ?? 'text', FORMATS);
  const thisYear = Number(ctx.today.slice(0, 4));
  const year = opts.year === undefined ? thisYear - 1 : intArg(opts.year, '--year', 1900, 2200);
  if (year > thisYear) throw new UsageError(`--year ${year} has not begun yet — give ${thisYear} (year to date) or an earlier year`);
  const store = await openStore(ctx);
  const s = yearStats(store.main, await store.bookingsBetween(isoOf(year, 1, 1), isoOf(year, 12, 31)), year, ctx.today);
  await emit(ctx, format, {
    json: () => s,
    tabular: () => statsTabular(s, format === 'table'),
    text: format === 'text' ? () => renderStatsText(s) : () => [statsHeading(s), ...keyFigureLines(s)].join('\n'),
  });
}
