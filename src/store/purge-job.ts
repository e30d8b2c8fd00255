// A purge is a job of several steps: the store change (one commit, which also installs this job's
// file), then erasing the purged people from the trail and from every backup. A purge killed after its
// commit leaves the job file behind; the next command that opens or changes the store finishes the
// job (recoverStore), so the names never stay in history.jsonl or a backup without a trace.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { StoreError } from '../errors.js';
import type { FileWrite } from './commit.js';

export const PURGE_JOB_FILE = 'purge-pending.json';

export interface PurgeJob {
  /** Every purged person of the store: id → pseudonym. */
  purged: Record<string, string>;
  /** Names of people purged by this purge: name → pseudonym (also replaced where others' texts mention them). */
  names: Record<string, string>;
}

export interface PurgeScrubResult {
  historyEntries: number;
  backupsScrubbed: string[];
  backupsDeleted: string[];
}

export function purgeJobFile(dir: string, job: PurgeJob): FileWrite {
  return { path: join(dir, PURGE_JOB_FILE), text: JSON.stringify(job) + '\n' };
}

export function hasPendingPurge(dir: string): boolean {
  return existsSync(join(dir, PURGE_JOB_FILE));
}

/**
 * Finishes a committed purge: scrubs the trail and the backups (each step idempotent), then drops the
 * job. Call it holding the lock. The scrubbing code (and zod, which it validates backups with) loads
 * only when a job is pending, not on every command.
 */
export async function completePendingPurge(dir: string): Promise<PurgeScrubResult | null> {
  const path = join(dir, PURGE_JOB_FILE);
  if (!existsSync(path)) return null;
  let job: PurgeJob;
  try {
    job = JSON.parse(readFileSync(path, 'utf8')) as PurgeJob;
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw new StoreError((m) =>
      m.store.purgeJobUnreadable(
        path,
        err instanceof SyntaxError
          ? m.fmt.jsonError(err.message, null, null)
          : m.fmt.systemError(err.code, err.message),
      ),
    );
  }
  const purged = new Map(Object.entries(job.purged ?? {}));
  const names = new Map(Object.entries(job.names ?? {}));
  const { scrubBackups, scrubHistory } = await import('./scrub.js');
  const history = scrubHistory(dir, purged, names);
  const backups = scrubBackups(dir, purged, names);
  rmSync(path, { force: true });
  return { historyEntries: history.entries, backupsScrubbed: backups.scrubbed, backupsDeleted: backups.deleted };
}
