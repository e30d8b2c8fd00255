// Every file insat writes for people to read — PDF reports, exports with --out — goes through here.
// They hold names and Jobcenter numbers: files are 0600 and directories insat creates 0700
// whatever the umask. A file is written to a temporary file created exclusively (O_EXCL, an
// unpredictable name, beside the target, so no prepared symlink can redirect it), then moved into
// place; an existing file is replaced only with --force, and only a regular file: a device, a named
// pipe, a socket, a directory or a symbolic link at the target is refused, also with --force (a rename
// would put a file of personal data where /dev/null or a pipe a reader waits on was).
import {
  closeSync,
  fchmodSync,
  fsyncSync,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UsageError } from '../errors.js';
import type { Catalogue } from '../i18n/text.js';
import { firstFileOnPath } from '../store/fs-errors.js';

/**
 * Creates `dir` and its missing parents, each 0700 (mkdir's mode is only ever narrowed by the umask).
 * `out` is the --out value as typed, named when a part of the path is a file.
 */
export function ensureOutDir(dir: string, out: string = dir): void {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' || code === 'ENOTDIR') {
      throw new UsageError((m) => m.input.out.notADirectory(out, firstFileOnPath(dir)));
    }
    writeError(dir, e);
  }
}

function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

type Kind = keyof Catalogue['input']['out']['kinds'];

/** What stands at `path` when it is not a regular file; null when it is one or there is nothing. */
function notRegular(path: string): Kind | null {
  let st;
  try {
    st = lstatSync(path);
  } catch {
    return null;
  }
  if (st.isFile()) return null;
  if (st.isSymbolicLink()) return 'symlink';
  if (st.isDirectory()) return 'directory';
  if (st.isFIFO()) return 'fifo';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'device';
  if (st.isSocket()) return 'socket';
  return 'other';
}

/**
 * Refuses, in one line naming every one of them, to replace files that exist — unless `force` —
 * and, also with `force`, anything at a target that is not a regular file.
 */
export function refuseExisting(paths: readonly string[], force: boolean): void {
  const odd = paths.flatMap((p) => {
    const kind = notRegular(p);
    return kind ? [{ path: p, kind }] : [];
  });
  if (odd.length === 1)
    throw new UsageError((m) => m.input.out.notRegular(odd[0]!.path, m.input.out.kinds[odd[0]!.kind]));
  if (odd.length > 1) {
    throw new UsageError((m) =>
      m.input.out.manyNotRegular(odd.length, odd.map((o) => `${o.path} (${m.input.out.kinds[o.kind]})`).join(', ')),
    );
  }
  if (force) return;
  const there = paths.filter(exists);
  if (there.length === 0) return;
  if (there.length === 1) throw new UsageError((m) => m.input.out.exists(there[0]!));
  throw new UsageError((m) => m.input.out.manyExist(there.length, there.join(', ')));
}

const TEMP = /^\.(.+)\.(\d+)-[0-9a-f]+\.tmp$/;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Temporary files of `name` left by a writer that was killed (its process is gone). */
function removeLeftovers(dir: string, name: string): void {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return;
  }
  for (const entry of entries) {
    const m = TEMP.exec(entry);
    if (m && m[1] === name && !alive(Number(m[2]))) {
      try {
        unlinkSync(join(dir, entry));
      } catch {
        /* another writer removed it first */
      }
    }
  }
}

/** A hard link fails when the target exists; where the file system has none, check and rename. */
function moveWithoutReplacing(tmp: string, path: string): void {
  try {
    linkSync(tmp, path);
  } catch (e) {
    if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EMLINK', 'ENOSYS'].includes((e as NodeJS.ErrnoException).code ?? ''))
      throw e;
    refuseExisting([path], false);
    renameSync(tmp, path);
  }
}

function writeError(path: string, e: unknown): never {
  const err = e as NodeJS.ErrnoException;
  if (err instanceof UsageError) throw err;
  if (err.code === 'EEXIST') throw new UsageError((m) => m.input.out.exists(path));
  throw new UsageError((m) => {
    const fix =
      err.code === 'ENOSPC'
        ? m.input.out.diskFull
        : err.code === 'ENOTDIR'
          ? m.input.out.pathNotDirectory
          : err.code === 'EISDIR' || err.code === 'ENOTEMPTY'
            ? m.input.out.isDirectory
            : m.input.out.other;
    return m.input.out.cannotWrite(path, m.fmt.systemError(err.code, err.message), fix);
  });
}

/** Writes `data` to `path` (0600) all at once: a reader sees the old file, or none, or the whole new one. */
export function writeOutputFile(path: string, data: string | Uint8Array, { force }: { force: boolean }): void {
  const dir = dirname(path),
    name = basename(path);
  refuseExisting([path], force);
  removeLeftovers(dir, name);
  const { randomBytes } = process.getBuiltinModule('node:crypto'); // not at start: ~4 ms to load
  const tmp = join(dir, `.${name}.${process.pid}-${randomBytes(8).toString('hex')}.tmp`);
  let fd = -1;
  try {
    fd = openSync(tmp, 'wx', 0o600);
    fchmodSync(fd, 0o600);
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    for (let done = 0; done < bytes.length;) done += writeSync(fd, bytes, done);
    fsyncSync(fd);
    closeSync(fd);
    fd = -1;
    // Without --force, a link is the move that fails when a file appeared at the target meanwhile.
    if (force) renameSync(tmp, path);
    else moveWithoutReplacing(tmp, path);
  } catch (e) {
    if (fd >= 0) closeSync(fd);
    try {
      unlinkSync(tmp);
    } catch {
      /* it was not created */
    }
    writeError(path, e);
  }
  if (!force) {
    try {
      unlinkSync(tmp);
    } catch {
      /* renamed, or already gone */
    }
  }
}
