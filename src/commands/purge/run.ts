import type { Text } from '../../i18n/text.js';
import type { Ctx } from '../../cli/context.js';
import { emit } from '../../cli/output.js';
import { say } from '../../i18n/active.js';
import { dateArg, textArg } from '../../cli/parse.js';
import { change, openStore } from '../../cli/store-access.js';
import { refuseIf, UsageError } from '../../errors.js';
import { applyPurge, selectPurge, type PurgeCandidate } from '../../model/purge.js';
import { pseudonym } from '../../reports/pseudonym.js';
import { nameReplacer, replaceNamesInTexts } from '../../model/purge-names.js';
import { purgeJobFile } from '../../store/purge-job.js';

export interface PurgeOptions {
  exitedBefore: string;
  yes?: boolean;
  force?: boolean;
  reason?: string;
  dryRun?: boolean;
}

export async function runPurge(ctx: Ctx, opts: PurgeOptions): Promise<void> {
  const date = dateArg(opts.exitedBefore, '--exited-before');
  const dryRun = Boolean(opts.dryRun);
  const force = Boolean(opts.force);
  if (!force && opts.reason !== undefined) throw new UsageError((m) => m.purge.reasonNeedsForce);
  const reason = force ? textArg(opts.reason, '--reason', { max: 500 }) : '';
  if (!dryRun && !opts.yes && !(await confirmPurge(ctx, date, force))) {
    ctx.out(ctx.m.purge.notConfirmed);
    return;
  }
  let chosen: (PurgeCandidate & { name: string })[] = [];
  let warnings: string[] = [];
  const words = ctx.m.purge;
  const summary: Text = (m) => m.purge.summary(date, force ? reason : null);
  const { purgeScrub } = await change(ctx, summary, dryRun, (tx) => {
    const selection = selectPurge(tx.main, date, ctx.today, force);
    refuseIf(selection.violations);
    const names = new Map(tx.main.people.map((p) => [p.id, p.name]));
    chosen = selection.candidates.map((c) => ({ ...c, name: names.get(c.id) ?? '' }));
    warnings = selection.warnings.map(say);
    applyPurge(tx.main, new Set(chosen.map((c) => c.id)), pseudonym);
    // Their names in what others' records say (a note on another participant) go too.
    const chosenNames = new Map(chosen.filter((c) => c.name.trim()).map((c) => [c.name, pseudonym(c.id)]));
    replaceNamesInTexts(tx.main, nameReplacer(chosenNames));
    // The trail and the backups still hold what was erased (the purge's own history entry too): the
    // job file, committed with the change, has them cleaned right after — or by the next command.
    const purged = Object.fromEntries(tx.main.people.filter((p) => p.purged).map((p) => [p.id, pseudonym(p.id)]));
    tx.extraFiles.push(purgeJobFile(tx.dir, { purged, names: Object.fromEntries(chosenNames) }));
  });
  for (const w of warnings) ctx.warn(w);
  const history = { entries: purgeScrub?.historyEntries ?? 0 };
  const backups = { scrubbed: purgeScrub?.backupsScrubbed ?? [], deleted: purgeScrub?.backupsDeleted ?? [] };
  await emit(ctx, ctx.json ? 'json' : 'text', {
    json: () => ({
      exitedBefore: date,
      dryRun,
      purged: chosen.map(({ id, kind, since }) => ({ id, kind, since })),
      historyEntriesScrubbed: history.entries,
      backupsScrubbed: backups.scrubbed,
      backupsDeleted: backups.deleted,
      warnings,
    }),
    text: () => {
      const lines: string[] = [];
      if (chosen.length === 0) lines.push(words.nobody(date));
      else {
        lines.push(dryRun ? words.dryRunWouldPurge(chosen.length) : words.purged(chosen.length));
        for (const c of chosen)
          lines.push(`  ${c.id}  ${dryRun ? c.name : pseudonym(c.id)}  ${words.lastDay(words.kind[c.kind], c.since)}`);
      }
      lines.push(
        dryRun ? words.nothingChanged : words.cleaned(history.entries, backups.scrubbed.length, backups.deleted),
      );
      return lines.join('\n');
    },
  });
}

/**
 * A purge cannot be undone: on a terminal it lists who would be purged and asks; without one it
 * needs --yes. A selection that would be refused is left to the rules (exit 3) without asking.
 */
async function confirmPurge(ctx: Ctx, date: string, force: boolean): Promise<boolean> {
  if (!ctx.interactive) {
    throw new UsageError((m) => m.purge.needsYes);
  }
  const main = (await openStore(ctx)).main;
  const selection = selectPurge(main, date, ctx.today, force);
  if (selection.violations.length > 0 || selection.candidates.length === 0) return true;
  const names = new Map(main.people.map((p) => [p.id, p.name]));
  const words = ctx.m.purge;
  ctx.out(
    [
      words.wouldPurge(selection.candidates.length),
      ...selection.candidates.map(
        (c) => `  ${c.id}  ${names.get(c.id) ?? ''}  ${words.lastDay(words.kind[c.kind], c.since)}`,
      ),
    ].join('\n'),
  );
  const { confirm } = await import('@inquirer/prompts');
  return confirm({ message: words.confirm, default: false });
}
