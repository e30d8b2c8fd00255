// `insat export occupancy`: the occupancy summary for spreadsheets and scripts — the rows of
// `insat occupancy --format csv` (csv by default; csv-de, json, table and text as there).
import type { Ctx } from '../../cli/context.js';
import { runOccupancy } from '../occupancy/run.js';
import type { ExportOptions } from './index.js';

export async function runExport(ctx: Ctx, opts: ExportOptions): Promise<void> {
  await runOccupancy(
    ctx,
    { week: opts.week, month: opts.month, from: opts.from, to: opts.to, format: opts.format },
    'csv',
    { out: opts.out, force: opts.force },
  );
}
