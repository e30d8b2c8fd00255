import type { Command } from 'commander';
import { contextOf } from '../../cli/context.js';
import { examples } from '../../cli/help.js';

export function registerCheck(program: Command): void {
  const cmd = program
    .command('check')
    .description(
      'validate the whole store against every programme rule; exit 3 with the full list of problems (warnings on stderr, exit 0)',
    )
    .option('--strict', 'warnings fail too (exit 3)')
    .action(async (opts: { strict?: boolean }, c: Command) => (await import('./run.js')).runCheck(contextOf(c), opts));
  examples(cmd, [
    'insat check',
    'insat check --strict',
    'insat check --json | jq ".problems[].rule"',
    'insat check || mail -s "insat check failed" team@example.org',
  ]);
}
