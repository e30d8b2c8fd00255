// Every command computes one result; this prints it in the format asked for.
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Option } from 'commander';
import { UsageError } from '../errors.js';
import { m } from '../i18n/active.js';
import type { Tabular } from '../reports/tabular.js';
import type { Ctx } from './context.js';
import { refuseExisting, writeOutputFile } from './output-file.js';
import { firstFileOnPath } from '../store/fs-errors.js';

export type Format = 'table' | 'csv' | 'csv-de' | 'json' | 'text';

export function formatOf(
  ctx: Ctx,
  requested: string | undefined,
  allowed: readonly Format[] = ['table', 'csv', 'csv-de', 'json'],
): Format {
  if (ctx.json) return 'json';
  const f = (requested ?? allowed[0]) as Format;
  if (!allowed.includes(f)) throw new UsageError((m) => m.cli.options.formatNotHere(String(requested), allowed));
  return f;
}

/** `--format`, its help naming the formats the command accepts (the first is the default). */
export function formatOption(allowed: readonly Format[] = ['table', 'csv', 'csv-de', 'json']): Option {
  return new Option('--format <format>', m().cli.options.format(allowed));
}

/** `--dry-run`, with the one description every write command shares. */
export function dryRunOption(): Option {
  return new Option('--dry-run', m().cli.options.dryRun);
}

export interface Rendering {
  json: () => unknown;
  /** Human output for a terminal; defaults to the table of `tabular`. */
  text?: () => string | Promise<string>;
  tabular?: () => Tabular;
}

/** Where a rendering goes instead of stdout: `--out FILE` (exports), replaced only with `--force`. */
export interface OutputTarget {
  out?: string;
  force?: boolean;
}

/** The whole output of a rendering, as it would be printed. */
async function rendered(ctx: Ctx, format: Format, r: Rendering): Promise<string> {
  const line = (text: string) => (text.endsWith('\n') ? text : `${text}\n`);
  // the table renderer loads with the first table, csv-stringify with the first CSV, not when insat starts
  const { renderTable } = await import('../reports/tabular.js');
  switch (format) {
    case 'json':
      return jsonText(r.json());
    case 'csv':
    case 'csv-de':
      if (!r.tabular) throw new UsageError((m) => m.cli.options.formatNotHere(format, ['table', 'json']));
      return (await import('../reports/csv.js')).renderCsv(r.tabular(), format);
    case 'table': {
      const parts = r.tabular ? [await renderTable(r.tabular(), ctx.color, ctx.m.fmt)] : [];
      if (r.text) parts.push(await r.text());
      return parts.map(line).join('');
    }
    case 'text':
      if (r.text) return line(await r.text());
      return r.tabular ? line(await renderTable(r.tabular(), ctx.color, ctx.m.fmt)) : '';
  }
}

export async function emit(ctx: Ctx, format: Format, r: Rendering, target: OutputTarget = {}): Promise<void> {
  if (target.out === undefined) {
    ctx.io.stdout.write(await rendered(ctx, format, r));
    return;
  }
  const file = outputFilePath(target.out);
  refuseExisting([file], Boolean(target.force));
  writeOutputFile(file, await rendered({ ...ctx, color: false }, format, r), { force: Boolean(target.force) });
  ctx.out(ctx.json ? JSON.stringify({ file }) : ctx.m.cli.wroteFile(file));
}

/** `--out FILE` for a rendering: a file in a directory that exists. */
function outputFilePath(out: string): string {
  const file = resolve(out);
  if (/[\\/]$/.test(out) || (existsSync(file) && statSync(file).isDirectory())) {
    throw new UsageError((m) => m.input.out.outIsDirectory(out, join(out, 'export.csv')));
  }
  if (!existsSync(dirname(file))) {
    const blocking = firstFileOnPath(dirname(file));
    if (existsSync(blocking)) throw new UsageError((m) => m.input.out.notADirectory(out, blocking));
    throw new UsageError((m) => m.input.out.noDirectory(out, dirname(file)));
  }
  if (!statSync(dirname(file)).isDirectory())
    throw new UsageError((m) => m.input.out.notADirectory(out, dirname(file)));
  return file;
}

/** The one JSON layout of insat's stdout: indented by two spaces, one document, a final newline. */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * What a write command prints when it is done: the JSON for scripts, always with `dryRun` when the
 * command passes it (CLI.md: scripts tell a dry run from the JSON alone), or the line for people —
 * `done` when it changed the store, `wouldDo` (the same in the words of the dry-run line of the
 * catalogue, `m.cli.dryRun`) with --dry-run.
 */
export function reply(ctx: Ctx, r: { json: unknown; done: string; wouldDo?: string; dryRun?: boolean }): void {
  if (ctx.json) ctx.io.stdout.write(jsonText('dryRun' in r ? withDryRun(r.json, Boolean(r.dryRun)) : r.json));
  else ctx.out(r.dryRun ? ctx.m.cli.dryRun(r.wouldDo ?? r.done) : r.done);
}

function withDryRun(json: unknown, dryRun: boolean): unknown {
  if (json === null || typeof json !== 'object' || Array.isArray(json) || 'dryRun' in json) return json;
  return { ...json, dryRun };
}

/** The line a write command prints after it changed something (or would have, with --dry-run). */
export function doneLine(ctx: Ctx, dryRun: boolean, text: string): void {
  ctx.out(dryRun ? ctx.m.cli.dryRun(text) : text);
}

export async function paint(
  ctx: Ctx,
  style: 'bold' | 'green' | 'yellow' | 'red' | 'dim',
  text: string,
): Promise<string> {
  if (!ctx.color) return text;
  const { default: chalk } = await import('chalk');
  return chalk[style](text);
}
