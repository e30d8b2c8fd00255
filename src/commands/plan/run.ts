import type { Ctx } from '../../cli/context.js';
import { emit, formatOf, reply } from '../../cli/output.js';
import { dateArg, idArg, textArg } from '../../cli/parse.js';
import { goalIdArg } from '../../cli/record-ids.js';
import { change, findAssignment, openStore } from '../../cli/store-access.js';
import { NotFoundError, refuseIf } from '../../errors.js';
import { nextId } from '../../model/people.js';
import { goalsOf, goalViolations, reviewed, reviewViolations } from '../../model/plan.js';
import type { Goal, GoalStatus, MainData } from '../../model/types.js';

export async function runPlanAdd(
  ctx: Ctx,
  rawId: string,
  opts: { goal: string; due?: string; date?: string; dryRun?: boolean },
): Promise<void> {
  const id = idArg(rawId);
  const text = textArg(opts.goal, '--goal', { max: 500 });
  const due = opts.due ? dateArg(opts.due, '--due') : null;
  const created = opts.date ? dateArg(opts.date, '--date') : ctx.today;
  const { result: goalId } = await change(ctx, `plan add ${id}`, Boolean(opts.dryRun), (tx) => {
    findAssignment(tx.main, id, ctx.today);
    const goal: Goal = { id: nextId(tx.main, 'goal'), personId: id, text, due, created, status: 'open', reviews: [] };
    refuseIf(goalViolations(goal, ctx.today));
    tx.main.goals.push(goal);
    return goal.id;
  });
  reply(ctx, {
    json: { id: goalId },
    done: ctx.m.plan.add.done(goalId, id, due),
    wouldDo: ctx.m.plan.add.wouldDo(goalId, id, due),
    dryRun: Boolean(opts.dryRun),
  });
}

function findGoal(data: MainData, personId: string, rawGoal: string): Goal {
  const goalId = goalIdArg(rawGoal);
  const goal = data.goals.find((g) => g.id === goalId && g.personId === personId);
  if (!goal) throw new NotFoundError((m) => m.plan.noGoal(personId, goalId));
  return goal;
}

export async function runPlanReview(
  ctx: Ctx,
  rawId: string,
  rawGoal: string,
  opts: { status: string; comment?: string; date?: string; dryRun?: boolean },
): Promise<void> {
  const id = idArg(rawId);
  const comment = textArg(opts.comment, '--comment', { required: false, max: 1000 });
  const date = opts.date ? dateArg(opts.date, '--date') : ctx.today;
  const status = opts.status as GoalStatus;
  const { result: goalId } = await change(ctx, `plan review ${id} ${rawGoal} ${status}`, Boolean(opts.dryRun), (tx) => {
    findAssignment(tx.main, id, ctx.today);
    const goal = findGoal(tx.main, id, rawGoal);
    refuseIf(reviewViolations(goal, date, ctx.today));
    Object.assign(goal, reviewed(goal, date, status, comment));
    return goal.id;
  });
  reply(ctx, {
    json: { id: goalId, status, date },
    done: ctx.m.plan.review.done(goalId, id, date, status),
    wouldDo: ctx.m.plan.review.wouldDo(goalId, id, date, status),
    dryRun: Boolean(opts.dryRun),
  });
}

export async function runPlanList(ctx: Ctx, rawId: string, opts: { format?: string }): Promise<void> {
  const format = formatOf(ctx, opts.format);
  const id = idArg(rawId);
  const data = (await openStore(ctx)).main;
  findAssignment(data, id, ctx.today);
  const goals = goalsOf(data.goals, id);
  const words = ctx.m.plan.list.columns;
  await emit(ctx, format, {
    json: () => ({ id, goals }),
    tabular: () => ({
      columns: [
        { key: 'id', header: 'goal', label: words.id, kind: 'text' },
        { key: 'text', header: 'text', label: words.text, kind: 'text' },
        { key: 'created', header: 'agreed', label: words.created, kind: 'date' },
        { key: 'due', header: 'due', label: words.due, kind: 'date' },
        { key: 'status', header: 'status', label: words.status, kind: 'text', words: ctx.m.plan.statusWords },
        { key: 'reviewed', header: 'last review', label: words.reviewed, kind: 'date' },
        { key: 'comment', header: 'comment', label: words.comment, kind: 'text' },
        { key: 'reviews', header: 'reviews', label: words.reviews, kind: 'int' },
      ],
      rows: goals.map((g) => {
        const last = g.reviews[g.reviews.length - 1];
        return {
          id: g.id,
          text: g.text,
          created: g.created,
          due: g.due,
          status: g.status,
          reviewed: last?.date,
          comment: last?.comment,
          reviews: g.reviews.length,
        };
      }),
    }),
  });
}
