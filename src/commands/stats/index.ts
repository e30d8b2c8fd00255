import type { Command } from 'commander';
import { contextOf } from '../../cli/context.js';
import { examples } from '../../cli/help.js';

export function registerStats(program: Command): void {
  const cmd = program
    .command('stats')
    .description("a year's programme figures for the annual application (default: last year), without names")
    .option('--year <YYYY>', 'the calendar year (default: the previous year; this year gives the year to date)')
    .option('--format <f>', 'text (default), table, csv, csv-de or json')
    .action(async (opts: { year?: string; format?: string }, c: Command) => {
      const { runStats } = await import('./run.js');
      await runStats(contextOf(c), opts);
    });
  cmd.addHelpText(
    'after',
    `
Figures: approved seats and average occupancy (per month and area), participants, entries, exits by
reason and group (regular end, work or training, further support, other), the integration rate (exits
into job, self-employment or training ÷ all exits, with and without regular-end), average and median
length of stay of those who left, hours worked, attendance, allowance paid (the monthly statements
summed), absence days by code and the absence rate. An assignment that ran to its end without a
recorded exit counts as an exit with reason regular-end.`,
  );
  examples(cmd, [
    'insat stats',
    'insat stats --year 2025 --format table',
    'insat stats --year 2025 --format csv-de > kennzahlen-2025.csv',
    'insat stats --year 2025 --json | jq .integrationRate',
  ]);
}
