import type { Ctx } from '../../cli/context.js';
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
  if (force && opts.reason === undefined)
    throw new UsageError(
      '--force purges people inside their retention period and needs a --reason TEXT for the history',
    );
  if (!force && opts.reason !== undefined)
    throw new UsageError('--reason goes with --force — leave it out, or add --force');
  const reason = force ? textArg(opts.reason, '--reason', { max: 500 }) : '';
  if (!dryRun && !opts.yes && !(await confirmPurge(ctx, date, force))) {
    ctx.out('not confirmed — nothing was changed');
    return;
  }
  let chosen: (PurgeCandidate & { name: string })[] = [];
  let warnings: string[] = [];
  const summary = `purge --exited-before ${date}${force ? ` (forced inside the retention period: ${reason})` : ''}`;
  const { purgeScrub } = await change(ctx, summary, dryRun, (tx) => {
    const selection = selectPurge(tx.main, date, ctx.today, force);
    refuseIf(selection.violations);
    const names = new Map(tx.main.people.map((p) => [p.id, p.name]));
    chosen = selection.candidates.map((c) => ({ ...c, name: names.get(c.id) ?? '' }));
    warnings = selection.warnings;
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
  if (ctx.json) {
    ctx.out(
      JSON.stringify(
        {
          exitedBefore: date,
          dryRun,
          purged: chosen.map(({ id, kind, since }) => ({ id, kind, since })),
          historyEntriesScrubbed: history.entries,
          backupsScrubbed: backups.scrubbed,
          backupsDeleted: backups.deleted,
          warnings,
        },
        null,
        2,
      ),
    );
    return;
  }
  const lines: string[] = [];
  if (chosen.length === 0) lines.push(`nobody left before ${date} who is not purged already`);
  else {
    lines.push(
      `${dryRun ? 'dry run: would purge' : 'purged'} ${chosen.length} ${chosen.length === 1 ? 'person' : 'people'}:`,
    );
    for (const c of chosen)
      lines.push(`  ${c.id}  ${dryRun ? c.name : pseudonym(c.id)}  ${c.kind}, last day ${c.since}`);
  }
  if (!dryRun) {
    lines.push(
      `history: ${history.entries} entr${history.entries === 1 ? 'y' : 'ies'} cleaned; backups: ${backups.scrubbed.length} cleaned${backups.deleted.length ? `, ${backups.deleted.length} unreadable ones deleted (${backups.deleted.join(', ')})` : ''}`,
    );
  } else lines.push('nothing was changed');
  ctx.out(lines.join('\n'));
}

/**
 * A purge cannot be undone: on a terminal it lists who would be purged and asks; without one it
 * needs --yes. A selection that would be refused is left to the rules (exit 3) without asking.
 */
async function confirmPurge(ctx: Ctx, date: string, force: boolean): Promise<boolean> {
  if (!ctx.interactive) {
    throw new UsageError(
      'a purge cannot be undone — confirm it with --yes (there is no terminal to ask); see who would be purged with --dry-run',
    );
  }
  const main = (await openStore(ctx)).main;
  const selection = selectPurge(main, date, ctx.today, force);
  if (selection.violations.length > 0 || selection.candidates.length === 0) return true;
  const names = new Map(main.people.map((p) => [p.id, p.name]));
  ctx.out(
    [
      `would purge ${selection.candidates.length} ${selection.candidates.length === 1 ? 'person' : 'people'}:`,
      ...selection.candidates.map((c) => `  ${c.id}  ${names.get(c.id) ?? ''}  ${c.kind}, last day ${c.since}`),
    ].join('\n'),
  );
  const { confirm } = await import('@inquirer/prompts');
  return confirm({ message: 'Erase their personal data for good? This cannot be undone', default: false });
}
