// The flags of `participant edit` and `participant hours` (light: loaded with the command tree).
import type { Command } from 'commander';
import { addPersonEditOptions, type PersonEditOptions } from '../../cli/person-edit-options.js';
import { examples } from '../../cli/help.js';
import { contextOf } from '../../cli/context.js';

export interface ParticipantEditOptions extends PersonEditOptions {
  jobcenterRef?: string;
  integrationOfficer?: string;
  socialWorker?: string;
  instructor?: string;
  until?: string;
}

export function registerParticipantEdits(participant: Command): void {
  const load = () => import('./edit.js');
  const edit = addPersonEditOptions(
    participant
      .command('edit <id>')
      .description(
        "correct a participant's facts and the current assignment's fields, or shorten it; one undoable step (a terminal asks without flags)",
      ),
  )
    .option('--jobcenter-ref <ref>', 'the Jobcenter reference of the assignment')
    .option('--integration-officer <name>', 'the Jobcenter contact')
    .option('--social-worker <name>', 'the social worker in charge')
    .option('--instructor <name>', 'the instructor in charge')
    .option('--until <date>', 'an earlier end (refused below the last booking); to lengthen use extend')
    .option('--dry-run', 'show what would change, change nothing')
    .action(async (id: string, opts: ParticipantEditOptions, c: Command) =>
      (await load()).runParticipantEdit(contextOf(c), id, opts),
    );
  examples(edit, [
    'insat participant edit p012 --integration-officer "Frau Schulte" --social-worker "Herr Kaya"',
    'insat participant edit p012 --until 2027-06-30',
    'insat participant edit p012 --birth-date 01.05.1981 --dry-run',
    'insat participant edit p012      # on a terminal: asks with the current values as defaults',
  ]);

  const hours = participant
    .command('hours <id> <hours>')
    .description('weekly hours from a day on; bookings before it keep the hours valid then')
    .requiredOption('--from <date>', 'the first day the new weekly hours apply')
    .option('--dry-run', 'show what would change, change nothing')
    .action(async (id: string, h: string, opts: { from: string; dryRun?: boolean }, c: Command) =>
      (await load()).runParticipantHours(contextOf(c), id, h, opts),
    );
  examples(hours, ['insat participant hours p012 20 --from 2027-02-01']);
}
