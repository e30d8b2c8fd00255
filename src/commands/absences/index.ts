import type { Command } from 'commander';
import { contextOf } from '../../cli/context.js';
import { examples } from '../../cli/help.js';
import { formatOption } from '../../cli/output.js';
import { m } from '../../i18n/active.js';

export interface AbsencesOptions {
  month?: string;
  participant?: string;
  format?: string;
  allowGaps?: boolean;
}

export function registerAbsences(program: Command): void {
  const words = m().absences;
  const cmd = program
    .command('absences')
    .description(words.description)
    .option('--month <YYYY-MM>', words.optMonth)
    .option('--participant <id>', words.optParticipant)
    .addOption(formatOption())
    .option('--allow-gaps', words.optAllowGaps)
    .action(async (opts: AbsencesOptions, c: Command) => (await import('./run.js')).runAbsences(contextOf(c), opts));
  cmd.addHelpText('after', words.helpAfter);
  examples(cmd, [
    'insat absences --month 2026-11',
    'insat absences --month 2026-11 --format csv-de > fehlzeiten-2026-11.csv',
    'insat absences --month 2026-11 --json | jq ".participants[] | select(.flags | length > 0)"',
  ]);
}
