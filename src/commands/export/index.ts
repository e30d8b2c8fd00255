import { type Command, Argument } from 'commander';
import { contextOf } from '../../cli/context.js';
import { examples } from '../../cli/help.js';
import { formatOption } from '../../cli/output.js';
import { m } from '../../i18n/active.js';

export const EXPORTS = ['participants', 'hours', 'pay', 'occupancy', 'groups'] as const;

/** Options every export understands; each export reads the ones it needs. */
export interface ExportOptions {
  format?: string;
  pseudonymize?: boolean;
  from?: string;
  to?: string;
  month?: string;
  week?: string;
  year?: string;
  participant?: string;
  out?: string;
  force?: boolean;
}

export function registerExport(program: Command): void {
  const words = m().exporting;
  const cmd = program
    .command('export')
    .description(words.description)
    .addArgument(new Argument('<what>', words.argWhat).choices(EXPORTS))
    .addOption(formatOption(['csv', 'csv-de', 'json']))
    .option('--pseudonymize', words.optPseudonymize)
    .option('--from <date>', words.optFrom)
    .option('--to <date>', words.optTo)
    .option('--month <YYYY-MM>', words.optMonth)
    .option('--week <YYYY-Www>', words.optWeek)
    .option('--participant <id>', words.optParticipant)
    .option('--out <file>', words.optOut)
    .option('--force', words.optForce)
    .action(async (what: (typeof EXPORTS)[number], opts: ExportOptions, c: Command) => {
      const mod = (await import(`./${what}.js`)) as {
        runExport: (ctx: ReturnType<typeof contextOf>, opts: ExportOptions) => Promise<void>;
      };
      await mod.runExport(contextOf(c), opts);
    });
  examples(cmd, [
    'insat export participants --format csv-de > teilnehmende.csv',
    'insat export hours --month 2026-11 --format csv-de > stunden.csv',
    'insat export pay --month 2026-11 --format csv-de > mae-2026-11.csv',
    'insat export occupancy --month 2026-11 --format json',
    'insat export participants --pseudonymize --format csv',
    'insat export hours --month 2026-11 --format csv-de --out stunden-2026-11.csv',
    'insat export groups --month 2026-11 --format csv-de > gruppenangebote.csv',
  ]);
}
