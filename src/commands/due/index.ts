import type { Command } from 'commander';
import { contextOf } from '../../cli/context.js';
import { examples } from '../../cli/help.js';
import { formatOption } from '../../cli/output.js';
import { m } from '../../i18n/active.js';

export interface DueOptions {
  within?: string;
  date?: string;
  format?: string;
}

export function registerDue(program: Command): void {
  const { due: words } = m();
  const due = program
    .command('due')
    .description(words.description)
    .option('--within <span>', words.optWithin)
    .option('--date <date>', words.optDate)
    .addOption(formatOption())
    .action(async (opts: DueOptions, c: Command) => (await import('./run.js')).runDue(contextOf(c), opts));
  examples(due, [
    'insat due',
    'insat due --within 8w',
    'insat due --format csv-de > faellig.csv',
    'insat due --json | jq ".items[] | select(.overdue)"',
  ]);
}
