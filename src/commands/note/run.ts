import type { Ctx } from '../../cli/context.js';
import { doneLine, emit, formatOf } from '../../cli/output.js';
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
      ...(person.purged
        ? [violation('purged', `the personal data of ${id} has been purged — notes cannot be added`, [id])]
        : []),
      ...(date > ctx.today ? [violation('note-date', `a note cannot be dated in the future (${date})`, [id])] : []),
    ]);
    const note: Note = { id: nextId(tx.main, 'note'), personId: id, date, text, visibility, author };
    tx.main.notes.push(note);
    return note.id;
  });
  if (ctx.json) ctx.out(JSON.stringify({ id: noteId }));
  else
    doneLine(
      ctx,
      Boolean(opts.dryRun),
      `added ${visibility} note ${noteId} for ${id}${visibility === 'jobcenter' ? ' — it will appear in progress reports' : ''}`,
    );
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
  const notes = notesOf(data.notes, id).filter((n) => !opts.visibility || n.visibility === opts.visibility);
  await emit(ctx, format, {
    json: () => ({ id, notes }),
    tabular: () => ({
      columns: [
        { key: 'id', header: 'note', kind: 'text' },
        { key: 'date', header: 'date', kind: 'date' },
        { key: 'visibility', header: 'visibility', kind: 'text' },
        { key: 'author', header: 'author', kind: 'text' },
        { key: 'text', header: 'text', kind: 'text' },
      ],
      rows: notes.map((n) => ({ id: n.id, date: n.date, visibility: n.visibility, author: n.author, text: n.text })),
    }),
  });
}
