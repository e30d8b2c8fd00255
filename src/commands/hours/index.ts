import type { Command } from 'commander';
import { contextOf } from '../../cli/context.js';
import { examples } from '../../cli/help.js';
import { dryRunOption, formatOption } from '../../cli/output.js';
import { m } from '../../i18n/active.js';
import { ABSENCE_CODES } from '../../model/types.js';
import type { MissingOptions } from './missing.js';

export interface BookOptions {
  date?: string;
  from?: string;
  to?: string;
  hours?: string;
  absent?: string;
  replace?: boolean;
  force?: boolean;
  area?: string;
  asPlanned?: boolean;
  except?: string[];
  dryRun?: boolean;
}

export interface ImportOptions {
  dryRun?: boolean;
  replace?: boolean;
  force?: boolean;
}

export interface ListOptions {
  participant?: string;
  from?: string;
  to?: string;
  month?: string;
  area?: string;
  format?: string;
}

const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

export function registerHours(program: Command): void {
  const words = m().hours;
  const hours = program.command('hours').description(words.description);
  examples(hours, [
    'insat hours book p012 --date 2026-11-24 --hours 6,5',
    'insat hours book --area kueche --date 2026-11-24 --as-planned',
  ]);

  const w = words.book;
  const book = hours
    .command('book [id]')
    .description(w.description)
    .option('--date <date>', w.optDate)
    .option('--from <date>', m().weekdays.optFrom)
    .option('--to <date>', m().weekdays.optTo)
    .option('--hours <h>', w.optHours)
    .option('--absent <code>', w.optAbsent(ABSENCE_CODES.join(', ')))
    .option('--replace', w.optReplace)
    .option('--force', w.optForce)
    .option('--area <area>', w.optArea)
    .option('--as-planned', w.optAsPlanned)
    .option('--except <list>', w.optExcept, collect)
    .addOption(dryRunOption())
    .action(async (id: string | undefined, opts: BookOptions, c: Command) =>
      (await import('./book.js')).runBook(contextOf(c), id, opts),
    );
  book.addHelpText('after', w.helpAfter);
  examples(book, [
    'insat hours book p012 --date 2026-11-24 --hours 6:30',
    'insat hours book p012 --date 24.11.2026 --absent sick-certified --replace',
    'insat hours book --area holz --date 2026-11-24 --as-planned --except p003=4,p007=sick,p009=6:30',
    `insat hours book p012 --date 2026-11-28 --hours 4 --force        ${w.exampleSaturday}`,
    'insat hours book p012 --from 2027-01-04 --to 2027-01-15 --absent urlaub',
    'insat hours book --area holz --date 2026-12-23 --absent closed',
  ]);

  const wi = words.import;
  const importCmd = hours
    .command('import <file>')
    .description(wi.description)
    .option('--replace', wi.optReplace)
    .option('--force', wi.optForce)
    .addOption(dryRunOption())
    .action(async (file: string, opts: ImportOptions, c: Command) =>
      (await import('./import.js')).runImport(contextOf(c), file, opts),
    );
  importCmd.addHelpText('after', wi.helpAfter);
  examples(importCmd, [
    'insat hours import stunden-holz-2026-11.csv --dry-run',
    'insat hours import stunden-holz-2026-11.csv',
  ]);

  const wl = words.list;
  const list = hours
    .command('list')
    .description(wl.description)
    .option('--participant <id>', wl.optParticipant)
    .option('--from <date>', wl.optFrom)
    .option('--to <date>', wl.optTo)
    .option('--month <YYYY-MM>', wl.optMonth)
    .option('--area <area>', wl.optArea)
    .addOption(formatOption())
    .action(async (opts: ListOptions, c: Command) => (await import('./list.js')).runList(contextOf(c), opts));
  examples(list, [
    'insat hours list --participant p012',
    'insat hours list --month 2026-11 --area holz --format csv-de > stunden.csv',
  ]);

  const wm = words.missing;
  const period = words.period;
  const missing = hours
    .command('missing')
    .description(wm.description)
    .option('--date <date>', period.optDate)
    .option('--week <YYYY-Www>', period.optWeek)
    .option('--month <YYYY-MM>', period.optMonth)
    .option('--from <date>', period.optFrom)
    .option('--to <date>', period.optTo)
    .option('--area <area>', wm.optArea)
    .option('--participant <id>', wm.optParticipant)
    .addOption(formatOption())
    .action(async (opts: MissingOptions, c: Command) => (await import('./missing.js')).runMissing(contextOf(c), opts));
  missing.addHelpText('after', wm.helpAfter);
  examples(missing, [
    'insat hours missing',
    'insat hours missing --month 2026-11 --area holz',
    'insat hours missing --week 2026-W48 --format csv-de > offen.csv',
  ]);

  const wd = words.delete;
  const del = hours
    .command('delete <id>')
    .description(wd.description)
    .requiredOption('--date <date>', wd.optDate)
    .addOption(dryRunOption())
    .action(async (id: string, opts: { date: string; dryRun?: boolean }, c: Command) =>
      (await import('./delete.js')).runDelete(contextOf(c), id, opts),
    );
  examples(del, ['insat hours delete p012 --date 2026-11-24']);
}
