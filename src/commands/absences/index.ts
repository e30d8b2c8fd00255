import type { Command } from 'commander';
import { contextOf } from '../../cli/context.js';
import { examples } from '../../cli/help.js';

export interface AbsencesOptions {
  month?: string;
  participant?: string;
  format?: string;
  allowGaps?: boolean;
}

export function registerAbsences(program: Command): void {
  const cmd = program
    .command('absences')
    .description(
      "the monthly absence report for the Jobcenter (§ 61 SGB II): each participant's absence days by category, with flags",
    )
    .option('--month <YYYY-MM>', 'the month')
    .option('--participant <id>', 'one participant')
    .option('--format <f>', 'table, csv, csv-de or json')
    .option('--allow-gaps', 'report a month that still has working days nobody booked (they show as not booked)')
    .action(async (opts: AbsencesOptions, c: Command) => (await import('./run.js')).runAbsences(contextOf(c), opts));
  cmd.addHelpText(
    'after',
    `
Categories: certified sick (sick-certified), sick without a certificate yet (sick), excused, unexcused;
leave (holiday) and closing days (closed) apart. Reason categories only, never a diagnosis.
Flags (facts for the Jobcenter, not refusals): sickness without a certificate beyond the 3rd calendar
day of a spell; more than 14 calendar days of sickness in a row; leave taken beyond what was earned
(leaveDaysPerFullMonth days per full month of participation, a setting).
A working day with a seat that nobody booked is "not booked" (nicht erfasst), never an absence: a
month with such days before today is refused (exit 3) until they are booked — 'insat hours missing
--month M' lists them — or --allow-gaps reports them in the column 'not booked'.`,
  );
  examples(cmd, [
    'insat absences --month 2026-11',
    'insat absences --month 2026-11 --format csv-de > fehlzeiten-2026-11.csv',
    'insat absences --month 2026-11 --json | jq ".participants[] | select(.flags | length > 0)"',
  ]);
}
