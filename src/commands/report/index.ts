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

const FORCE = [
  '--force',
  'replace files that exist (without it, an existing file is refused and nothing is written)',
] as const;

export function registerReport(program: Command): void {
  const report = program
    .command('report')
    .description(
      'PDF documents for the Jobcenter (PDF/A-2b): progress report, annual application, attendance sheets, absence report, free seats',
    );
  examples(report, [
    'insat report progress p012 --out berichte/',
    'insat report application --year 2027',
    'insat report attendance --month 2026-11',
    'insat report absences --month 2026-11',
    'insat report vacancy',
  ]);

  const progress = report
    .command('progress [id]')
    .description(
      'progress report (Verlaufsbericht) of a participant; without an id, of all active participants into the --out directory',
    )
    .option('--from <date>', 'first day of the period (default: start of the assignment)')
    .option('--to <date>', 'last day of the period (default: today, or the last day of the assignment)')
    .addOption(
      new Option(
        '--type <type>',
        'start, interim, final or on request (default: final after the last day, else interim)',
      ).choices(['start', 'interim', 'final', 'request']),
    )
    .option(
      '--out <file|dir>',
      'the PDF file, or a directory for Verlaufsbericht_<id>_<yyyy-mm-dd>.pdf (default: the current directory)',
    )
    .option(...FORCE)
    .action(async (id: string | undefined, opts: ProgressOptions, c: Command) =>
      (await import('./progress.js')).runProgress(contextOf(c), id, opts),
    );
  examples(progress, [
    'insat report progress p012',
    'insat report progress p012 --from 2026-06-01 --to 2026-11-30 --out bericht-p012.pdf',
    'insat report progress --out berichte/        # every active participant, one file each',
  ]);

  const application = report
    .command('application')
    .description(
      "annual application (Antrag) to run the AGH in a year, with the cost plan and the previous year's figures",
    )
    .option('--year <YYYY>', 'the year applied for (default: next year)')
    .option(
      '--out <file|dir>',
      'the PDF file, or a directory for Antrag_AGH_<year>.pdf (default: the current directory)',
    )
    .option(...FORCE)
    .action(async (opts: ApplicationOptions, c: Command) =>
      (await import('./application.js')).runApplication(contextOf(c), opts),
    );
  examples(application, [
    'insat report application --year 2027',
    'insat report application --year 2027 --out antraege/',
  ]);

  const attendance = report
    .command('attendance')
    .description('attendance sheets (Anwesenheitsliste) of a month: one page per participant, to sign')
    .option('--month <YYYY-MM>', 'the month (default: this month)')
    .option('--participant <id>', 'only one participant')
    .option(
      '--out <file|dir>',
      'the PDF file, or a directory for Anwesenheitsliste_<yyyy-mm>.pdf (default: the current directory)',
    )
    .option(...FORCE)
    .action(async (opts: AttendanceOptions, c: Command) =>
      (await import('./attendance.js')).runAttendance(contextOf(c), opts),
    );
  examples(attendance, [
    'insat report attendance --month 2026-11',
    'insat report attendance --month 2026-12 --participant p012 --out listen/',
  ]);

  const groups = report
    .command('groups')
    .description(
      'attendance lists of the lessons and group offers (§ 45 measure) of a month: one page per offer, to sign',
    )
    .option('--month <YYYY-MM>', 'the month (default: this month)')
    .option(
      '--out <file|dir>',
      'the PDF file, or a directory for Gruppenangebote_<yyyy-mm>.pdf (default: the current directory)',
    )
    .option(...FORCE)
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
    .option(...FORCE)
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
    .option(...FORCE)
    .action(async (opts: VacancyReportOptions, c: Command) =>
      (await import('./vacancy.js')).runVacancyReport(contextOf(c), opts),
    );
  examples(vacancy, ['insat report vacancy', 'insat report vacancy --date 2026-12-01 --out meldungen/']);
}
