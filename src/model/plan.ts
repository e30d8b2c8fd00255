// Integration planning (Eingliederungsplanung): the goals agreed in the Kooperationsplan — the plan
// Jobcenter, provider and person agree on (§ 15 SGB II) — with due dates and a review history,
// and the case notes of the social workers. Pure: rules return violations, never throw.
import type { IsoDate } from './dates.js';
import type { Goal, GoalStatus, Note } from './types.js';
import { violation, type Violation } from './violations.js';
import { compareText } from './compare.js';

export const GOAL_STATUSES: readonly GoalStatus[] = ['open', 'partly', 'achieved', 'dropped'];
export const NOTE_VISIBILITIES: readonly Note['visibility'][] = ['internal', 'jobcenter'];

/** German labels as printed in the progress report. */
export const GOAL_STATUS_LABELS: Record<GoalStatus, string> = {
  open: 'offen',
  partly: 'teilweise erreicht',
  achieved: 'erreicht',
  dropped: 'nicht mehr verfolgt',
};

export function goalViolations(goal: Goal, today: IsoDate): Violation[] {
  const out: Violation[] = [];
  if (goal.created > today)
    out.push(violation('goal-date', (m) => m.plan.agreedInFuture(goal.created), [goal.personId]));
  const due = goal.due;
  if (due && due < goal.created)
    out.push(violation('goal-due', (m) => m.plan.dueBeforeAgreed(due, goal.created), [goal.personId]));
  return out;
}

export function reviewViolations(goal: Goal, date: IsoDate, today: IsoDate): Violation[] {
  if (date > today) return [violation('goal-review', (m) => m.plan.reviewInFuture(date), [goal.personId, goal.id])];
  if (date < goal.created)
    return [violation('goal-review', (m) => m.plan.reviewBeforeAgreed(date, goal.created), [goal.personId, goal.id])];
  return [];
}

/** The goal after a review: the new status, the review appended in date order. */
export function reviewed(goal: Goal, date: IsoDate, status: GoalStatus, comment: string): Goal {
  const reviews = [...goal.reviews, { date, status, comment }].sort((a, b) => compareText(a.date, b.date));
  return { ...goal, reviews, status: reviews[reviews.length - 1]!.status };
}

export function goalsOf(goals: readonly Goal[], personId: string): Goal[] {
  return goals
    .filter((g) => g.personId === personId)
    .sort((a, b) => compareText(a.created, b.created) || compareText(a.id, b.id));
}

export function notesOf(notes: readonly Note[], personId: string): Note[] {
  return notes
    .filter((n) => n.personId === personId)
    .sort((a, b) => compareText(a.date, b.date) || compareText(a.id, b.id));
}

/**
 * The privacy filter (DOMAIN.md, Privacy): only notes the social worker marked `jobcenter` may
 * leave the provider in a report. Everything else — internal notes, counselling content, medical
 * facts — stays out, whatever its text says.
 */
export function notesForJobcenter(notes: readonly Note[], personId: string): Note[] {
  return notesOf(notes, personId).filter((n) => n.visibility === 'jobcenter');
}
