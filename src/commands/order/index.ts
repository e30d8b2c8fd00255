import type { Command } from 'commander';
import { contextOf } from '../../cli/context.js';
import { examples } from '../../cli/help.js';

export interface OrderAddOptions {
  customer?: string;
  area?: string;
  title?: string;
  received?: string;
  due?: string;
  kind?: string;
  materialEuros?: string;
  force?: boolean;
  reason?: string;
  dryRun?: boolean;
}
export interface OrderListOptions {
  area?: string;
  status?: string;
  year?: string;
  customer?: string;
  format?: string;
}

export function registerOrder(program: Command): void {
  const order = program
    .command('order')
    .description("customers' orders to a work area: received → start → done → deliver (or cancel)");
  examples(order, [
    'insat order add --customer c001 --area holz --title "Zwei Sitzbänke" --received 2026-11-02 --kind Möbelbau',
    'insat order list --area holz --status in-progress',
  ]);
  const load = () => import('./run.js');

  const add = order
    .command('add')
    .description('record an order; its kind of work must be one the area listed in the application')
    .requiredOption('--customer <id>', 'the customer (c001)')
    .requiredOption('--area <area>', 'holz, kueche or gestaltung')
    .requiredOption('--title <text>', 'what is made or done')
    .option('--received <date>', 'the day the order came in (default: today)')
    .option('--due <date>', 'the agreed day of delivery')
    .option('--kind <kind>', "the kind of work (the area's list: 'insat order kinds')")
    .option('--material-euros <euros>', 'material contribution paid by the customer (income in the cost plan)')
    .option('--force', 'accept a kind of work the area did not list (needs --reason)')
    .option('--reason <text>', 'why the kind of work is accepted anyway')
    .option('--dry-run', 'show what would change, change nothing')
    .action(async (opts: OrderAddOptions, c: Command) => (await load()).runOrderAdd(contextOf(c), opts));
  examples(add, [
    'insat order add --customer c001 --area holz --title "Hochbeet für den Garten" --received 2026-11-02 --due 2026-12-15 --kind Gartenholz --material-euros 85,00',
    'insat order add --customer c004 --area kueche --title "Catering Gemeindefest" --kind Catering',
    'insat order add --customer c002 --area gestaltung --title "Umzugshilfe" --kind Transport --force --reason "einmalig, mit dem Jobcenter abgestimmt"',
  ]);

  for (const [step, what] of [
    ['start', 'work on the order began'],
    ['done', 'the work is finished'],
    ['deliver', 'the order was handed over'],
    ['cancel', 'the order was withdrawn (from received or in progress)'],
  ] as const) {
    const cmd = order
      .command(`${step} <id>`)
      .description(`${what}; one undoable step`)
      .option('--date <date>', 'the day (default: today)')
      .option('--dry-run', 'show what would change, change nothing')
      .action(async (id: string, opts: { date?: string; dryRun?: boolean }, c: Command) =>
        (await load()).runOrderStep(contextOf(c), step, id, opts),
      );
    examples(cmd, [`insat order ${step} o012`, `insat order ${step} o012 --date 2026-11-20`]);
  }

  const assign = order
    .command('assign <id> <participants...>')
    .description('link participants to an order (optional: never needed for booking hours)')
    .option('--dry-run', 'show what would change, change nothing')
    .action(async (id: string, participants: string[], opts: { dryRun?: boolean }, c: Command) =>
      (await load()).runOrderAssign(contextOf(c), id, participants, opts),
    );
  examples(assign, ['insat order assign o012 p003 p007']);

  const kinds = order
    .command('kinds')
    .description("the kinds of work each area listed (data/work-areas.json, or the setting 'workKinds.<area>')")
    .action(async (_opts: unknown, c: Command) => (await load()).runOrderKinds(contextOf(c)));
  examples(kinds, ['insat order kinds', 'insat config set workKinds.holz "Möbelbau, Reparatur, Spielgeräte"']);

  const list = order
    .command('list')
    .description('orders, newest first')
    .option('--area <area>', 'one work area')
    .option('--status <status>', 'received, in-progress, done, delivered or cancelled')
    .option('--year <YYYY>', 'received in this year')
    .option('--customer <id>', 'one customer')
    .option('--format <f>', 'table, csv, csv-de or json')
    .action(async (opts: OrderListOptions, c: Command) => (await load()).runOrderList(contextOf(c), opts));
  examples(list, [
    'insat order list --area kueche --year 2026',
    'insat order list --status received --format csv-de > offen.csv',
  ]);

  const show = order
    .command('show <id>')
    .description('one order with its customer, steps and participants')
    .action(async (id: string, _opts: unknown, c: Command) => (await load()).runOrderShow(contextOf(c), id));
  examples(show, ['insat order show o012', 'insat order show o012 --json']);
}
