// The store's secret for export pseudonyms: 32 random bytes in pseudonym.key (0600) beside the data
// files. It is made at `init`, or on the first pseudonymised export of a store from before; it is
// not a data file, so backups, undo and exports never carry it.
import {
  closeSync,
  existsSync,
  fsyncSync,
  linkSync,
  openSync,
  readFileSync,
  renameSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { StoreError } from '../errors.js';

export const PSEUDONYM_KEY_FILE = 'pseudonym.key';

function readKey(path: string): Buffer | null {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new StoreError((m) =>
      m.store.keyUnreadable(path, m.fmt.systemError((e as NodeJS.ErrnoException).code, (e as Error).message)),
    );
  }
  if (!/^[0-9a-f]{64}\n?$/.test(text)) {
    throw new StoreError((m) => m.store.keyDamaged(path));
  }
  return Buffer.from(text.trim(), 'hex');
}

/** A link fails when another process made the key first; a file system without links gets a rename. */
function linkOrRename(tmp: string, path: string): void {
  try {
    linkSync(tmp, path);
  } catch (e) {
    if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS'].includes((e as NodeJS.ErrnoException).code ?? '')) throw e;
    if (existsSync(path)) return;
    renameSync(tmp, path);
  }
}

/**
 * Writes a new key beside the target and links it into place: two first exports agree on one key.
 * The temporary name has the form the store's recovery tidies after a crash (`.<name>.<pid>.<n>.tmp`).
 */
function createKey(dir: string, path: string, attempt = 1): void {
  const { randomBytes } = process.getBuiltinModule('node:crypto'); // not at start: ~4 ms to load
  const tmp = join(dir, `.${PSEUDONYM_KEY_FILE}.${process.pid}.${randomBytes(6).readUIntBE(0, 6)}.tmp`);
  try {
    const fd = openSync(tmp, 'wx', 0o600);
    try {
      writeSync(fd, `${randomBytes(32).toString('hex')}\n`);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    linkOrRename(tmp, path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    // a writer recovering from a crash may have tidied our temporary file away: once more
    if (code === 'ENOENT' && attempt === 1) return createKey(dir, path, 2);
    if (code !== 'EEXIST') {
      throw new StoreError((m) =>
        m.store.keyNotCreated(path, m.fmt.systemError((e as NodeJS.ErrnoException).code, (e as Error).message)),
      );
    }
  } finally {
    try {
      unlinkSync(tmp);
    } catch {
      /* not created */
    }
  }
}

/** The store's key, made first when the store has none. */
export function pseudonymKey(dir: string): Buffer {
  const path = join(dir, PSEUDONYM_KEY_FILE);
  const key = readKey(path);
  if (key) return key;
  createKey(dir, path);
  return readKey(path)!;
}
