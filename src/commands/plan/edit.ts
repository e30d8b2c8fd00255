// `insat plan edit GOAL-ID` and `insat plan delete GOAL-ID`: correct or remove a goal of the
// integration plan; one undoable step each, the goal's dates re-checked.
import type { Ctx } from '../../cli/context.js';
import { m } from '../../i18n/active.js';
import { fieldChanges } from '../../cli/field-changes.js';
import { doneLine, jsonText } from '../../cli/output.js';
import { dateArg, textArg } from '../../cli/parse.js';
import { askMissing } from '../../cli/prompts.js';
import { goalIdArg } from '../../cli/record-ids.js';
import { change, openStore } from '../../cli/store-access.js';
import { NotFoundError, refuseIf, UsageError } from '../../errors.js';
import { parseDate } from '../../model/dates.js';
import { goalViolations } from '../../model/plan.js';
import type { Goal, MainData } from '../../model/types.js';
import { nothingGiven, reportEdit } from '../applicant/edit.js';

export interface PlanEditOptions {
  goal?: string;
  /** false: `--no-due` removes the due date */
  due?: string | false;
  /** both `--due D` and `--no-due` were given: a contradiction, not "the last one wins" */
  dueAndNoDue?: boolean;
  dryRun?: boolean;
}

function findGoal(data: MainData, goalId: string): Goal {
  const goal = data.goals.find((g) => g.id === goalId);
  if (!goal) throw new NotFoundError((m) => m.corrections.noGoal(goalId));
  return goal;
}

export async function runPlanEdit(ctx: Ctx, rawId: string, given: PlanEditOptions): Promise<void> {
  const goalId = goalIdArg(rawId);
  const dryRun = Boolean(given.dryRun);
  if (given.dueAndNoDue) throw new UsageError((m) => m.corrections.dueAndNoDue);
  let opts = given;
  if (opts.goal === undefined && opts.due === undefined) {
    if (!ctx.interactive) throw nothingGiven(`insat plan edit ${goalId}`, ['--goal', '--due', '--no-due']);
    const goal = findGoal((await openStore(ctx)).main, goalId);
    const a = await askMissing(ctx, [
      { flag: '--goal', message: m().corrections.prompts.goal!, kind: 'text', default: goal.text },
      {
        flag: '--due',
        message: m().corrections.prompts.due!,
        kind: 'text',
        default: goal.due ?? undefined,
        optional: true,
        validate: (v) => (parseDate(v, ctx.today) ? true : m().corrections.prompts.notADate!),
      },
    ]);
    opts = { goal: a['--goal'], due: a['--due']?.trim() ? a['--due'] : false, dryRun: given.dryRun };
  }
  const fields: Partial<Goal> = {};
  if (opts.goal !== undefined) fields.text = textArg(opts.goal, '--goal', { max: 500 });
  if (opts.due !== undefined) fields.due = opts.due === false ? null : dateArg(opts.due, '--due');
  const { result } = await change(ctx, `plan edit ${goalId} (${Object.keys(fields).join(', ')})`, dryRun, (tx) => {
    const goal = findGoal(tx.main, goalId);
    const after: Goal = { ...goal, ...fields };
    refuseIf(goalViolations(after, ctx.today).filter((v) => v.rule === 'goal-due'));
    const changes = fieldChanges(goal, after, ['text', 'due']).map((c) =>
      c.field === 'text' ? { ...c, field: 'goal' } : c,
    );
    Object.assign(goal, fields);
    return changes;
  });
  reportEdit(ctx, goalId, result, dryRun);
}

export async function runPlanDelete(ctx: Ctx, rawId: string, opts: { dryRun?: boolean }): Promise<void> {
  const goalId = goalIdArg(rawId);
  const dryRun = Boolean(opts.dryRun);
  const { result: personId } = await change(ctx, `plan delete ${goalId}`, dryRun, (tx) => {
    const goal = findGoal(tx.main, goalId);
    tx.main.goals = tx.main.goals.filter((g) => g.id !== goalId);
    return goal.personId;
  });
  if (ctx.json) ctx.io.stdout.write(jsonText({ id: goalId, personId, deleted: true, dryRun }));
  else
    doneLine(ctx, dryRun, (dryRun ? m().corrections.goalWouldDelete : m().corrections.goalDeleted)(goalId, personId));
}
