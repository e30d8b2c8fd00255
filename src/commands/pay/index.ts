import type { Command } from 'commander';
import { contextOf } from '../../cli/context.js';
import { examples } from '../../cli/help.js';

export interface PayOptions {
  month?: string;
  participant?: string;
  format?: string;
}

export function registerPay(program: Command): void {
  const cmd = program
    .command('pay')
    .description('the monthly allowance (MAE) statement: hours worked × the rate valid on each day, per participant')
    .option('--month <YYYY-MM>', 'the month')
    .option('--participant <id>', 'one participant')
    .option('--format <f>', 'table, csv, csv-de (for the payroll spreadsheet) or json')
    .action(async (opts: PayOptions, c: Command) => (await import('./run.js')).runPay(contextOf(c), opts));
  cmd.addHelpText(
    'after',
    `
The allowance is paid only for hours actually worked: each day's hours × the rate valid that day
('insat config rate list'), summed exactly and rounded half up once per person and month. Absence
days earn nothing and are counted by code. Everybody with a seat on a day of the month is listed.`,
  );
  examples(cmd, [
    'insat pay --month 2026-11',
    'insat pay --month 2026-11 --participant p012',
    'insat pay --month 2026-11 --format csv-de > mae-2026-11.csv',
    'insat pay --month 2026-11 --json | jq .totalCents',
  ]);
}
