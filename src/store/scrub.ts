// After a purge, the personal data of purged people must be gone everywhere — not only from the
// store but also from the audit trail (whose before/after images and command lines carry names,
// birth dates, note texts) and from the backups. Both are rewritten atomically (a crash leaves the
// old or the new file). Run under the store lock. Idempotent: running it again changes nothing, so
// a purge interrupted between the store write and this step is completed by running purge again.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { EXIT_REASONS } from '../model/exit-reasons.js';
import {
  applyPurge,
  isPurgedClean,
  PURGED_TEXT,
  scrubAssignment,
  scrubGoal,
  scrubNote,
  scrubPerson,
} from '../model/purge.js';
import { nameReplacer, replaceNamesDeep, replaceNamesInTexts } from '../model/purge-names.js';
import type { MainData } from '../model/types.js';
import type { HistoryEntry } from './history.js';
import { writeFileAtomic } from './json-file.js';
import { ARCHIVE_FILE, BACKUPS_DIR, HISTORY_FILE, MAIN_FILE } from './paths.js';
import { mergeArchive, partitionByPeople, type ArchivePart } from '../model/archive.js';
import type { ChangeRecord } from './records.js';
import { archiveSchema, mainSchema } from './schema.js';
import { readJsonFile } from './json-file.js';

/** Flags whose values describe a person; their values are erased from recorded command lines. */
const PERSONAL_FLAGS = new Set([
  '--name',
  '--birth-date',
  '--phone',
  '--email',
  '--address',
  '--jobcenter-no',
  '--jobcenter-ref',
  '--addiction',
  '--text',
  '--goal',
  '--comment',
  '--cap-reason',
  '--prior',
  '--reason',
]);

type Img = Record<string, unknown> | null;

function personOf(c: ChangeRecord): string | null {
  if (c.collection === 'people') return c.key;
  if (c.collection === 'assignments' || c.collection === 'goals' || c.collection === 'notes') {
    return ((c.after ?? c.before) as { personId?: string } | null)?.personId ?? null;
  }
  return null;
}

function scrubImage(c: ChangeRecord, img: unknown, pseudonym: string): unknown {
  if (!img || typeof img !== 'object') return img;
  const r = img as Img & object;
  switch (c.collection) {
    case 'people':
      return scrubPerson(r, pseudonym);
    case 'assignments':
      return scrubAssignment(r);
    case 'goals':
      return scrubGoal(r);
    case 'notes':
      return scrubNote(r);
    default:
      return img;
  }
}

function scrubArgv(argv: string[], replaceNames: (t: string) => string): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const eq = /^(--[\w-]+)=/.exec(a);
    if (eq && PERSONAL_FLAGS.has(eq[1]!) && !(eq[1] === '--reason' && a.slice(eq[0].length) in EXIT_REASONS)) {
      out.push(`${eq[1]}=${PURGED_TEXT}`);
      continue;
    }
    out.push(replaceNames(a));
    if (PERSONAL_FLAGS.has(a) && i + 1 < argv.length && !(a === '--reason' && argv[i + 1]! in EXIT_REASONS)) {
      out.push(PURGED_TEXT);
      i++;
    }
  }
  return out;
}

export interface HistoryScrub {
  entries: number;
}

/**
 * Rewrites history.jsonl with the personal data of `purged` (id → pseudonym) erased; their names
 * (as the trail recorded them, and `knownNames`: name → pseudonym) are replaced wherever they occur.
 */
export function scrubHistory(
  dir: string,
  purged: ReadonlyMap<string, string>,
  knownNames: ReadonlyMap<string, string> = new Map(),
): HistoryScrub {
  const path = join(dir, HISTORY_FILE);
  if (!existsSync(path) || purged.size === 0) return { entries: 0 };
  const lines = readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim());
  const parsed = lines.map((l): HistoryEntry | string => {
    try {
      return JSON.parse(l) as HistoryEntry;
    } catch {
      return l;
    }
  });
  // Every name a purged person ever had, as the trail recorded it.
  const names = new Map<string, string>(knownNames);
  for (const e of parsed) {
    if (typeof e === 'string') continue;
    for (const c of e.changes) {
      if (c.collection !== 'people' || !purged.has(c.key)) continue;
      for (const img of [c.before, c.after]) {
        const n = (img as { name?: unknown } | null)?.name;
        if (typeof n === 'string' && n !== purged.get(c.key)) names.set(n, purged.get(c.key)!);
      }
    }
  }
  const replaceNames = nameReplacer(names);
  let changed = 0;
  const out = parsed.map((e) => {
    if (typeof e === 'string') return replaceNames(e);
    const before = JSON.stringify(e);
    const touches = e.changes.some((c) => purged.has(personOf(c) ?? ''));
    const entry: HistoryEntry = {
      ...e,
      summary: replaceNames(e.summary),
      argv: touches ? scrubArgv(e.argv, replaceNames) : e.argv.map(replaceNames),
      changes: e.changes.map((c) => {
        const who = personOf(c);
        if (!who || !purged.has(who)) return replaceNamesDeep(c, replaceNames);
        const p = purged.get(who)!;
        return { ...c, before: scrubImage(c, c.before, p), after: scrubImage(c, c.after, p) };
      }),
    };
    const text = JSON.stringify(entry);
    if (text !== before) changed++;
    return text;
  });
  if (changed > 0) writeFileAtomic(path, out.join('\n') + '\n');
  return { entries: changed };
}

export interface BackupScrub {
  scrubbed: string[];
  deleted: string[];
}

/**
 * Erases the purged people's data from every backup as well (the same purge applied to the
 * backup's main file; bookings carry no personal data). A backup that cannot be read cannot be
 * cleaned, so it is deleted; so are unfinished (.partial) ones.
 */
export function scrubBackups(
  dir: string,
  purged: ReadonlyMap<string, string>,
  knownNames: ReadonlyMap<string, string> = new Map(),
): BackupScrub {
  const root = join(dir, BACKUPS_DIR);
  const result: BackupScrub = { scrubbed: [], deleted: [] };
  if (!existsSync(root) || purged.size === 0) return result;
  for (const name of readdirSync(root).sort()) {
    const path = join(root, name, MAIN_FILE);
    if (name.endsWith('.partial')) {
      rmSync(join(root, name), { recursive: true, force: true });
      continue;
    }
    const archivePath = join(root, name, ARCHIVE_FILE);
    let file: (MainData & { schemaVersion: number }) | null;
    let archive: (ArchivePart & { schemaVersion: number }) | null = null;
    try {
      file = readJsonFile(path, mainSchema as never) as (MainData & { schemaVersion: number }) | null;
      if (existsSync(archivePath))
        archive = readJsonFile(archivePath, archiveSchema as never) as (ArchivePart & { schemaVersion: number }) | null;
    } catch {
      file = null;
    }
    if (!file) {
      rmSync(join(root, name), { recursive: true, force: true });
      result.deleted.push(name);
      continue;
    }
    // The backup's archive.json is purged with its main file, as one store, and then split as it was.
    const archived = new Set((archive?.people ?? []).map((p) => p.id));
    const data = archive ? mergeArchive({ ...file }, archive) : file;
    const ids = new Set(
      data.people
        .filter((p) => purged.has(p.id) && !(p.purged && isPurgedClean(data, p, purged.get(p.id))))
        .map((p) => p.id),
    );
    const names = new Map(knownNames);
    for (const p of data.people) if (ids.has(p.id) && p.name.trim()) names.set(p.name, purged.get(p.id)!);
    const mainBefore = JSON.stringify(file);
    const archiveBefore = JSON.stringify(archive);
    applyPurge(data, ids, (id) => purged.get(id)!);
    replaceNamesInTexts(data, nameReplacer(names));
    const parts = partitionByPeople(data, archived);
    const newArchive = archive && { ...archive, ...parts.archive };
    const mainChanged = JSON.stringify(parts.main) !== mainBefore;
    if (!mainChanged && JSON.stringify(newArchive) === archiveBefore) continue;
    // A new file replaces the old by rename, so a hard link shared with the live store is not touched.
    if (newArchive && JSON.stringify(newArchive) !== archiveBefore)
      writeFileAtomic(archivePath, JSON.stringify(newArchive, null, 1) + '\n');
    if (mainChanged) writeFileAtomic(path, JSON.stringify(parts.main, null, 1) + '\n');
    result.scrubbed.push(name);
  }
  return result;
}
