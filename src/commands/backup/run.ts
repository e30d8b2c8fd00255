import { rmSync } from 'node:fs';
import type { Ctx } from '../../cli/context.js';
import { doneLine, emit, formatOf } from '../../cli/output.js';
import { change, replace } from '../../cli/store-access.js';
import { StoreError } from '../../errors.js';
import { backupPeople, listBackups, snapshotStore } from '../../store/backup.js';
import { readBackup, type BackupContents } from '../../store/backup-read.js';
import { Store } from '../../store/store.js';

export function backupKind(name: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(name)) return 'daily';
  if (name.startsWith('before-restore-')) return 'before restore';
  if (name.startsWith('before-init-')) return 'before init';
  return 'other';
}

export async function runBackupList(ctx: Ctx, opts: { format?: string }): Promise<void> {
  const format = formatOf(ctx, opts.format);
  const rows = listBackups(ctx.dataDir).map((b) => ({
    name: b.name,
    kind: backupKind(b.name),
    bytes: b.bytes,
    people: backupPeople(ctx.dataDir, b.name),
  }));
  await emit(ctx, format, {
    json: () => ({ backups: rows }),
    tabular: () => ({
      columns: [
        { key: 'name', header: 'name', kind: 'text' },
        { key: 'kind', header: 'kind', kind: 'text' },
        { key: 'people', header: 'people', kind: 'int' },
        { key: 'kb', header: 'KB', kind: 'int' },
      ],
      rows: rows.map((r) => ({ ...r, kb: Math.ceil(r.bytes / 1024) })),
    }),
    text:
      format === 'table'
        ? () =>
            rows.length
              ? `restore one with 'insat backup restore NAME'`
              : 'no backups yet — one is made before the first change of each day'
        : undefined,
  });
}

/** Why the live store cannot be read (the reason to restore), or null when it reads fine. */
async function unreadable(dir: string): Promise<StoreError | null> {
  try {
    await (await Store.open(dir)).allBookings();
    return null;
  } catch (e) {
    if (e instanceof StoreError) return e;
    throw e;
  }
}

/**
 * Restoring over a store that cannot be read: there is nothing to compare, so the files are
 * replaced whole (the old ones are kept as a backup first) and the trail records a step that
 * cannot be undone.
 */
async function restoreOverBroken(
  ctx: Ctx,
  name: string,
  backup: BackupContents,
  savedName: string,
  why: StoreError,
  dryRun: boolean,
): Promise<void> {
  if (dryRun) {
    doneLine(ctx, true, `replace the unreadable store by backup ${name} (${why.message.split(' — ')[0]})`);
    return;
  }
  await replace(
    ctx,
    `backup restore ${name} over an unreadable store (its files are kept in backups/${savedName})`,
    dryRun,
    backup.main,
    [...backup.years.values()].flat(),
    savedName,
  );
  if (ctx.json) ctx.out(JSON.stringify({ restored: name, records: null, savedAs: savedName, dryRun }));
  else
    ctx.out(
      `restored backup ${name} over the unreadable store; its files are kept in backups/${savedName} — this step cannot be undone`,
    );
}

export async function runBackupRestore(ctx: Ctx, name: string, opts: { dryRun?: boolean }): Promise<void> {
  const dryRun = Boolean(opts.dryRun);
  const backup = readBackup(ctx.dataDir, name);
  const savedName = `before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  const broken = await unreadable(ctx.dataDir);
  if (broken) return restoreOverBroken(ctx, name, backup, savedName, broken, dryRun);
  let saved: string | null = null;
  const { changes } = await change(ctx, `backup restore ${name}`, dryRun, async (tx) => {
    // Under the lock and before anything is written: the store as it is now.
    if (!dryRun) saved = snapshotStore(ctx.dataDir, savedName);
    tx.main.settings = backup.main.settings;
    tx.main.people = backup.main.people;
    tx.main.assignments = backup.main.assignments;
    tx.main.goals = backup.main.goals;
    tx.main.notes = backup.main.notes;
    // Ids only move forward: an id handed out after the backup is never given to another record.
    const c = tx.main.counters,
      b = backup.main.counters;
    tx.main.counters = {
      person: Math.max(c.person, b.person),
      assignment: Math.max(c.assignment, b.assignment),
      goal: Math.max(c.goal, b.goal),
      note: Math.max(c.note, b.note),
    };
    for (const y of new Set([...tx.bookingYears(), ...backup.years.keys()])) {
      const live = await tx.bookingsOfYear(y);
      live.length = 0; // the live array of the transaction: refill it (no spread — a year may hold thousands)
      for (const b of backup.years.get(y) ?? []) live.push(b);
    }
  });
  const savedPath = saved as string | null;
  if (changes.length === 0 && savedPath) rmSync(savedPath, { recursive: true, force: true });
  const savedAs = savedPath && changes.length > 0 ? savedName : null;
  const n = `${changes.length} record${changes.length === 1 ? '' : 's'}`;
  if (ctx.json) ctx.out(JSON.stringify({ restored: name, records: changes.length, savedAs, dryRun }));
  else if (changes.length === 0) ctx.out(`the store already equals backup ${name} — nothing to restore`);
  else if (dryRun) doneLine(ctx, true, `restore backup ${name} (${n} would change)`);
  else
    ctx.out(
      `restored backup ${name} (${n} changed); the store as it was is kept as backup ${savedAs} — 'insat undo' reverts the restore`,
    );
}
