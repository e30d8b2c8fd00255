// `insat note edit NOTE-ID` and `insat note delete NOTE-ID`: correct or remove a case note; one
// undoable step each.
import type { Ctx } from '../../cli/context.js';
import { m } from '../../i18n/active.js';
import { fieldChanges } from '../../cli/field-changes.js';
import { doneLine, jsonText } from '../../cli/output.js';
import { textArg } from '../../cli/parse.js';
import { askMissing } from '../../cli/prompts.js';
import { noteIdArg } from '../../cli/record-ids.js';
import { change, openStore } from '../../cli/store-access.js';
import { NotFoundError } from '../../errors.js';
import { NOTE_VISIBILITIES } from '../../model/plan.js';
import type { MainData, Note } from '../../model/types.js';
import { nothingGiven, reportEdit } from '../applicant/edit.js';

function findNote(data: MainData, noteId: string): Note {
  const note = data.notes.find((n) => n.id === noteId);
  if (!note) throw new NotFoundError((m) => m.corrections.noNote(noteId));
  return note;
}

export async function runNoteEdit(
  ctx: Ctx,
  rawId: string,
  given: { text?: string; visibility?: string; dryRun?: boolean },
): Promise<void> {
  const noteId = noteIdArg(rawId);
  const dryRun = Boolean(given.dryRun);
  let opts = given;
  if (opts.text === undefined && opts.visibility === undefined) {
    if (!ctx.interactive) throw nothingGiven(`insat note edit ${noteId}`, ['--text', '--visibility']);
    const note = findNote((await openStore(ctx)).main, noteId);
    const a = await askMissing(ctx, [
      { flag: '--text', message: m().corrections.prompts.text!, kind: 'text', default: note.text },
      {
        flag: '--visibility',
        message: m().corrections.prompts.visibility!,
        kind: 'select',
        choices: NOTE_VISIBILITIES.map((v) => ({ value: v, name: v })),
        default: note.visibility,
      },
    ]);
    opts = { text: a['--text'], visibility: a['--visibility'], dryRun: given.dryRun };
  }
  const fields: Partial<Note> = {};
  if (opts.text !== undefined) fields.text = textArg(opts.text, '--text', { lineBreaks: true });
  if (opts.visibility !== undefined) fields.visibility = opts.visibility as Note['visibility'];
  const { result } = await change(ctx, `note edit ${noteId} (${Object.keys(fields).join(', ')})`, dryRun, (tx) => {
    const note = findNote(tx.main, noteId);
    const after = { ...note, ...fields };
    const changes = fieldChanges(note, after, ['text', 'visibility']);
    Object.assign(note, fields);
    return changes;
  });
  reportEdit(ctx, noteId, result, dryRun);
}

export async function runNoteDelete(ctx: Ctx, rawId: string, opts: { dryRun?: boolean }): Promise<void> {
  const noteId = noteIdArg(rawId);
  const dryRun = Boolean(opts.dryRun);
  const { result: personId } = await change(ctx, `note delete ${noteId}`, dryRun, (tx) => {
    const note = findNote(tx.main, noteId);
    tx.main.notes = tx.main.notes.filter((n) => n.id !== noteId);
    return note.personId;
  });
  if (ctx.json) ctx.io.stdout.write(jsonText({ id: noteId, personId, deleted: true, dryRun }));
  else
    doneLine(ctx, dryRun, (dryRun ? m().corrections.noteWouldDelete : m().corrections.noteDeleted)(noteId, personId));
}
