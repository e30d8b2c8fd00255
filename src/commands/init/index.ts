import type { Command } from 'commander';
import { contextOf } from '../../cli/context.js';
import { examples } from '../../cli/help.js';
import { m } from '../../i18n/active.js';

export function registerInit(program: Command): void {
  const words = m().init;
  const cmd = program
    .command('init')
    .description(words.description)
    .option('--demo', words.optDemo)
    .option('--force', words.optForce)
    .option('--dry-run', words.optDryRun)
    .action(async (opts: { demo?: boolean; force?: boolean; dryRun?: boolean }, c: Command) => {
      const { runInit } = await import('./run.js');
      await runInit(contextOf(c), opts);
    });
  examples(cmd, ['insat init', 'insat init --demo --data ./demo-data', `insat init --force   # ${words.exampleForce}`]);
}
