import type { Command } from 'commander';
import { contextOf } from '../../cli/context.js';
import { examples } from '../../cli/help.js';

export interface CertificationAddOptions {
  kind?: string;
  due?: string;
  every?: string;
  note?: string;
  dryRun?: boolean;
}

export function registerCertification(program: Command): void {
  const cert = program
    .command('certification')
    .description('certification dates of the § 45 measure (AZAV): concept renewal and annual audit');
  examples(cert, [
    'insat certification add --kind audit --due 2027-03-15 --every 1y',
    'insat certification list',
    'insat certification done z001 --date 2027-03-10',
  ]);
  const load = () => import('./run.js');

  const add = cert
    .command('add')
    .description('record a date the measure is due for its concept renewal or audit')
    .requiredOption('--kind <kind>', 'concept (renewed with a certification body) or audit (every year)')
    .requiredOption('--due <date>', 'the day it is due')
    .option('--every <interval>', 'recurs: 1y, 3y (also months: 6m); done rolls the date on')
    .option('--note <text>', 'e.g. the certification body')
    .option('--dry-run', 'show what would change, change nothing')
    .action(async (opts: CertificationAddOptions, c: Command) =>
      (await load()).runCertificationAdd(contextOf(c), opts),
    );
  examples(add, [
    'insat certification add --kind concept --due 2028-06-30 --every 3y --note "Zertifizierungsstelle XY"',
    'insat certification add --kind audit --due 2027-03-15 --every 1y',
  ]);

  const list = cert
    .command('list')
    .description('the certification dates, next due first')
    .option('--format <f>', 'table, csv, csv-de or json')
    .action(async (opts: { format?: string }, c: Command) => (await load()).runCertificationList(contextOf(c), opts));
  examples(list, ['insat certification list', 'insat certification list --json']);

  const done = cert
    .command('done <id>')
    .description('record that it happened; a recurring date rolls on to the next')
    .option('--date <date>', 'the day it happened (default: today)')
    .option('--dry-run', 'show what would change, change nothing')
    .action(async (id: string, opts: { date?: string; dryRun?: boolean }, c: Command) =>
      (await load()).runCertificationDone(contextOf(c), id, opts),
    );
  examples(done, ['insat certification done z002 --date 2027-03-10']);
}
