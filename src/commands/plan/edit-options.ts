// The flags of `plan edit` and `plan delete` (light: loaded with the command tree).
import type { Command } from 'commander';
import { contextOf } from '../../cli/context.js';
import { examples } from '../../cli/help.js';
import { dryRunOption } from '../../cli/output.js';
import { m } from '../../i18n/active.js';
import type { PlanEditOptions } from './edit.js';

export function registerPlanEdits(plan: Command): void {
  const { help } = m().corrections;
  const load = () => import('./edit.js');
  // --due and --no-due set one value (the last wins): which of them were given is seen as they are parsed
  const dueFlags = new Set<string>();
  const edit = plan
    .command('edit <goal-id>')
    .description(help.planEdit)
    .option('--goal <text>', help.opt.goal)
    .option('--due <date>', help.opt.due)
    .option('--no-due', help.opt.noDue)
    .addOption(dryRunOption())
    .on('option:due', () => dueFlags.add('--due'))
    .on('option:no-due', () => dueFlags.add('--no-due'))
    .action(async (id: string, opts: PlanEditOptions, c: Command) =>
      (await load()).runPlanEdit(contextOf(c), id, { ...opts, dueAndNoDue: dueFlags.size === 2 }),
    );
  examples(edit, [
    'insat plan edit g004 --due 2027-04-30',
    'insat plan edit g004 --goal "Pünktlich um 8 Uhr beginnen"',
  ]);

  const del = plan
    .command('delete <goal-id>')
    .description(help.planDelete)
    .addOption(dryRunOption())
    .action(async (id: string, opts: { dryRun?: boolean }, c: Command) =>
      (await load()).runPlanDelete(contextOf(c), id, opts),
    );
  examples(del, ['insat plan delete g004']);
}
