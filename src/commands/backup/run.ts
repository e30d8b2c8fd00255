import { rmSync } from 'node:fs';
import type { Ctx } from '../../cli/context.js';
import { emit, formatOf, reply } from '../../cli/output.js';
import type { MainData } from '../../model/types.js';
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
  const words = ctx.m.backup;
  await emit(ctx, format, {
    json: () => ({ backups: rows }),
    tabular: () => ({
      columns: [
        { key: 'name', header: 'name', label: words.columns.name, kind: 'text' },
        { key: 'kind', header: 'kind', label: words.columns.kind, kind: 'text' },
        { key: 'people', header: 'people', label: words.columns.people, kind: 'int' },
        { key: 'kb', header: 'KB', label: words.columns.kb, kind: 'int' },
      ],
      // the kind stays a code in csv; people read it in their language
      rows: rows.map((r) => ({
        ...r,
        kind: format === 'csv' ? r.kind : (words.kinds[r.kind] ?? r.kind),
        kb: Math.ceil(r.bytes / 1024),
      })),
    }),
    text: format === 'table' ? () => (rows.length ? words.howToRestore : words.none) : undefined,
  });
}

/** Why the live store cannot be read (the reason to restore), or null when it reads fine. */
async function unreadable(dir: string, dryRun: boolean): Promise<StoreError | null> {
  try {
    await (await Store.open(dir, { dryRun })).allBookings();
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
  const words = ctx.m.backup;
  if (dryRun) {
    reply(ctx, {
      json: { restored: name, records: null, savedAs: null, dryRun },
      done: words.wouldReplaceBroken(name, why.message.split(' — ')[0]!),
      dryRun,
    });
    return;
  }
  await replace(
    ctx,
    (m) => m.backup.summaryBroken(name, savedName),
    dryRun,
    backup.main,
    [...backup.months.values()].flat(),
    savedName,
  );
  reply(ctx, {
    json: { restored: name, records: null, savedAs: savedName, dryRun },
    done: words.restoredBroken(name, savedName),
  });
}

export async function runBackupRestore(ctx: Ctx, name: string, opts: { dryRun?: boolean }): Promise<void> {
  const dryRun = Boolean(opts.dryRun);
  const backup = readBackup(ctx.dataDir, name);
  const savedName = `before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  const broken = await unreadable(ctx.dataDir, dryRun);
  if (broken) return restoreOverBroken(ctx, name, backup, savedName, broken, dryRun);
  let saved: string | null = null;
  const words = ctx.m.backup;
  const { changes } = await change(
    ctx,
    (m) => m.backup.summary(name),
    dryRun,
    async (tx) => {
      // Under the lock and before anything is written: the store as it is now.
      if (!dryRun) saved = snapshotStore(ctx.dataDir, savedName);
      restoreMain(tx.main, backup.main);
      for (const month of new Set([...tx.bookingMonths(), ...backup.months.keys()])) {
        const live = await tx.bookingsOfMonth(month);
        live.length = 0; // the live array of the transaction: refill it
        for (const b of backup.months.get(month) ?? []) live.push(b);
      }
    },
  );
  const savedPath = saved as string | null;
  if (changes.length === 0 && savedPath) rmSync(savedPath, { recursive: true, force: true });
  const savedAs = savedPath && changes.length > 0 ? savedName : null;
  const n = words.records(changes.length);
  reply(ctx, {
    json: { restored: name, records: changes.length, savedAs, dryRun },
    done: changes.length === 0 ? words.same(name) : words.restored(name, n, savedAs),
    wouldDo: changes.length === 0 ? words.same(name) : words.wouldRestore(name, changes.length),
    dryRun: dryRun && changes.length > 0,
  });
}

/**
 * Every collection and the settings as the backup has them (a collection the backup predates is
 * empty then); the id counters only move forward, so an id handed out after the backup is never
 * given to another record.
 */
function restoreMain(live: MainData, from: MainData): void {
  const target = live as unknown as Record<string, unknown>;
  const source = from as unknown as Record<string, unknown>;
  for (const key of new Set([...Object.keys(target), ...Object.keys(source)])) {
    if (key === 'counters') continue;
    target[key] = source[key] ?? (Array.isArray(target[key]) ? [] : target[key]);
  }
  const counters = live.counters as Record<string, number | undefined>;
  const before = from.counters as Record<string, number | undefined>;
  for (const key of new Set([...Object.keys(counters), ...Object.keys(before)]))
    counters[key] = Math.max(counters[key] ?? 0, before[key] ?? 0);
}
