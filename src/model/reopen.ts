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
  if (mine.length > 0)
    return [
      violation(
        'entry-pipeline',
        `${p.id} was enrolled (assignment from ${mine[0]!.start}); the decision an assignment rests on cannot be reopened — correct the assignment with 'insat participant edit ${p.id}', end it with 'insat participant exit ${p.id} --date D --reason CODE', or 'insat undo' the enrolment if nothing came after it`,
        ids,
      ),
    ];
  if (p.purged)
    return [violation('purged', `the personal data of ${p.id} has been purged — there is nothing to reopen`, ids)];
  if (!p.withdrawn && !p.decision)
    return [
      violation(
        'entry-pipeline',
        `${p.id} has no decision and no withdrawal to take back — record the decision with 'insat applicant decide ${p.id}'`,
        ids,
      ),
    ];
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
