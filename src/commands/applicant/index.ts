import { type Command, Option } from 'commander';
import { contextOf } from '../../cli/context.js';
import { examples } from '../../cli/help.js';
import { requireWhen } from '../../cli/required.js';
import { APPLICANT_STATUSES } from '../../model/assignment.js';
import { REFERRAL_SOURCES } from '../../model/types.js';
import { registerApplicantEdits } from './edit-options.js';
import { dryRunOption, formatOption } from '../../cli/output.js';
import { m } from '../../i18n/active.js';
import { codeOption } from '../../cli/options.js';
import { applicantStatusOfWord, referralOfWord } from '../../model/words.js';

export interface ApplicantAddOptions {
  name?: string;
  birthDate?: string;
  referredBy?: string;
  contactDate?: string;
  phone?: string;
  email?: string;
  address?: string;
  jobcenterNo?: string;
  addiction?: string;
  prior?: string[];
  notDuplicate?: boolean;
  dryRun?: boolean;
}

export function registerApplicant(program: Command): void {
  const words = m().applicant;
  const applicant = program.command('applicant').description(words.description);
  examples(applicant, ['insat applicant list --status suitable']);
  const load = () => import('./run.js');

  const add = applicant
    .command('add')
    .description(words.add.description)
    .option('--name <name>', words.add.optName)
    .option('--birth-date <date>', words.add.optBirthDate)
    .addOption(codeOption('--referred-by <source>', words.add.optReferredBy, REFERRAL_SOURCES, referralOfWord))
    .option('--contact-date <date>', words.add.optContactDate)
    .option('--phone <phone>', words.add.optPhone)
    .option('--email <email>', words.add.optEmail)
    .option('--address <address>', words.add.optAddress)
    .option('--jobcenter-no <no>', words.add.optJobcenterNo)
    .addOption(
      new Option('--addiction <category>', words.add.optAddiction)
        .choices(['dependent', 'substitution', 'abstinent', 'unknown'])
        .default('unknown'),
    )
    .option('--not-duplicate', words.add.optNotDuplicate)
    .option('--prior <from:to:provider...>', words.add.optPrior)
    .addOption(dryRunOption())
    .action(async (opts: ApplicantAddOptions, c: Command) => (await load()).runApplicantAdd(contextOf(c), opts));
  examples(add, [
    'insat applicant add --name "Max Muster" --birth-date 1980-05-01 --referred-by jobcenter',
    'insat applicant add --name "Eva Beispiel" --birth-date 02.03.1975 --referred-by self --prior 2022-01-01:2022-12-31:Diakonie',
    `insat applicant add      # ${words.add.exampleAsk}`,
  ]);

  const schedule = applicant
    .command('schedule <id>')
    .description(words.schedule.description)
    .requiredOption('--info-date <date>', words.schedule.optInfoDate)
    .addOption(dryRunOption())
    .action(async (id: string, opts: { infoDate: string; dryRun?: boolean }, c: Command) =>
      (await load()).runSchedule(contextOf(c), id, opts),
    );
  examples(schedule, ['insat applicant schedule p012 --info-date 2026-12-02']);

  const attended = applicant
    .command('attended <id>')
    .description(words.attended.description)
    .option('--date <date>', words.attended.optDate)
    .addOption(dryRunOption())
    .action(async (id: string, opts: { date?: string; dryRun?: boolean }, c: Command) =>
      (await load()).runAttended(contextOf(c), id, opts),
    );
  examples(attended, ['insat applicant attended p012']);

  const decide = applicant
    .command('decide <id>')
    .description(words.decide.description)
    .option('--suitable', words.decide.optSuitable)
    .option('--unsuitable', words.decide.optUnsuitable)
    .requiredOption('--by <name>', words.decide.optBy)
    .option('--date <date>', words.decide.optDate)
    .addOption(dryRunOption())
    .action(
      async (
        id: string,
        opts: { suitable?: boolean; unsuitable?: boolean; by: string; date?: string; dryRun?: boolean },
        c: Command,
      ) => (await load()).runDecide(contextOf(c), id, opts),
    );
  requireWhen(decide, (o) =>
    o.suitable || o.unsuitable
      ? []
      : [{ flag: '--suitable|--unsuitable', alone: (m) => m.applicant.decide.exactlyOne }],
  );
  examples(decide, ['insat applicant decide p012 --suitable --by "Frau Schulte"']);

  const withdraw = applicant
    .command('withdraw <id>')
    .description(words.withdraw.description)
    .option('--date <date>', words.withdraw.optDate)
    .addOption(dryRunOption())
    .action(async (id: string, opts: { date?: string; dryRun?: boolean }, c: Command) =>
      (await load()).runWithdraw(contextOf(c), id, opts),
    );
  examples(withdraw, ['insat applicant withdraw p012']);

  registerApplicantEdits(applicant);

  const list = applicant
    .command('list')
    .description(words.list.description)
    .addOption(codeOption('--status <status>', words.list.optStatus, APPLICANT_STATUSES, applicantStatusOfWord))
    .option('--all', words.list.optAll)
    .addOption(formatOption())
    .action(async (opts: { status?: string; all?: boolean; format?: string }, c: Command) =>
      (await load()).runApplicantList(contextOf(c), opts),
    );
  examples(list, ['insat applicant list', 'insat applicant list --status suitable --format csv-de > warteliste.csv']);
}
