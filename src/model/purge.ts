// Privacy (DOMAIN.md): personal data of people who left long ago is deleted, while the anonymous
// figures that occupancy and statistics need stay — ids, assignments (dates, area, hours, exit
// reason), bookings. A purged person keeps a stable pseudonym instead of the name.
import { applicantStatus, lastDay } from './assignment.js';
import { addMonths, type IsoDate } from './dates.js';
import type { Assignment, Goal, MainData, Note, Person } from './types.js';
import { violation, type Violation } from './violations.js';
import { groupBy } from './collections.js';
import type { Text } from '../i18n/text.js';

/** What free text that may describe a person becomes. Non-empty, so that rules needing a text still hold. */
export const PURGED_TEXT = '[purged]';

export interface PurgeCandidate {
  id: string;
  kind: 'participant' | 'applicant';
  /** The last day that counts: the end or exit of the last assignment, or the applicant's last step. */
  since: IsoDate;
}

export interface PurgeSelection {
  candidates: PurgeCandidate[];
  /** Reasons to refuse the whole purge (people inside their retention period among them, unless forced). */
  violations: Violation[];
  /** Purges that are allowed, with a note (people purged inside their retention period by --force). */
  warnings: Text[];
}

/**
 * The last day a person's data must be kept (DOMAIN.md, Privacy; settings.retention): case notes
 * and assessments `notesYearsAfterExit` years after the last day; applicants who never started
 * `applicantsMonthsAfterDecision` months after their last step. Hours, allowance and attendance
 * evidence are never erased by a purge (the bookings stay, under the pseudonym).
 */
export function retentionEnd(settings: MainData['settings'], c: PurgeCandidate): IsoDate {
  const r = settings.retention;
  return c.kind === 'participant'
    ? addMonths(c.since, 12 * r.notesYearsAfterExit)
    : addMonths(c.since, r.applicantsMonthsAfterDecision);
}

/** The applicant's last step in the entry pipeline: withdrawal, decision, appointment or first contact. */
export function lastApplicantStep(p: Person): IsoDate {
  let last = p.contactDate;
  for (const d of [p.infoAppointment, p.decision?.date, p.withdrawn]) if (d && d > last) last = d;
  return last;
}

/**
 * Who `purge --exited-before DATE` erases: participants whose every assignment ended (end or exit)
 * before DATE, and applicants never enrolled whose last step lies more than the retention months
 * (settings.retention.applicantsMonthsAfterDecision) before DATE. People already purged are skipped.
 */
export function selectPurge(data: MainData, date: IsoDate, today: IsoDate, force = false): PurgeSelection {
  const violations: Violation[] = [];
  const warnings: Text[] = [];
  if (date > today) {
    violations.push(violation('purge-date', (m) => m.purge.future(date)));
    return { candidates: [], violations, warnings };
  }
  const byPerson = groupBy(data.assignments, (a) => a.personId);
  const applicantLimit = addMonths(date, -data.settings.retention.applicantsMonthsAfterDecision);
  const candidates: PurgeCandidate[] = [];
  const early: PurgeCandidate[] = [];
  for (const p of data.people) {
    if (p.purged) continue;
    const mine = byPerson.get(p.id);
    if (mine) {
      const last = mine.map(lastDay).reduce((x, y) => (x > y ? x : y));
      if (last >= date) continue; // still active, planned, or left on or after DATE
      candidates.push({ id: p.id, kind: 'participant', since: last });
    } else {
      const since = lastApplicantStep(p);
      if (since >= applicantLimit) continue;
      if (applicantStatus(p, data.assignments) === 'suitable') {
        violations.push(violation('purge-active', (m) => m.purge.waiting(p.id, p.decision!.date), [p.id]));
        continue;
      }
      candidates.push({ id: p.id, kind: 'applicant', since });
    }
  }
  for (const c of candidates) if (retentionEnd(data.settings, c) >= today) early.push(c);
  if (early.length > 0) {
    const people = early.map((c) => ({ ...c, keptUntil: retentionEnd(data.settings, c) }));
    if (force) warnings.push((m) => m.purge.forcedInside(m.purge.early(people)));
    else {
      violations.push(
        violation(
          'retention',
          (m) => m.purge.insideRetention(m.purge.early(people), people.length),
          early.map((c) => c.id),
        ),
      );
    }
  }
  return { candidates, violations, warnings };
}

/** The personal fields of a person (or an old image of one) erased; every other field as it was. */
export function scrubPerson<T extends Partial<Person>>(p: T, pseudonym: string): T {
  return {
    ...p,
    name: pseudonym,
    birthDate: null,
    phone: '',
    email: '',
    address: '',
    jobcenterCustomerNo: '',
    addictionStatus: 'unknown',
  };
}

/** The free texts of an assignment that may describe the person; the Jobcenter's reference number. */
export function scrubAssignment<T extends Partial<Assignment>>(a: T): T {
  const blank = (s: string | undefined) => (s ? PURGED_TEXT : (s ?? ''));
  return {
    ...a,
    ...(a.jobcenterRef !== undefined ? { jobcenterRef: '' } : {}),
    ...(a.capExtensionReason !== undefined ? { capExtensionReason: blank(a.capExtensionReason) } : {}),
    ...(a.exit ? { exit: { ...a.exit, text: blank(a.exit.text) } } : {}),
    ...(a.extensions ? { extensions: a.extensions.map((e) => ({ ...e, reason: blank(e.reason) })) } : {}),
  };
}

export function scrubGoal<T extends Partial<Goal>>(g: T): T {
  return {
    ...g,
    text: PURGED_TEXT,
    ...(g.reviews ? { reviews: g.reviews.map((r) => ({ ...r, comment: r.comment ? PURGED_TEXT : '' })) } : {}),
  };
}

export function scrubNote<T extends Partial<Note>>(n: T): T {
  return { ...n, text: PURGED_TEXT };
}

/**
 * Erases the personal data of `ids` in place: name → pseudonym, birth date, contact data,
 * Jobcenter numbers, addiction status, the free texts of their assignments; their goals and notes
 * are deleted. Ids, assignments and bookings stay, so occupancy and statistics do not change.
 */
export function applyPurge(data: MainData, ids: ReadonlySet<string>, pseudonymOf: (id: string) => string): void {
  data.people = data.people.map((p) => (ids.has(p.id) ? { ...scrubPerson(p, pseudonymOf(p.id)), purged: true } : p));
  data.assignments = data.assignments.map((a) => (ids.has(a.personId) ? scrubAssignment(a) : a));
  data.goals = data.goals.filter((g) => !ids.has(g.personId));
  data.notes = data.notes.filter((n) => !ids.has(n.personId));
}

/** A purged person carries no personal data any more (for `insat check`). */
export function isPurgedClean(data: MainData, p: Person, pseudonym?: string): boolean {
  const scrubbed = { ...scrubPerson(p, pseudonym ?? p.name), purged: true };
  if (JSON.stringify(scrubbed) !== JSON.stringify({ ...p, purged: true })) return false;
  if (data.goals.some((g) => g.personId === p.id) || data.notes.some((n) => n.personId === p.id)) return false;
  return data.assignments
    .filter((a) => a.personId === p.id)
    .every((a) => JSON.stringify(scrubAssignment(a)) === JSON.stringify(a));
}
