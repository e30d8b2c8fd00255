import type { Command } from 'commander';
import { contextOf } from '../../cli/context.js';
import { examples } from '../../cli/help.js';

export function registerSeats(program: Command): void {
  const cmd = program
    .command('seats')
    .description('free and occupied seats per area and in total, seats freeing up soon, the waiting list')
    .option('--date <date>', 'the day to look at (default: today)')
    .option('--format <f>', 'table, csv, csv-de or json')
    .action(async (opts: { date?: string; format?: string }, c: Command) => {
      const { runSeats } = await import('./run.js');
      await runSeats(contextOf(c), opts);
    });
  examples(cmd, ['insat seats', 'insat seats --date 2027-01-04', 'insat seats --json | jq .free']);
}
