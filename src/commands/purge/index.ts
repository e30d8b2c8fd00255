import type { Command } from 'commander';
import { contextOf } from '../../cli/context.js';
import { examples } from '../../cli/help.js';
import type { PurgeOptions } from './run.js';

export function registerPurge(program: Command): void {
  const cmd = program
    .command('purge')
    .description(
      'delete the personal data of people who left before a day (and of old applicants); anonymous figures stay',
    )
    .requiredOption('--exited-before <date>', 'purge participants whose last assignment ended before this day')
    .option('--yes', 'confirm without a prompt (needed without a terminal: a purge cannot be undone)')
    .option('--force', 'also purge people inside their retention period (needs --reason)')
    .option('--reason <text>', 'why the retention period is overridden (recorded in the history)')
    .option('--dry-run', 'show who would be purged, change nothing')
    .action(async (opts: PurgeOptions, c: Command) => (await import('./run.js')).runPurge(contextOf(c), opts));
  cmd.addHelpText(
    'after',
    `
Who is purged:
  participants whose every assignment ended (end or exit) before the day, and applicants who never
  started whose last step (contact, appointment, decision, withdrawal) lies more than
  retention.applicantsMonthsAfterDecision months before the day. Applicants on the waiting list
  are never purged (the purge is refused until they are withdrawn). People still inside their
  retention period (retention.notesYearsAfterExit years after the last day, default 3;
  retention.applicantsMonthsAfterDecision months after an applicant's last step, default 6) are
  refused unless --force --reason TEXT (the reason goes into the history).
Confirmation:
  on a terminal the command lists who would be purged and asks; without one it needs --yes.
What is erased:
  name (replaced by a stable pseudonym), birth date, phone, e-mail, address, Jobcenter customer
  number and reference, addiction status, free texts of the assignment, goals and case notes —
  in the store, in the history (before/after images and command lines) and in every backup.
What stays:
  ids, assignments (dates, area, weekly hours, exit reason) and bookings, so that seats, occupancy,
  allowance totals and statistics do not change. A purge cannot be undone.`,
  );
  examples(cmd, [
    'insat purge --exited-before 2022-01-01 --dry-run',
    'insat purge --exited-before 2022-01-01',
    'insat purge --exited-before 2022-01-01 --yes   # cron, scripts',
    'insat purge --exited-before 2026-01-01 --yes --force --reason "Widerruf der Einwilligung (Art. 17 DSGVO)"',
  ]);
}
