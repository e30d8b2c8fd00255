// The flags of `participant edit` and `participant hours` (light: loaded with the command tree).
import type { Command } from 'commander';
import { addPersonEditOptions, type PersonEditOptions } from '../../cli/person-edit-options.js';
import { examples } from '../../cli/help.js';
import { contextOf } from '../../cli/context.js';
import { dryRunOption } from '../../cli/output.js';
import { m } from '../../i18n/active.js';

export interface ParticipantEditOptions extends PersonEditOptions {
  jobcenterRef?: string;
  integrationOfficer?: string;
  socialWorker?: string;
  /** With --social-worker: the handover day (without it a correction from the start). */
  from?: string;
  instructor?: string;
  until?: string;
}

export function registerParticipantEdits(participant: Command): void {
  const { help } = m().corrections;
  const o = help.opt;
  const load = () => import('./edit.js');
  const edit = addPersonEditOptions(participant.command('edit <id>').description(help.participantEdit))
    .option('--jobcenter-ref <ref>', o.jobcenterRef)
    .option('--integration-officer <name>', o.integrationOfficer)
    .option('--social-worker <id>', o.socialWorker)
    .option('--from <date>', o.socialWorkerFrom)
    .option('--instructor <id>', o.instructor)
    .option('--until <date>', o.until)
    .addOption(dryRunOption())
    .action(async (id: string, opts: ParticipantEditOptions, c: Command) =>
      (await load()).runParticipantEdit(contextOf(c), id, opts),
    );
  examples(edit, [
    'insat participant edit p012 --integration-officer "Frau Schulte" --social-worker s008',
    'insat participant edit p028 --social-worker s008 --from 2027-03-01',
    'insat participant edit p012 --until 2027-06-30',
    'insat participant edit p012 --birth-date 01.05.1981 --dry-run',
    'insat participant edit p012 --clear instructor',
    'insat participant edit p012',
  ]);

  const hours = participant
    .command('hours <id> <hours>')
    .description(help.hours)
    .requiredOption('--from <date>', o.from)
    .addOption(dryRunOption())
    .action(async (id: string, h: string, opts: { from: string; dryRun?: boolean }, c: Command) =>
      (await load()).runParticipantHours(contextOf(c), id, h, opts),
    );
  examples(hours, ['insat participant hours p012 20 --from 2027-02-01']);
}
