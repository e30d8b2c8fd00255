import type { Command } from 'commander';
import { contextOf } from '../../cli/context.js';
import { examples } from '../../cli/help.js';
import { dryRunOption, formatOption } from '../../cli/output.js';
import { m } from '../../i18n/active.js';

export function registerBackup(program: Command): void {
  const words = m().backup;
  const backup = program.command('backup').description(words.description);
  examples(backup, ['insat backup list', 'insat backup restore 2026-11-24']);
  const load = () => import('./run.js');

  const list = backup
    .command('list')
    .description(words.list)
    .addOption(formatOption())
    .action(async (opts: { format?: string }, c: Command) => (await load()).runBackupList(contextOf(c), opts));
  examples(list, ['insat backup list', 'insat backup list --json']);

  const restore = backup
    .command('restore <name>')
    .description(words.restore)
    .addOption(dryRunOption())
    .action(async (name: string, opts: { dryRun?: boolean }, c: Command) =>
      (await load()).runBackupRestore(contextOf(c), name, opts),
    );
  examples(restore, [
    'insat backup restore 2026-11-24 --dry-run',
    'insat backup restore 2026-11-24',
    `insat undo    # ${words.exampleUndo}`,
  ]);
}
