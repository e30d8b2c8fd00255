// Automatic backups: before the first change of each day, a copy of the data files in
// backups/<YYYY-MM-DD>/ (month files; a backup made before month files keeps year files). Month files
// are hard links (the store replaces files by rename, so a linked old version is never modified by
// insat). insat.json and archive.json are copied: they are the files a repair by hand edits, and an
// editor that writes in place would change every backup linked to them — archive.json, which changes
// about once a year, would be one file in all 14 backups. The newest 14 daily backups are kept.
// A backup is never replaced by an empty store: no daily backup is taken of a store without people
// while an older backup has people, and rotation keeps the newest backup with people when every
// newer one is empty (so that two weeks of work on an accidentally emptied store cannot rotate the
// last good copy away).
import {
  copyFileSync,
  type Dirent,
  existsSync,
  linkSync,
  lstatSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { join, sep } from 'node:path';
import type { IsoDate } from '../model/dates.js';
import { ARCHIVE_FILE, BACKUPS_DIR, BOOKINGS_DIR, MAIN_FILE, MONTH_FILE, YEAR_FILE } from './paths.js';
import { ensureDir } from './json-file.js';

export const KEEP_DAILY_BACKUPS = 14;

/**
 * A backup holds regular files only. A data file that is a symbolic link (pointing who knows where,
 * and perhaps changed later) is copied as the content it points to; anything else is refused.
 */
function linkOrCopy(
  from: string,
  to: string,
  /** What `from` is, when the folder's listing told (else it is looked up). */
  st: Pick<Dirent, 'isSymbolicLink' | 'isFile'> = lstatSync(from),
  copy = false,
): void {
  if (st.isSymbolicLink()) {
    if (!statSync(from).isFile())
      throw Object.assign(new Error(`${from} links to something that is not a file`), { code: 'EINVAL' });
    copyFileSync(from, to);
    return;
  }
  if (!st.isFile()) throw Object.assign(new Error(`${from} is not a regular file`), { code: 'EINVAL' });
  if (copy) {
    copyFileSync(from, to);
    return;
  }
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

/** Whether the folder holds any data file a backup copies (a store whose insat.json is missing still may). */
export function hasDataFiles(dir: string): boolean {
  if (existsSync(join(dir, MAIN_FILE)) || existsSync(join(dir, ARCHIVE_FILE))) return true;
  try {
    return readdirSync(join(dir, BOOKINGS_DIR)).some((n) => MONTH_FILE.test(n) || YEAR_FILE.test(n));
  } catch {
    return false;
  }
}

/** Copies the store's data files (as they are, even unreadable ones) into backups/<name>/; returns the backup's path. */
export function snapshotStore(dir: string, name: string): string {
  const target = join(dir, BACKUPS_DIR, name);
  const partial = `${target}.partial`;
  rmSync(partial, { recursive: true, force: true });
  ensureDir(join(partial, BOOKINGS_DIR));
  for (const name of [MAIN_FILE, ARCHIVE_FILE]) {
    const from = join(dir, name);
    if (existsSync(from)) linkOrCopy(from, join(partial, name), lstatSync(from), true);
  }
  const bookings = join(dir, BOOKINGS_DIR);
  if (existsSync(bookings)) {
    // A 20-year store has 241 month files: their kinds come with the listing (no lstat each), and their
    // paths are joined as plain strings (the folders are normalised already).
    const into = join(partial, BOOKINGS_DIR);
    for (const f of readdirSync(bookings, { withFileTypes: true }))
      if (MONTH_FILE.test(f.name) || YEAR_FILE.test(f.name))
        linkOrCopy(`${bookings}${sep}${f.name}`, `${into}${sep}${f.name}`, f);
  }
  // Renaming the finished folder makes a backup appear whole or not at all.
  rmSync(target, { recursive: true, force: true });
  ensureDir(join(dir, BACKUPS_DIR));
  renameSync(partial, target);
  return target;
}

/** How many people a main file holds; null when it cannot be read. */
export function peopleInFile(path: string): number | null {
  try {
    const people = (JSON.parse(readFileSync(path, 'utf8')) as { people?: unknown }).people;
    return Array.isArray(people) ? people.length : null;
  } catch {
    return null;
  }
}

/** How many people a backup holds (its main file and its archive.json); null when its main file cannot be read. */
export function backupPeople(dir: string, name: string): number | null {
  const main = peopleInFile(join(dir, BACKUPS_DIR, name, MAIN_FILE));
  const archive = join(dir, BACKUPS_DIR, name, ARCHIVE_FILE);
  return main === null || !existsSync(archive) ? main : main + (peopleInFile(archive) ?? 0);
}

/** The newest backup (any kind) that holds people, or null. */
function newestBackupWithPeople(dir: string, among = backupNames(dir)): string | null {
  for (let i = among.length - 1; i >= 0; i--) if ((backupPeople(dir, among[i]!) ?? 0) > 0) return among[i]!;
  return null;
}

/** Whether the store has its backup of `today` (made before the day's first change). */
export function hasDailyBackup(dir: string, today: IsoDate): boolean {
  return existsSync(join(dir, BACKUPS_DIR, today));
}

/** `people`: how many people the store on disk has, when the caller knows (saves reading it again). */
export function dailyBackup(dir: string, today: IsoDate, people?: number): void {
  if (!existsSync(join(dir, MAIN_FILE))) return;
  if (hasDailyBackup(dir, today)) return;
  // An empty store (no people) is not backed up while an older backup holds people.
  if ((people ?? peopleInFile(join(dir, MAIN_FILE)) ?? 1) === 0 && newestBackupWithPeople(dir) !== null) return;
  snapshotStore(dir, today);
  rotate(dir);
}

/** Daily backups beyond the newest 14 go — except the newest one with people when all kept ones are empty. */
export function rotate(dir: string, keep = KEEP_DAILY_BACKUPS): void {
  const daily = backupNames(dir).filter((name) => /^\d{4}-\d{2}-\d{2}$/.test(name));
  const drop = daily.slice(0, Math.max(0, daily.length - keep));
  if (drop.length === 0) return;
  const kept = daily.slice(drop.length);
  const spare = newestBackupWithPeople(dir, kept) === null ? newestBackupWithPeople(dir, drop) : null;
  for (const old of drop) {
    if (old !== spare) rmSync(join(dir, BACKUPS_DIR, old), { recursive: true, force: true });
  }
}

export interface BackupInfo {
  name: string;
  bytes: number;
}

/** The finished backups' names, oldest first (without their sizes: rotating needs the names only). */
function backupNames(dir: string): string[] {
  const root = join(dir, BACKUPS_DIR);
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((n) => !n.endsWith('.partial') && existsSync(join(root, n, MAIN_FILE)))
    .sort();
}

export function listBackups(dir: string): BackupInfo[] {
  const root = join(dir, BACKUPS_DIR);
  return backupNames(dir).map((name) => {
    let bytes = statSync(join(root, name, MAIN_FILE)).size;
    if (existsSync(join(root, name, ARCHIVE_FILE))) bytes += statSync(join(root, name, ARCHIVE_FILE)).size;
    const b = join(root, name, BOOKINGS_DIR);
    if (existsSync(b)) for (const f of readdirSync(b)) bytes += statSync(join(b, f)).size;
    return { name, bytes };
  });
}
