import type { Command } from 'commander';
import { contextOf } from '../../cli/context.js';
import { examples } from '../../cli/help.js';

export function registerBackup(program: Command): void {
  const backup = program
    .command('backup')
    .description('automatic backups: one before the first change of each day (14 kept) and one before every restore');
  examples(backup, ['insat backup list', 'insat backup restore 2026-11-24']);
  const load = () => import('./run.js');

  const list = backup
    .command('list')
    .description('the backups, oldest first, with their size and number of people')
    .option('--format <f>', 'table, csv, csv-de or json')
    .action(async (opts: { format?: string }, c: Command) => (await load()).runBackupList(contextOf(c), opts));
  examples(list, ['insat backup list', 'insat backup list --json']);

  const restore = backup
    .command('restore <name>')
    .description(
      "replace the store by a backup; the current store is backed up first, and 'insat undo' reverts the restore",
    )
    .option('--dry-run', 'show what would change, change nothing')
    .action(async (name: string, opts: { dryRun?: boolean }, c: Command) =>
      (await load()).runBackupRestore(contextOf(c), name, opts),
    );
  examples(restore, [
    'insat backup restore 2026-11-24 --dry-run',
    'insat backup restore 2026-11-24',
    'insat undo    # changed your mind: back to the store before the restore',
  ]);
}
