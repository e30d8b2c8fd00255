// Bad input for customers, orders and group offers: each row names its exit code and message, and
// after every row the store is byte-for-byte what it was.
import { beforeAll, describe, expect, test } from '@jest/globals';
import { enrolled, insat, ok, storeBytes, tempDataDir } from '../helpers/cli.js';

interface Row {
  args: string[];
  code: number;
  message: RegExp;
}

const LONG = 'x'.repeat(10_000);
const err = (text: string) => new RegExp(`^error: ${text}`, 'm');

const ROWS: Row[] = [
  // customers
  {
    args: ['customer', 'add', '--name', 'Tischlerei Meyer', '--kind', 'commercial', '--type', 'Verein'],
    code: 3,
    message: err('a commercial customer is refused: .*§ 16d \\(2\\)–\\(4\\) SGB II'),
  },
  {
    args: ['customer', 'add', '--name', 'Frau Müller', '--kind', 'privat', '--type', 'Verein'],
    code: 3,
    message: err('a private customer is refused'),
  },
  {
    args: ['customer', 'add', '--name', 'X', '--kind', 'foo', '--type', 'Verein'],
    code: 2,
    message: err("--kind 'foo' is not a kind of customer — use public or non-profit"),
  },
  // a filter by a kind that can never be recorded is a usage matter, not a refusal
  {
    args: ['customer', 'list', '--kind', 'commercial'],
    code: 2,
    message: err(
      '--kind: there are no commercial customers to list — only public and non-profit customers can be recorded .*; use --kind public or --kind non-profit, or leave --kind out$',
    ),
  },
  {
    args: ['customer', 'list', '--kind', 'Gewerblich'],
    code: 2,
    message: err('--kind: there are no commercial customers to list'),
  },
  {
    args: ['customer', 'add', '--name', 'X', '--kind', 'public', '--type', 'Tankstelle'],
    code: 2,
    message: err("--type 'Tankstelle' is not a customer type — use one of Kita"),
  },
  {
    args: ['customer', 'add', '--name', '', '--kind', 'public', '--type', 'Kita'],
    code: 2,
    message: err('--name needs a value'),
  },
  {
    args: ['customer', 'add', '--name', LONG, '--kind', 'public', '--type', 'Kita'],
    code: 2,
    message: err('--name is 10000 characters long'),
  },
  {
    args: ['customer', 'add', '--name', 'Kita\u0007', '--kind', 'public', '--type', 'Kita'],
    code: 2,
    message: err('--name contains control characters'),
  },
  {
    args: ['customer', 'add', '--name', 'kita sonnenschein', '--kind', 'public', '--type', 'Kita'],
    code: 3,
    message: err("a customer named 'Kita Sonnenschein' is already recorded as c001"),
  },
  { args: ['customer', 'add', '--kind', 'public', '--type', 'Kita'], code: 2, message: /--name/ },
  { args: ['customer', 'show', 'c999'], code: 4, message: err("no customer 'c999'") },
  { args: ['customer', 'show', 'p001'], code: 2, message: err("customer 'p001' is not a customer id") },
  { args: ['customer', 'edit', 'c001'], code: 2, message: err('nothing to change') },
  {
    args: ['customer', 'edit', 'c001', '--kind', 'commercial'],
    code: 3,
    message: err('a commercial customer is refused'),
  },
  { args: ['customer', 'list', '--format', 'xml'], code: 2, message: err("--format 'xml' is not available here") },
  // orders
  {
    args: ['order', 'add', '--customer', 'c999', '--area', 'holz', '--title', 'Bank'],
    code: 4,
    message: err("no customer 'c999'"),
  },
  {
    args: ['order', 'add', '--customer', 'c001', '--area', 'keller', '--title', 'Bank'],
    code: 2,
    message: err("--area 'keller' is not a work area"),
  },
  {
    args: ['order', 'add', '--customer', 'c001', '--area', 'holz', '--title', 'Bank', '--received', '2026-02-30'],
    code: 2,
    message: err("--received '2026-02-30' is not a date"),
  },
  {
    args: ['order', 'add', '--customer', 'c001', '--area', 'holz', '--title', 'Bank', '--received', '2026-12-01'],
    code: 3,
    message: err('--received 2026-12-01 lies in the future'),
  },
  {
    args: [
      'order',
      'add',
      '--customer',
      'c001',
      '--area',
      'holz',
      '--title',
      'Bank',
      '--received',
      '2026-11-10',
      '--due',
      '2026-11-01',
    ],
    code: 3,
    message: err('--due 2026-11-01 is before the order was received'),
  },
  {
    args: ['order', 'add', '--customer', 'c001', '--area', 'holz', '--title', 'Bank', '--material-euros', 'zehn'],
    code: 2,
    message: err("--material-euros 'zehn' is not an amount in euros"),
  },
  {
    args: ['order', 'add', '--customer', 'c001', '--area', 'holz', '--title', 'Bank', '--material-euros', '-5'],
    code: 2,
    message: err("--material-euros '-5' is not an amount in euros"),
  },
  {
    args: ['order', 'add', '--customer', 'c001', '--area', 'holz', '--title', 'Bank', '--kind', 'Catering'],
    code: 3,
    message: err("'Catering' is not a kind of work the area holz listed"),
  },
  {
    args: ['order', 'add', '--customer', 'c001', '--area', 'holz', '--title', 'Bank', '--kind', 'Catering', '--force'],
    code: 2,
    message: err('--force needs --reason'),
  },
  {
    args: [
      'order',
      'add',
      '--customer',
      'c001',
      '--area',
      'holz',
      '--title',
      'Bank',
      '--kind',
      'Catering',
      '--reason',
      'x',
    ],
    code: 2,
    message: err('--reason goes with --force'),
  },
  {
    args: ['order', 'add', '--customer', 'c001', '--area', 'holz', '--title', LONG],
    code: 2,
    message: err('--title is 10000 characters long'),
  },
  { args: ['order', 'start', 'o999'], code: 4, message: err("no order 'o999'") },
  { args: ['order', 'start', 'x'], code: 2, message: err("order 'x' is not an order id") },
  {
    args: ['order', 'deliver', 'o001'],
    code: 3,
    message: err("order o001 is received; 'deliver' needs an order that is done"),
  },
  {
    args: ['order', 'start', 'o001', '--date', '2026-10-01'],
    code: 3,
    message: err('order o001 cannot start on 2026-10-01, before its last step on 2026-11-02'),
  },
  {
    args: ['order', 'start', 'o001', '--date', '2026-11-30'],
    code: 3,
    message: err('the date 2026-11-30 lies in the future'),
  },
  { args: ['order', 'done', 'o001', '--date', 'gestern?'], code: 2, message: err("--date 'gestern\\?' is not a date") },
  { args: ['order', 'assign', 'o001', 'p999'], code: 4, message: err("no applicant or participant 'p999'") },
  { args: ['order', 'assign', 'o001', '{A}'], code: 3, message: err('p00\\d was never enrolled') },
  { args: ['order', 'list', '--status', 'open'], code: 2, message: err("--status 'open' is not an order status") },
  { args: ['order', 'list', '--year', '26'], code: 2, message: err("--year '26' is not a whole number") },
  { args: ['order', 'list', '--customer', 'c999'], code: 4, message: err("no customer 'c999'") },
  // group offers
  {
    args: [
      'group',
      'add',
      '--date',
      '2026-11-24',
      '--topic',
      'T',
      '--kind',
      'lesson',
      '--from',
      '12:00',
      '--to',
      '10:00',
      '--led-by',
      'K',
    ],
    code: 3,
    message: err('the offer ends at 10:00, not after it begins at 12:00'),
  },
  {
    args: [
      'group',
      'add',
      '--date',
      '2026-11-24',
      '--topic',
      'T',
      '--kind',
      'lesson',
      '--from',
      '25:00',
      '--to',
      '26:00',
      '--led-by',
      'K',
    ],
    code: 2,
    message: err("--from '25:00' is not a time of day"),
  },
  {
    args: [
      'group',
      'add',
      '--date',
      '2026-11-24',
      '--topic',
      'T',
      '--kind',
      'party',
      '--from',
      '10:00',
      '--to',
      '12:00',
      '--led-by',
      'K',
    ],
    code: 2,
    message: /party/,
  },
  {
    args: [
      'group',
      'add',
      '--date',
      '31.02.2026',
      '--topic',
      'T',
      '--kind',
      'lesson',
      '--from',
      '10:00',
      '--to',
      '12:00',
      '--led-by',
      'K',
    ],
    code: 2,
    message: err("--date '31.02.2026' is not a date"),
  },
  {
    args: [
      'group',
      'add',
      '--date',
      '2026-11-24',
      '--topic',
      '',
      '--kind',
      'lesson',
      '--from',
      '10:00',
      '--to',
      '12:00',
      '--led-by',
      'K',
    ],
    code: 2,
    message: err('--topic needs a value'),
  },
  {
    args: [
      'group',
      'add',
      '--date',
      '2026-11-24',
      '--topic',
      'T',
      '--kind',
      'lesson',
      '--from',
      '10:00',
      '--to',
      '12:00',
      '--led-by',
      'K',
      '--area',
      'keller',
    ],
    code: 2,
    message: err("--area 'keller' is not a work area"),
  },
  { args: ['group', 'attend', 'u999'], code: 4, message: err("no group offer 'u999'") },
  { args: ['group', 'attend', 'u001', '--absent', 'p001'], code: 2, message: err("--absent 'p001' is not ID=CODE") },
  {
    args: ['group', 'attend', 'u001', '--absent', '{P}=krank!'],
    code: 2,
    message: err("--absent 'krank!' is not an absence code"),
  },
  {
    args: ['group', 'attend', 'u001', '--absent', '{P}=closed'],
    code: 2,
    message: err("--absent '.*=closed': 'closed' is not a reason"),
  },
  {
    args: ['group', 'attend', 'u001', '--absent', '{P}=sick,{P}=excused'],
    code: 2,
    message: err('--absent names p00\\d more than once — give each participant one reason'),
  },
  {
    args: ['group', 'attend', 'u001', '--absent', '{P}=sick', '--absent', '{P}=sick'],
    code: 2,
    message: err('--absent names p00\\d more than once'),
  },
  {
    args: ['group', 'attend', 'u001', '{P}', '--absent', '{P}=sick'],
    code: 2,
    message: err('p00\\d named as present and as absent'),
  },
  {
    args: ['group', 'attend', 'u001', '{A}'],
    code: 3,
    message: err('p00\\d has no seat on 2026-11-24, the day of offer u001'),
  },
  { args: ['group', 'attend', 'u002'], code: 3, message: err('offer u002 is on 2026-12-03, in the future') },
  { args: ['group', 'edit', 'u001'], code: 2, message: err('nothing to change') },
  { args: ['group', 'edit', 'u001', '--to', '09:00'], code: 3, message: err('the offer ends at 09:00') },
  { args: ['group', 'delete', 'u999'], code: 4, message: err("no group offer 'u999'") },
  { args: ['group', 'list', '--month', '2026-13'], code: 2, message: err("--month '2026-13' is not a month") },
  {
    args: ['export', 'groups', '--month', '2026-11', '--from', '2026-11-01'],
    code: 2,
    message: err('--month and --from/--to exclude each other'),
  },
  { args: ['export', 'groups', '--format', 'table'], code: 2, message: err("--format 'table' is not available here") },
];

describe('bad input for customers, orders and group offers leaves the store unchanged', () => {
  const dir = tempDataDir();
  const fill: Record<string, string> = {};
  beforeAll(() => {
    ok(dir, ['init']);
    fill.P = enrolled(dir, 'holz', '2026-11-02', '2027-10-31');
    fill.A = ok(dir, [
      'applicant',
      'add',
      '--name',
      'Erika Muster',
      '--birth-date',
      '1975-03-02',
      '--referred-by',
      'self',
      '--contact-date',
      '2026-11-01',
      '--json',
    ]).json().id;
    ok(dir, ['customer', 'add', '--name', 'Kita Sonnenschein', '--kind', 'non-profit', '--type', 'Kita']);
    ok(dir, ['order', 'add', '--customer', 'c001', '--area', 'holz', '--title', 'Bank', '--received', '2026-11-02']);
    ok(dir, [
      'group',
      'add',
      '--date',
      '2026-11-24',
      '--topic',
      'Bewerbungstraining',
      '--kind',
      'lesson',
      '--from',
      '10:00',
      '--to',
      '12:00',
      '--led-by',
      'Frau Kaya',
    ]);
    ok(dir, [
      'group',
      'add',
      '--date',
      '2026-12-03',
      '--topic',
      'Museum',
      '--kind',
      'excursion',
      '--from',
      '09:00',
      '--to',
      '13:00',
      '--led-by',
      'Herr Brandt',
    ]);
  });

  test.each(ROWS.map((r) => [r.args.join(' '), r] as const))('%s', (_name, row) => {
    const args = row.args.map((a) => a.replace(/\{(\w)\}/g, (_m, k: string) => fill[k]!));
    const before = storeBytes(dir);
    const r = insat(dir, args);
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: row.code, stderr: expect.stringMatching(row.message) });
    expect(storeBytes(dir)).toEqual(before);
  });
});
