// The flags of `applicant edit` and `applicant reopen` (light: loaded with the command tree).
import type { Command } from 'commander';
import { contextOf } from '../../cli/context.js';
import { examples } from '../../cli/help.js';
import { dryRunOption } from '../../cli/output.js';
import { addPersonEditOptions, type PersonEditOptions } from '../../cli/person-edit-options.js';
import { m } from '../../i18n/active.js';

export function registerApplicantEdits(applicant: Command): void {
  const { help } = m().corrections;
  const load = () => import('./edit.js');
  const edit = addPersonEditOptions(applicant.command('edit <id>').description(help.applicantEdit))
    .addOption(dryRunOption())
    .action(async (id: string, opts: PersonEditOptions, c: Command) =>
      (await load()).runApplicantEdit(contextOf(c), id, opts),
    );
  examples(edit, [
    'insat applicant edit p012 --birth-date 01.05.1981',
    'insat applicant edit p012 --phone "0234 123456" --jobcenter-no 362D123456',
    'insat applicant edit p012 --clear email',
    'insat applicant edit p012',
  ]);

  const reopen = applicant
    .command('reopen <id>')
    .description(help.reopen)
    .addOption(dryRunOption())
    .action(async (id: string, opts: { dryRun?: boolean }, c: Command) =>
      (await load()).runReopen(contextOf(c), id, opts),
    );
  examples(reopen, ['insat applicant reopen p012 && insat applicant decide p012 --suitable --by "Frau Schulte"']);
}
