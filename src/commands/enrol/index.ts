import type { Command } from 'commander';
import { contextOf } from '../../cli/context.js';
import { areaOption } from '../../cli/options.js';
import { examples } from '../../cli/help.js';
import { m } from '../../i18n/active.js';

export interface EnrolOptions {
  area?: string;
  start?: string;
  until?: string;
  hoursPerWeek?: string;
  days?: string;
  pattern?: string;
  jobcenterRef?: string;
  socialWorker?: string;
  integrationOfficer?: string;
  capDecision?: string;
  decided?: string;
  dryRun?: boolean;
}

export function registerEnrol(program: Command): void {
  const cmd = program
    .command('enrol [id]')
    .description(
      "assign a suitable applicant to a seat (the Jobcenter's Zuweisung); asks for missing values on a terminal",
    )
    .addOption(areaOption('work area'))
    .option('--start <date>', 'first day of the assignment (the seat is taken from then)')
    .option('--until <date>', 'last day of the assignment')
    .option('--hours-per-week <n>', 'weekly hours (within the configured bounds)')
    .option('--days <days>', m().weekdays.optDays)
    .option('--pattern <list>', m().weekdays.optPattern)
    .option('--jobcenter-ref <ref>', "the Jobcenter's reference of the assignment")
    .option('--integration-officer <name>', "the Jobcenter's integration officer")
    .option('--social-worker <name>', 'the social worker in charge')
    .option(
      '--cap-decision <text>',
      "the Jobcenter's decision to go beyond 24 months of AGH (up to 36); only when the assignment crosses 24 months",
    )
    .option('--decided <date>', 'the day of that decision (default: today)')
    .option('--dry-run', 'show what would change, change nothing')
    .action(async (id: string | undefined, opts: EnrolOptions, c: Command) => {
      const { runEnrol } = await import('./run.js');
      await runEnrol(contextOf(c), id, opts);
    });
  examples(cmd, [
    'insat enrol p012 --area holz --start 2026-12-01 --until 2027-11-30 --hours-per-week 20',
    'insat enrol p012 --area kueche --start 01.12.2026 --until 30.11.2027 --hours-per-week 25 --jobcenter-ref 362-AGH-4711 --dry-run',
    'insat enrol p012 --area holz --start 2026-12-01 --until 2027-11-30 --hours-per-week 24 --pattern mo=6,di=6,mi=6,do=6,fr=0',
    'insat enrol p012 --area holz --start 2026-12-01 --until 2027-11-30 --hours-per-week 18 --days mo,di,do',
    'insat enrol        # on a terminal: pick the applicant and the area from lists',
  ]);
}
