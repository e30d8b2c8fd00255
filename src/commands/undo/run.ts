import type { Ctx } from '../../cli/context.js';
import { doneLine } from '../../cli/output.js';
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
  if (!seen.entry)
    throw new RuleError([
      violation(
        'undo-nothing',
        "there is nothing to undo — every recorded change has been undone already ('insat history' shows the trail)",
      ),
    ]);
  const entry = seen.entry;
  const { changes } = await change(
    ctx,
    `undo: ${entry.summary}`,
    dryRun,
    async (tx) => {
      // Read again under the lock: another process may have recorded a change in between.
      const target = findUndoTarget(ctx.dataDir);
      if (target.entry?.id !== entry.id)
        throw new BusyError(
          "another change was recorded while undo started — run 'insat history' and then 'insat undo' again",
        );
      await revertEntry(tx, target as UndoTarget & { entry: HistoryEntry });
    },
    { undoOf: entry.id },
  );
  const what = `'${entry.summary}' of ${localTime(entry.at)} by ${entry.user} (${changes.length} record${changes.length === 1 ? '' : 's'})`;
  if (ctx.json) ctx.out(JSON.stringify({ undone: entry.id, summary: entry.summary, records: changes.length, dryRun }));
  else doneLine(ctx, dryRun, dryRun ? `undo ${what}` : `undid ${what}`);
}
