// `applicant reopen`: a decision taken by mistake is taken back. The last step goes first: a
// withdrawal (the person is back where they stood), else the Jobcenter's decision (back to waiting
// for it). Never after an enrolment: the assignment is built on that decision.
import { assignmentsOf } from './assignment.js';
import type { Assignment, Person } from './types.js';
import { violation, type Violation } from './violations.js';

export type Reopened = 'withdrawal' | 'decision';

export function reopenViolations(p: Person, assignments: readonly Assignment[]): Violation[] {
  const ids = [p.id];
  const mine = assignmentsOf(assignments, p.id);
  const start = mine[0]?.start;
  if (start) return [violation('entry-pipeline', (m) => m.corrections.reopenEnrolled(p.id, start), ids)];
  if (p.purged) return [violation('purged', (m) => m.corrections.reopenPurged(p.id), ids)];
  if (!p.withdrawn && !p.decision) return [violation('entry-pipeline', (m) => m.corrections.reopenNothing(p.id), ids)];
  return [];
}

/** The person with their last decision taken back, and which one it was. */
export function reopened(p: Person): { person: Person; undid: Reopened } {
  if (p.withdrawn) {
    const { withdrawn: _w, ...rest } = p;
    return { person: rest, undid: 'withdrawal' };
  }
  return { person: { ...p, decision: null }, undid: 'decision' };
}
