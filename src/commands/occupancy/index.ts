import type { Command } from 'commander';
import { contextOf } from '../../cli/context.js';
import { examples } from '../../cli/help.js';
import { formatOption } from '../../cli/output.js';
import { m } from '../../i18n/active.js';
import { OCCUPANCY_FORMATS } from './formats.js';

export function registerOccupancy(program: Command): void {
  const { occupancy: words, hours } = m();
  const cmd = program
    .command('occupancy')
    .description(words.description)
    .option('--week <YYYY-Www>', hours.period.optWeek)
    .option('--month <YYYY-MM>', hours.period.optMonth)
    .option('--from <date>', hours.period.optFrom)
    .option('--to <date>', hours.period.optTo)
    .addOption(formatOption(OCCUPANCY_FORMATS))
    .action(
      async (opts: { week?: string; month?: string; from?: string; to?: string; format?: string }, c: Command) => {
        const { runOccupancy } = await import('./run.js');
        await runOccupancy(contextOf(c), opts);
      },
    );
  cmd.addHelpText('after', words.helpAfter);
  examples(cmd, [
    'insat occupancy',
    'insat occupancy --week 2026-W53 --format table',
    'insat occupancy --month 2026-11 --format csv-de > belegung-2026-11.csv',
    'insat occupancy --from 2026-01-01 --to 2026-06-30 --json | jq .rate',
    `INSAT_DATA=/srv/insat insat occupancy | mail -s "${words.exampleMailSubject}" team@example.org`,
  ]);
}
