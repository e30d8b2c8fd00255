import type { Command } from 'commander';
import { contextOf } from '../../cli/context.js';
import { examples } from '../../cli/help.js';
import { formatOption } from '../../cli/output.js';
import { m } from '../../i18n/active.js';

export function registerSeats(program: Command): void {
  const { seats } = m();
  const cmd = program
    .command('seats')
    .description(seats.description)
    .option('--date <date>', seats.optDate)
    .addOption(formatOption())
    .action(async (opts: { date?: string; format?: string }, c: Command) => {
      const { runSeats } = await import('./run.js');
      await runSeats(contextOf(c), opts);
    });
  examples(cmd, ['insat seats', 'insat seats --date 2027-01-04', 'insat seats --json | jq .free']);
}
