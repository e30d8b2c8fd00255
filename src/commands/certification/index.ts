import type { Command } from 'commander';
import { contextOf } from '../../cli/context.js';
import { examples } from '../../cli/help.js';
import { dryRunOption, formatOption } from '../../cli/output.js';
import { m } from '../../i18n/active.js';

export interface CertificationAddOptions {
  kind?: string;
  due?: string;
  every?: string;
  note?: string;
  dryRun?: boolean;
}

export function registerCertification(program: Command): void {
  const { certification: words } = m();
  const cert = program.command('certification').description(words.description);
  examples(cert, [
    'insat certification add --kind audit --due 2027-03-15 --every 1y',
    'insat certification list',
    'insat certification done z001 --date 2027-03-10',
  ]);
  const load = () => import('./run.js');

  const add = cert
    .command('add')
    .description(words.add)
    .requiredOption('--kind <kind>', words.optKind)
    .requiredOption('--due <date>', words.optDue)
    .option('--every <interval>', words.optEvery)
    .option('--note <text>', words.optNote)
    .addOption(dryRunOption())
    .action(async (opts: CertificationAddOptions, c: Command) =>
      (await load()).runCertificationAdd(contextOf(c), opts),
    );
  examples(add, [
    'insat certification add --kind concept --due 2028-06-30 --every 3y --note "Zertifizierungsstelle XY"',
    'insat certification add --kind audit --due 2027-03-15 --every 1y',
  ]);

  const list = cert
    .command('list')
    .description(words.list)
    .addOption(formatOption())
    .action(async (opts: { format?: string }, c: Command) => (await load()).runCertificationList(contextOf(c), opts));
  examples(list, ['insat certification list', 'insat certification list --json']);

  const done = cert
    .command('done <id>')
    .description(words.done)
    .option('--date <date>', words.optDoneDate)
    .addOption(dryRunOption())
    .action(async (id: string, opts: { date?: string; dryRun?: boolean }, c: Command) =>
      (await load()).runCertificationDone(contextOf(c), id, opts),
    );
  examples(done, ['insat certification done z002 --date 2027-03-10']);
}
