import { type Command, Argument } from 'commander';
import { contextOf } from '../../cli/context.js';
import { examples } from '../../cli/help.js';

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
  const cmd = program
    .command('export')
    .description('data for spreadsheets and scripts (csv, csv-de or json on stdout, or into --out FILE)')
    .addArgument(new Argument('<what>', 'what to export').choices(EXPORTS))
    .option('--format <f>', 'csv, csv-de or json', 'csv')
    .option('--pseudonymize', 'replace names by stable pseudonyms')
    .option('--from <date>', 'first day (hours, occupancy, groups)')
    .option('--to <date>', 'last day (hours, occupancy, groups)')
    .option('--month <YYYY-MM>', 'one month (pay, hours, occupancy, groups)')
    .option('--week <YYYY-Www>', 'one ISO week (occupancy)')
    .option('--participant <id>', 'one participant (hours, pay, groups)')
    .option('--out <file>', 'write to this file (0600) instead of stdout')
    .option('--force', 'replace the --out file if it exists')
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
