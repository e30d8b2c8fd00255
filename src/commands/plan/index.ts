import type { Command } from 'commander';
import { contextOf } from '../../cli/context.js';
import { examples } from '../../cli/help.js';
import { registerPlanEdits } from './edit-options.js';
import { dryRunOption, formatOption } from '../../cli/output.js';
import { m } from '../../i18n/active.js';
import { codeOption } from '../../cli/options.js';
import { goalStatusOfWord } from '../../model/words.js';

const STATUSES = ['achieved', 'partly', 'open', 'dropped'];

export function registerPlan(program: Command): void {
  const words = m().plan;
  const plan = program.command('plan').description(words.description);
  examples(plan, ['insat plan add p012 --goal "Pünktlich um 8 Uhr beginnen" --due 2027-02-28', 'insat plan list p012']);
  const load = () => import('./run.js');

  const add = plan
    .command('add <id>')
    .description(words.add.description)
    .requiredOption('--goal <text>', words.add.optGoal)
    .option('--due <date>', words.add.optDue)
    .option('--date <date>', words.add.optDate)
    .addOption(dryRunOption())
    .action(async (id: string, opts: { goal: string; due?: string; date?: string; dryRun?: boolean }, c: Command) =>
      (await load()).runPlanAdd(contextOf(c), id, opts),
    );
  examples(add, ['insat plan add p012 --goal "Tagesstruktur festigen: an 4 von 5 Tagen anwesend" --due 2027-03-31']);

  const review = plan
    .command('review <id> <goal>')
    .description(words.review.description)
    .addOption(
      codeOption('--status <status>', words.review.optStatus, STATUSES, goalStatusOfWord).makeOptionMandatory(),
    )
    .option('--comment <text>', words.review.optComment)
    .option('--date <date>', words.review.optDate)
    .addOption(dryRunOption())
    .action(
      async (
        id: string,
        goal: string,
        opts: { status: string; comment?: string; date?: string; dryRun?: boolean },
        c: Command,
      ) => (await load()).runPlanReview(contextOf(c), id, goal, opts),
    );
  examples(review, [
    'insat plan review p012 g003 --status partly --comment "meist pünktlich, zwei Verspätungen im November"',
  ]);

  registerPlanEdits(plan);

  const list = plan
    .command('list <id>')
    .description(words.list.description)
    .addOption(formatOption())
    .action(async (id: string, opts: { format?: string }, c: Command) =>
      (await load()).runPlanList(contextOf(c), id, opts),
    );
  examples(list, ['insat plan list p012', 'insat plan list p012 --json']);
}
