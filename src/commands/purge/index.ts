import type { Command } from 'commander';
import { contextOf } from '../../cli/context.js';
import { examples } from '../../cli/help.js';
import { requireWhen } from '../../cli/required.js';
import { m } from '../../i18n/active.js';
import type { PurgeOptions } from './run.js';

export function registerPurge(program: Command): void {
  const words = m().purge;
  const cmd = program
    .command('purge')
    .description(words.description)
    .requiredOption('--exited-before <date>', words.optExitedBefore)
    .option('--yes', words.optYes)
    .option('--force', words.optForce)
    .option('--reason <text>', words.optReason)
    .option('--dry-run', words.optDryRun)
    .action(async (opts: PurgeOptions, c: Command) => (await import('./run.js')).runPurge(contextOf(c), opts));
  requireWhen(cmd, (o) =>
    o.force && o.reason === undefined
      ? [{ flag: '--reason', with: '--force', alone: (m) => m.purge.forceNeedsReason }]
      : [],
  );
  cmd.addHelpText('after', words.help);
  examples(cmd, [
    'insat purge --exited-before 2022-01-01 --dry-run',
    'insat purge --exited-before 2022-01-01',
    `insat purge --exited-before 2022-01-01 --yes   # ${words.exampleCron}`,
    'insat purge --exited-before 2026-01-01 --yes --force --reason "Widerruf der Einwilligung (Art. 17 DSGVO)"',
  ]);
}
