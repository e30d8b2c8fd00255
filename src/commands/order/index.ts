import type { Command } from 'commander';
import { contextOf } from '../../cli/context.js';
import { examples } from '../../cli/help.js';
import { requireWhen } from '../../cli/required.js';
import { dryRunOption, formatOption } from '../../cli/output.js';
import { m } from '../../i18n/active.js';

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
export interface OrderEditOptions {
  title?: string;
  customer?: string;
  area?: string;
  kind?: string;
  materialEuros?: string;
  due?: string;
  received?: string;
  started?: string;
  done?: string;
  delivered?: string;
  cancelled?: string;
  /** Comma-separated fields to empty, or steps to take back (an empty option value is refused everywhere). */
  clear?: string;
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
  const words = m().order;
  const order = program.command('order').description(words.description);
  examples(order, [
    'insat order add --customer c001 --area holz --title "Zwei Sitzbänke" --received 2026-11-02 --kind Möbelbau',
    'insat order list --area holz --status in-progress',
  ]);
  const load = () => import('./run.js');

  const add = order
    .command('add')
    .description(words.add.description)
    .requiredOption('--customer <id>', words.add.optCustomer)
    .requiredOption('--area <area>', words.add.optArea)
    .requiredOption('--title <text>', words.add.optTitle)
    .option('--received <date>', words.add.optReceived)
    .option('--due <date>', words.add.optDue)
    .option('--kind <kind>', words.add.optKind)
    .option('--material-euros <euros>', words.add.optMaterial)
    .option('--force', words.add.optForce)
    .option('--reason <text>', words.add.optReason)
    .addOption(dryRunOption())
    .action(async (opts: OrderAddOptions, c: Command) => (await load()).runOrderAdd(contextOf(c), opts));
  requireWhen(add, (o) =>
    o.force && o.reason === undefined
      ? [{ flag: '--reason', with: '--force', alone: (m) => m.order.add.forceNeedsReason }]
      : [],
  );
  examples(add, [
    'insat order add --customer c001 --area holz --title "Hochbeet für den Garten" --received 2026-11-02 --due 2026-12-15 --kind Gartenholz --material-euros 85,00',
    'insat order add --customer c004 --area kueche --title "Catering Gemeindefest" --kind Catering',
    'insat order add --customer c002 --area gestaltung --title "Umzugshilfe" --kind Transport --force --reason "einmalig, mit dem Jobcenter abgestimmt"',
  ]);

  for (const step of ['start', 'done', 'deliver', 'cancel'] as const) {
    const cmd = order
      .command(`${step} <id>`)
      .description(words.steps[step])
      .option('--date <date>', words.optDate)
      .addOption(dryRunOption())
      .action(async (id: string, opts: { date?: string; dryRun?: boolean }, c: Command) =>
        (await load()).runOrderStep(contextOf(c), step, id, opts),
      );
    examples(cmd, [`insat order ${step} o012`, `insat order ${step} o012 --date 2026-11-20`]);
  }

  const assign = order
    .command('assign <id> <participants...>')
    .description(words.assign.description)
    .addOption(dryRunOption())
    .action(async (id: string, participants: string[], opts: { dryRun?: boolean }, c: Command) =>
      (await load()).runOrderAssign(contextOf(c), id, participants, opts),
    );
  examples(assign, ['insat order assign o012 p003 p007']);

  const unassign = order
    .command('unassign <id> <participants...>')
    .description(words.unassign.description)
    .addOption(dryRunOption())
    .action(async (id: string, participants: string[], opts: { dryRun?: boolean }, c: Command) =>
      (await load()).runOrderUnassign(contextOf(c), id, participants, opts),
    );
  examples(unassign, ['insat order unassign o012 p007']);

  const e = words.edit;
  const edit = order
    .command('edit <id>')
    .description(e.description)
    .option('--title <text>', e.optTitle)
    .option('--customer <id>', e.optCustomer)
    .option('--area <area>', e.optArea)
    .option('--kind <kind>', e.optKind)
    .option('--material-euros <euros>', e.optMaterial)
    .option('--due <date>', e.optDue)
    .option('--received <date>', e.optReceived)
    .option('--started <date>', e.optStarted)
    .option('--done <date>', e.optDone)
    .option('--delivered <date>', e.optDelivered)
    .option('--cancelled <date>', e.optCancelled)
    .option('--clear <fields>', e.optClear)
    .option('--force', e.optForce)
    .option('--reason <text>', e.optReason)
    .addOption(dryRunOption())
    .action(async (id: string, opts: OrderEditOptions, c: Command) =>
      (await load()).runOrderEdit(contextOf(c), id, opts),
    );
  examples(edit, [
    'insat order edit o012 --received 2026-10-30 --material-euros 85,00',
    'insat order edit o012 --area kueche --kind Catering',
    'insat order edit o012 --kind Transport --force --reason "einmalig, mit dem Jobcenter abgestimmt"',
    'insat order edit o012 --done 2026-11-20',
    'insat order edit o012 --clear delivered --dry-run',
  ]);

  const kinds = order
    .command('kinds')
    .description(words.kinds.description)
    .action(async (_opts: unknown, c: Command) => (await load()).runOrderKinds(contextOf(c)));
  examples(kinds, [
    'insat order kinds',
    'insat config set workKinds.holz "Möbelbau, Reparatur, Spielgeräte" --from 2027-01-01',
  ]);

  const list = order
    .command('list')
    .description(words.list.description)
    .option('--area <area>', words.list.optArea)
    .option('--status <status>', words.list.optStatus)
    .option('--year <YYYY>', words.list.optYear)
    .option('--customer <id>', words.list.optCustomer)
    .addOption(formatOption())
    .action(async (opts: OrderListOptions, c: Command) => (await load()).runOrderList(contextOf(c), opts));
  examples(list, [
    'insat order list --area kueche --year 2026',
    'insat order list --status received --format csv-de > offen.csv',
  ]);

  const show = order
    .command('show <id>')
    .description(words.show.description)
    .action(async (id: string, _opts: unknown, c: Command) => (await load()).runOrderShow(contextOf(c), id));
  examples(show, ['insat order show o012', 'insat order show o012 --json']);
}
