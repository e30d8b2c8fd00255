import type { Command } from 'commander';
import { contextOf } from '../../cli/context.js';
import { examples } from '../../cli/help.js';
import { formatOption } from '../../cli/output.js';
import { m } from '../../i18n/active.js';

export function registerStats(program: Command): void {
  const words = m().stats;
  const cmd = program
    .command('stats')
    .description(words.description)
    .option('--year <YYYY>', words.optYear)
    .addOption(formatOption(['text', 'table', 'csv', 'csv-de', 'json']))
    .action(async (opts: { year?: string; format?: string }, c: Command) => {
      const { runStats } = await import('./run.js');
      await runStats(contextOf(c), opts);
    });
  cmd.addHelpText('after', words.helpAfter);
  examples(cmd, [
    'insat stats',
    'insat stats --year 2025 --format table',
    'insat stats --year 2025 --format csv-de > kennzahlen-2025.csv',
    'insat stats --year 2025 --json | jq .integrationRate',
  ]);
}
