// Every command computes one result; this prints it in the format asked for.
import { UsageError } from '../errors.js';
import { renderCsv, renderTable, type Tabular } from '../reports/tabular.js';
import type { Ctx } from './context.js';

export type Format = 'table' | 'csv' | 'csv-de' | 'json' | 'text';

export function formatOf(ctx: Ctx, requested: string | undefined, allowed: readonly Format[] = ['table', 'csv', 'csv-de', 'json']): Format {
  if (ctx.json) return 'json';
  const f = (requested ?? allowed[0]) as Format;
  if (!allowed.includes(f)) throw new UsageError(`--format '${requested}' is not available here — use one of ${allowed.join(', ')}`);
  return f;
}

export interface Rendering {
  json: () => unknown;
  /** Human output for a terminal; defaults to the table of `tabular`. */
  text?: () => string | Promise<string>;
  tabular?: () => Tabular;
}

export async function emit(ctx: Ctx, format: Format, r: Rendering): Promise<void> {
  switch (format) {
    case 'json':
      ctx.out(JSON.stringify(r.json(), null, 2));
      return;
    case 'csv':
    case 'csv-de':
      if (!r.tabular) throw new UsageError(`--format ${format} is not available here — use table or json`);
      ctx.io.stdout.write(renderCsv(r.tabular(), format));
      return;
    case 'table':
      if (r.tabular) { ctx.out(await renderTable(r.tabular(), ctx.color)); if (r.text) ctx.out(await r.text()); return; }
      if (r.text) ctx.out(await r.text());
      return;
    case 'text':
      if (r.text) ctx.out(await r.text());
      else if (r.tabular) ctx.out(await renderTable(r.tabular(), ctx.color));
  }
}

/** The line a write command prints after it changed something (or would have, with --dry-run). */
export function doneLine(ctx: Ctx, dryRun: boolean, text: string): void {
  ctx.out(dryRun ? `dry run: would ${text} — nothing was changed` : text);
}

export async function paint(ctx: Ctx, style: 'bold' | 'green' | 'yellow' | 'red' | 'dim', text: string): Promise<string> {
  if (!ctx.color) return text;
  const { default: chalk } = await import('chalk');
  return chalk[style](text);
}
