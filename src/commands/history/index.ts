import type { Command } from 'commander';
import { contextOf } from '../../cli/context.js';
import { examples } from '../../cli/help.js';

export function registerHistory(program: Command): void {
  const cmd = program
    .command('history')
    .description('the audit trail of changes, newest first: when, who, what, the command line, whether undone')
    .option('--limit <n>', 'how many changes to show (default 20; 0 = all)')
    .option('--verbose', 'also show every changed record, before → after')
    .action(async (opts: { limit?: string; verbose?: boolean }, c: Command) =>
      (await import('./run.js')).runHistory(contextOf(c), opts),
    );
  examples(cmd, ['insat history', 'insat history --limit 5 --verbose', 'insat history --limit 0 --json > trail.json']);
}
