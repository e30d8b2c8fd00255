import type { Command } from 'commander';
import { contextOf } from '../../cli/context.js';
import { examples } from '../../cli/help.js';

export function registerUndo(program: Command): void {
  const cmd = program
    .command('undo')
    .description('revert the last change as a whole (a roster booking, an import or a restore is one step)')
    .option('--dry-run', 'show what would be reverted, change nothing')
    .action(async (opts: { dryRun?: boolean }, c: Command) => (await import('./run.js')).runUndo(contextOf(c), opts));
  examples(cmd, ['insat history --limit 3', 'insat undo --dry-run', 'insat undo']);
}
