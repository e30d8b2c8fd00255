// File-system errors that come from the machine, not from a bug in insat: a data directory that is a
// file, a read-only or full disk, missing rights. They become exit 6 with what to do (CLI.md: the
// store cannot be read) wherever they surface — fixFor (lock.ts) words the fix.
import { statSync } from 'node:fs';
import { dirname, sep } from 'node:path';
import { StoreError } from '../errors.js';
import { fixFor } from './lock.js';

/** Error codes of the machine's state: never a bug of insat's, always something a person can fix. */
const ENVIRONMENT = new Set(['ENOTDIR', 'EISDIR', 'EROFS', 'EACCES', 'EPERM', 'ENOSPC', 'EDQUOT', 'EIO', 'ELOOP']);

/** The first part of `path` that exists and is not a directory (`path` itself when none is found). */
export function firstFileOnPath(path: string): string {
  const parts: string[] = [];
  for (let p = path; ; p = dirname(p)) {
    parts.unshift(p);
    if (dirname(p) === p) break;
  }
  for (const p of parts) {
    try {
      if (!statSync(p).isDirectory()) return p;
    } catch {
      return path;
    }
  }
  return path;
}

/** Exit 6 when `dir` (the data directory) is a file or lies under one; a directory or nothing yet is fine. */
export function requireUsableDataDir(dir: string): string {
  let isDirectory: boolean | undefined;
  try {
    isDirectory = statSync(dir, { throwIfNoEntry: false })?.isDirectory();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOTDIR') return dir; // the command meets it and says why
    isDirectory = false;
  }
  if (isDirectory === false) {
    const file = firstFileOnPath(dir);
    throw new StoreError((m) => m.store.dataDirIsFile(dir, file));
  }
  return dir;
}

/**
 * An error of the file system at a path in the data directory `dir` that no command caught: exit 6
 * naming the store, the reason and the fix, instead of "a bug in insat". Null for anything else.
 */
export function storeErrorFromFs(e: unknown, dir: string): StoreError | null {
  const err = e as NodeJS.ErrnoException | null;
  if (!err || typeof err.code !== 'string' || !ENVIRONMENT.has(err.code) || typeof err.path !== 'string') return null;
  const path = err.path;
  if (path !== dir && !path.startsWith(dir + sep)) return null;
  const code = err.code;
  if (code === 'ENOTDIR') {
    const file = firstFileOnPath(dirname(path));
    return new StoreError((m) => m.store.dataDirIsFile(dir, file));
  }
  const why = err.syscall ? `${code} (${err.syscall} ${path})` : `${code} (${path})`;
  return new StoreError((m) => m.store.cannotUse(dir, why, fixFor(m, code)));
}
