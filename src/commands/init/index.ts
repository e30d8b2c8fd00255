import type { Command } from 'commander';
import { contextOf } from '../../cli/context.js';
import { examples } from '../../cli/help.js';

export function registerInit(program: Command): void {
  const cmd = program
    .command('init')
    .description('create the store with the programme defaults')
    .option('--demo', 'fill it with the demo programme from seeds/')
    .option('--force', 'replace an existing store (a backup of it is made first)')
    .option('--dry-run', 'show what would be created, change nothing')
    .action(async (opts: { demo?: boolean; force?: boolean; dryRun?: boolean }, c: Command) => {
      const { runInit } = await import('./run.js');
      await runInit(contextOf(c), opts);
    });
  examples(cmd, [
    'insat init',
    'insat init --demo --data ./demo-data',
    'insat init --force   # start over; the old store goes to backups/',
  ]);
}
