import { type Command, Option } from 'commander';
import { contextOf } from '../../cli/context.js';
import { examples } from '../../cli/help.js';

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
    .description('write a case note; prints its id (n001) for note edit|delete')
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

  const edit = note
    .command('edit <note-id>')
    .description('correct a note: its text or who may read it; one undoable step (a terminal asks without flags)')
    .option('--text <text>', 'the corrected note')
    .addOption(new Option('--visibility <v>', "'jobcenter' or 'internal'").choices(['internal', 'jobcenter']))
    .option('--dry-run', 'show what would change, change nothing')
    .action(async (id: string, opts: { text?: string; visibility?: string; dryRun?: boolean }, c: Command) =>
      (await import('./edit.js')).runNoteEdit(contextOf(c), id, opts),
    );
  examples(edit, ['insat note edit n004 --visibility internal', 'insat note edit n004 --text "Gespräch am Vormittag"']);

  const del = note
    .command('delete <note-id>')
    .description('delete a note written by mistake; one undoable step')
    .option('--dry-run', 'show what would change, change nothing')
    .action(async (id: string, opts: { dryRun?: boolean }, c: Command) =>
      (await import('./edit.js')).runNoteDelete(contextOf(c), id, opts),
    );
  examples(del, ['insat note delete n004']);

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
