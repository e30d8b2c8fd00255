#!/usr/bin/env node
// `npm run build`, first step: every module of src/ as an ES module in dist/ (dist/cli/run.js, …), which
// the tests and the bench import. esbuild strips the types file by file (the code is written for
// `isolatedModules`); it does not check them — `npm test` and `npm run typecheck` run `tsc --noEmit`.
import { build } from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SRC = join(ROOT, 'src');
const DIST = join(ROOT, 'dist');

const sources = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
  .map((f) => join(SRC, f));

rmSync(DIST, { recursive: true, force: true });
await build({
  entryPoints: sources,
  outdir: DIST,
  outbase: SRC,
  bundle: false,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
});
