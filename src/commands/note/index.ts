import { type Command, Option } from 'commander';
import { contextOf } from '../../cli/context.js';
import { examples } from '../../cli/help.js';
import { registerNoteEdits } from './edit-options.js';
import { dryRunOption, formatOption } from '../../cli/output.js';
import { m } from '../../i18n/active.js';

export function registerNote(program: Command): void {
  const words = m().note;
  const note = program.command('note').description(words.description);
  examples(note, [
    'insat note add p012 --text "Arbeitet selbstständig an der Werkbank" --visibility jobcenter',
    'insat note list p012',
  ]);
  const load = () => import('./run.js');

  const add = note
    .command('add <id>')
    .description(words.add.description)
    .requiredOption('--text <text>', words.add.optText)
    .addOption(
      new Option('--visibility <v>', words.add.optVisibility).choices(['internal', 'jobcenter']).default('internal'),
    )
    .option('--author <name>', words.add.optAuthor)
    .option('--date <date>', words.add.optDate)
    .addOption(dryRunOption())
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
    .description(words.list.description)
    .addOption(new Option('--visibility <v>', words.list.optVisibility).choices(['internal', 'jobcenter']))
    .addOption(formatOption())
    .action(async (id: string, opts: { visibility?: string; format?: string }, c: Command) =>
      (await load()).runNoteList(contextOf(c), id, opts),
    );
  examples(list, ['insat note list p012', 'insat note list p012 --visibility jobcenter']);
}
