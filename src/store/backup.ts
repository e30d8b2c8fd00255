// Automatic backups: before the first change of each day, a copy of the data files in
// backups/<YYYY-MM-DD>/. Unchanged files are hard links (the store replaces files by rename, so a
// linked old version is never modified). The newest 14 daily backups are kept.
import { copyFileSync, existsSync, linkSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { IsoDate } from '../model/dates.js';
import { BACKUPS_DIR, BOOKINGS_DIR, MAIN_FILE } from './paths.js';
import { ensureDir } from './json-file.js';

export const KEEP_DAILY_BACKUPS = 14;

function linkOrCopy(from: string, to: string): void {
  try { linkSync(from, to); } catch { copyFileSync(from, to); }
}

/** Copies the store's data files into backups/<name>/; returns the backup's path. */
export function snapshotStore(dir: string, name: string): string {
  const target = join(dir, BACKUPS_DIR, name);
  const partial = `${target}.partial`;
  rmSync(partial, { recursive: true, force: true });
  ensureDir(join(partial, BOOKINGS_DIR));
  linkOrCopy(join(dir, MAIN_FILE), join(partial, MAIN_FILE));
  const bookings = join(dir, BOOKINGS_DIR);
  if (existsSync(bookings)) {
    for (const f of readdirSync(bookings)) if (/^\d{4}\.json$/.test(f)) linkOrCopy(join(bookings, f), join(partial, BOOKINGS_DIR, f));
  }
  // Renaming the finished folder makes a backup appear whole or not at all.
  rmSync(target, { recursive: true, force: true });
  ensureDir(join(dir, BACKUPS_DIR));
  renameSync(partial, target);
  return target;
}

export function dailyBackup(dir: string, today: IsoDate): void {
  if (!existsSync(join(dir, MAIN_FILE))) return;
  const target = join(dir, BACKUPS_DIR, today);
  if (existsSync(target)) return;
  snapshotStore(dir, today);
  rotate(dir);
}

function rotate(dir: string): void {
  const daily = listBackups(dir).filter((b) => /^\d{4}-\d{2}-\d{2}$/.test(b.name));
  for (const old of daily.slice(0, Math.max(0, daily.length - KEEP_DAILY_BACKUPS))) {
    rmSync(join(dir, BACKUPS_DIR, old.name), { recursive: true, force: true });
  }
}

export interface BackupInfo { name: string; bytes: number }

export function listBackups(dir: string): BackupInfo[] {
  const root = join(dir, BACKUPS_DIR);
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((n) => !n.endsWith('.partial') && existsSync(join(root, n, MAIN_FILE)))
    .sort()
    .map((name) => {
      let bytes = statSync(join(root, name, MAIN_FILE)).size;
      const b = join(root, name, BOOKINGS_DIR);
      if (existsSync(b)) for (const f of readdirSync(b)) bytes += statSync(join(b, f)).size;
      return { name, bytes };
    });
}
