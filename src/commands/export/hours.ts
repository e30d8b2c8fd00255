// `insat export hours`: the bookings of a period (--month, --from/--to; default this month) for spreadsheets.
import type { Ctx } from '../../cli/context.js';
import { emit, formatOf } from '../../cli/output.js';
import { bookingsJson, bookingsTabular, loadBookingRows } from '../hours/list.js';
import type { ExportOptions } from './index.js';
import { pseudonymsFor } from './pseudonyms.js';

export async function runExport(ctx: Ctx, opts: ExportOptions): Promise<void> {
  const format = formatOf(ctx, opts.format, ['csv', 'csv-de', 'json']);
  const alias = pseudonymsFor(ctx, opts.pseudonymize);
  const pseudonymize = alias !== undefined;
  const { period, rows } = await loadBookingRows(ctx, opts, alias);
  await emit(
    ctx,
    format,
    {
      json: () => bookingsJson(period, rows, pseudonymize),
      tabular: () => bookingsTabular(rows, pseudonymize),
    },
    { out: opts.out, force: opts.force },
  );
}
