// `insat plan`: the goals of the Kooperationsplan (src/commands/plan, src/model/plan.ts).
import type { IsoDate } from '../../model/dates.js';
import { fmt } from './format.js';

export const plan = {
  description: 'integration planning: the goals of the Kooperationsplan, their due dates and reviews',
  add: {
    description: 'record a goal agreed with the participant and the Jobcenter',
    optGoal: 'the goal, as agreed',
    optDue: 'when it should be reached',
    optDate: 'the day it was agreed (default: today)',
    done: (goal: string, id: string, due: IsoDate | null) =>
      `added goal ${goal} for ${id}${due ? ` (due ${fmt.date(due)})` : ''}`,
    wouldDo: (goal: string, id: string, due: IsoDate | null) =>
      `add goal ${goal} for ${id}${due ? ` (due ${fmt.date(due)})` : ''}`,
  },
  review: {
    description: 'record a review of a goal and its new status',
    optStatus: 'the status after the review',
    optComment: 'what was found',
    optDate: 'the day of the review (default: today)',
    done: (goal: string, id: string, date: IsoDate, status: string) =>
      `reviewed goal ${goal} of ${id} on ${fmt.date(date)}: ${status}`,
    wouldDo: (goal: string, id: string, date: IsoDate, status: string) =>
      `review goal ${goal} of ${id} on ${fmt.date(date)}: ${status}`,
  },
  /** The goal statuses in people's words; English keeps the codes. */
  statusWords: {} as Record<string, string>,
  list: {
    description: "a participant's goals with status, due date and last review",
    columns: {
      id: 'goal',
      text: 'text',
      created: 'agreed',
      due: 'due',
      status: 'status',
      reviewed: 'last review',
      comment: 'comment',
      reviews: 'reviews',
    },
  },
  noGoal: (id: string, goal: string) => `${id} has no goal '${goal}' — see 'insat plan list ${id}'`,
  // the rules of goals (src/model/plan.ts)
  agreedInFuture: (date: IsoDate) =>
    `a goal cannot be agreed in the future (${fmt.date(date)}) — use today or an earlier day`,
  dueBeforeAgreed: (due: IsoDate, created: IsoDate) =>
    `the due date ${fmt.date(due)} lies before the day the goal was agreed (${fmt.date(created)}) — choose a later due date`,
  reviewInFuture: (date: IsoDate) => `a review cannot be dated in the future (${fmt.date(date)})`,
  reviewBeforeAgreed: (date: IsoDate, created: IsoDate) =>
    `the review on ${fmt.date(date)} lies before the goal was agreed on ${fmt.date(created)}`,
};
