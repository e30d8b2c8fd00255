import type { Command } from 'commander';
import { contextOf } from '../../cli/context.js';
import { examples } from '../../cli/help.js';
import { m } from '../../i18n/active.js';

export function registerUndo(program: Command): void {
  const cmd = program
    .command('undo')
    .description(m().undo.description)
    .option('--dry-run', m().undo.optDryRun)
    .action(async (opts: { dryRun?: boolean }, c: Command) => (await import('./run.js')).runUndo(contextOf(c), opts));
  examples(cmd, ['insat history --limit 3', 'insat undo --dry-run', 'insat undo']);
}
