import { type Command, Option } from 'commander';
import { contextOf } from '../../cli/context.js';
import { examples } from '../../cli/help.js';
import { registerNoteEdits } from './edit-options.js';

export function registerNote(program: Command): void {
  const note = program
    .command('note')
    .description("case notes; 'internal' (the default) never leaves in a report for the Jobcenter");
  examples(note, [
    'insat note add p012 --text "Arbeitet selbstständig an der Werkbank" --visibility jobcenter',
    'insat note list p012',
  ]);
  const load = () => import('./run.js');

  const add = note
    .command('add <id>')
    .description('write a case note')
    .requiredOption('--text <text>', 'the note')
    .addOption(
      new Option('--visibility <v>', "'jobcenter' lets the note appear in progress reports")
        .choices(['internal', 'jobcenter'])
        .default('internal'),
    )
    .option('--author <name>', 'who wrote it')
    .option('--date <date>', 'the day of the note (default: today)')
    .option('--dry-run', 'show what would change, change nothing')
    .action(
      async (
        id: string,
        opts: { text: string; visibility: string; author?: string; date?: string; dryRun?: boolean },
        c: Command,
      ) => (await load()).runNoteAdd(contextOf(c), id, opts),
    );
  examples(add, [
    'insat note add p012 --text "Gespräch zur Tagesstruktur geführt"',
    'insat note add p012 --text "Übernimmt Verantwortung für die Materialausgabe" --visibility jobcenter --author "Frau Kaya"',
  ]);

  registerNoteEdits(note);

  const list = note
    .command('list <id>')
    .description("a person's case notes, oldest first")
    .addOption(
      new Option('--visibility <v>', 'only internal or only jobcenter notes').choices(['internal', 'jobcenter']),
    )
    .option('--format <f>', 'table, csv, csv-de or json')
    .action(async (id: string, opts: { visibility?: string; format?: string }, c: Command) =>
      (await load()).runNoteList(contextOf(c), id, opts),
    );
  examples(list, ['insat note list p012', 'insat note list p012 --visibility jobcenter']);
}
