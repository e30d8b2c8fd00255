// The social worker in charge changes during an assignment (a handover, e.g. when one leaves): the
// assignment keeps who was in charge from its first day (`socialWorkerId`) and a list of dated
// handovers. Every reader asks `socialWorkerOn`, so a handover never rewrites who was in charge before.
import { addDays, maxDate, type IsoDate } from './dates.js';
import type { Assignment } from './types.js';
import { violation, type Violation } from './violations.js';

type SocialWorkerOf = Pick<Assignment, 'start' | 'socialWorkerId' | 'socialWorkerChanges'>;

/** The social worker in charge on a day: the last handover on or before it, else the one from the start. */
export function socialWorkerOn(a: SocialWorkerOf, day: IsoDate): string | null {
  let id = a.socialWorkerId ?? null;
  let since = '';
  for (const c of a.socialWorkerChanges ?? [])
    if (c.from <= day && c.from >= since) {
      id = c.socialWorkerId;
      since = c.from;
    }
  return id;
}

/**
 * The handovers as `participant edit --from` stores them (a hand edit may not): after the first day
 * and within the assignment, oldest first, one a day.
 */
export function socialWorkerChangesViolations(a: Assignment): Violation[] {
  const changes = a.socialWorkerChanges ?? [];
  const wrong = changes.filter(
    (c, i) => c.from <= a.start || c.from > a.until || (i > 0 && c.from <= changes[i - 1]!.from),
  );
  if (wrong.length === 0) return [];
  const days = wrong.map((c) => c.from);
  return [
    violation('social-worker-date', (m) => m.check.socialWorkerChanges(a.personId, a.start, a.until, days), [
      a.personId,
    ]),
  ];
}

/** Every social worker the assignment names, from the start and in its handovers. */
export function socialWorkerIds(a: SocialWorkerOf): string[] {
  const ids = [a.socialWorkerId, ...(a.socialWorkerChanges ?? []).map((c) => c.socialWorkerId)];
  return [...new Set(ids.filter((id): id is string => Boolean(id)))];
}

/** The social workers in charge on some day from `day` on (the one on the day, and every later handover). */
export function socialWorkersFrom(a: SocialWorkerOf, day: IsoDate): string[] {
  const ids = [
    socialWorkerOn(a, day),
    ...(a.socialWorkerChanges ?? []).filter((c) => c.from > day).map((c) => c.socialWorkerId),
  ];
  return [...new Set(ids.filter((id): id is string => Boolean(id)))];
}

/**
 * Each social worker named and the day the staff rules check them on: the one from the start on the
 * day in charge (today, kept before the first handover), a handover's on its first day.
 */
export function socialWorkerDays(a: Assignment, inCharge: IsoDate): { id: string; day: IsoDate }[] {
  const changes = [...(a.socialWorkerChanges ?? [])].sort((x, y) => (x.from < y.from ? -1 : x.from > y.from ? 1 : 0));
  const out: { id: string; day: IsoDate }[] = [];
  const first = changes[0];
  const baseDay = first && inCharge >= first.from ? maxDate(a.start, addDays(first.from, -1)) : inCharge;
  if (a.socialWorkerId) out.push({ id: a.socialWorkerId, day: baseDay });
  for (const c of changes) out.push({ id: c.socialWorkerId, day: c.from });
  return out;
}

/**
 * The assignment with `id` in charge from `from` on (until the next handover); from the first day a
 * correction of who was in charge from the start. A handover to the one already in charge is dropped.
 */
export function withSocialWorkerFrom(a: Assignment, from: IsoDate, id: string): Assignment {
  const base = from <= a.start ? id : (a.socialWorkerId ?? null);
  const listed = (a.socialWorkerChanges ?? []).filter((c) => c.from !== from && c.from > a.start);
  if (from > a.start) listed.push({ from, socialWorkerId: id });
  listed.sort((x, y) => (x.from < y.from ? -1 : x.from > y.from ? 1 : 0));
  const kept: { from: IsoDate; socialWorkerId: string }[] = [];
  let current = base;
  for (const c of listed) {
    if (c.socialWorkerId === current) continue;
    kept.push(c);
    current = c.socialWorkerId;
  }
  const { socialWorkerChanges: _old, ...rest } = a;
  const legacy = base !== (a.socialWorkerId ?? null) ? { socialWorker: '' } : {};
  return { ...rest, ...legacy, socialWorkerId: base, ...(kept.length > 0 ? { socialWorkerChanges: kept } : {}) };
}
