import type { Command } from 'commander';
import { contextOf } from '../../cli/context.js';
import { examples } from '../../cli/help.js';

export function registerPurge(program: Command): void {
  const cmd = program
    .command('purge')
    .description('delete the personal data of people who left before a day (and of old applicants); anonymous figures stay')
    .requiredOption('--exited-before <date>', 'purge participants whose last assignment ended before this day')
    .option('--dry-run', 'show who would be purged, change nothing')
    .action(async (opts: { exitedBefore: string; dryRun?: boolean }, c: Command) => (await import('./run.js')).runPurge(contextOf(c), opts));
  cmd.addHelpText('after', `
Who is purged:
  participants whose every assignment ended (end or exit) before the day, and applicants who never
  started whose last step (contact, appointment, decision, withdrawal) lies more than
  retention.applicantsMonthsAfterDecision months before the day. Applicants on the waiting list
  are never purged (the purge is refused until they are withdrawn).
What is erased:
  name (replaced by a stable pseudonym), birth date, phone, e-mail, address, Jobcenter customer
  number and reference, addiction status, free texts of the assignment, goals and case notes —
  in the store, in the history (before/after images and command lines) and in every backup.
What stays:
  ids, assignments (dates, area, weekly hours, exit reason) and bookings, so that seats, occupancy,
  allowance totals and statistics do not change. A purge cannot be undone.`);
  examples(cmd, ['insat purge --exited-before 2022-01-01 --dry-run', 'insat purge --exited-before 2022-01-01']);
}
