import type { Command } from 'commander';
import { contextOf } from '../../cli/context.js';
import { examples } from '../../cli/help.js';

export function registerConfig(program: Command): void {
  const config = program
    .command('config')
    .description('programme settings: seats, hours, allowance rate, provider and Jobcenter details');
  examples(config, [
    'insat config show',
    'insat config set seats.holz 12 --from 2027-01-01',
    'insat config rate set 2,00 --from 2020-03-01',
  ]);

  const show = config
    .command('show')
    .description('print all settings')
    .action(async (_o: object, c: Command) => {
      const { runConfigShow } = await import('./run.js');
      await runConfigShow(contextOf(c));
    });
  examples(show, ['insat config show', 'insat config show --json']);

  const set = config
    .command('set <key> <value>')
    .description('change one setting (see the keys below)')
    .option('--from <date>', 'for seats.*: the day the new seat plan starts (default: today)')
    .option('--force', 'allow a seat plan or closing days before today (figures already reported change)')
    .option('--dry-run', 'show what would change, change nothing')
    .action(
      async (key: string, value: string, opts: { from?: string; force?: boolean; dryRun?: boolean }, c: Command) => {
        const { runConfigSet } = await import('./run.js');
        await runConfigSet(contextOf(c), key, value, opts);
      },
    );
  set.addHelpText(
    'after',
    `
Keys:
  seats.total, seats.holz, seats.kueche, seats.gestaltung   seats from --from on (dated: history is kept)
  weeklyHours.min, weeklyHours.max                          whole hours per week
  dailyMax                                                  hours per day, e.g. 8 or 7,5
  leaveDaysPerFullMonth                                     leave earned per full month of participation
  closingDays                                               comma-separated dates, e.g. 2026-12-24,2026-12-31
  provider.<field>, jobcenter.<field>                       name, street, city, phone, email, contactPerson
                                                            (provider also measureName, measureNumber)
  staff.instructors.<area>, staff.socialWorkers             comma-separated names
  flatRate.<name>                                           euros per seat and month for the cost plan
                                                            (e.g. flatRate.personnel 450,00); 0 removes it; names:
                                                            personnel, material, rent, insurance, office, income
                                                            (German: personal, miete, verwaltung, erloese)
  customerTypes                                             comma-separated kinds of customer (added to the built-in ones)
  workKinds.<area>                                          comma-separated kinds of work the area lists
  aghCap.warnWeeksAhead                                     weeks before 24 / 36 months of AGH to warn (default 8)
  bookingGraceDays                                          working days a day may stay unbooked before check warns (default 5)
  language                                                  what people read: de or en (a new store: de)
  absenceReportLayout                                       report absences: per-officer (a page each, default) or list
  retention.notesYearsAfterExit                             purge: years after the exit (default 3)
  retention.recordsYearsAfterFundingYear                    purge: years after the funding year (default 6)
  retention.applicantsMonthsAfterDecision                   purge: months after the decision (default 6)
  due.assignmentEndWeeks                                    insat due: final report or extension request, weeks before the end (default 6)
  due.progressReportMonths                                  insat due: months between progress reports from the start (default 6)
  due.absenceReportDay                                      insat due: the absence report by this day of the next month (default 5)
  due.applicationDeadline                                   insat due: the annual application by this day, MM-DD (default 09-30)
  due.applicantDays                                         insat due: days to the information appointment and on to the decision (default 14)`,
  );
  examples(set, [
    'insat config set seats.total 30 --from 2027-01-01',
    'insat config set provider.street "Musterstraße 1"',
    'insat config set closingDays 2026-12-24,2026-12-31',
  ]);

  const rate = config.command('rate').description('the hourly allowance (MAE) rate, valid from a date');
  const rateSet = rate
    .command('set <euros>')
    .description('a new rate from a date on; earlier rates are kept')
    .requiredOption('--from <date>', 'the first day the rate applies')
    .option('--force', 'allow a start before today or before a month with bookings (re-prices them)')
    .option('--dry-run', 'show what would change (each re-priced month), change nothing')
    .action(async (euros: string, opts: { from: string; force?: boolean; dryRun?: boolean }, c: Command) => {
      const { runRateSet } = await import('./run.js');
      await runRateSet(contextOf(c), euros, opts);
    });
  examples(rateSet, [
    'insat config rate set 2.50 --from 2027-01-01',
    'insat config rate set 2,50 --from 2026-04-01 --dry-run   # each re-priced month, old → new total',
    'insat config rate set 2,50 --from 2026-04-01 --force',
  ]);
  const rateDelete = rate
    .command('delete')
    .description('remove a wrong entry of the rate history')
    .requiredOption('--from <date>', 'the first day of the entry to remove')
    .option('--force', 'allow it when the entry starts before today or before a month with bookings (re-prices them)')
    .option('--dry-run', 'show what would change (each re-priced month), change nothing')
    .action(async (opts: { from: string; force?: boolean; dryRun?: boolean }, c: Command) => {
      const { runRateDelete } = await import('./run.js');
      await runRateDelete(contextOf(c), opts);
    });
  examples(rateDelete, [
    'insat config rate delete --from 2027-01-01',
    'insat config rate delete --from 2026-04-01 --dry-run',
  ]);
  const rateList = rate
    .command('list')
    .description('the rate history')
    .option('--format <f>', 'table, csv, csv-de or json')
    .action(async (opts: { format?: string }, c: Command) => {
      const { runRateList } = await import('./run.js');
      await runRateList(contextOf(c), opts);
    });
  examples(rateList, ['insat config rate list', 'insat config rate list --json']);
}
