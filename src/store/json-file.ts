// A lowdb adapter that never loses data: reads validate and name the file and the problem; writes
// go to a unique temporary file, are flushed to disk, then renamed over the old file, so a crash
// leaves either the old or the new file and never a torn one. Files are created 0600.
import {
  chmodSync,
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Adapter } from 'lowdb';
import type { z } from 'zod';
import { StoreError } from '../errors.js';
import { SCHEMA_VERSION, type FileCheck } from './quick-check.js';
import { fixFor } from './lock.js';

export function readJsonFile<T>(path: string, schema: z.ZodType<T>): T | null {
  const text = readText(path);
  return text === null ? null : validated(path, parseJson(path, text), schema);
}

/**
 * Reads a store file checked by `check`: the quick check passes a sound file as it is; only a file
 * it rejects is validated with zod (loaded then), whose message names the field and the problem.
 */
export async function readCheckedJsonFile<T>(path: string, check: FileCheck, readPath?: string): Promise<T | null> {
  return (await readCheckedJsonText<T>(path, check, readPath))?.data ?? null;
}

/** readCheckedJsonFile, with the text the file held (to tell later whether a new text differs). */
export async function readCheckedJsonText<T>(
  path: string,
  check: FileCheck,
  readPath?: string,
): Promise<{ data: T; text: string } | null> {
  // A committed but not yet installed version (readPath) is read when it is still there.
  const text = (readPath !== undefined ? readText(readPath) : null) ?? readText(path);
  if (text === null) return null;
  const parsed = parseJson(path, text);
  if (check.quick(parsed)) return { data: parsed as T, text };
  return { data: validated(path, parsed, (await check.schema()) as z.ZodType<T>), text };
}

function readText(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new StoreError((m) =>
      m.store.cannotRead(path, m.fmt.systemError((e as NodeJS.ErrnoException).code, (e as Error).message)),
    );
  }
}

function parseJson(path: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const at = jsonErrorAt(text, (e as Error).message);
    throw new StoreError((m) => m.store.notJson(path, m.fmt.jsonError((e as Error).message, at.line, at.column)));
  }
}

/** Where JSON.parse stopped, as line and column (1-based), from the position its message names. */
export function jsonErrorAt(text: string, message: string): { line: number | null; column: number | null } {
  const position = /at position (\d+)/.exec(message);
  if (!position) return { line: null, column: null };
  const before = text.slice(0, Number(position[1]));
  const lastBreak = before.lastIndexOf('\n');
  return { line: before.split('\n').length, column: before.length - lastBreak };
}

function validated<T>(path: string, parsed: unknown, schema: z.ZodType<T>): T {
  const result = schema.safeParse(parsed);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const where = issue.path.length ? `${issue.path.join('.')}${recordOf(parsed, issue.path)}` : null;
    const version = (parsed as { schemaVersion?: unknown } | null)?.schemaVersion;
    throw new StoreError((m) =>
      m.store.schema(
        path,
        where ?? m.store.topLevel,
        issue.message,
        typeof version === 'number' && version > SCHEMA_VERSION ? m.store.newerInsat(version) : m.store.repairHint,
      ),
    );
  }
  // The data as the file holds it: zod's copy has the keys in the schema's order, and a restored
  // backup compared with the store would then differ in every record (the schema has no defaults
  // or transforms, so nothing else differs).
  return parsed as T;
}

/** Which record a problem lies in, as the user finds it in the file: " (record p004)", " (record p001 on 2026-11-24)". */
function recordOf(parsed: unknown, path: readonly PropertyKey[]): string {
  if (path.length < 2 || typeof path[1] !== 'number') return '';
  const list = (parsed as Record<string, unknown> | null)?.[path[0] as string];
  const r = Array.isArray(list) ? (list[path[1]] as Record<string, unknown> | undefined) : undefined;
  if (!r || typeof r !== 'object') return '';
  if (typeof r.id === 'string') return ` (record ${r.id.slice(0, 40)})`;
  if (typeof r.participantId === 'string')
    return ` (record ${r.participantId.slice(0, 40)} on ${String(r.date).slice(0, 10)})`;
  return '';
}

/** Writes `text` to `path` atomically and durably. */
export function writeFileAtomic(path: string, text: string): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  let fd = -1;
  try {
    fd = openSync(tmp, 'wx', 0o600);
    writeSync(fd, text);
    fsyncSync(fd);
    closeSync(fd);
    fd = -1;
    renameSync(tmp, path);
  } catch (e) {
    if (fd >= 0) closeSync(fd);
    try {
      unlinkSync(tmp);
    } catch {
      /* the temporary file may not exist */
    }
    const err = e as NodeJS.ErrnoException;
    throw new StoreError((m) =>
      m.store.cannotWrite(path, m.fmt.systemError(err.code, err.message), fixFor(m, err.code)),
    );
  }
  syncDir(dirname(path));
}

function syncDir(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    /* some file systems cannot sync a directory; the rename is still atomic */
  }
}

/** lowdb adapter over the safe read and write above. */
export class ValidatedJsonFile<T> implements Adapter<T> {
  constructor(
    private readonly path: string,
    private readonly schema: z.ZodType<T>,
  ) {}
  async read(): Promise<T | null> {
    return readJsonFile(this.path, this.schema);
  }
  async write(data: T): Promise<void> {
    writeFileAtomic(this.path, JSON.stringify(data, null, 1) + '\n');
  }
}

/** lowdb adapter over the quick-checked read (readCheckedJsonFile) and the safe write above. */
export class CheckedJsonFile<T> implements Adapter<T> {
  constructor(
    private readonly path: string,
    private readonly check: FileCheck,
    private readonly readPath?: string,
  ) {}
  async read(): Promise<T | null> {
    return readCheckedJsonFile<T>(this.path, this.check, this.readPath);
  }
  async write(data: T): Promise<void> {
    writeFileAtomic(this.path, JSON.stringify(data, null, 1) + '\n');
  }
}

/** Creates a directory (and its parents) readable by the owner only: the store holds health data. */
export function ensureDir(path: string): void {
  if (!existsSync(path)) {
    mkdirSync(path, { recursive: true, mode: 0o700 });
    chmodSync(path, 0o700);
  }
}
