#!/usr/bin/env node
// `npm run bench`: how insat scales, against the goals of issue 13. Builds three stores with the
// deterministic history generator (seeds/, src/demo/generate.ts) — one, twenty and forty years of
// programme — and times the commands an administrator runs every day, the yearly statistics, the
// annual application and `check`, as wall-clock time of a whole `insat` process. Each round runs
// `node -e 0`, the command on 1 year and on 20 years back to back, so the ratios come from runs that
// saw the same load; the best of --runs rounds counts (load only ever adds time). Peak memory is
// measured on 40 years, in a separate run (the probe costs start-up time).
//
// Goals (issue 13), each printed PASS/FAIL:
//   start-up (`insat --help`) ≤ 2× node · hours book, seats, occupancy --week, participant show
//   ≤ 2.5× node on 20 years and ≤ 1.5× their own time on 1 year · a roster day for one area ≤ 3×
//   node · stats --year, report application and check ≤ 1 s on 20 years · < 200 MB on 40 years ·
//   participant show once more without INSAT_TODAY (the real clock path), same goal.
// Exit 0 when every goal is met, 1 otherwise.
//
//   node scripts/bench.js [--runs N] [--quick] [--only KEY,…] [--today YYYY-MM-DD] [--json] [--keep]
//
// --quick: 3 rounds instead of 7. --only: some of the commands (keys as in COMMANDS: startup, book, …). The stores are written to bench-data/ (git-ignored); --keep leaves
// them there for a closer look.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadavg } from 'node:os';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'insat');
const DIST = join(ROOT, 'dist');
const DATA = join(ROOT, 'bench-data');

const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
};
const QUICK = argv.includes('--quick');
const RUNS = Math.max(1, Number(option('--runs', process.env.INSAT_BENCH_RUNS ?? (QUICK ? 3 : 7))));
const TODAY = option('--today', '2026-11-25');
const AS_JSON = argv.includes('--json');
const KEEP = argv.includes('--keep');
const ONLY = option('--only', null)?.split(',');

const GOAL_RATIO = 1.5; // 20 years ÷ 1 year
const GOAL_MS = 1000;
const GOAL_MB = 200;

if (!existsSync(join(DIST, 'cli', 'main.js'))) {
  console.error("error: dist/ is missing — run 'npm run build' first (npm run bench does)");
  process.exit(2);
}
const dates = await import(join(DIST, 'model', 'dates.js'));
const { historyProgramme } = await import(join(DIST, 'demo', 'generate.js'));
const { createStore } = await import(join(DIST, 'store', 'transaction.js'));
const { dailyBackup } = await import(join(DIST, 'store', 'backup.js'));

// --- measuring one process ----------------------------------------------------------------------

/** Prints the process's peak resident memory (KiB) on stderr when it ends. */
const RSS_PRELOAD = `--import=data:text/javascript,${encodeURIComponent(
  "import{writeSync}from'node:fs';process.on('exit',()=>{writeSync(2,'\\n@@maxrss '+process.resourceUsage().maxRSS+'\\n')})",
)}`;

function env({ clock = false, memory = false } = {}) {
  const e = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    LANG: process.env.LANG ?? 'C.UTF-8',
    CI: 'true',
    NO_COLOR: '1',
  };
  if (!clock) e.INSAT_TODAY = TODAY;
  if (memory) e.NODE_OPTIONS = RSS_PRELOAD;
  return e;
}

/** Runs one process; its wall-clock time in ms and peak memory, or the error it ended with. */
function run(args, opts = {}) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, {
    env: env(opts),
    // stdout a pipe, as cron and scripts run insat (a terminal costs Node's tty stream, ~3 ms more)
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const rss = /@@maxrss (\d+)/.exec(r.stderr ?? '');
  if (r.status !== 0) {
    const message =
      (r.stderr ?? '')
        .replace(/@@maxrss \d+/, '')
        .trim()
        .split('\n')[0] ?? '';
    return { ms, error: `exit ${r.status ?? r.signal}: ${message}` };
  }
  return { ms, kb: rss ? Number(rss[1]) : null };
}

const best = (xs) => (xs.length ? Math.min(...xs) : null);

// --- the stores ---------------------------------------------------------------------------------

function buildStore(years) {
  const dir = join(DATA, `${years}y`);
  rmSync(dir, { recursive: true, force: true });
  const t0 = Date.now();
  const { main, bookings } = historyProgramme(years, TODAY);
  // split as the first write on TODAY leaves it: people whose stay ended before 1 January two years
  // earlier in archive.json
  createStore(dir, main, bookings, true, TODAY);
  // The day's first change has been made (its backup exists): a write is timed as the day's later
  // ones run. The first change of a day, which also backs the store up and reads archive.json to make
  // sure the backup holds a good one, is timed on its own (`book-first`).
  dailyBackup(dir, TODAY);
  return {
    years,
    dir,
    people: main.people.length,
    assignments: main.assignments.length,
    bookings: bookings.length,
    buildMs: Date.now() - t0,
  };
}

function insatJson(dir, args) {
  const r = spawnSync(process.execPath, [BIN, '--data', dir, ...args, '--json'], {
    env: env(),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) return null;
  try {
    return JSON.parse(r.stdout);
  } catch {
    return null;
  }
}

/** Whether this build has `insat WORDS…` (its help names it). */
function available(words) {
  const r = spawnSync(process.execPath, [BIN, ...words, '--help'], { env: env(), encoding: 'utf8' });
  return (
    r.status === 0 &&
    new RegExp(`^(?:Usage|Aufruf): insat${words.map((w) => ` ${w}`).join('')}( |$)`, 'm').test(r.stdout)
  );
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
const DAILY = { node: 2.5, ratio: GOAL_RATIO };

const COMMANDS = [
  {
    key: 'startup',
    label: 'insat --help (start-up)',
    needs: [],
    store: false,
    steps: () => [['--help']],
    goal: { node: 2 },
  },
  {
    key: 'book',
    label: 'hours book ID --date D --hours H',
    needs: ['hours', 'book'],
    write: true,
    steps: (s) => [['hours', 'book', s.participant, '--date', TODAY, '--hours', s.hours]],
    goal: DAILY,
  },
  {
    key: 'book-first',
    label: "hours book, the day's first change",
    needs: ['hours', 'book'],
    write: true,
    firstOfDay: true,
    steps: (s) => [['hours', 'book', s.participant, '--date', TODAY, '--hours', s.hours]],
    goal: {},
  },
  {
    key: 'roster',
    label: 'hours book --area holz --as-planned (roster day)',
    needs: ['hours', 'book'],
    write: true,
    steps: () => [['hours', 'book', '--area', 'holz', '--date', TODAY, '--as-planned']],
    goal: { node: 3 },
  },
  { key: 'seats', label: 'seats', needs: ['seats'], steps: () => [['seats']], goal: DAILY },
  {
    key: 'occupancy',
    label: 'occupancy --week W',
    needs: ['occupancy'],
    steps: (s) => [['occupancy', '--week', s.week]],
    goal: DAILY,
  },
  {
    key: 'show',
    label: 'participant show ID',
    needs: ['participant', 'show'],
    steps: (s) => [['participant', 'show', s.participant]],
    goal: DAILY,
  },
  {
    key: 'show-clock',
    label: 'participant show ID, real clock (no INSAT_TODAY)',
    needs: ['participant', 'show'],
    clock: true,
    steps: (s) => [['participant', 'show', s.participant]],
    goal: DAILY,
  },
  { key: 'pay', label: 'pay --month M', needs: ['pay'], steps: (s) => [['pay', '--month', s.month]], goal: {} },
  {
    key: 'stats',
    label: 'stats --year Y',
    needs: ['stats'],
    steps: (s) => [['stats', '--year', s.lastYear]],
    goal: { ms: GOAL_MS },
  },
  {
    key: 'application',
    label: 'report application --year Y',
    needs: ['report', 'application'],
    steps: (s) => [['report', 'application', '--year', s.nextYear, '--out', out('application.pdf'), '--force']],
    goal: { ms: GOAL_MS },
  },
  {
    key: 'check',
    label: 'check (reads the whole store)',
    needs: ['check'],
    steps: () => [['check']],
    goal: { ms: GOAL_MS },
  },
];

/** One repetition of a command on a store: all its steps, on a fresh copy for writes. */
function once(cmd, store, subject, memory) {
  let dir = store?.dir;
  if (cmd.write) {
    dir = join(DATA, `work-${store.years}y`);
    rmSync(dir, { recursive: true, force: true });
    cpSync(store.dir, dir, { recursive: true });
    if (cmd.firstOfDay) rmSync(join(dir, 'backups', TODAY), { recursive: true, force: true });
    // The copy on disk before the command runs: else the command's first fsync commits the file
    // system's journal with the copy's ~500 new files in it (+40 ms on 20 years, on ext4) — a cost of
    // the bench, not of the command, and a store between two commands has none of it.
    spawnSync('sync', ['-f', dir], { stdio: 'ignore' });
  }
  let ms = 0;
  let kb = 0;
  for (const step of cmd.steps(subject)) {
    const r = run(cmd.store === false ? [BIN, ...step] : [BIN, '--data', dir, ...step], { memory, clock: cmd.clock });
    if (r.error) return r;
    ms += r.ms;
    kb = Math.max(kb, r.kb ?? 0);
  }
  return { ms, kb };
}

/** Rounds of node -e 0, then the command on 1 and 20 years; peak memory on 40 years. */
function measure(cmd, stores, subjects, big, bigSubject) {
  if (!available(cmd.needs)) return { key: cmd.key, label: cmd.label, status: 'not available' };
  const sides = cmd.store === false ? [null] : stores;
  const node = [];
  const times = sides.map(() => []);
  const errors = sides.map(() => null);
  for (let i = -1; i < RUNS; i++) {
    // round -1 warms the file cache
    const n = run(['-e', '0']);
    if (i >= 0) node.push(n.ms);
    sides.forEach((store, k) => {
      if (errors[k]) return;
      const r = once(cmd, store, subjects[k], false);
      if (r.error) errors[k] = r.error;
      else if (i >= 0) times[k].push(r.ms);
    });
  }
  const peak = once(cmd, cmd.store === false ? null : big, bigSubject, true);
  if (peak.error) errors.push(`40y: ${peak.error}`);
  return {
    key: cmd.key,
    label: cmd.label,
    status: errors.some(Boolean) ? 'error' : 'measured',
    errors: errors.filter(Boolean),
    nodeMs: best(node),
    ms: times.map(best),
    peakMb: peak.kb ? peak.kb / 1024 : null,
  };
}

function judge(r, goal) {
  if (r.status !== 'measured') return { pass: null, notes: [] };
  const notes = [];
  let pass = true;
  const check = (ok, note) => {
    pass &&= ok;
    notes.push(`${note}${ok ? '' : ' ✗'}`);
  };
  const [one, twenty] = r.ms.length === 2 ? r.ms : [r.ms[0], r.ms[0]];
  r.ratio = r.ms.length === 2 ? twenty / one : null;
  r.vsNode = r.ms.map((m) => m / r.nodeMs);
  if (goal.node) check(twenty / r.nodeMs <= goal.node, `≤ ${goal.node}× node`);
  if (goal.ratio) check(r.ratio <= goal.ratio, `20y ≤ ${goal.ratio}× 1y`);
  if (goal.ms) check(twenty <= goal.ms, `≤ ${goal.ms} ms`);
  check(r.peakMb !== null && r.peakMb < GOAL_MB, `40y < ${GOAL_MB} MB`);
  return { pass, notes };
}

// --- main ---------------------------------------------------------------------------------------

mkdirSync(join(DATA, 'out'), { recursive: true });
const log = (line) => {
  if (!AS_JSON) process.stderr.write(`${line}\n`);
};
const load0 = loadavg()[0];
const started = Date.now();
log(`building the benchmark stores (today ${TODAY}) …`);
const [s1, s20, s40] = [buildStore(1), buildStore(20), buildStore(40)];
const stores = [s1, s20];
for (const s of [s1, s20, s40])
  log(
    `  ${String(s.years).padStart(2)} years: ${s.people} people, ${s.assignments} assignments, ${s.bookings} bookings (built in ${s.buildMs} ms)`,
  );
const subjectsOf = stores.map(subjects);
const subject40 = subjects(s40);

const results = [];
for (const cmd of COMMANDS.filter((c) => !ONLY || ONLY.includes(c.key))) {
  log(`timing ${cmd.label} …`);
  const r = measure(cmd, stores, subjectsOf, s40, subject40);
  Object.assign(r, judge(r, cmd.goal));
  results.push(r);
}
const load1 = loadavg()[0];
if (!KEEP) rmSync(DATA, { recursive: true, force: true });

const failed = results.filter((r) => r.pass === false || r.status === 'error');
const nodeMs = best(results.map((r) => r.nodeMs).filter((x) => x !== undefined && x !== null));
if (AS_JSON) {
  process.stdout.write(
    JSON.stringify(
      {
        today: TODAY,
        runs: RUNS,
        nodeMs,
        load: [load0, load1],
        seconds: (Date.now() - started) / 1000,
        stores: [s1, s20, s40].map(({ years, people, assignments, bookings }) => ({
          years,
          people,
          assignments,
          bookings,
        })),
        results: results.map(({ key, label, status, errors, nodeMs, ms, ratio, vsNode, peakMb, pass, notes }) => ({
          key,
          label,
          status,
          errors,
          nodeMs,
          oneYearMs: ms?.length === 2 ? ms[0] : undefined,
          twentyYearMs: ms?.length === 2 ? ms[1] : undefined,
          ms: ms?.length === 1 ? ms[0] : undefined,
          ratio,
          vsNode,
          peakMb40: peakMb,
          pass,
          goals: notes,
        })),
        ok: failed.length === 0,
      },
      null,
      2,
    ) + '\n',
  );
} else {
  const f = (x, d = 0) => (x === null || x === undefined ? '—' : x.toFixed(d));
  const rows = [
    ['command', 'node ms', '1y ms', '20y ms', '20y/1y', '1y ×node', '20y ×node', '40y MB', 'goals', 'result'],
  ];
  for (const r of results) {
    if (r.status === 'not available') {
      rows.push([r.label, '', '', '', '', '', '', '', '', 'not available']);
      continue;
    }
    if (r.status === 'error') {
      rows.push([r.label, '', '', '', '', '', '', '', '', `ERROR ${r.errors[0]}`]);
      continue;
    }
    const two = r.ms.length === 2;
    rows.push([
      r.label,
      f(r.nodeMs),
      f(r.ms[0]),
      two ? f(r.ms[1]) : '',
      two ? f(r.ratio, 2) : '',
      f(r.vsNode[0], 2),
      two ? f(r.vsNode[1], 2) : '',
      f(r.peakMb),
      r.notes.join(', '),
      r.pass ? 'PASS' : 'FAIL',
    ]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  const line = (row) =>
    row
      .map((c, i) => (i === 0 || i >= 8 ? c.padEnd(widths[i]) : c.padStart(widths[i])))
      .join('  ')
      .trimEnd();
  console.log('');
  console.log(
    `insat benchmark — today ${TODAY}, best of ${RUNS} rounds (node -e 0 timed in each), load average ${load0.toFixed(1)} → ${load1.toFixed(1)} on ${((Date.now() - started) / 1000) | 0} s`,
  );
  console.log([s1, s20, s40].map((s) => `${s.years}y store: ${s.people} people, ${s.bookings} bookings`).join(' · '));
  console.log('');
  console.log(line(rows[0]));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows.slice(1)) console.log(line(row));
  console.log('');
  console.log(
    failed.length === 0
      ? 'all goals met'
      : `${failed.length} of ${results.length} missed: ${failed.map((r) => r.key).join(', ')}`,
  );
}
process.exitCode = failed.length === 0 ? 0 : 1;
