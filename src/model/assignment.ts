// Reading an assignment: its area on a day, its last day, its status.
import { minDate, type IsoDate } from './dates.js';
import type { Area, Assignment, Person } from './types.js';
import { compareText } from './compare.js';

/** The last day the seat is taken: the exit date, or the end of the assignment. */
export function lastDay(a: Assignment): IsoDate {
  return a.exit && a.exit.date < a.until ? a.exit.date : a.until;
}

/**
 * The first day of the assignments still running on `today` (or starting later): the earliest
 * start among them, or today when none began before it.
 */
export function earliestRunningStart(assignments: readonly Assignment[], today: IsoDate): IsoDate {
  return assignments.filter((a) => lastDay(a) >= today).reduce((d, a) => minDate(d, a.start), today);
}

export function coversDay(a: Assignment, date: IsoDate): boolean {
  return a.start <= date && date <= lastDay(a);
}

export function areaOn(a: Assignment, date: IsoDate): Area {
  let area = a.areas[0]!.area;
  for (const s of a.areas) if (s.from <= date) area = s.area;
  return area;
}

/** The area a seat is in on a day, or null when the assignment does not cover the day. */
export function seatAreaOn(a: Assignment, date: IsoDate): Area | null {
  return coversDay(a, date) ? areaOn(a, date) : null;
}

export type ParticipantStatus = 'planned' | 'active' | 'ended' | 'exited';

export function assignmentStatus(a: Assignment, today: IsoDate): ParticipantStatus {
  if (a.exit) return a.exit.date < today ? 'exited' : 'active';
  if (today < a.start) return 'planned';
  return today <= a.until ? 'active' : 'ended';
}

export function assignmentsOf(assignments: readonly Assignment[], personId: string): Assignment[] {
  return assignments.filter((a) => a.personId === personId).sort((x, y) => compareText(x.start, y.start));
}

/** The assignment that matters for a person today: the current one, else the next, else the last. */
export function currentAssignment(
  assignments: readonly Assignment[],
  personId: string,
  today: IsoDate,
): Assignment | null {
  const mine = assignmentsOf(assignments, personId);
  return mine.find((a) => coversDay(a, today)) ?? mine.find((a) => a.start > today) ?? mine[mine.length - 1] ?? null;
}

export type ApplicantStatus = 'new' | 'scheduled' | 'attended' | 'suitable' | 'unsuitable' | 'enrolled' | 'withdrawn';

export const APPLICANT_STATUSES: readonly ApplicantStatus[] = [
  'new',
  'scheduled',
  'attended',
  'suitable',
  'unsuitable',
  'enrolled',
  'withdrawn',
];

/** Where a person stands in the entry pipeline. */
export function applicantStatus(p: Person, assignments: readonly Assignment[]): ApplicantStatus {
  if (assignments.some((a) => a.personId === p.id)) return 'enrolled';
  if (p.withdrawn) return 'withdrawn';
  if (p.decision) return p.decision.suitable ? 'suitable' : 'unsuitable';
  if (p.attended) return 'attended';
  if (p.infoAppointment) return 'scheduled';
  return 'new';
}

/** Enrolled people whose only assignments are over may apply again; so may the waiting list. */
export function isWaiting(p: Person, assignments: readonly Assignment[]): boolean {
  return applicantStatus(p, assignments) === 'suitable';
}

export function isAwaitingInfoAppointment(p: Person, assignments: readonly Assignment[]): boolean {
  const s = applicantStatus(p, assignments);
  return s === 'new' || s === 'scheduled';
}
