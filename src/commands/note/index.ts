import type { Command } from 'commander';
import { contextOf } from '../../cli/context.js';
import { examples } from '../../cli/help.js';
import { registerNoteEdits } from './edit-options.js';
import { dryRunOption, formatOption } from '../../cli/output.js';
import { m } from '../../i18n/active.js';
import { codeOption } from '../../cli/options.js';
import { visibilityOfWord } from '../../model/words.js';

const VISIBILITIES = ['internal', 'jobcenter'];

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
      codeOption('--visibility <v>', words.add.optVisibility, VISIBILITIES, visibilityOfWord).default('internal'),
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
    .addOption(codeOption('--visibility <v>', words.list.optVisibility, VISIBILITIES, visibilityOfWord))
    .addOption(formatOption())
    .action(async (id: string, opts: { visibility?: string; format?: string }, c: Command) =>
      (await load()).runNoteList(contextOf(c), id, opts),
    );
  examples(list, ['insat note list p012', 'insat note list p012 --visibility jobcenter']);
}
