import type { Ctx } from '../../cli/context.js';
import { emit, formatOf, reply } from '../../cli/output.js';
import { dateArg, idArg, textArg } from '../../cli/parse.js';
import { change, findPerson, openStore } from '../../cli/store-access.js';
import { refuseIf } from '../../errors.js';
import { nextId } from '../../model/people.js';
import { notesOf } from '../../model/plan.js';
import type { Note } from '../../model/types.js';
import { violation } from '../../model/violations.js';

export async function runNoteAdd(
  ctx: Ctx,
  rawId: string,
  opts: { text: string; visibility: string; author?: string; date?: string; dryRun?: boolean },
): Promise<void> {
  const id = idArg(rawId);
  const text = textArg(opts.text, '--text', { lineBreaks: true });
  const author = textArg(opts.author, '--author', { required: false, max: 100 });
  const date = opts.date ? dateArg(opts.date, '--date') : ctx.today;
  const visibility = opts.visibility as Note['visibility'];
  const { result: noteId } = await change(ctx, `note add ${id} (${visibility})`, Boolean(opts.dryRun), (tx) => {
    const person = findPerson(tx.main, id);
    refuseIf([
      ...(person.purged ? [violation('purged', (m) => m.note.purged(id), [id])] : []),
      ...(date > ctx.today ? [violation('note-date', (m) => m.note.inFuture(date), [id])] : []),
    ]);
    const note: Note = { id: nextId(tx.main, 'note'), personId: id, date, text, visibility, author };
    tx.main.notes.push(note);
    return note.id;
  });
  reply(ctx, {
    json: { id: noteId },
    done: ctx.m.note.add.done(visibility, noteId, id),
    wouldDo: ctx.m.note.add.wouldDo(visibility, noteId, id),
    dryRun: Boolean(opts.dryRun),
  });
}

export async function runNoteList(
  ctx: Ctx,
  rawId: string,
  opts: { visibility?: string; format?: string },
): Promise<void> {
  const format = formatOf(ctx, opts.format);
  const id = idArg(rawId);
  const data = (await openStore(ctx)).main;
  findPerson(data, id);
  const words = ctx.m.note.list.columns;
  const notes = notesOf(data.notes, id).filter((n) => !opts.visibility || n.visibility === opts.visibility);
  await emit(ctx, format, {
    json: () => ({ id, notes }),
    tabular: () => ({
      columns: [
        { key: 'id', header: 'note', label: words.id, kind: 'text' },
        { key: 'date', header: 'date', label: words.date, kind: 'date' },
        {
          key: 'visibility',
          header: 'visibility',
          label: words.visibility,
          kind: 'text',
          words: ctx.m.note.visibilityWords,
        },
        { key: 'author', header: 'author', label: words.author, kind: 'text' },
        { key: 'text', header: 'text', label: words.text, kind: 'text' },
      ],
      rows: notes.map((n) => ({ id: n.id, date: n.date, visibility: n.visibility, author: n.author, text: n.text })),
    }),
  });
}
