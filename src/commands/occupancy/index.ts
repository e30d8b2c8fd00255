import type { Command } from 'commander';
import { contextOf } from '../../cli/context.js';
import { examples } from '../../cli/help.js';

export function registerOccupancy(program: Command): void {
  const cmd = program
    .command('occupancy')
    .description('occupancy summary per area and in total, without names (default: the last complete ISO week)')
    .option('--week <YYYY-Www>', 'one ISO week, e.g. 2026-W47')
    .option('--month <YYYY-MM>', 'one calendar month')
    .option('--from <date>', 'first day of the period (with --to)')
    .option('--to <date>', 'last day of the period (with --from)')
    .option('--format <f>', 'text (default, fit for a mail body), table, csv, csv-de or json')
    .action(
      async (opts: { week?: string; month?: string; from?: string; to?: string; format?: string }, c: Command) => {
        const { runOccupancy } = await import('./run.js');
        await runOccupancy(contextOf(c), opts);
      },
    );
  cmd.addHelpText(
    'after',
    `
Occupancy = occupied seat-days ÷ capacity seat-days, both counted on working days only (Monday to
Friday, no NRW public holiday, no closing day). A seat is occupied from the assignment's start to its
end or exit, inclusive; the capacity is the seat plan valid on each day. Attendance = days with hours
worked ÷ working days with a seat. The waiting list is counted as the store stands now.
For cron: never prompts, no colour unless on a terminal, nothing on stderr when all is well.`,
  );
  examples(cmd, [
    'insat occupancy',
    'insat occupancy --week 2026-W53 --format table',
    'insat occupancy --month 2026-11 --format csv-de > belegung-2026-11.csv',
    'insat occupancy --from 2026-01-01 --to 2026-06-30 --json | jq .rate',
    'INSAT_DATA=/srv/insat insat occupancy | mail -s "INSAT Belegung" team@example.org',
  ]);
}
