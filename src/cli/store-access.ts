// How commands reach the store: read it, or change it in one locked, recorded, undoable step.
import { NotFoundError } from '../errors.js';
import { currentAssignment } from '../model/assignment.js';
import type { Assignment, Booking, MainData, Person } from '../model/types.js';
import { Store, type Needs } from '../store/store.js';
import { replaceStore, writeStore, type Transaction, type WriteMeta, type WriteResult } from '../store/transaction.js';
import type { Text } from '../i18n/text.js';
import type { Ctx } from './context.js';

/**
 * In a dry run a store of the old layout is read as it is, not migrated: a dry run changes no file.
 * `needs`: what the command reads, when it may leave archive.json unread (the commands of every day).
 */
export function openStore(ctx: Ctx, needs?: Needs): Promise<Store> {
  return Store.open(ctx.dataDir, { dryRun: ctx.dryRun, needs });
}

/** What a change records about itself; the command line and today come from the run. */
function metaOf(
  ctx: Ctx,
  summary: string | Text,
  dryRun: boolean,
  extra: Pick<WriteMeta, 'undoOf' | 'bookingsOnly' | 'needs'>,
): WriteMeta {
  return { summary, argv: ctx.argv, today: ctx.today, dryRun, ...extra };
}

export function change<T>(
  ctx: Ctx,
  summary: string | Text,
  dryRun: boolean,
  fn: (tx: Transaction) => T | Promise<T>,
  extra: Pick<WriteMeta, 'undoOf' | 'bookingsOnly' | 'needs'> = {},
): Promise<WriteResult<T>> {
  return writeStore(ctx.dataDir, metaOf(ctx, summary, dryRun, extra), fn);
}

/** Replaces the whole store in one recorded step (init --force, restore over an unreadable store); the old files go to backups/`saveAs`. */
export function replace(
  ctx: Ctx,
  summary: string | Text,
  dryRun: boolean,
  data: MainData,
  bookings: Booking[],
  saveAs: string,
): Promise<{ saved: string | null }> {
  return replaceStore(ctx.dataDir, metaOf(ctx, summary, dryRun, {}), data, bookings, saveAs);
}

export function findPerson(data: MainData, id: string): Person {
  const p = data.people.find((x) => x.id === id);
  if (!p) throw new NotFoundError((m) => m.input.noPerson(id));
  return p;
}

/** The person's current (or next, or last) assignment; not found when never enrolled. */
export function findAssignment(data: MainData, id: string, today: string): { person: Person; assignment: Assignment } {
  const person = findPerson(data, id);
  const assignment = currentAssignment(data.assignments, id, today);
  if (!assignment) throw new NotFoundError((m) => m.input.notParticipant(id));
  return { person, assignment };
}
