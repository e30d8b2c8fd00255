// `insat export pay --month M`: the allowance statement for the payroll spreadsheet.
import type { Ctx } from '../../cli/context.js';
import { emit, formatOf } from '../../cli/output.js';
import { loadStatement } from '../pay/run.js';
import { payJson, payTabular } from '../pay/view.js';
import type { ExportOptions } from './index.js';
import { pseudonymsFor } from './pseudonyms.js';

export async function runExport(ctx: Ctx, opts: ExportOptions): Promise<void> {
  const format = formatOf(ctx, opts.format, ['csv', 'csv-de', 'json']);
  const st = await loadStatement(ctx, opts.month, opts.participant);
  const alias = pseudonymsFor(ctx, opts.pseudonymize);
  await emit(
    ctx,
    format,
    {
      json: () => payJson(st, alias),
      tabular: () => payTabular(st, format, alias),
    },
    { out: opts.out, force: opts.force },
  );
}
