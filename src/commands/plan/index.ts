import { type Command, Option } from 'commander';
import { contextOf } from '../../cli/context.js';
import { examples } from '../../cli/help.js';
import { registerPlanEdits } from './edit-options.js';

const STATUSES = ['achieved', 'partly', 'open', 'dropped'];

export function registerPlan(program: Command): void {
  const plan = program
    .command('plan')
    .description('integration planning: the goals of the Kooperationsplan, their due dates and reviews');
  examples(plan, ['insat plan add p012 --goal "Pünktlich um 8 Uhr beginnen" --due 2027-02-28', 'insat plan list p012']);
  const load = () => import('./run.js');

  const add = plan
    .command('add <id>')
    .description('record a goal agreed with the participant and the Jobcenter')
    .requiredOption('--goal <text>', 'the goal, as agreed')
    .option('--due <date>', 'when it should be reached')
    .option('--date <date>', 'the day it was agreed (default: today)')
    .option('--dry-run', 'show what would change, change nothing')
    .action(async (id: string, opts: { goal: string; due?: string; date?: string; dryRun?: boolean }, c: Command) =>
      (await load()).runPlanAdd(contextOf(c), id, opts),
    );
  examples(add, ['insat plan add p012 --goal "Tagesstruktur festigen: an 4 von 5 Tagen anwesend" --due 2027-03-31']);

  const review = plan
    .command('review <id> <goal>')
    .description('record a review of a goal and its new status')
    .addOption(new Option('--status <status>', 'the status after the review').choices(STATUSES).makeOptionMandatory())
    .option('--comment <text>', 'what was found')
    .option('--date <date>', 'the day of the review (default: today)')
    .option('--dry-run', 'show what would change, change nothing')
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
    .description("a participant's goals with status, due date and last review")
    .option('--format <f>', 'table, csv, csv-de or json')
    .action(async (id: string, opts: { format?: string }, c: Command) =>
      (await load()).runPlanList(contextOf(c), id, opts),
    );
  examples(list, ['insat plan list p012', 'insat plan list p012 --json']);
}
