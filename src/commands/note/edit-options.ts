// The flags of `note edit` and `note delete` (light: loaded with the command tree).
import type { Command } from 'commander';
import { contextOf } from '../../cli/context.js';
import { examples } from '../../cli/help.js';
import { dryRunOption } from '../../cli/output.js';
import { m } from '../../i18n/active.js';
import { codeOption } from '../../cli/options.js';
import { visibilityOfWord } from '../../model/words.js';

export function registerNoteEdits(note: Command): void {
  const { help } = m().corrections;
  const load = () => import('./edit.js');
  const edit = note
    .command('edit <note-id>')
    .description(help.noteEdit)
    .option('--text <text>', help.opt.text)
    .addOption(codeOption('--visibility <v>', help.opt.visibility, ['internal', 'jobcenter'], visibilityOfWord))
    .addOption(dryRunOption())
    .action(async (id: string, opts: { text?: string; visibility?: string; dryRun?: boolean }, c: Command) =>
      (await load()).runNoteEdit(contextOf(c), id, opts),
    );
  examples(edit, ['insat note edit n004 --visibility internal', 'insat note edit n004 --text "Gespräch am Vormittag"']);

  const del = note
    .command('delete <note-id>')
    .description(help.noteDelete)
    .addOption(dryRunOption())
    .action(async (id: string, opts: { dryRun?: boolean }, c: Command) =>
      (await load()).runNoteDelete(contextOf(c), id, opts),
    );
  examples(del, ['insat note delete n004']);
}
