import { type Command, Option } from 'commander';
import { contextOf } from '../../cli/context.js';
import { examples } from '../../cli/help.js';
import { APPLICANT_STATUSES } from '../../model/assignment.js';
import { REFERRAL_SOURCES } from '../../model/types.js';
import { registerApplicantEdits } from './edit-options.js';

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
  const applicant = program
    .command('applicant')
    .description('the entry pipeline: first contact, information appointment, Jobcenter decision, waiting list');
  examples(applicant, ['insat applicant list --status suitable']);
  const load = () => import('./run.js');

  const add = applicant
    .command('add')
    .description('record a person interested in a seat (asks for missing values on a terminal)')
    .option('--name <name>', 'full name')
    .option('--birth-date <date>', 'date of birth')
    .addOption(new Option('--referred-by <source>', 'who referred the person').choices(REFERRAL_SOURCES))
    .option('--contact-date <date>', 'first contact (default: today)')
    .option('--phone <phone>', 'phone number')
    .option('--email <email>', 'e-mail address')
    .option('--address <address>', 'postal address')
    .option('--jobcenter-no <no>', "the Jobcenter's customer number")
    .addOption(
      new Option('--addiction <category>', 'addiction status category (never a diagnosis)')
        .choices(['dependent', 'substitution', 'abstinent', 'unknown'])
        .default('unknown'),
    )
    .option(
      '--not-duplicate',
      'record the person although a record with the same name and birth date (or customer number) exists',
    )
    .option(
      '--prior <from:to:provider...>',
      'an earlier AGH period elsewhere (counts toward the 24-month cap), e.g. 2023-01-01:2023-12-31:"Diakonie"',
    )
    .option('--dry-run', 'show what would change, change nothing')
    .action(async (opts: ApplicantAddOptions, c: Command) => (await load()).runApplicantAdd(contextOf(c), opts));
  examples(add, [
    'insat applicant add --name "Max Muster" --birth-date 1980-05-01 --referred-by jobcenter',
    'insat applicant add --name "Eva Beispiel" --birth-date 02.03.1975 --referred-by self --prior 2022-01-01:2022-12-31:Diakonie',
    'insat applicant add      # on a terminal: asks for name, birth date and referral',
  ]);

  const schedule = applicant
    .command('schedule <id>')
    .description('book the personal information appointment')
    .requiredOption('--info-date <date>', 'the appointment day')
    .option('--dry-run', 'show what would change, change nothing')
    .action(async (id: string, opts: { infoDate: string; dryRun?: boolean }, c: Command) =>
      (await load()).runSchedule(contextOf(c), id, opts),
    );
  examples(schedule, ['insat applicant schedule p012 --info-date 2026-12-02']);

  const attended = applicant
    .command('attended <id>')
    .description('record that the person came to the information appointment')
    .option('--date <date>', 'the day they came (default: the scheduled day, else today)')
    .option('--dry-run', 'show what would change, change nothing')
    .action(async (id: string, opts: { date?: string; dryRun?: boolean }, c: Command) =>
      (await load()).runAttended(contextOf(c), id, opts),
    );
  examples(attended, ['insat applicant attended p012']);

  const decide = applicant
    .command('decide <id>')
    .description("record the Jobcenter's decision on suitability (taken with the social workers)")
    .option('--suitable', 'decided suitable: the person joins the waiting list')
    .option('--unsuitable', 'decided not suitable')
    .requiredOption('--by <name>', "the Jobcenter's integration officer who decided")
    .option('--date <date>', 'day of the decision (default: today)')
    .option('--dry-run', 'show what would change, change nothing')
    .action(
      async (
        id: string,
        opts: { suitable?: boolean; unsuitable?: boolean; by: string; date?: string; dryRun?: boolean },
        c: Command,
      ) => (await load()).runDecide(contextOf(c), id, opts),
    );
  examples(decide, ['insat applicant decide p012 --suitable --by "Frau Schulte"']);

  const withdraw = applicant
    .command('withdraw <id>')
    .description('the person no longer wants a seat (leaves the pipeline and the waiting list)')
    .option('--date <date>', 'day (default: today)')
    .option('--dry-run', 'show what would change, change nothing')
    .action(async (id: string, opts: { date?: string; dryRun?: boolean }, c: Command) =>
      (await load()).runWithdraw(contextOf(c), id, opts),
    );
  examples(withdraw, ['insat applicant withdraw p012']);

  registerApplicantEdits(applicant);

  const list = applicant
    .command('list')
    .description('the pipeline and the waiting list')
    .addOption(new Option('--status <status>', 'only one stage').choices(APPLICANT_STATUSES as string[]))
    .option('--all', 'include enrolled and withdrawn people')
    .option('--format <f>', 'table, csv, csv-de or json')
    .action(async (opts: { status?: string; all?: boolean; format?: string }, c: Command) =>
      (await load()).runApplicantList(contextOf(c), opts),
    );
  examples(list, ['insat applicant list', 'insat applicant list --status suitable --format csv-de > warteliste.csv']);
}
