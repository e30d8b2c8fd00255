// Bad input, systematically: every command with malformed dates, hours, ids, months, weeks and
// years, unknown flags and values, empty strings, 10,000-character strings, control characters —
// each row names its exit code and a message, and after every row the store is byte-for-byte what
// it was. Every row also runs in German, the default: the same exit code, and no English word in the
// refusal beyond the codes and flags. Formula-like text is the one "bad" input that is accepted: it is a legal name, and it
// leaves insat in CSV guarded against formula injection.
import { beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { enrolled, insat, ok, storeBytes, suitableApplicant, tempDataDir } from '../helpers/cli.js';
import { copyStore, hasCommand } from '../helpers/store-files.js';
import { englishWords } from '../helpers/english-words.js';

const TODAY = '2026-11-25';
const LONG = 'x'.repeat(10_000);
const BELL = 'Max\u0007Muster';
const ANSI = '\u001b[31mMax Muster';

/** Placeholders in rows, filled in once the store exists. */
interface Fixtures {
  A: string;
  P: string;
  G: string;
  OUT: string;
  CSV: Record<string, string>;
}

interface Row {
  args: string[];
  code: number;
  message: RegExp;
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const shown = (value: string) => esc(value.replace(/[\u0000-\u001f\u007f]/g, '?').slice(0, 40));
const usage = (text: string) => new RegExp(`^error: ${text}`, 'm');

// --- the rows -----------------------------------------------------------------------------------

const BAD_DATES = ['2026-02-30', '31.02.2026', 'tomorrow', '2026-11-25T10:00', ''];
const dateMessage = (flag: string, value: string) =>
  value === ''
    ? usage(`${esc(flag)} needs a (date|value)`)
    : usage(`${esc(flag)} '${shown(value)}' is not a date — use YYYY-MM-DD or dd.MM.yyyy`);

/** Every date flag: the command before the flag, the flag, and what else makes the command complete. */
const DATE_FLAGS: [string[], string, string[]][] = [
  [['applicant', 'add'], '--birth-date', ['--name', 'Max Muster', '--referred-by', 'self']],
  [
    ['applicant', 'add'],
    '--contact-date',
    ['--name', 'Max Muster', '--birth-date', '1980-01-01', '--referred-by', 'self'],
  ],
  [['applicant', 'schedule', '{A}'], '--info-date', []],
  [['applicant', 'attended', '{A}'], '--date', []],
  [['applicant', 'decide', '{A}'], '--date', ['--suitable', '--by', 'Frau Schulte']],
  [['applicant', 'withdraw', '{A}'], '--date', []],
  [['enrol', '{A}'], '--start', ['--area', 'holz', '--until', '2027-11-30', '--hours-per-week', '20']],
  [['enrol', '{A}'], '--until', ['--area', 'holz', '--start', '2026-12-01', '--hours-per-week', '20']],
  [['participant', 'list'], '--active-on', []],
  [['participant', 'extend', '{P}'], '--until', []],
  [['participant', 'move', '{P}'], '--from', ['--area', 'kueche']],
  [['participant', 'exit', '{P}'], '--date', ['--reason', 'job']],
  [['seats'], '--date', []],
  [['hours', 'book', '{P}'], '--date', ['--hours', '4']],
  [['hours', 'book'], '--date', ['--area', 'holz', '--as-planned']],
  [['hours', 'list'], '--from', ['--to', '2026-11-30']],
  [['hours', 'list'], '--to', ['--from', '2026-11-01']],
  [['hours', 'delete', '{P}'], '--date', []],
  [['occupancy'], '--from', ['--to', '2026-11-30']],
  [['occupancy'], '--to', ['--from', '2026-11-01']],
  [['report', 'progress', '{P}'], '--from', ['--out', '{OUT}']],
  [['report', 'progress', '{P}'], '--to', ['--out', '{OUT}']],
  [['plan', 'add', '{P}'], '--due', ['--goal', 'Pünktlich sein']],
  [['plan', 'add', '{P}'], '--date', ['--goal', 'Pünktlich sein']],
  [['plan', 'review', '{P}', '{G}'], '--date', ['--status', 'partly']],
  [['note', 'add', '{P}'], '--date', ['--text', 'Gespräch geführt']],
  [['export', 'hours'], '--from', ['--to', '2026-11-30']],
  [['export', 'hours'], '--to', ['--from', '2026-11-01']],
  [['export', 'occupancy'], '--from', ['--to', '2026-11-30']],
  [['purge'], '--exited-before', []],
  [['config', 'set', 'seats.holz', '10'], '--from', []],
  [['config', 'rate', 'set', '2,50'], '--from', []],
  // corrections (issue 10)
  [['applicant', 'edit', '{A}'], '--birth-date', []],
  [['applicant', 'edit', '{A}'], '--contact-date', []],
  [['participant', 'edit', '{P}'], '--until', []],
  [['participant', 'hours', '{P}', '25'], '--from', []],
  [['plan', 'edit', '{G}'], '--due', []],
];

const dateRows: Row[] = DATE_FLAGS.flatMap(([head, flag, rest]) =>
  BAD_DATES.map((value) => ({ args: [...head, flag, value, ...rest], code: 2, message: dateMessage(flag, value) })),
);

const hoursRows: Row[] = [
  ...['7.3', '6:07', '6,1'].map((h) => ({
    args: ['hours', 'book', '{P}', '--date', '2026-11-24', '--hours', h],
    code: 2,
    message: usage(`--hours '${esc(h)}' is not in quarter-hour steps`),
  })),
  ...['-1', 'abc', '1e3', '6.5h', '--4'].map((h) => ({
    args: ['hours', 'book', '{P}', '--date', '2026-11-24', '--hours', h],
    code: 2,
    message: usage(`--hours '${esc(h)}' is not a number of hours`),
  })),
  {
    args: ['hours', 'book', '{P}', '--date', '2026-11-24', '--hours', ''],
    code: 2,
    message: usage("--hours (needs a value|'' is not a number of hours)"),
  },
  {
    args: ['hours', 'book', '{P}', '--date', '2026-11-24', '--hours', '25'],
    code: 3,
    message: usage('{P}: 25 h on 2026-11-24 is more than the daily maximum of 8 h'),
  },
  {
    args: ['hours', 'book', '{P}', '--date', '2026-11-24', '--hours', '4', '--absent', 'sick'],
    code: 2,
    message: usage('--hours and --absent exclude each other'),
  },
  { args: ['hours', 'book', '{P}', '--date', '2026-11-24'], code: 2, message: usage('missing --hours or --absent') },
  {
    args: ['hours', 'book', '{P}', '--date', '2026-11-21', '--hours', '4'],
    code: 3,
    message: usage('.*(weekend|Saturday|working day)'),
  },
  { args: ['hours', 'book', '{P}', '--date', '2026-11-26', '--hours', '4'], code: 3, message: usage('.*future') },
  ...(
    [
      ['{P}=7.3', "--except {P} '7.3' is not in quarter-hour steps"],
      ['{P}=abc', "--except {P} 'abc' is not an absence code"],
      ['{P}=bogus-code', "--except {P} 'bogus-code' is not an absence code"],
      ['{P}', "--except '{P}' is not ID=HOURS or ID=CODE"],
      ['nonsense', "--except 'nonsense' is not ID=HOURS or ID=CODE"],
    ] as const
  ).map(([x, m]) => ({
    args: ['hours', 'book', '--area', 'holz', '--date', '2026-11-24', '--as-planned', '--except', x],
    code: 2,
    message: usage(esc(m)),
  })),
  {
    // an id nobody has is not found, as for `hours book p999` (a person without a seat there: exit 3)
    args: ['hours', 'book', '--area', 'holz', '--date', '2026-11-24', '--as-planned', '--except', 'p999=4'],
    code: 4,
    message: usage("no applicant or participant 'p999'"),
  },
  ...['abc', '-1', '0', '7.5', '99', ''].map((n) => ({
    args: [
      'enrol',
      '{S}',
      '--area',
      'gestaltung',
      '--start',
      '2026-12-01',
      '--until',
      '2027-11-30',
      '--hours-per-week',
      n,
    ],
    code: 2,
    message: usage(
      n === ''
        ? '--hours-per-week needs a value'
        : `--hours-per-week '${esc(n)}' are not valid weekly hours — give whole hours within the programme's range of 15 to 30 \\(settings weeklyHours\\.min and weeklyHours\\.max\\)`,
    ),
  })),
  {
    args: ['config', 'set', 'dailyMax', '25'],
    code: 3,
    message: usage(
      'a daily maximum of 25 h is not a possible working day — set dailyMax to more than 0 and at most 24 hours',
    ),
  },
  ...['abc', '-1', ''].map((h) => ({
    args: ['config', 'set', 'dailyMax', h],
    code: 2,
    message: usage(`dailyMax '${esc(h)}' is not a number of hours`),
  })),
  {
    args: ['config', 'set', 'dailyMax', '7.3'],
    code: 2,
    message: usage("dailyMax '7.3' is not in quarter-hour steps"),
  },
  ...['abc', '-1', '99', '0', ''].map((h) => ({
    args: ['config', 'set', 'weeklyHours.max', h],
    code: 2,
    message: usage(`weeklyHours.max '${esc(h)}' is not a whole number from 1 to 60`),
  })),
  ...['abc', '-1', '2.555', '1e3', ''].map((e) => ({
    args: ['config', 'rate', 'set', e, '--from', '2027-01-01'],
    code: 2,
    message: usage(`the rate '${esc(e)}' is not an amount in euros|the rate needs`),
  })),
];

const BAD_IDS = ['../x', 'p', "'; DROP TABLE people;--", 'p0001234567', '\u0007p001', ''];
const idMessage = (value: string) =>
  value.trim() === ''
    ? usage("(ID '' is not an id|--participant needs a value — it cannot be empty)")
    : usage(`(ID|--participant) '${shown(value.trim())}' is not an id — ids look like p012`);
/** Every place that takes a person's id ({ID}), with what else makes the command complete. */
const ID_COMMANDS: string[][] = [
  ['applicant', 'schedule', '{ID}', '--info-date', '2026-12-01'],
  ['applicant', 'attended', '{ID}'],
  ['applicant', 'decide', '{ID}', '--suitable', '--by', 'Frau Schulte'],
  ['applicant', 'withdraw', '{ID}'],
  ['enrol', '{ID}', '--area', 'holz', '--start', '2026-12-01', '--until', '2027-11-30', '--hours-per-week', '20'],
  ['participant', 'show', '{ID}'],
  ['participant', 'extend', '{ID}', '--until', '2027-12-31'],
  ['participant', 'move', '{ID}', '--area', 'kueche', '--from', '2026-12-01'],
  ['participant', 'exit', '{ID}', '--date', '2026-11-24', '--reason', 'job'],
  ['hours', 'book', '{ID}', '--date', '2026-11-24', '--hours', '4'],
  ['hours', 'list', '--participant', '{ID}'],
  ['hours', 'delete', '{ID}', '--date', '2026-11-23'],
  ['pay', '--month', '2026-11', '--participant', '{ID}'],
  ['absences', '--month', '2026-11', '--participant', '{ID}'],
  ['report', 'progress', '{ID}', '--out', '{OUT}'],
  ['report', 'attendance', '--month', '2026-11', '--participant', '{ID}', '--out', '{OUT}'],
  ['plan', 'add', '{ID}', '--goal', 'Pünktlich sein'],
  ['plan', 'review', '{ID}', '{G}', '--status', 'partly'],
  ['plan', 'list', '{ID}'],
  ['note', 'add', '{ID}', '--text', 'Gespräch geführt'],
  ['note', 'list', '{ID}'],
  ['export', 'hours', '--participant', '{ID}', '--month', '2026-11'],
  ['export', 'pay', '--participant', '{ID}', '--month', '2026-11'],
  ['applicant', 'edit', '{ID}', '--phone', '0234 1'],
  ['applicant', 'reopen', '{ID}'],
  ['participant', 'edit', '{ID}', '--integration-officer', 'Frau Berg'],
  ['participant', 'hours', '{ID}', '25', '--from', '2026-12-01'],
];
const idRows: Row[] = [
  ...ID_COMMANDS.flatMap((cmd) =>
    BAD_IDS.map((id) => ({ args: cmd.map((a) => (a === '{ID}' ? id : a)), code: 2, message: idMessage(id) })),
  ),
  ...ID_COMMANDS.map((cmd) => ({
    args: cmd.map((a) => (a === '{ID}' ? 'p999' : a)),
    code: 4,
    message: usage("no applicant or participant 'p999'"),
  })),
  ...['../g1', 'g', "'; DROP"].map((g) => ({
    args: ['plan', 'review', '{P}', g, '--status', 'partly'],
    code: 2,
    message: usage(`.*'${shown(g)}' is not`),
  })),
  { args: ['plan', 'review', '{P}', 'g999', '--status', 'partly'], code: 4, message: usage(".*'g999'") },
  ...['../../etc', '2026-13-01', "'; DROP", ''].map((name) => ({
    args: ['backup', 'restore', name],
    code: 4,
    message: usage(`no backup named '${shown(name)}' — 'insat backup list' shows the backups`),
  })),
];

const BAD_MONTHS = ['2026-13', '2026-00', '13.2026', '2026-1', 'November', ''];
const monthMessage = (value: string) =>
  usage(`--month '${shown(value)}' is not a month — use YYYY-MM|--month needs a (month|value)`);
const MONTH_COMMANDS: string[][] = [
  ['pay'],
  ['absences'],
  ['hours', 'list'],
  ['occupancy'],
  ['report', 'attendance', '--out', '{OUT}'],
  ['export', 'hours'],
  ['export', 'pay'],
  ['export', 'occupancy'],
];
const monthRows: Row[] = MONTH_COMMANDS.flatMap((cmd) =>
  BAD_MONTHS.map((m) => ({ args: [...cmd, '--month', m], code: 2, message: monthMessage(m) })),
);

const BAD_WEEKS = ['2026-W54', '2025-W53', '2026-W00', '2026W47', 'W47', ''];
const weekRows: Row[] = [['occupancy'], ['export', 'occupancy']].flatMap((cmd) =>
  BAD_WEEKS.map((w) => ({
    args: [...cmd, '--week', w],
    code: 2,
    message: usage(`--week '${shown(w)}' is not an ISO week — use YYYY-Www|--week needs a (week|value)`),
  })),
);

const BAD_YEARS = ['abc', '20266', '1899', '2026.5', '-2026', ''];
const yearRows: Row[] = [['stats'], ['report', 'application', '--out', '{OUT}']].flatMap((cmd) =>
  BAD_YEARS.map((y) => ({
    args: [...cmd, '--year', y],
    code: 2,
    message: usage(
      y === ''
        ? '--year needs a value — it cannot be empty'
        : `--year '${shown(y)}' is not a whole number from \\d+ to \\d+`,
    ),
  })),
);

/** The command's words: `config rate set`, `applicant add`, `seats`. */
const commandOf = (args: string[]) => {
  const words: string[] = [];
  for (const a of args) {
    if (!/^[a-z]+$/.test(a) || words.length === 3 || words[0] === 'export') break;
    words.push(a);
  }
  return words.join(' ');
};

/** Every command, complete enough to run: an unknown flag must still be refused. */
const ALL_COMMANDS: string[][] = [
  ['init'],
  ['config', 'show'],
  ['config', 'set', 'seats.holz', '10'],
  ['config', 'rate', 'set', '2,50', '--from', '2027-01-01'],
  ['config', 'rate', 'list'],
  ['applicant', 'add', '--name', 'Max Muster', '--birth-date', '1980-01-01', '--referred-by', 'self'],
  ['applicant', 'schedule', '{A}', '--info-date', '2026-12-01'],
  ['applicant', 'attended', '{A}'],
  ['applicant', 'decide', '{A}', '--suitable', '--by', 'Frau Schulte'],
  ['applicant', 'withdraw', '{A}'],
  ['applicant', 'list'],
  ['enrol', '{S}', '--area', 'gestaltung', '--start', '2026-12-01', '--until', '2027-11-30', '--hours-per-week', '20'],
  ['participant', 'list'],
  ['participant', 'show', '{P}'],
  ['participant', 'extend', '{P}', '--until', '2027-12-31'],
  ['participant', 'move', '{P}', '--area', 'kueche', '--from', '2026-12-01'],
  ['participant', 'exit', '{P}', '--date', '2026-11-24', '--reason', 'job'],
  ['seats'],
  ['hours', 'book', '{P}', '--date', '2026-11-24', '--hours', '4'],
  ['hours', 'import', '{CSV:good}'],
  ['hours', 'list'],
  ['hours', 'delete', '{P}', '--date', '2026-11-23'],
  ['pay', '--month', '2026-11'],
  ['absences', '--month', '2026-11'],
  ['occupancy'],
  ['stats'],
  ['report', 'progress', '{P}', '--out', '{OUT}'],
  ['report', 'application', '--out', '{OUT}'],
  ['report', 'attendance', '--month', '2026-11', '--out', '{OUT}'],
  ['plan', 'add', '{P}', '--goal', 'Pünktlich sein'],
  ['plan', 'review', '{P}', '{G}', '--status', 'partly'],
  ['plan', 'list', '{P}'],
  ['note', 'add', '{P}', '--text', 'Gespräch geführt'],
  ['note', 'list', '{P}'],
  ['applicant', 'edit', '{A}', '--phone', '0234 1'],
  ['applicant', 'reopen', '{A}'],
  ['participant', 'edit', '{P}', '--integration-officer', 'Frau Berg'],
  ['participant', 'hours', '{P}', '25', '--from', '2026-12-01'],
  ['plan', 'edit', '{G}', '--due', '2027-01-31'],
  ['plan', 'delete', '{G}'],
  ['note', 'edit', 'n001', '--text', 'Gespräch'],
  ['note', 'delete', 'n001'],
  ['export', 'participants'],
  ['export', 'hours'],
  ['export', 'pay', '--month', '2026-11'],
  ['export', 'occupancy'],
  ['check'],
  ['history'],
  ['undo'],
  ['backup', 'list'],
  ['backup', 'restore', '{BACKUP}'],
  ['purge', '--exited-before', '2020-01-01'],
];
const flagRows: Row[] = [
  ...ALL_COMMANDS.map((cmd) => ({
    args: [...cmd, '--bogus'],
    code: 2,
    message: usage(`unknown option '--bogus' — see 'insat ${commandOf(cmd)} --help'`),
  })),
  ...ALL_COMMANDS.map((cmd) => ({
    args: [...cmd, '--dry-run=maybe'],
    code: 2,
    message: usage(`unknown option '--dry-run=maybe' — see 'insat ${commandOf(cmd)} --help'`),
  })),
  { args: ['bogus'], code: 2, message: usage("unknown command 'bogus'") },
  { args: ['applicant', 'bogus'], code: 2, message: usage("unknown command 'bogus'") },
  { args: ['seats', 'extra'], code: 2, message: usage('too many arguments') },
  { args: ['participant', 'show'], code: 2, message: usage("missing required argument 'id'") },
  {
    args: ['export', 'everything'],
    code: 2,
    message: usage("command-argument value 'everything' is invalid for argument 'what'"),
  },
  { args: ['config', 'set', 'no.such.key', '1'], code: 2, message: usage("unknown setting 'no.such.key'") },
  { args: ['config', 'set', 'seats.holz', '-5'], code: 2, message: usage("seats.holz '-5' is not a whole number") },
  {
    args: ['config', 'set', 'closingDays', '2026-02-30'],
    code: 2,
    message: usage("closingDays '2026-02-30' is not a date"),
  },
  { args: ['history', '--limit', '-1'], code: 2, message: usage("--limit '-1' is not a whole number") },
  { args: ['history', '--limit', 'abc'], code: 2, message: usage("--limit 'abc' is not a whole number") },
  { args: ['enrol', '{A}'], code: 2, message: usage('missing --area, --start, --until, --hours-per-week') },
  { args: ['applicant', 'add'], code: 2, message: usage('missing --name, --birth-date, --referred-by') },
  {
    args: ['applicant', 'decide', '{A}', '--by', 'Frau Schulte'],
    code: 2,
    message: usage('pass exactly one of --suitable or --unsuitable'),
  },
  {
    args: ['applicant', 'decide', '{A}', '--by', 'Frau Schulte', '--suitable', '--unsuitable'],
    code: 2,
    message: usage('pass exactly one of --suitable or --unsuitable'),
  },
  {
    args: ['occupancy', '--week', '2026-W47', '--month', '2026-11'],
    code: 2,
    message: usage('--week and --month both choose the period'),
  },
  {
    args: ['occupancy', '--from', '2026-11-30', '--to', '2026-11-01'],
    code: 2,
    message: usage('--to 2026-11-01 lies before --from 2026-11-30 — swap the two dates'),
  },
];

/** Choices: a value outside the list is refused with the list. */
const CHOICES: [string[], string][] = [
  [['enrol', '{S}', '--start', '2026-12-01', '--until', '2027-11-30', '--hours-per-week', '20'], '--area'],
  [['participant', 'list'], '--area'],
  [['participant', 'move', '{P}', '--from', '2026-12-01'], '--area'],
  [['hours', 'book', '--date', '2026-11-24', '--as-planned'], '--area'],
  [['hours', 'list'], '--area'],
  [['applicant', 'add', '--name', 'Max Muster', '--birth-date', '1980-01-01'], '--referred-by'],
  [['applicant', 'add', '--name', 'Max Muster', '--birth-date', '1980-01-01', '--referred-by', 'self'], '--addiction'],
  [['participant', 'exit', '{P}', '--date', '2026-11-24'], '--reason'],
  [['hours', 'book', '{P}', '--date', '2026-11-24'], '--absent'],
  [['applicant', 'list'], '--status'],
  [['plan', 'review', '{P}', '{G}'], '--status'],
  [['note', 'add', '{P}', '--text', 'Gespräch'], '--visibility'],
  [['note', 'list', '{P}'], '--visibility'],
  [['report', 'progress', '{P}', '--out', '{OUT}'], '--type'],
  ...[
    ['seats'],
    ['participant', 'list'],
    ['applicant', 'list'],
    ['hours', 'list'],
    ['pay', '--month', '2026-11'],
    ['absences', '--month', '2026-11'],
    ['occupancy'],
    ['stats'],
    ['config', 'rate', 'list'],
    ['backup', 'list'],
    ['plan', 'list', '{P}'],
    ['note', 'list', '{P}'],
    ['export', 'participants'],
  ].map((cmd): [string[], string] => [cmd, '--format']),
];
// A code in another case (HOLZ) is a valid area (CLI.md "input forms"), but never for the other choices.
const choiceRows: Row[] = CHOICES.flatMap(([cmd, flag]) =>
  ['bogus', '', ...(flag === '--area' ? ['Holzwerkstatt'] : ['HOLZ']), "'; DROP"].map((v) => ({
    args: [...cmd, flag, v],
    code: 2,
    message: usage(
      `(option '${esc(flag)} <[^>]+>' argument '${shown(v)}' is invalid\\. Allowed choices are|${esc(flag)} '${shown(v)}' is not (available here|an absence code|a work area)${v === '' ? `|${esc(flag)} needs a value` : ''})`,
    ),
  })),
);

/** Free-text flags: empty, 10,000 characters, control characters. */
const TEXT_FLAGS: [string[], string, string[], boolean][] = [
  // command, flag, the rest, required
  [['applicant', 'add'], '--name', ['--birth-date', '1980-01-01', '--referred-by', 'self'], true],
  [
    ['applicant', 'add', '--name', 'Max Muster', '--birth-date', '1980-01-01', '--referred-by', 'self'],
    '--phone',
    [],
    false,
  ],
  [
    ['applicant', 'add', '--name', 'Max Muster', '--birth-date', '1980-01-01', '--referred-by', 'self'],
    '--email',
    [],
    false,
  ],
  [
    ['applicant', 'add', '--name', 'Max Muster', '--birth-date', '1980-01-01', '--referred-by', 'self'],
    '--address',
    [],
    false,
  ],
  [
    ['applicant', 'add', '--name', 'Max Muster', '--birth-date', '1980-01-01', '--referred-by', 'self'],
    '--jobcenter-no',
    [],
    false,
  ],
  [['applicant', 'decide', '{A}', '--suitable'], '--by', [], true],
  [
    [
      'enrol',
      '{S}',
      '--area',
      'gestaltung',
      '--start',
      '2026-12-01',
      '--until',
      '2027-11-30',
      '--hours-per-week',
      '20',
    ],
    '--jobcenter-ref',
    [],
    false,
  ],
  [
    [
      'enrol',
      '{S}',
      '--area',
      'gestaltung',
      '--start',
      '2026-12-01',
      '--until',
      '2027-11-30',
      '--hours-per-week',
      '20',
    ],
    '--integration-officer',
    [],
    false,
  ],
  [['participant', 'extend', '{P}', '--until', '2027-12-31'], '--reason', [], false],
  [['participant', 'exit', '{P}', '--date', '2026-11-24', '--reason', 'other'], '--text', [], true],
  [['plan', 'add', '{P}'], '--goal', [], true],
  [['plan', 'review', '{P}', '{G}', '--status', 'partly'], '--comment', [], false],
  [['note', 'add', '{P}'], '--text', [], true],
  [['note', 'add', '{P}', '--text', 'Gespräch'], '--author', [], false],
];
const textRows: Row[] = TEXT_FLAGS.flatMap(([cmd, flag, rest]) => [
  { args: [...cmd, flag, '', ...rest], code: 2, message: usage(`${esc(flag)} needs a value — it cannot be empty`) },
  { args: [...cmd, flag, '   ', ...rest], code: 2, message: usage(`${esc(flag)} needs a value — it cannot be empty`) },
  {
    args: [...cmd, flag, LONG, ...rest],
    code: 2,
    message: usage(`${esc(flag)} is 10000 characters long — at most \\d+ are allowed`),
  },
  {
    args: [...cmd, flag, BELL, ...rest],
    code: 2,
    message: usage(`${esc(flag)} contains control characters — type plain text`),
  },
  {
    args: [...cmd, flag, ANSI, ...rest],
    code: 2,
    message: usage(`${esc(flag)} contains control characters — type plain text`),
  },
]);
const settingRows: Row[] = ['provider.name', 'jobcenter.contactPerson', 'customerTypes'].flatMap((key) => [
  {
    args: ['config', 'set', key, LONG],
    code: 2,
    message: usage(`${esc(key)} is 10000 characters long|${esc(key)}.*at most`),
  },
  { args: ['config', 'set', key, BELL], code: 2, message: usage(`${esc(key)} contains control characters`) },
  { args: ['config', 'set', key, ANSI], code: 2, message: usage(`${esc(key)} contains control characters`) },
]);

/** Timesheets for `hours import` that must be refused whole. */
const CSV_FILES: Record<string, string> = {
  good: 'participant,date,hours\n{P},2026-11-24,4\n',
  badDate: 'participant,date,hours\n{P},2026-11-24,4\n{P},2026-02-30,4\n',
  badHours: 'participant,date,hours\n{P},2026-11-24,4\n{P},2026-11-20,7.3\n',
  badId: "participant,date,hours\n{P},2026-11-24,4\n'; DROP,2026-11-20,4\n",
  unknownId: 'participant,date,hours\n{P},2026-11-24,4\np999,2026-11-20,4\n',
  badCode: 'participant,date,hours\n{P},2026-11-24,4\n{P},2026-11-20,bogus\n',
  formula: 'participant,date,hours\n{P},2026-11-24,4\n=HYPERLINK("http://x"),2026-11-20,4\n',
  unclosed: 'participant,date,hours\n{P},2026-11-24,4\n"{P},2026-11-20,4\n',
  control: 'participant,date,hours\n{P},2026-11-24,4\n{P}\u0007,2026-11-20,4\n',
  long: `participant,date,hours\n{P},2026-11-24,4\n${LONG},2026-11-20,4\n`,
  empty: '',
  binary: '\u0000\u0001\u0002\u00ff\u00fe',
};
const importRows: Row[] = [
  ...['badDate', 'badHours', 'badId', 'badCode', 'control', 'long'].map((f) => ({
    args: ['hours', 'import', `{CSV:${f}}`],
    code: 2,
    message: usage(`1 of 2 rows of ${f}\\.csv is bad \\(listed above\\); nothing was imported`),
  })),
  {
    args: ['hours', 'import', '{CSV:unclosed}'],
    code: 2,
    message: usage('unclosed\\.csv is no readable CSV \\(line 3\\)'),
  },
  {
    args: ['hours', 'import', '{CSV:formula}'],
    code: 2,
    message: usage('formula\\.csv is no readable CSV \\(line 3\\)'),
  },
  { args: ['hours', 'import', '{CSV:empty}'], code: 2, message: usage('empty\\.csv is empty — it needs a header row') },
  {
    args: ['hours', 'import', '{CSV:binary}'],
    code: 2,
    message: usage('binary\\.csv is not valid UTF-8 \\(byte 0xFF at offset 3\\)'),
  },
  {
    args: ['hours', 'import', '{CSV:unknownId}'],
    code: 3,
    message: /^line 3: no participant 'p999'[^]*^error: 1 of 2 rows .* nothing was imported/m,
  },
  {
    args: ['hours', 'import', '/nonexistent/timesheet.csv'],
    code: 2,
    message: usage('cannot read /nonexistent/timesheet.csv'),
  },
  { args: ['hours', 'import', ''], code: 2, message: usage('cannot read') },
];

const CATEGORIES: [string, Row[]][] = [
  ['malformed dates', dateRows],
  ['malformed hours, weekly hours, rates', hoursRows],
  ['malformed and unknown ids', idRows],
  ['malformed months', monthRows],
  ['malformed ISO weeks', weekRows],
  ['malformed years', yearRows],
  ['unknown flags, commands and arguments, missing values', flagRows],
  ['values outside the choices', choiceRows],
  ['empty, 10,000-character and control-character text', [...textRows, ...settingRows]],
  ['timesheets that are refused whole', importRows],
];

// --- running them -------------------------------------------------------------------------------

let base: string;
let baseBytes: Map<string, string>;
let baseDirs: string[];
/** The store the rows run in: a copy of `base`, and after every row again byte for byte what `base` is. */
let work: string;
let fx: Fixtures & { S: string; BACKUP: string };

function fill(arg: string): string {
  return arg
    .replace(/\\?\{(A|P|G|S|OUT|BACKUP)\\?\}/g, (_, k: string) => (fx as unknown as Record<string, string>)[k]!)
    .replace(/\{CSV:(\w+)\}/g, (_, k: string) => fx.CSV[k]!);
}

beforeAll(() => {
  base = tempDataDir('insat-bad-');
  const opts = { today: TODAY };
  ok(base, ['init'], opts);
  const A = ok(
    base,
    [
      'applicant',
      'add',
      '--name',
      'Anna Bewerberin',
      '--birth-date',
      '1980-05-01',
      '--referred-by',
      'jobcenter',
      '--contact-date',
      '2026-01-05',
      '--json',
    ],
    opts,
  ).json().id as string;
  const S = suitableApplicant(base, 'Sven Wartend', opts);
  const P = enrolled(base, 'holz', '2026-11-02', '2027-10-31', 20, opts);
  ok(base, ['hours', 'book', P, '--date', '2026-11-23', '--hours', '4'], opts);
  const G = ok(base, ['plan', 'add', P, '--goal', 'Pünktlich sein', '--json'], opts).json().id as string;
  const files = mkdtempSync(join(tmpdir(), 'insat-bad-files-'));
  const CSV: Record<string, string> = {};
  for (const [name, text] of Object.entries(CSV_FILES)) {
    CSV[name] = join(files, `${name}.csv`);
    writeFileSync(CSV[name]!, text.replaceAll('{P}', P), 'latin1');
  }
  const BACKUP = (ok(base, ['backup', 'list', '--json'], opts).json() as { backups: { name: string }[] }).backups[0]!
    .name;
  fx = { A, P, G, S, OUT: join(files, 'out.pdf'), CSV, BACKUP };
  baseBytes = storeBytes(base);
  baseDirs = directories(base);
  work = copyStore(base, 'insat-bad-row-');
});

/** The store's directories, empty ones too (storeBytes sees files only). */
function directories(dir: string, under = ''): string[] {
  return readdirSync(join(dir, under), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .flatMap((e) => [`${under}${e.name}/`, ...directories(dir, `${under}${e.name}/`)]);
}

// Every row starts from a store byte for byte like `base`, files and directories: the rows share one
// copy, and a row that changes it (a failure) leaves the next row a fresh copy. A copy per row cost
// more than the row's two commands.
function runRow(row: Row): string | null {
  const words = row.args.filter((a) => !a.startsWith('-') && !a.includes('{')).slice(0, 2);
  const args = row.args.map(fill);
  const dir = work;
  const r = insat(dir, args, { today: TODAY });
  const message = new RegExp(fill(row.message.source), row.message.flags);
  const problems: string[] = [];
  if (r.code !== row.code) problems.push(`exit ${r.code}, expected ${row.code}`);
  if (!message.test(r.stderr)) problems.push(`stderr does not match ${message}`);
  // the same refusal in German (the default language): same exit code, no English beyond the codes
  const de = insat(dir, args, { today: TODAY, env: { INSAT_LANG: 'de' } });
  if (de.code !== row.code) problems.push(`German: exit ${de.code}, expected ${row.code}`);
  if (!/^Fehler: /m.test(de.stderr)) problems.push(`German: no "Fehler: " line in ${JSON.stringify(de.stderr)}`);
  const english = englishWords(de.stderr.replace(/^Fehler: /gm, ''), args);
  if (english.length > 0)
    problems.push(`German refusal has English words (${english.join(', ')}): ${de.stderr.trim()}`);
  const after = storeBytes(dir);
  const changed = [...new Set([...after.keys(), ...baseBytes.keys()])].filter((k) => after.get(k) !== baseBytes.get(k));
  if (changed.length > 0) problems.push(`the store changed: ${changed.join(', ')}`);
  const dirs = directories(dir);
  const newDirs = dirs.filter((d) => !baseDirs.includes(d));
  if (newDirs.length > 0) problems.push(`the store has new directories: ${newDirs.join(', ')}`);
  if (changed.length > 0 || dirs.length !== baseDirs.length) {
    rmSync(dirname(work), { recursive: true, force: true });
    work = copyStore(base, 'insat-bad-row-');
  }
  if (problems.length === 0) return null;
  const show = (a: string) => (a.length > 60 ? `${a.slice(0, 20)}…(${a.length} chars)` : JSON.stringify(a));
  return `insat ${row.args.map(show).join(' ')} [${words.join(' ')}]: ${problems.join('; ')} — got: ${r.stderr.trim().split('\n')[0]?.slice(0, 200)}`;
}

describe('bad input: exit code and message, and the store byte-for-byte unchanged', () => {
  for (const [name, rows] of CATEGORIES) {
    test(`${name} (${rows.length} cases)`, () => {
      const failures = rows.map(runRow).filter((f): f is string => f !== null);
      expect(failures).toEqual([]);
    }, 300_000);
  }

  test('every command of this build is covered', () => {
    const covered = new Set(
      CATEGORIES.flatMap(([, rows]) =>
        rows.map((r) =>
          r.args
            .filter((a) => /^[a-z]+$/.test(a))
            .slice(0, 2)
            .join(' '),
        ),
      ),
    );
    const commands = [
      'init',
      'config show',
      'config set',
      'config rate',
      'applicant add',
      'applicant schedule',
      'applicant attended',
      'applicant decide',
      'applicant withdraw',
      'applicant list',
      'enrol',
      'participant list',
      'participant show',
      'participant extend',
      'participant move',
      'participant exit',
      'seats',
      'hours book',
      'hours import',
      'hours list',
      'hours delete',
      'pay',
      'absences',
      'occupancy',
      'stats',
      'report progress',
      'report application',
      'report attendance',
      'plan add',
      'plan review',
      'plan list',
      'note add',
      'note list',
      'applicant edit',
      'applicant reopen',
      'participant edit',
      'participant hours',
      'plan edit',
      'plan delete',
      'note edit',
      'note delete',
      'export participants',
      'export hours',
      'export pay',
      'export occupancy',
      'check',
      'history',
      'undo',
      'backup list',
      'backup restore',
      'purge',
    ];
    for (const c of commands) {
      expect({ command: c, exists: hasCommand(...c.split(' ').slice(0, c.startsWith('export') ? 1 : 2)) }).toEqual({
        command: c,
        exists: true,
      });
      expect({
        command: c,
        covered: [...covered].some((k) => k === c || k.startsWith(`${c} `) || k.split(' ')[0] === c),
      }).toEqual({ command: c, covered: true });
    }
  });
});

describe('formula-like text', () => {
  test('=HYPERLINK(…) is a legal name, stored as typed, and CSV exports guard it', () => {
    const dir = tempDataDir('insat-formula-');
    ok(dir, ['init'], { today: TODAY });
    const name = '=HYPERLINK("http://x","y")';
    const id = ok(
      dir,
      [
        'applicant',
        'add',
        '--name',
        name,
        '--birth-date',
        '1980-01-01',
        '--referred-by',
        'self',
        '--contact-date',
        '2026-01-05',
        '--json',
      ],
      { today: TODAY },
    ).json().id as string;
    ok(dir, ['applicant', 'schedule', id, '--info-date', '2026-01-12'], { today: TODAY });
    ok(dir, ['applicant', 'attended', id], { today: TODAY });
    ok(dir, ['applicant', 'decide', id, '--suitable', '--by', '+Frau Schulte', '--date', '2026-01-20'], {
      today: TODAY,
    });
    ok(
      dir,
      [
        'enrol',
        id,
        '--area',
        'holz',
        '--start',
        '2026-11-02',
        '--until',
        '2027-10-31',
        '--hours-per-week',
        '20',
        '--jobcenter-ref',
        '@SUM(A1:A9)',
      ],
      { today: TODAY },
    );
    expect(ok(dir, ['participant', 'show', id, '--json'], { today: TODAY }).json().name).toBe(name);
    const csv = ok(dir, ['export', 'participants', '--format', 'csv'], { today: TODAY }).stdout;
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);
    const csvDe = ok(dir, ['export', 'participants', '--format', 'csv-de'], { today: TODAY }).stdout;
    expect(csvDe).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvDe).not.toMatch(/(^|;)"?=HYPERLINK/m);
    const list = ok(dir, ['applicant', 'list', '--all', '--format', 'csv'], { today: TODAY }).stdout;
    expect(list).toContain("'=HYPERLINK");
    expect(list).not.toMatch(/(^|,)"?=HYPERLINK/m);
    // JSON is data, not a spreadsheet: the name stays exactly as typed there.
    expect(ok(dir, ['export', 'participants', '--format', 'json'], { today: TODAY }).stdout).toContain(
      JSON.stringify(name).slice(1, -1),
    );
  });

  test('a timesheet naming a formula is refused, not imported', () => {
    const dir = tempDataDir('insat-formula-import-');
    ok(dir, ['init'], { today: TODAY });
    const before = storeBytes(dir);
    const file = join(mkdtempSync(join(tmpdir(), 'insat-formula-csv-')), 'sheet.csv');
    writeFileSync(file, 'participant,date,hours\n=cmd|" /C calc"!A0,2026-11-24,4\n');
    const r = insat(dir, ['hours', 'import', file], { today: TODAY });
    expect(r.code).toBe(2);
    expect(storeBytes(dir)).toEqual(before);
  });
});
