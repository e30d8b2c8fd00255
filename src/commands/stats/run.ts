import type { Ctx } from '../../cli/context.js';
import { emit, formatOf, type Format } from '../../cli/output.js';
import { intArg } from '../../cli/parse.js';
import { openStore } from '../../cli/store-access.js';
import { UsageError } from '../../errors.js';
import { isoOf } from '../../model/dates.js';
import { yearStats } from '../../model/stats.js';
import { workStats } from '../../model/work-stats.js';
import { keyFigureLines, renderStatsText, statsHeading, statsTabular, workLines } from './render.js';

const FORMATS: readonly Format[] = ['text', 'table', 'csv', 'csv-de', 'json'];

export async function runStats(ctx: Ctx, opts: { year?: string; format?: string }): Promise<void> {
  const format = formatOf(ctx, opts.format ?? 'text', FORMATS);
  const thisYear = Number(ctx.today.slice(0, 4));
  const year = opts.year === undefined ? thisYear - 1 : intArg(opts.year, '--year', 1900, 2200);
  if (year > thisYear) throw new UsageError((m) => m.stats.notBegun(year, thisYear));
  const store = await openStore(ctx);
  const s = yearStats(store.main, await store.bookingsBetween(isoOf(year, 1, 1), isoOf(year, 12, 31)), year, ctx.today);
  const work = workStats(store.main, year);
  await emit(ctx, format, {
    json: () => ({ ...s, work }),
    tabular: () => statsTabular(s, format === 'table', ctx.m),
    text:
      format === 'text'
        ? () => [renderStatsText(s, ctx.m), '', ...workLines(work, ctx.m)].join('\n')
        : () => [statsHeading(s, ctx.m), ...keyFigureLines(s, ctx.m), ...workLines(work, ctx.m)].join('\n'),
  });
}
