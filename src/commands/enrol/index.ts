import type { Command } from 'commander';
import { contextOf } from '../../cli/context.js';
import { areaOption } from '../../cli/options.js';
import { examples } from '../../cli/help.js';
import { dryRunOption } from '../../cli/output.js';
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
  instructor?: string;
  integrationOfficer?: string;
  capDecision?: string;
  decided?: string;
  dryRun?: boolean;
}

export function registerEnrol(program: Command): void {
  const words = m().enrol;
  const cmd = program
    .command('enrol [id]')
    .description(words.description)
    .addOption(areaOption(words.optArea))
    .option('--start <date>', words.optStart)
    .option('--until <date>', words.optUntil)
    .option('--hours-per-week <n>', words.optHoursPerWeek)
    .option('--days <days>', m().weekdays.optDays)
    .option('--pattern <list>', m().weekdays.optPattern)
    .option('--jobcenter-ref <ref>', words.optJobcenterRef)
    .option('--integration-officer <name>', words.optIntegrationOfficer)
    .option('--social-worker <id>', m().staff.enrol.optSocialWorker)
    .option('--instructor <id>', m().staff.enrol.optInstructor)
    .option('--cap-decision <text>', words.optCapDecision)
    .option('--decided <date>', words.optDecided)
    .addOption(dryRunOption())
    .action(async (id: string | undefined, opts: EnrolOptions, c: Command) => {
      const { runEnrol } = await import('./run.js');
      await runEnrol(contextOf(c), id, opts);
    });
  examples(cmd, [
    'insat enrol p012 --area holz --start 2026-12-01 --until 2027-11-30 --hours-per-week 20',
    'insat enrol p012 --area kueche --start 01.12.2026 --until 30.11.2027 --hours-per-week 25 --jobcenter-ref 362-AGH-4711 --dry-run',
    'insat enrol p012 --area holz --start 2026-12-01 --until 2027-11-30 --hours-per-week 24 --pattern mo=6,di=6,mi=6,do=6,fr=0',
    'insat enrol p012 --area holz --start 2026-12-01 --until 2027-11-30 --hours-per-week 18 --days mo,di,do',
    `insat enrol        # ${words.exampleAsk}`,
    'insat enrol p012 --area holz --start 2026-12-01 --until 2027-11-30 --hours-per-week 20 --social-worker s007 --instructor s001',
  ]);
}
