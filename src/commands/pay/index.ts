import type { Command } from 'commander';
import { contextOf } from '../../cli/context.js';
import { examples } from '../../cli/help.js';
import { formatOption } from '../../cli/output.js';
import { m } from '../../i18n/active.js';

export interface PayOptions {
  month?: string;
  participant?: string;
  format?: string;
}

export function registerPay(program: Command): void {
  const words = m().pay;
  const cmd = program
    .command('pay')
    .description(words.description)
    .option('--month <YYYY-MM>', words.optMonth)
    .option('--participant <id>', words.optParticipant)
    .addOption(formatOption())
    .action(async (opts: PayOptions, c: Command) => (await import('./run.js')).runPay(contextOf(c), opts));
  cmd.addHelpText('after', words.helpAfter);
  examples(cmd, [
    'insat pay --month 2026-11',
    'insat pay --month 2026-11 --participant p012',
    'insat pay --month 2026-11 --format csv-de > mae-2026-11.csv',
    'insat pay --month 2026-11 --json | jq .totalCents',
  ]);
}
