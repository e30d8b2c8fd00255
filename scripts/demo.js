// `npm run demo`: creates the demo store from seeds/ in ./demo-data and shows what insat does with
// it — seats, last week's occupancy, and generated reports. Its headings speak insat's language:
// German, English with INSAT_LANG=en.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const data = join(root, 'demo-data');
const reports = join(data, 'reports');
const env = { ...process.env, INSAT_DATA: data };

const english = process.env.INSAT_LANG === 'en';
const say = (de, en) => (english ? en : de);

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

insat(say('Demo-Datenbestand', 'Demo store'), ['init', '--demo', '--force']);
insat(say('Plätze heute', 'Seats today'), ['seats']);
insat(say('Auslastung der letzten vollständigen Woche', 'Occupancy of the last complete week'), [
  'occupancy',
  '--format',
  'text',
]);
insat(say('Das Team und seine Fallzahlen heute', 'The team and its caseloads today'), ['caseload']);
insat(say('Mehraufwandsentschädigung des letzten Monats', 'Allowance of last month'), ['pay', '--month', lastMonth()]);
insat(say('Was in den nächsten 4 Wochen fällig ist', 'What is due in the next 4 weeks'), ['due']);

mkdirSync(reports, { recursive: true });
const active = JSON.parse(insat('', ['participant', 'list', '--json']).stdout).participants;
// the participant who has been here longest makes the fullest report
const longest = [...active].sort((a, b) => a.start.localeCompare(b.start))[0];
if (longest)
  insat(say('Verlaufsbericht', 'Progress report'), ['report', 'progress', longest.id, '--out', reports, '--force']);
const year = new Date().getFullYear() + 1;
insat(say('Jahresantrag', 'Annual application'), [
  'report',
  'application',
  '--year',
  String(year),
  '--out',
  reports,
  '--force',
]);
insat(
  say('Fehlzeitenmeldung des letzten Monats', 'Absence report of last month'),
  ['report', 'absences', '--month', lastMonth(), '--out', reports, '--force'],
  {
    optional: true,
  },
);
insat(say('Platzfreimeldung', 'Notice of free seats'), ['report', 'vacancy', '--out', reports, '--force']);

const where = existsSync(reports) ? say(`; die Berichte liegen in ${reports}`, `; the reports are in ${reports}`) : '';
process.stdout.write(
  say(`\nDer Demo-Datenbestand liegt in ${data}${where}.\n`, `\nThe demo store is in ${data}${where}.\n`),
);
process.stdout.write(
  say(`Zum Ausprobieren: INSAT_DATA=${data} bin/insat --help\n`, `Try: INSAT_DATA=${data} bin/insat --help\n`),
);

function lastMonth() {
  const d = new Date();
  d.setDate(1);
  d.setMonth(d.getMonth() - 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}
