// People whose stay or application ended long ago are kept in a file of their own (archive.json), so
// that the commands of every day read a main file the size of the last two years, not of twenty. This
// is the rule that decides who goes there, and the promise readers rely on: every record of a person
// with a day on or after `before`, and every person still in the entry pipeline (new, invited,
// attended, waiting for a seat), stays in the main part.
import { applicantStatus, lastDay, type ApplicantStatus } from './assignment.js';
import { compareIds } from './compare.js';
import type { IsoDate } from './dates.js';
import type { MainData } from './types.js';
import { violation, type Violation } from './violations.js';

/** The collections whose records belong to one person (certifications belong to the programme). */
export const ARCHIVED_COLLECTIONS = ['people', 'assignments', 'goals', 'notes'] as const;
export type ArchivePart = Pick<MainData, (typeof ARCHIVED_COLLECTIONS)[number]>;

export function emptyArchive(): ArchivePart {
  return { people: [], assignments: [], goals: [], notes: [] };
}

/** 1 January two years before today's year: stays ended before it are archived. */
export function archiveBefore(today: IsoDate): IsoDate {
  return `${String(Number(today.slice(0, 4)) - 2).padStart(4, '0')}-01-01`;
}

/** How an application ends without a seat: the person withdrew, or was found not suitable. */
const CLOSED_APPLICATIONS: ReadonlySet<ApplicantStatus> = new Set(['withdrawn', 'unsuitable']);

/**
 * The people whose every record lies before `before`: at least one assignment, every assignment day
 * (start to exit, else end) before it — or no assignment and a closed application (withdrawn, not
 * suitable) — and nothing else dated on or after it: no contact, info appointment, decision or
 * withdrawal of the applicant pipeline, no goal, review or note, no order they worked on and no group
 * offer they attended. An applicant still in the pipeline stays whatever the dates: `seats` and
 * `occupancy` count the waiting list and those awaiting their info appointment from the main file.
 */
export function longEndedPeople(data: MainData, before: IsoDate): Set<string> {
  const current = new Set<string>();
  const stayed = new Set<string>();
  const late = (d: IsoDate | null | undefined) => d != null && d >= before;
  for (const a of data.assignments) {
    stayed.add(a.personId);
    const last = lastDay(a);
    if (late(a.start) || late(last)) current.add(a.personId);
  }
  for (const g of data.goals)
    if (late(g.created) || late(g.due) || g.reviews.some((r) => late(r.date))) current.add(g.personId);
  for (const n of data.notes) if (late(n.date)) current.add(n.personId);
  for (const o of data.orders)
    if ([o.received, o.due, o.started, o.done, o.delivered, o.cancelled].some(late))
      for (const id of o.participants) current.add(id);
  for (const g of data.groupOffers) if (late(g.date)) for (const x of g.attendance ?? []) current.add(x.participantId);
  const out = new Set<string>();
  for (const p of data.people) {
    if (current.has(p.id) || (!stayed.has(p.id) && !CLOSED_APPLICATIONS.has(applicantStatus(p, [])))) continue;
    if (late(p.contactDate) || late(p.infoAppointment) || late(p.decision?.date) || late(p.withdrawn)) continue;
    out.add(p.id);
  }
  return out;
}

/** The data with the records of `people` taken out (main), and those records (archive); each keeps its order. */
export function partitionByPeople(
  data: MainData,
  people: ReadonlySet<string>,
): { main: MainData; archive: ArchivePart } {
  const main = { ...data };
  const archive = emptyArchive();
  main.people = [];
  for (const p of data.people) (people.has(p.id) ? archive.people : main.people).push(p);
  main.assignments = [];
  for (const a of data.assignments) (people.has(a.personId) ? archive.assignments : main.assignments).push(a);
  main.goals = [];
  for (const g of data.goals) (people.has(g.personId) ? archive.goals : main.goals).push(g);
  main.notes = [];
  for (const n of data.notes) (people.has(n.personId) ? archive.notes : main.notes).push(n);
  return { main, archive };
}

export interface ArchiveSplit {
  main: MainData;
  archive: ArchivePart;
  before: IsoDate;
}

/** How a store written on `today` is split between the main file and the archive. */
export function splitArchive(data: MainData, today: IsoDate): ArchiveSplit {
  const before = archiveBefore(today);
  return { ...partitionByPeople(data, longEndedPeople(data, before)), before };
}

/** Two lists of records, each in id order, as one list in id order (the order before they were split). */
function mergeById<T extends { id: string }>(a: readonly T[], b: readonly T[]): T[] {
  if (b.length === 0) return a as T[];
  if (a.length === 0) return b as T[];
  const out: T[] = [];
  let i = 0,
    j = 0;
  while (i < a.length && j < b.length) out.push(compareIds(b[j]!.id, a[i]!.id) < 0 ? b[j++]! : a[i++]!);
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}

/** The whole data again: the archive's records merged into the main part's lists (changes `main`). */
export function mergeArchive(main: MainData, archive: ArchivePart): MainData {
  main.people = mergeById(main.people, archive.people);
  main.assignments = mergeById(main.assignments, archive.assignments);
  main.goals = mergeById(main.goals, archive.goals);
  main.notes = mergeById(main.notes, archive.notes);
  return main;
}

/** The first record id found in both parts, or null. */
export function sharedRecord(main: MainData, archive: ArchivePart): { collection: string; id: string } | null {
  for (const c of ARCHIVED_COLLECTIONS) {
    if (archive[c].length === 0) continue;
    const ids = new Set(main[c].map((r) => r.id));
    const dup = archive[c].find((r) => ids.has(r.id));
    if (dup) return { collection: c, id: dup.id };
  }
  return null;
}

/**
 * Where the split breaks its promise (`insat check`): a person in the archive who is not long-ended
 * before `before` (or the main part names no `before`), and a record in the archive whose person is
 * not archived with it, or in the main part whose person is.
 */
export function archivePromiseViolations(merged: MainData, archive: ArchivePart, before: IsoDate | null): Violation[] {
  const archived = new Set(archive.people.map((p) => p.id));
  if (archived.size === 0 && archive.assignments.length + archive.goals.length + archive.notes.length === 0) return [];
  const out: Violation[] = [];
  const ended = before === null ? new Set<string>() : longEndedPeople(merged, before);
  for (const p of archive.people)
    if (!ended.has(p.id)) out.push(violation('archive-current', (m) => m.check.archiveCurrent(p.id, before), [p.id]));
  const stray: string[] = [];
  for (const c of ['assignments', 'goals', 'notes'] as const) {
    for (const r of archive[c]) if (!archived.has(r.personId)) stray.push(r.id);
    const inArchive = new Set(archive[c].map((r) => r.id));
    for (const r of merged[c]) if (archived.has(r.personId) && !inArchive.has(r.id)) stray.push(r.id);
  }
  if (stray.length > 0) out.push(violation('archive-apart', (m) => m.check.archiveApart(stray.length), stray));
  return out;
}
