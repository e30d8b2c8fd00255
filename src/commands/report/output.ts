// Where report PDFs go: a file, or a directory that takes predictable file names; a progress line
// on stderr while a batch is written to a terminal. Writing itself is output-file.ts's job.
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Ctx } from '../../cli/context.js';
import { ensureOutDir, writeOutputFile } from '../../cli/output-file.js';
import { firstFileOnPath } from '../../store/fs-errors.js';
import { jsonText } from '../../cli/output.js';
import { UsageError } from '../../errors.js';

export function isDirectoryTarget(out: string | undefined): boolean {
  if (out === undefined) return true;
  return /[\\/]$/.test(out) || (existsSync(out) && statSync(out).isDirectory());
}

/** The path a document is written to: `out` itself, or `name` inside the directory `out` (default: cwd). */
export function targetPath(out: string | undefined, name: string): string {
  if (isDirectoryTarget(out)) {
    const dir = resolve(out ?? '.');
    ensureOutDir(dir, out);
    return join(dir, name);
  }
  const file = resolve(out!);
  if (!existsSync(dirname(file))) {
    const blocking = firstFileOnPath(dirname(file));
    if (existsSync(blocking)) throw new UsageError((m) => m.input.out.notADirectory(out!, blocking));
    throw new UsageError((m) => m.report.outMissingDir(out!, dirname(file)));
  }
  if (!statSync(dirname(file)).isDirectory()) {
    throw new UsageError((m) => m.input.out.notADirectory(out!, dirname(file)));
  }
  if (!file.toLowerCase().endsWith('.pdf')) throw new UsageError((m) => m.report.outNotPdf(out!));
  return file;
}

/** Writes the PDF whole (output-file.ts); an existing file only with `force`. */
export function writePdf(path: string, pdf: Buffer, force: boolean): void {
  writeOutputFile(path, pdf, { force });
}

/** A line on stderr that rewrites itself; only on a terminal, never in scripts or with --json. */
export function progressLine(ctx: Ctx): { step(done: number, total: number, what: string): void; end(): void } {
  const on = Boolean(ctx.io.stderr.isTTY) && !ctx.json;
  let shown = false;
  return {
    step(done, total, what) {
      if (!on) return;
      ctx.io.stderr.write(`\r\u001b[2K${done}/${total} ${what}`);
      shown = true;
    },
    end() {
      if (on && shown) ctx.io.stderr.write('\r\u001b[2K');
    },
  };
}

export interface Written {
  id?: string;
  file: string;
  pages: number;
}

/** The result line(s): `wrote FILE (N pages)`; with --json one file as {file, pages, …}, a batch as {files}. */
export function reportWritten(ctx: Ctx, files: Written[], batch: boolean, extra: Record<string, unknown> = {}): void {
  if (ctx.json) {
    ctx.io.stdout.write(jsonText(batch ? { ...extra, files } : { ...extra, ...files[0] }));
    return;
  }
  for (const f of files) ctx.out(ctx.m.report.wrote(f.file, f.pages));
}
