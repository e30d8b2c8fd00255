// archive.json beside insat.json: the people whose stay ended long ago (model/archive.ts decides who),
// with their assignments, goals and notes. It is one more data file of the staged commit, like a
// month file; insat.json names the day the split was made for (`archive.before`).
import { join } from 'node:path';
import { StoreError } from '../errors.js';
import { emptyArchive, mergeArchive, sharedRecord, type ArchivePart } from '../model/archive.js';
import type { IsoDate } from '../model/dates.js';
import type { MainData } from '../model/types.js';
import { readCheckedJsonText } from './json-file.js';
import { ARCHIVE_FILE } from './paths.js';
import { ARCHIVE_FILE_CHECK, SCHEMA_VERSION } from './quick-check.js';

export interface ArchiveRead {
  part: ArchivePart;
  /** The file's text as read, or null when there is no archive.json (an empty archive). */
  text: string | null;
}

/** archive.json as read (`readPath`: a committed version not yet installed); an empty archive when there is none. */
export async function readArchive(dir: string, readPath?: string): Promise<ArchiveRead> {
  const read = await readCheckedJsonText<ArchivePart & { schemaVersion: number }>(
    join(dir, ARCHIVE_FILE),
    ARCHIVE_FILE_CHECK,
    readPath,
  );
  if (read === null) return { part: emptyArchive(), text: null };
  const { people, assignments, goals, notes } = read.data;
  return { part: { people, assignments, goals, notes }, text: read.text };
}

export function archiveFileText(part: ArchivePart): string {
  const { people, assignments, goals, notes } = part;
  return JSON.stringify({ schemaVersion: SCHEMA_VERSION, people, assignments, goals, notes }, null, 1) + '\n';
}

/** The main file's text; `before`: the day the people in archive.json ended before (none: nothing archived). */
export function mainFileText(main: MainData, before: IsoDate | null): string {
  const head =
    before === null ? { schemaVersion: SCHEMA_VERSION } : { schemaVersion: SCHEMA_VERSION, archive: { before } };
  return JSON.stringify({ ...head, ...main }, null, 1) + '\n';
}

/**
 * archive.json is always there beside an insat.json that names the split (`before`): without it the
 * people filed there would be lost without a word, and the next change would write the store without them.
 */
export function refuseMissingArchive(path: string, before: IsoDate | null, present: boolean): void {
  if (!present && before !== null) throw new StoreError((m) => m.store.archiveMissing(path, before));
}

/** A record that both files hold is a broken store: exit 6, naming the record. */
export function refuseSharedRecord(dir: string, main: MainData, archive: ArchivePart): void {
  const dup = sharedRecord(main, archive);
  if (dup) {
    throw new StoreError((m) => {
      const noun = (m.store.records.nouns as Record<string, string | undefined>)[dup.collection];
      return m.store.inBothFiles(join(dir, ARCHIVE_FILE), noun ?? dup.collection, dup.id);
    });
  }
}

/** The archive's records merged into `main` (changed in place); a record in both files is exit 6. */
export function mergeArchiveInto(dir: string, main: MainData, archive: ArchivePart): MainData {
  refuseSharedRecord(dir, main, archive);
  return mergeArchive(main, archive);
}
