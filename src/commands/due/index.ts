import type { Command } from 'commander';
import { contextOf } from '../../cli/context.js';
import { examples } from '../../cli/help.js';

export interface DueOptions {
  within?: string;
  date?: string;
  format?: string;
}

export function registerDue(program: Command): void {
  const due = program
    .command('due')
    .description(
      'what is due soon, soonest first, overdue first: assignment ends, progress reports, AGH limits, the absence report, leave, the application, certification dates, certificates, applicants (exit 0, never prompts: for cron)',
    )
    .option('--within <span>', 'how far ahead: 4w (default), 8w, 30d')
    .option('--date <date>', 'list as of this day instead of today')
    .option('--format <f>', 'table, csv, csv-de or json')
    .action(async (opts: DueOptions, c: Command) => (await import('./run.js')).runDue(contextOf(c), opts));
  examples(due, [
    'insat due',
    'insat due --within 8w',
    'insat due --format csv-de > faellig.csv',
    'insat due --json | jq ".items[] | select(.overdue)"',
  ]);
}
