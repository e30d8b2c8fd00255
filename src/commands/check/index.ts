import type { Command } from 'commander';
import { contextOf } from '../../cli/context.js';
import { examples } from '../../cli/help.js';
import { m } from '../../i18n/active.js';

export function registerCheck(program: Command): void {
  const cmd = program
    .command('check')
    .description(m().check.description)
    .option('--strict', m().check.optStrict)
    .action(async (opts: { strict?: boolean }, c: Command) => (await import('./run.js')).runCheck(contextOf(c), opts));
  examples(cmd, [
    'insat check',
    'insat check --strict',
    'insat check --json | jq ".problems[].rule"',
    'insat check || mail -s "insat check failed" team@example.org',
  ]);
}
