import type { Command } from 'commander';
import { contextOf } from '../../cli/context.js';
import { examples } from '../../cli/help.js';
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
  const hours = program
    .command('hours')
    .description('book worked hours and absences: one person, a whole work area, or a timesheet');
  examples(hours, [
    'insat hours book p012 --date 2026-11-24 --hours 6,5',
    'insat hours book --area kueche --date 2026-11-24 --as-planned',
  ]);

  const book = hours
    .command('book [id]')
    .description(
      'book one participant for one day (--hours or --absent), or a whole work area with --area … --as-planned',
    )
    .option('--date <date>', 'the day (YYYY-MM-DD or dd.MM.yyyy)')
    .option('--from <date>', m().weekdays.optFrom)
    .option('--to <date>', m().weekdays.optTo)
    .option('--hours <h>', 'worked hours: 6.5, 6,5 or 6:30 (quarter-hour steps)')
    .option(
      '--absent <code>',
      `an absence instead of hours: ${ABSENCE_CODES.join(', ')}; with --area only closed (the area's closing day)`,
    )
    .option('--replace', 'correct an existing booking of that day')
    .option('--force', 'allow worked hours on a weekend, public holiday or closing day')
    .option('--area <area>', 'book everybody with a seat in this work area that day (with --as-planned)')
    .option('--as-planned', "each person's planned hours of that weekday (the weekday distribution of the assignment)")
    .option('--except <list>', 'exceptions to the plan: ID=H or ID=CODE, comma-separated (repeatable)', collect)
    .option('--dry-run', 'show what would be booked, change nothing')
    .action(async (id: string | undefined, opts: BookOptions, c: Command) =>
      (await import('./book.js')).runBook(contextOf(c), id, opts),
    );
  book.addHelpText(
    'after',
    `
Absence codes: sick (no certificate yet), sick-certified, excused, holiday (leave), unexcused, closed (closing day).
Rules: only inside the assignment and never in the future; at most the daily maximum; the week's worked
hours never above the person's weekly hours; worked hours on weekends, NRW public holidays and closing
days only with --force; a second booking for a day only with --replace. A roster booking is one step
('insat undo' reverts it whole) and leaves people already booked that day as they are; people whose
weekday distribution plans no hours that day are left out. A range (--from/--to) books the person's
working days only (no weekends, public holidays, closing days or days without planned hours), in one
step, and is refused whole when one day breaks a rule, naming the day.`,
  );
  examples(book, [
    'insat hours book p012 --date 2026-11-24 --hours 6:30',
    'insat hours book p012 --date 24.11.2026 --absent sick-certified --replace',
    'insat hours book --area holz --date 2026-11-24 --as-planned --except p003=4,p007=sick,p009=6:30',
    'insat hours book p012 --date 2026-11-28 --hours 4 --force        # a Saturday',
    'insat hours book p012 --from 2027-01-04 --to 2027-01-15 --absent urlaub',
    'insat hours book --area holz --date 2026-12-23 --absent closed',
  ]);

  const importCmd = hours
    .command('import <file>')
    .description('book a timesheet (CSV: participant,date,hours or participant,date,code); all rows or none')
    .option('--replace', 'rows for days already booked replace those bookings')
    .option('--force', 'allow worked hours on weekends, public holidays and closing days')
    .option('--dry-run', 'check every row and show what would be booked, change nothing')
    .action(async (file: string, opts: ImportOptions, c: Command) =>
      (await import('./import.js')).runImport(contextOf(c), file, opts),
    );
  importCmd.addHelpText(
    'after',
    `
The file: one row per person and day, a header row first. Columns participant,date,hours or
participant,date,code (or participant,date,hours,code with one of the two filled); German headers
Teilnehmer;Datum;Stunden;Code work too. Comma or semicolon separated (German Excel), with or without
BOM; dates YYYY-MM-DD or dd.MM.yyyy; hours 6.5, 6,5 or 6:30. Every row is checked first: if one is
bad, nothing is booked and every bad row is listed as 'line N: reason' (exit 2 when a row is
malformed, 3 when a programme rule refuses it).`,
  );
  examples(importCmd, [
    'insat hours import stunden-holz-2026-11.csv --dry-run',
    'insat hours import stunden-holz-2026-11.csv',
  ]);

  const list = hours
    .command('list')
    .description("bookings of a period (default: this month; with --participant, the person's whole assignment)")
    .option('--participant <id>', 'one participant')
    .option('--from <date>', 'first day')
    .option('--to <date>', 'last day (default: today)')
    .option('--month <YYYY-MM>', 'one month')
    .option('--area <area>', 'one work area')
    .option('--format <f>', 'table, csv, csv-de or json')
    .action(async (opts: ListOptions, c: Command) => (await import('./list.js')).runList(contextOf(c), opts));
  examples(list, [
    'insat hours list --participant p012',
    'insat hours list --month 2026-11 --area holz --format csv-de > stunden.csv',
  ]);

  const missing = hours
    .command('missing')
    .description(
      'assigned working days in the past that nobody booked, per person, newest first (default: the last 10 working days)',
    )
    .option('--date <date>', 'one day')
    .option('--week <YYYY-Www>', 'one ISO week')
    .option('--month <YYYY-MM>', 'one month')
    .option('--from <date>', 'first day (with --to)')
    .option('--to <date>', 'last day (with --from)')
    .option('--area <area>', 'one work area')
    .option('--participant <id>', 'one participant')
    .option('--format <f>', 'table, csv, csv-de or json')
    .action(async (opts: MissingOptions, c: Command) => (await import('./missing.js')).runMissing(contextOf(c), opts));
  missing.addHelpText(
    'after',
    `
A day counts when the person had a seat, it was a working day (Monday to Friday, not a public
holiday or closing day) and it lies before today. Such a day is "not booked" (nicht erfasst) —
neither worked nor absent — until worked hours or an absence code are booked for it. Exit 0, also
when nothing is missing.`,
  );
  examples(missing, [
    'insat hours missing',
    'insat hours missing --month 2026-11 --area holz',
    'insat hours missing --week 2026-W48 --format csv-de > offen.csv',
  ]);

  const del = hours
    .command('delete <id>')
    .description("delete one participant's booking of one day")
    .requiredOption('--date <date>', 'the day')
    .option('--dry-run', 'show what would be deleted, change nothing')
    .action(async (id: string, opts: { date: string; dryRun?: boolean }, c: Command) =>
      (await import('./delete.js')).runDelete(contextOf(c), id, opts),
    );
  examples(del, ['insat hours delete p012 --date 2026-11-24']);
}
