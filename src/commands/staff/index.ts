import type { Command } from 'commander';
import { contextOf } from '../../cli/context.js';
import { examples } from '../../cli/help.js';
import { areaOption } from '../../cli/options.js';
import { dryRunOption, formatOption } from '../../cli/output.js';
import { m } from '../../i18n/active.js';
import type { Area } from '../../model/types.js';

export interface StaffAddOptions {
  name?: string;
  role?: string;
  area?: Area;
  from?: string;
  dryRun?: boolean;
}

export interface StaffEditOptions {
  name?: string;
  area?: Area;
  from?: string;
  left?: string;
  /** Comma-separated fields to empty: `left` withdraws a leaving day. */
  clear?: string;
  dryRun?: boolean;
}

export function registerStaff(program: Command): void {
  const { staff: words } = m();
  const staff = program.command('staff').description(words.description);
  examples(staff, [
    'insat staff add --name "Bernd Kuhlmann" --role instructor --area holz --from 2026-01-01',
    'insat staff list',
  ]);
  const load = () => import('./run.js');

  const add = staff
    .command('add')
    .description(words.add.description)
    .requiredOption('--name <name>', words.add.optName)
    .requiredOption('--role <role>', words.add.optRole)
    .addOption(areaOption(words.add.optArea))
    .option('--from <date>', words.add.optFrom)
    .addOption(dryRunOption())
    .action(async (opts: StaffAddOptions, c: Command) => (await load()).runStaffAdd(contextOf(c), opts));
  examples(add, [
    'insat staff add --name "Bernd Kuhlmann" --role instructor --area holz',
    'insat staff add --name "Julia Terhoeven" --role social-worker --from 2026-01-01',
    'insat staff add --name "Sabine Wollenweber" --role admin --json',
  ]);

  const list = staff
    .command('list')
    .description(words.list.description)
    .option('--date <date>', words.list.optDate)
    .option('--all', words.list.optAll)
    .addOption(formatOption())
    .action(async (opts: { date?: string; all?: boolean; format?: string }, c: Command) =>
      (await load()).runStaffList(contextOf(c), opts),
    );
  examples(list, ['insat staff list', 'insat staff list --date 2026-01-05', 'insat staff list --all --format csv-de']);

  const edit = staff
    .command('edit <id>')
    .description(words.edit.description)
    .option('--name <name>', words.edit.optName)
    .addOption(areaOption(words.edit.optArea))
    .option('--from <date>', words.edit.optFrom)
    .option('--left <date>', words.edit.optLeft)
    .option('--clear <fields>', words.edit.optClear)
    .addOption(dryRunOption())
    .action(async (id: string, opts: StaffEditOptions, c: Command) =>
      (await load()).runStaffEdit(contextOf(c), id, opts),
    );
  examples(edit, [
    'insat staff edit s003 --name "Gabriele Strotmann-Yilmaz"',
    'insat staff edit s002 --area kueche',
    'insat staff edit s004 --from 2025-09-01',
    'insat staff edit s007 --left 2027-04-30',
    `insat staff edit s007 --clear left   # ${words.edit.exampleClearLeft}`,
  ]);

  const leave = staff
    .command('leave <id>')
    .description(words.leave.description)
    .requiredOption('--date <date>', words.leave.optDate)
    .addOption(dryRunOption())
    .action(async (id: string, opts: { date?: string; dryRun?: boolean }, c: Command) =>
      (await load()).runStaffLeave(contextOf(c), id, opts),
    );
  examples(leave, ['insat staff leave s007 --date 2027-03-31', `insat check   # ${words.leave.exampleCheck}`]);

  const migrate = staff
    .command('migrate')
    .description(words.migrate.description)
    .addOption(dryRunOption())
    .action(async (opts: { dryRun?: boolean }, c: Command) => (await load()).runStaffMigrate(contextOf(c), opts));
  examples(migrate, ['insat staff migrate --dry-run', 'insat staff migrate && insat staff list']);
}
