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

export interface CertificationEditOptions {
  kind?: string;
  due?: string;
  every?: string;
  note?: string;
  lastDone?: string;
  /** Comma-separated fields to empty (an empty option value is refused everywhere). */
  clear?: string;
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

  const edit = cert
    .command('edit <id>')
    .description(words.edit.description)
    .option('--kind <kind>', words.optKind)
    .option('--due <date>', words.edit.optDue)
    .option('--every <interval>', words.edit.optEvery)
    .option('--note <text>', words.optNote)
    .option('--last-done <date>', words.edit.optLastDone)
    .option('--clear <fields>', words.edit.optClear)
    .addOption(dryRunOption())
    .action(async (id: string, opts: CertificationEditOptions, c: Command) =>
      (await load()).runCertificationEdit(contextOf(c), id, opts),
    );
  examples(edit, [
    'insat certification edit z001 --due 2028-05-31',
    'insat certification edit z002 --every 1y --note "DEKRA"',
    'insat certification edit z002 --last-done 2027-03-12',
    `insat certification edit z002 --clear last-done   # ${words.edit.exampleClearLastDone}`,
  ]);

  const del = cert
    .command('delete <id>')
    .description(words.delete.description)
    .addOption(dryRunOption())
    .action(async (id: string, opts: { dryRun?: boolean }, c: Command) =>
      (await load()).runCertificationDelete(contextOf(c), id, opts),
    );
  examples(del, ['insat certification delete z003', 'insat certification delete z003 --dry-run']);
}
