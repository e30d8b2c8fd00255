import type { Ctx } from '../../cli/context.js';
import { reply } from '../../cli/output.js';
import { change } from '../../cli/store-access.js';
import { BusyError, RuleError } from '../../errors.js';
import { violation } from '../../model/violations.js';
import { findUndoTarget, requireStore, revertEntry, type UndoTarget } from '../../store/undo.js';
import type { HistoryEntry } from '../../store/history.js';
import { localTime } from '../history/run.js';

export async function runUndo(ctx: Ctx, opts: { dryRun?: boolean }): Promise<void> {
  const dryRun = Boolean(opts.dryRun);
  requireStore(ctx.dataDir);
  const seen = findUndoTarget(ctx.dataDir);
  // no change recorded at all, or every one undone already
  if (!seen.entry)
    throw new RuleError([
      violation('undo-nothing', (m) => (seen.later.length === 0 ? m.undo.nothingYet : m.undo.nothing)),
    ]);
  const entry = seen.entry;
  const { changes } = await change(
    ctx,
    (m) => m.undo.summary(entry.summary),
    dryRun,
    async (tx) => {
      // Read again under the lock: another process may have recorded a change in between.
      const target = findUndoTarget(ctx.dataDir);
      if (target.entry?.id !== entry.id) throw new BusyError((m) => m.undo.raced);
      await revertEntry(tx, target as UndoTarget & { entry: HistoryEntry });
    },
    { undoOf: entry.id },
  );
  const words = ctx.m.undo;
  const what = words.what(entry.summary, localTime(ctx.m, entry.at), entry.user, changes.length);
  reply(ctx, {
    json: { undone: entry.id, summary: entry.summary, records: changes.length, dryRun },
    done: words.done(what),
    wouldDo: words.wouldDo(what),
    dryRun,
  });
}
