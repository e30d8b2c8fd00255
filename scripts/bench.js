#!/usr/bin/env node
// `npm run bench`: how insat scales. Builds two stores with the deterministic history generator
// (seeds/, src/demo/generate.ts) — one year and twenty years of programme (≈1,000 people, ≈150,000
// bookings) — and times the commands an administrator runs every day, the yearly statistics and the
// annual application on both, as wall-clock time of a whole `insat` process (the best of --runs runs:
// other load on the machine only ever adds time; 1y and 20y take turns so that it hits both alike),
// with the peak memory of each process.
//
// Targets (DESIGN.md, issue 6): day-to-day commands cost at most 1.5× on 20 years what they cost on
// one; stats and the annual application finish within a second; no process above 200 MB; start-up
// (`insat --help`) under 2× `node -e 0`. A command this build does not have is listed as "not
// available". Exit 0 when every target is met, 1 otherwise.
//
//   node scripts/bench.js [--runs N] [--today YYYY-MM-DD] [--json] [--keep]
//
// The stores are written to bench-data/ (git-ignored); --keep leaves them there for a closer look.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'insat');
const DIST = join(ROOT, 'dist');
const DATA = join(ROOT, 'bench-data');

const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
};
const RUNS = Math.max(1, Number(option('--runs', process.env.INSAT_BENCH_RUNS ?? 7)));
const TODAY = option('--today', '2026-11-25');
const AS_JSON = argv.includes('--json');
const KEEP = argv.includes('--keep');

const TARGET_RATIO = 1.5;
const TARGET_MS = 1000;
const TARGET_MB = 200;
const TARGET_START = 2;

if (!existsSync(join(DIST, 'cli', 'main.js'))) {
  console.error("error: dist/ is missing — run 'npm run build' first (npm run bench does)");
  process.exit(2);
}
const dates = await import(join(DIST, 'model', 'dates.js'));
const { historyProgramme } = await import(join(DIST, 'demo', 'generate.js'));
const { createStore } = await import(join(DIST, 'store', 'store.js'));

// --- measuring one process ----------------------------------------------------------------------

/** Prints the process's peak resident memory (KiB) on stderr when it ends. */
const RSS_PRELOAD = `--import=data:text/javascript,${encodeURIComponent(
  "import{writeSync}from'node:fs';process.on('exit',()=>{writeSync(2,'\\n@@maxrss '+process.resourceUsage().maxRSS+'\\n')})",
)}`;

function env(extra = {}) {
  return { PATH: process.env.PATH, HOME: process.env.HOME, LANG: process.env.LANG ?? 'C.UTF-8', CI: 'true', NO_COLOR: '1', INSAT_TODAY: TODAY, ...extra };
}

/** Runs one process; its wall-clock time in ms, or the error it ended with. */
function run(args, { memory = false } = {}) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, {
    env: env(memory ? { NODE_OPTIONS: RSS_PRELOAD } : {}),
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const rss = /@@maxrss (\d+)/.exec(r.stderr ?? '');
  if (r.status !== 0) {
    const message = (r.stderr ?? '').replace(/@@maxrss \d+/, '').trim().split('\n')[0] ?? '';
    return { ms, error: `exit ${r.status ?? r.signal}: ${message}` };
  }
  return { ms, kb: rss ? Number(rss[1]) : null };
}

const best = (xs) => Math.min(...xs);

// --- the two stores -----------------------------------------------------------------------------

function buildStore(years) {
  const dir = join(DATA, `${years}y`);
  rmSync(dir, { recursive: true, force: true });
  const t0 = Date.now();
  const { main, bookings } = historyProgramme(years, TODAY);
  createStore(dir, main, bookings, true);
  return { years, dir, people: main.people.length, assignments: main.assignments.length, bookings: bookings.length, buildMs: Date.now() - t0 };
}

function insatJson(dir, args) {
  const r = spawnSync(process.execPath, [BIN, '--data', dir, ...args, '--json'], { env: env(), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) return null;
  try { return JSON.parse(r.stdout); } catch { return null; }
}

/** Whether this build has `insat WORDS…` (its help names it). */
function available(words) {
  const r = spawnSync(process.execPath, [BIN, ...words, '--help'], { env: env(), encoding: 'utf8' });
  return r.status === 0 && new RegExp(`^Usage: insat${words.map((w) => ` ${w}`).join('')}( |$)`, 'm').test(r.stdout);
}

/** What the day-to-day commands work on: a participant with a seat today, the last full week and month. */
function subjects(store) {
  const list = insatJson(store.dir, ['participant', 'list']);
  const active = (list?.participants ?? []).filter((p) => p.status === 'active' && p.start < TODAY);
  const one = active[0] ?? null;
  const quarterHours = one ? Math.floor((one.hoursPerWeek * 60) / 5 / 15) * 15 : 240;
  const lastWeek = dates.isoWeekOf(dates.addDays(TODAY, -7));
  const year = Number(TODAY.slice(0, 4));
  const month = Number(TODAY.slice(5, 7));
  return {
    participant: one?.id ?? 'p001',
    hours: `${Math.floor(quarterHours / 60)}:${String(quarterHours % 60).padStart(2, '0')}`,
    week: dates.formatIsoWeek(lastWeek),
    month: month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`,
    lastYear: String(year - 1),
    nextYear: String(year + 1),
  };
}

// --- what is measured ---------------------------------------------------------------------------

const out = (name) => join(DATA, 'out', name);

const COMMANDS = [
  { key: 'startup', label: 'insat --help (start-up)', needs: [], store: false, steps: () => [['--help']], target: { startup: TARGET_START } },
  { key: 'book', label: 'hours book ID --date today --hours H', needs: ['hours', 'book'], write: true,
    steps: (s) => [['hours', 'book', s.participant, '--date', TODAY, '--hours', s.hours]], target: { ratio: TARGET_RATIO } },
  { key: 'book-day', label: 'hours book --area A --as-planned, 3 areas (a full day)', needs: ['hours', 'book'], write: true,
    steps: () => ['holz', 'kueche', 'gestaltung'].map((a) => ['hours', 'book', '--area', a, '--date', TODAY, '--as-planned']), target: { ratio: TARGET_RATIO } },
  { key: 'seats', label: 'seats', needs: ['seats'], steps: () => [['seats']], target: { ratio: TARGET_RATIO } },
  { key: 'occupancy', label: 'occupancy --week W', needs: ['occupancy'], steps: (s) => [['occupancy', '--week', s.week]], target: { ratio: TARGET_RATIO } },
  { key: 'show', label: 'participant show ID', needs: ['participant', 'show'], steps: (s) => [['participant', 'show', s.participant]], target: { ratio: TARGET_RATIO } },
  { key: 'pay', label: 'pay --month M', needs: ['pay'], steps: (s) => [['pay', '--month', s.month]], target: {} },
  { key: 'stats', label: 'stats --year Y', needs: ['stats'], steps: (s) => [['stats', '--year', s.lastYear]], target: { ms: TARGET_MS } },
  { key: 'application', label: 'report application --year Y', needs: ['report', 'application'],
    steps: (s) => [['report', 'application', '--year', s.nextYear, '--out', out('application.pdf')]], target: { ms: TARGET_MS } },
  { key: 'check', label: 'check (reads the whole store)', needs: ['check'], steps: () => [['check']], target: {} },
];

/** One timed repetition of a command on a store: all its steps, on a fresh copy for writes. */
function once(cmd, store, subject, memory) {
  let dir = store?.dir;
  if (cmd.write) {
    dir = join(DATA, `work-${store.years}y`);
    rmSync(dir, { recursive: true, force: true });
    cpSync(store.dir, dir, { recursive: true });
  }
  let ms = 0;
  let kb = 0;
  for (const step of cmd.steps(subject)) {
    const r = run(cmd.store === false ? [BIN, ...step] : [BIN, '--data', dir, ...step], { memory });
    if (r.error) return r;
    ms += r.ms;
    kb = Math.max(kb, r.kb ?? 0);
  }
  return { ms, kb };
}

function measure(cmd, stores, subjects) {
  if (!available(cmd.needs)) return { key: cmd.key, label: cmd.label, status: 'not available' };
  const sides = cmd.store === false ? [null] : stores;
  const times = sides.map(() => []);
  const errors = sides.map(() => null);
  // A warm-up run each (file cache), then the timed runs, 1y and 20y taking turns.
  for (let i = -1; i < RUNS; i++) {
    sides.forEach((store, k) => {
      if (errors[k]) return;
      const r = once(cmd, store, subjects[k], false);
      if (r.error) errors[k] = r.error;
      else if (i >= 0) times[k].push(r.ms);
    });
  }
  const peak = sides.map((store, k) => (errors[k] ? null : once(cmd, store, subjects[k], true).kb));
  return {
    key: cmd.key,
    label: cmd.label,
    status: errors.some(Boolean) ? 'error' : 'measured',
    errors: errors.filter(Boolean),
    ms: times.map((t) => (t.length ? best(t) : null)),
    peakMb: Math.max(...peak.map((kb) => (kb ? kb / 1024 : 0))),
  };
}

function judge(r, cmd, nodeMs) {
  if (r.status !== 'measured') return { pass: null, notes: [] };
  const notes = [];
  let pass = true;
  const [one, twenty] = r.ms.length === 2 ? r.ms : [r.ms[0], r.ms[0]];
  r.ratio = r.ms.length === 2 ? twenty / one : null;
  r.vsNode = r.ms.map((m) => m / nodeMs);
  if (cmd.target.ratio) {
    const ok = r.ratio <= cmd.target.ratio;
    pass &&= ok;
    notes.push(`20y/1y ≤ ${cmd.target.ratio}`);
  }
  if (cmd.target.ms) {
    const ok = twenty < cmd.target.ms && one < cmd.target.ms;
    pass &&= ok;
    notes.push(`< ${cmd.target.ms} ms`);
  }
  if (cmd.target.startup) {
    const ok = r.vsNode[0] < cmd.target.startup;
    pass &&= ok;
    notes.push(`< ${cmd.target.startup}× node`);
  }
  const memOk = r.peakMb < TARGET_MB;
  pass &&= memOk;
  notes.push(`< ${TARGET_MB} MB`);
  return { pass, notes };
}

// --- main ---------------------------------------------------------------------------------------

mkdirSync(join(DATA, 'out'), { recursive: true });
const log = (line) => { if (!AS_JSON) process.stderr.write(`${line}\n`); };
log(`building the benchmark stores (today ${TODAY}) …`);
const stores = [buildStore(1), buildStore(20)];
for (const s of stores) log(`  ${String(s.years).padStart(2)} years: ${s.people} people, ${s.assignments} assignments, ${s.bookings} bookings (built in ${s.buildMs} ms)`);
const subjectsOf = stores.map(subjects);

log(`timing node -e 0 …`);
const nodeTimes = [];
for (let i = -1; i < RUNS; i++) { const r = run(['-e', '0']); if (i >= 0) nodeTimes.push(r.ms); }
const nodeMs = best(nodeTimes);

const results = [];
for (const cmd of COMMANDS) {
  log(`timing ${cmd.label} …`);
  const r = measure(cmd, stores, subjectsOf);
  Object.assign(r, judge(r, cmd, nodeMs));
  results.push(r);
}
if (!KEEP) rmSync(DATA, { recursive: true, force: true });

const failed = results.filter((r) => r.pass === false || r.status === 'error');
if (AS_JSON) {
  process.stdout.write(JSON.stringify({
    today: TODAY, runs: RUNS, nodeMs,
    stores: stores.map(({ years, people, assignments, bookings }) => ({ years, people, assignments, bookings })),
    results: results.map(({ key, label, status, errors, ms, ratio, vsNode, peakMb, pass, notes }) => ({
      key, label, status, errors, oneYearMs: ms?.length === 2 ? ms[0] : undefined, twentyYearMs: ms?.length === 2 ? ms[1] : undefined,
      ms: ms?.length === 1 ? ms[0] : undefined, ratio, vsNode, peakMb, pass, targets: notes,
    })),
    ok: failed.length === 0,
  }, null, 2) + '\n');
} else {
  const f = (x, d = 0) => (x === null || x === undefined ? '—' : x.toFixed(d));
  const rows = [['command', '1y ms', '20y ms', '20y/1y', '1y ×node', '20y ×node', 'peak MB', 'target', 'result']];
  for (const r of results) {
    if (r.status === 'not available') { rows.push([r.label, '', '', '', '', '', '', '', 'not available']); continue; }
    if (r.status === 'error') { rows.push([r.label, '', '', '', '', '', '', '', `ERROR ${r.errors[0]}`]); continue; }
    const two = r.ms.length === 2;
    rows.push([
      r.label,
      f(r.ms[0]), two ? f(r.ms[1]) : '', two ? f(r.ratio, 2) : '',
      f(r.vsNode[0], 2), two ? f(r.vsNode[1], 2) : '',
      f(r.peakMb), r.notes.join(', '), r.pass ? 'PASS' : 'FAIL',
    ]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  const line = (row) => row.map((c, i) => (i === 0 || i >= 7 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd();
  console.log('');
  console.log(`insat benchmark — today ${TODAY}, best of ${RUNS} runs, node -e 0 = ${f(nodeMs)} ms`);
  console.log(stores.map((s) => `${s.years}y store: ${s.people} people, ${s.bookings} bookings`).join(' · '));
  console.log('');
  console.log(line(rows[0]));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows.slice(1)) console.log(line(row));
  console.log('');
  console.log(failed.length === 0 ? 'all targets met' : `${failed.length} target${failed.length === 1 ? '' : 's'} missed: ${failed.map((r) => r.label).join('; ')}`);
}
process.exitCode = failed.length === 0 ? 0 : 1;
