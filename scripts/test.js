#!/usr/bin/env node
// `npm test`: builds dist/ and runs the test suite, and at the same time the type check, the linter and
// the formatter check. On two cores the static checks fill the time in which jest waits
// (for locks, for killed processes, for its slowest file); their output is printed once they are done,
// after jest's. Arguments go to jest (`npm test -- test/cli/undo.test.ts`). Exits non-zero when any
// part fails.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const run = (cmd, args, opts = {}) =>
  new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: opts.capture ? ['ignore', 'pipe', 'pipe'] : 'inherit', env: opts.env });
    let output = '';
    if (opts.capture) {
      child.stdout.on('data', (d) => (output += d));
      child.stderr.on('data', (d) => (output += d));
    }
    child.on('close', (code, signal) => resolve({ ok: code === 0, output, what: [cmd, ...args].join(' '), signal }));
  });

// Each check keeps a cache in node_modules/.cache/insat (gone with `npm ci`, so a clean checkout
// checks everything): a second run re-checks only what changed, ~12 s of CPU instead of ~64 s.
// tsc's incremental state follows every dependency. ESLint's cache keys a file by its content and
// the config, so its one type-aware rule (restrict-template-expressions) is not re-run on a file
// whose imports changed type; `npm run lint` checks without a cache.
const CACHE = 'node_modules/.cache/insat';
const STATIC = [
  ['npx', ['tsc', '--noEmit', '--incremental', '--tsBuildInfoFile', `${CACHE}/tsc.tsbuildinfo`]],
  ['npx', ['eslint', '--cache', '--cache-strategy', 'content', '--cache-location', `${CACHE}/eslint`, '.']],
  ['npx', ['prettier', '--check', '--log-level', 'warn', '--cache', '--cache-location', `${CACHE}/prettier`, '.']],
];

// When no file of the checkout (tracked or new, as git lists them: sources, configs, the lock file of
// the tools' versions) has changed since all three checks last passed, their verdict cannot have
// changed: they are not run again (tsc alone costs ~7 s of CPU on an unchanged tree).
const PASSED = `${CACHE}/static-checks.passed`;

function fingerprint() {
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    encoding: 'utf8',
  });
  if (listed.status !== 0) return null;
  const hash = createHash('sha256');
  for (const file of listed.stdout.split('\0').filter(Boolean).sort()) {
    hash.update(`${file}\0`);
    try {
      hash.update(readFileSync(file));
    } catch {
      hash.update('(gone)');
    }
    hash.update('\0');
  }
  return hash.digest('hex');
}

function passedBefore(print) {
  try {
    return print !== null && readFileSync(PASSED, 'utf8') === print;
  } catch {
    return false;
  }
}

async function staticChecks() {
  const print = fingerprint();
  if (passedBefore(print))
    return [{ ok: true, output: '', what: 'tsc, ESLint, prettier (no file changed since they last passed)' }];
  const results = [];
  for (const [cmd, args] of STATIC) results.push(await run(cmd, args, { capture: true }));
  if (print !== null && results.every((r) => r.ok)) {
    mkdirSync(CACHE, { recursive: true });
    writeFileSync(PASSED, print);
  }
  return results;
}

// The static checks read the sources only: they start at once, beside the build that jest needs.
const pending = staticChecks();
const build = await run('npm', ['run', '--silent', 'build']);
const jest = build.ok
  ? await run('npx', ['jest', ...process.argv.slice(2)], {
      env: { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules`.trim() },
    })
  : { ok: false };
const checks = await pending;

let failed = !jest.ok;
if (!build.ok) process.stderr.write('npm run build: failed — jest did not run\n');
for (const c of checks) {
  if (c.output.trim()) process.stderr.write(`\n> ${c.what}\n${c.output}`);
  if (!c.ok) {
    failed = true;
    process.stderr.write(`${c.what}: failed\n`);
  } else process.stderr.write(`${c.what}: ok\n`);
}
process.exit(failed ? 1 : 0);
