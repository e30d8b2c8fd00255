import type { Ctx } from '../../cli/context.js';
import { doneLine } from '../../cli/output.js';
import { areaArg, dateArg, idArg, intArg, textArg } from '../../cli/parse.js';
import { askMissing, type Question } from '../../cli/prompts.js';
import { change, findPerson, openStore } from '../../cli/store-access.js';
import { refuseIf } from '../../errors.js';
import { capDecisionArg } from '../../cli/cap-decision.js';
import { capDecisionViolations, capWarnings } from '../../model/agh-cap.js';
import { isWaiting } from '../../model/assignment.js';
import { enrolViolations } from '../../model/enrolment.js';
import { nextId } from '../../model/people.js';
import { AREA_LABELS, AREAS, type Assignment } from '../../model/types.js';
import type { EnrolOptions } from './index.js';

export async function runEnrol(ctx: Ctx, rawId: string | undefined, opts: EnrolOptions): Promise<void> {
  const questions: Question[] = [];
  if (rawId === undefined && ctx.interactive) {
    const data = (await openStore(ctx)).main;
    const waiting = data.people.filter((p) => isWaiting(p, data.assignments));
    questions.push({
      flag: 'ID',
      message: 'Applicant',
      kind: 'select',
      choices: waiting.map((p) => ({ value: p.id, name: `${p.id}  ${p.name} (suitable since ${p.decision!.date})` })),
    });
  } else if (rawId === undefined) questions.push({ flag: 'ID', message: '', kind: 'text' });
  if (opts.area === undefined)
    questions.push({
      flag: '--area',
      message: 'Work area',
      kind: 'select',
      choices: AREAS.map((a) => ({ value: a, name: AREA_LABELS[a] })),
    });
  if (opts.start === undefined) questions.push({ flag: '--start', message: 'First day', kind: 'date' });
  if (opts.until === undefined) questions.push({ flag: '--until', message: 'Last day', kind: 'date' });
  if (opts.hoursPerWeek === undefined)
    questions.push({ flag: '--hours-per-week', message: 'Hours per week', kind: 'number', min: 1, max: 60 });
  const asked = await askMissing(ctx, questions);

  const id = idArg(rawId ?? asked.ID);
  const area = areaArg(opts.area ?? asked['--area']);
  const start = dateArg(opts.start ?? asked['--start'], '--start');
  const until = dateArg(opts.until ?? asked['--until'], '--until');
  const hoursPerWeek = intArg(opts.hoursPerWeek ?? asked['--hours-per-week']!, '--hours-per-week', 1, 60);
  const details = {
    jobcenterRef: textArg(opts.jobcenterRef, '--jobcenter-ref', { required: false, max: 100 }),
    integrationOfficer: textArg(opts.integrationOfficer, '--integration-officer', { required: false, max: 200 }),
    socialWorker: textArg(opts.socialWorker, '--social-worker', { required: false, max: 200 }),
    capExtensionReason: '',
  };
  const decision = capDecisionArg(opts, ctx.today);

  let warnings: string[] = [];
  const { result: assignment } = await change(
    ctx,
    `enrol ${id} in ${area} from ${start}`,
    Boolean(opts.dryRun),
    (tx) => {
      const person = findPerson(tx.main, id);
      const a: Assignment = {
        id: nextId(tx.main, 'assignment'),
        personId: id,
        start,
        until,
        hoursPerWeek,
        areas: [{ from: start, area }],
        extensions: [],
        exit: null,
        ...details,
        ...(decision ? { capDecision: decision } : {}),
      };
      const mine = [...tx.main.assignments.filter((x) => x.personId === id), a];
      const violations = enrolViolations(tx.main, { person, assignment: a });
      const eligible = !violations.some((v) => v.rule === 'entry-pipeline');
      refuseIf([
        ...(decision && eligible
          ? capDecisionViolations(tx.main.settings, id, person.priorPeriods, mine, a, decision, ctx.today)
          : []),
        ...violations,
      ]);
      tx.main.assignments.push(a);
      warnings = capWarnings(tx.main.settings, id, person.priorPeriods, mine, ctx.today).map((w) => w.message);
      return a;
    },
  );
  for (const w of warnings) ctx.warn(w);
  if (ctx.json) ctx.out(JSON.stringify({ id, assignment: assignment.id }));
  else
    doneLine(
      ctx,
      Boolean(opts.dryRun),
      `enrolled ${id} in ${area} from ${start} to ${until}, ${hoursPerWeek} h a week`,
    );
}
