import type { Ctx } from '../../cli/context.js';
import { dateArg } from '../../cli/parse.js';
import { change } from '../../cli/store-access.js';
import { refuseIf } from '../../errors.js';
import { applyPurge, selectPurge, type PurgeCandidate } from '../../model/purge.js';
import { pseudonym } from '../../reports/pseudonym.js';
import { withLock } from '../../store/lock.js';
import { Store } from '../../store/store.js';
import { scrubBackups, scrubHistory } from '../../store/scrub.js';

export async function runPurge(ctx: Ctx, opts: { exitedBefore: string; dryRun?: boolean }): Promise<void> {
  const date = dateArg(opts.exitedBefore, '--exited-before');
  const dryRun = Boolean(opts.dryRun);
  let chosen: (PurgeCandidate & { name: string })[] = [];
  let warnings: string[] = [];
  await change(ctx, `purge --exited-before ${date}`, dryRun, (tx) => {
    const selection = selectPurge(tx.main, date, ctx.today);
    refuseIf(selection.violations);
    const names = new Map(tx.main.people.map((p) => [p.id, p.name]));
    chosen = selection.candidates.map((c) => ({ ...c, name: names.get(c.id) ?? '' }));
    warnings = selection.warnings;
    applyPurge(tx.main, new Set(chosen.map((c) => c.id)), pseudonym);
  });
  for (const w of warnings) ctx.warn(w);
  // The trail and the backups still hold what was erased (the purge's own history entry too):
  // clean them for every purged person, under the lock. Also completes an interrupted earlier purge.
  let history = { entries: 0 };
  let backups = { scrubbed: [] as string[], deleted: [] as string[] };
  if (!dryRun) {
    await withLock(ctx.dataDir, async () => {
      const store = await Store.open(ctx.dataDir);
      const purged = new Map(store.main.people.filter((p) => p.purged).map((p) => [p.id, pseudonym(p.id)]));
      history = scrubHistory(ctx.dataDir, purged);
      backups = scrubBackups(ctx.dataDir, purged);
    });
  }
  if (ctx.json) {
    ctx.out(JSON.stringify({
      exitedBefore: date, dryRun, purged: chosen.map(({ id, kind, since }) => ({ id, kind, since })),
      historyEntriesScrubbed: history.entries, backupsScrubbed: backups.scrubbed, backupsDeleted: backups.deleted, warnings,
    }, null, 2));
    return;
  }
  const lines: string[] = [];
  if (chosen.length === 0) lines.push(`nobody left before ${date} who is not purged already`);
  else {
    lines.push(`${dryRun ? 'dry run: would purge' : 'purged'} ${chosen.length} ${chosen.length === 1 ? 'person' : 'people'}:`);
    for (const c of chosen) lines.push(`  ${c.id}  ${dryRun ? c.name : pseudonym(c.id)}  ${c.kind}, last day ${c.since}`);
  }
  if (!dryRun) {
    lines.push(`history: ${history.entries} entr${history.entries === 1 ? 'y' : 'ies'} cleaned; backups: ${backups.scrubbed.length} cleaned${backups.deleted.length ? `, ${backups.deleted.length} unreadable ones deleted (${backups.deleted.join(', ')})` : ''}`);
  } else lines.push('nothing was changed');
  ctx.out(lines.join('\n'));
}
