import { type Command, Option } from 'commander';
import { contextOf } from '../../cli/context.js';
import { examples } from '../../cli/help.js';
import { m } from '../../i18n/active.js';

export interface ProgressOptions {
  from?: string;
  to?: string;
  type?: string;
  out?: string;
  force?: boolean;
}
export interface ApplicationOptions {
  year?: string;
  out?: string;
  force?: boolean;
}
export interface AttendanceOptions {
  month?: string;
  participant?: string;
  out?: string;
  force?: boolean;
}
export interface AbsencesReportOptions {
  month?: string;
  allowGaps?: boolean;
  out?: string;
  force?: boolean;
}
export interface VacancyReportOptions {
  date?: string;
  out?: string;
  force?: boolean;
}
export interface GroupsReportOptions {
  month?: string;
  out?: string;
  force?: boolean;
}

export function registerReport(program: Command): void {
  const words = m().report;
  const force = () => new Option('--force', words.optForce);
  const report = program.command('report').description(words.description);
  examples(report, [
    'insat report progress p012 --out berichte/',
    'insat report application --year 2027',
    'insat report attendance --month 2026-11',
    'insat report absences --month 2026-11',
    'insat report vacancy',
  ]);

  const progress = report
    .command('progress [id]')
    .description(words.progress.description)
    .option('--from <date>', words.progress.optFrom)
    .option('--to <date>', words.progress.optTo)
    .addOption(new Option('--type <type>', words.progress.optType).choices(['start', 'interim', 'final', 'request']))
    .option('--out <file|dir>', words.outFile('Verlaufsbericht_<id>_<yyyy-mm-dd>.pdf'))
    .addOption(force())
    .action(async (id: string | undefined, opts: ProgressOptions, c: Command) =>
      (await import('./progress.js')).runProgress(contextOf(c), id, opts),
    );
  examples(progress, [
    'insat report progress p012',
    'insat report progress p012 --from 2026-06-01 --to 2026-11-30 --out bericht-p012.pdf',
    `insat report progress --out berichte/        # ${words.progress.exampleAll}`,
  ]);

  const application = report
    .command('application')
    .description(words.application.description)
    .option('--year <YYYY>', words.application.optYear)
    .option('--out <file|dir>', words.outFile('Antrag_AGH_<year>.pdf'))
    .addOption(force())
    .action(async (opts: ApplicationOptions, c: Command) =>
      (await import('./application.js')).runApplication(contextOf(c), opts),
    );
  examples(application, [
    'insat report application --year 2027',
    'insat report application --year 2027 --out antraege/',
  ]);

  const attendance = report
    .command('attendance')
    .description(words.attendance.description)
    .option('--month <YYYY-MM>', words.optMonth)
    .option('--participant <id>', words.attendance.optParticipant)
    .option('--out <file|dir>', words.outFile('Anwesenheitsliste_<yyyy-mm>.pdf'))
    .addOption(force())
    .action(async (opts: AttendanceOptions, c: Command) =>
      (await import('./attendance.js')).runAttendance(contextOf(c), opts),
    );
  examples(attendance, [
    'insat report attendance --month 2026-11',
    'insat report attendance --month 2026-12 --participant p012 --out listen/',
  ]);

  const groups = report
    .command('groups')
    .description(words.groups.description)
    .option('--month <YYYY-MM>', words.optMonth)
    .option('--out <file|dir>', words.outFile('Gruppenangebote_<yyyy-mm>.pdf'))
    .addOption(force())
    .action(async (opts: GroupsReportOptions, c: Command) =>
      (await import('./groups.js')).runGroupsReport(contextOf(c), opts),
    );
  examples(groups, ['insat report groups --month 2026-11', 'insat report groups --month 2026-11 --out listen/']);

  const { letters } = m();
  const absences = report
    .command('absences')
    .description(letters.absences.description)
    .requiredOption('--month <YYYY-MM>', letters.absences.optMonth)
    .option('--allow-gaps', letters.absences.optAllowGaps)
    .option('--out <file|dir>', letters.absences.optOut)
    .addOption(force())
    .action(async (opts: AbsencesReportOptions, c: Command) =>
      (await import('./absences.js')).runAbsencesReport(contextOf(c), opts),
    );
  absences.addHelpText('after', letters.absences.help);
  examples(absences, [
    'insat report absences --month 2026-11',
    'insat report absences --month 2026-11 --out meldungen/ --force',
  ]);

  const vacancy = report
    .command('vacancy')
    .description(letters.vacancy.description)
    .option('--date <date>', letters.vacancy.optDate)
    .option('--out <file|dir>', letters.vacancy.optOut)
    .addOption(force())
    .action(async (opts: VacancyReportOptions, c: Command) =>
      (await import('./vacancy.js')).runVacancyReport(contextOf(c), opts),
    );
  examples(vacancy, ['insat report vacancy', 'insat report vacancy --date 2026-12-01 --out meldungen/']);
}
