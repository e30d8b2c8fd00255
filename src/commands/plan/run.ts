import type { Ctx } from '../../cli/context.js';
import { doneLine, emit, formatOf } from '../../cli/output.js';
import { dateArg, idArg, textArg } from '../../cli/parse.js';
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
  if (ctx.json) ctx.out(JSON.stringify({ id: goalId }));
  else doneLine(ctx, Boolean(opts.dryRun), `added goal ${goalId} for ${id}${due ? ` (due ${due})` : ''}`);
}

function findGoal(data: MainData, personId: string, rawGoal: string): Goal {
  const goalId = idArg(rawGoal, 'GOAL');
  const goal = data.goals.find((g) => g.id === goalId && g.personId === personId);
  if (!goal) throw new NotFoundError(`${personId} has no goal '${goalId}' — see 'insat plan list ${personId}'`);
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
  if (ctx.json) ctx.out(JSON.stringify({ id: goalId, status, date }));
  else doneLine(ctx, Boolean(opts.dryRun), `reviewed goal ${goalId} of ${id} on ${date}: ${status}`);
}

export async function runPlanList(ctx: Ctx, rawId: string, opts: { format?: string }): Promise<void> {
  const format = formatOf(ctx, opts.format);
  const id = idArg(rawId);
  const data = (await openStore(ctx)).main;
  findAssignment(data, id, ctx.today);
  const goals = goalsOf(data.goals, id);
  await emit(ctx, format, {
    json: () => ({ id, goals }),
    tabular: () => ({
      columns: [
        { key: 'id', header: 'goal', kind: 'text' },
        { key: 'text', header: 'text', kind: 'text' },
        { key: 'created', header: 'agreed', kind: 'date' },
        { key: 'due', header: 'due', kind: 'date' },
        { key: 'status', header: 'status', kind: 'text' },
        { key: 'reviewed', header: 'last review', kind: 'date' },
        { key: 'comment', header: 'comment', kind: 'text' },
        { key: 'reviews', header: 'reviews', kind: 'int' },
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
