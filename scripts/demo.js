// `npm run demo`: creates the demo store from seeds/ in ./demo-data and shows what insat does with
// it — seats, last week's occupancy, and generated reports.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const data = join(root, 'demo-data');
const reports = join(data, 'reports');
const env = { ...process.env, INSAT_DATA: data };

function insat(title, args, { optional = false } = {}) {
  if (title) process.stdout.write(`\n── ${title} ── $ insat ${args.join(' ')}\n`);
  const r = spawnSync(process.execPath, [join(root, 'bin', 'insat'), ...args], { env, encoding: 'utf8' });
  if (title) process.stdout.write(r.stdout);
  if (r.status !== 0) {
    process.stderr.write(r.stderr);
    if (!optional) process.exit(r.status ?? 1);
  }
  return r;
}

insat('Demo store', ['init', '--demo', '--force']);
insat('Seats today', ['seats']);
insat('Occupancy of the last complete week', ['occupancy', '--format', 'text']);
insat('The team and its caseloads today', ['caseload']);
insat('Allowance of last month', ['pay', '--month', lastMonth()]);
insat('What is due in the next 4 weeks', ['due']);

mkdirSync(reports, { recursive: true });
const active = JSON.parse(insat('', ['participant', 'list', '--json']).stdout).participants;
// the participant who has been here longest makes the fullest report
const longest = [...active].sort((a, b) => a.start.localeCompare(b.start))[0];
if (longest) insat('Progress report', ['report', 'progress', longest.id, '--out', reports, '--force']);
const year = new Date().getFullYear() + 1;
insat('Annual application', ['report', 'application', '--year', String(year), '--out', reports, '--force']);
insat('Absence report of last month', ['report', 'absences', '--month', lastMonth(), '--out', reports, '--force'], {
  optional: true,
});
insat('Notice of free seats', ['report', 'vacancy', '--out', reports, '--force']);

process.stdout.write(
  `\nThe demo store is in ${data}${existsSync(reports) ? `; the reports are in ${reports}` : ''}.\n`,
);
process.stdout.write(`Try: INSAT_DATA=${data} bin/insat --help\n`);

function lastMonth() {
  const d = new Date();
  d.setDate(1);
  d.setMonth(d.getMonth() - 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}
