import type { Command } from 'commander';
import { contextOf } from '../../cli/context.js';
import { examples } from '../../cli/help.js';
import { m } from '../../i18n/active.js';

export function registerHistory(program: Command): void {
  const words = m().history;
  const cmd = program
    .command('history')
    .description(words.description)
    .option('--limit <n>', words.optLimit)
    .option('--verbose', words.optVerbose)
    .action(async (opts: { limit?: string; verbose?: boolean }, c: Command) =>
      (await import('./run.js')).runHistory(contextOf(c), opts),
    );
  examples(cmd, ['insat history', 'insat history --limit 5 --verbose', 'insat history --limit 0 --json > trail.json']);
}
