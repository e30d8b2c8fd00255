// `insat participant edit ID` (a person's facts and the fields of the current assignment, a shorter
// end) and `insat participant hours ID H --from D` (weekly hours from a day on): one undoable step
// each, re-checked by the rules they touch.
import type { Ctx } from '../../cli/context.js';
import { m } from '../../i18n/active.js';
import { fieldChanges } from '../../cli/field-changes.js';
import { doneLine } from '../../cli/output.js';
import { dateArg, idArg, intArg, textArg } from '../../cli/parse.js';
import { PERSON_CLEARABLE, PERSON_FLAG_NAMES } from '../../cli/person-edit-options.js';
import { clearedFields, personFieldsOf, personOptionsOf, personQuestions } from '../../cli/person-edit.js';
import { askMissing, type Question } from '../../cli/prompts.js';
import { change, findAssignment, openStore } from '../../cli/store-access.js';
import { refuseIf } from '../../errors.js';
import { crossesBaseCap } from '../../model/agh-cap.js';
import { assignmentsOf, lastDay } from '../../model/assignment.js';
import { addDays, isoWeekday } from '../../model/dates.js';
import { weeklyHoursViolations } from '../../model/enrolment.js';
import { PERSON_FIELDS, personEditViolations } from '../../model/person-edit.js';
import { shortenedAssignment, shortenViolations } from '../../model/shorten.js';
import type { Assignment, Person } from '../../model/types.js';
import {
  bookedAboveHoursViolations,
  hoursChangeDateViolations,
  weeklyHoursOn,
  withWeeklyHoursFrom,
} from '../../model/weekly-hours.js';
import { nothingGiven, reportEdit } from '../applicant/edit.js';
import type { ParticipantEditOptions } from './edit-options.js';

type StaffFields = Pick<Assignment, 'jobcenterRef' | 'integrationOfficer' | 'socialWorker' | 'instructor'>;
const ASSIGNMENT_FIELDS = ['jobcenterRef', 'integrationOfficer', 'socialWorker', 'instructor'] as const;
const ASSIGNMENT_FLAGS = [
  '--jobcenter-ref',
  '--integration-officer',
  '--social-worker',
  '--instructor',
  '--until',
  '--clear',
];

/** A staff member named on the assignment (free text today; staff records will replace it). */
function staffArg(value: string, flag: string): string {
  return textArg(value, flag, { required: false, max: 200 });
}

const ASSIGNMENT_CLEARABLE = ['jobcenter-ref', 'integration-officer', 'social-worker', 'instructor'];
const ALL_CLEARABLE = [...PERSON_CLEARABLE, ...ASSIGNMENT_CLEARABLE];

function assignmentFieldsOf(opts: ParticipantEditOptions): Partial<StaffFields> {
  const out: Partial<StaffFields> = {};
  const cleared = clearedFields(opts.clear, ALL_CLEARABLE, {
    'jobcenter-ref': opts.jobcenterRef,
    'integration-officer': opts.integrationOfficer,
    'social-worker': opts.socialWorker,
    instructor: opts.instructor,
  });
  if (cleared.has('jobcenter-ref')) out.jobcenterRef = '';
  if (cleared.has('integration-officer')) out.integrationOfficer = '';
  if (cleared.has('social-worker')) out.socialWorker = '';
  if (cleared.has('instructor')) out.instructor = '';
  if (opts.jobcenterRef !== undefined)
    out.jobcenterRef = textArg(opts.jobcenterRef, '--jobcenter-ref', { required: false, max: 100 });
  if (opts.integrationOfficer !== undefined)
    out.integrationOfficer = staffArg(opts.integrationOfficer, '--integration-officer');
  if (opts.socialWorker !== undefined) out.socialWorker = staffArg(opts.socialWorker, '--social-worker');
  if (opts.instructor !== undefined) out.instructor = staffArg(opts.instructor, '--instructor');
  return out;
}

function assignmentQuestions(a: Assignment): Question[] {
  const flags: Record<(typeof ASSIGNMENT_FIELDS)[number], string> = {
    jobcenterRef: '--jobcenter-ref',
    integrationOfficer: '--integration-officer',
    socialWorker: '--social-worker',
    instructor: '--instructor',
  };
  return ASSIGNMENT_FIELDS.map((k) => ({
    flag: flags[k],
    message: m().corrections.prompts[k]!,
    kind: 'text',
    default: a[k] || undefined,
    optional: true,
  }));
}

/** Prompt answers (by flag) as options. */
function optionsOfAnswers(answers: Record<string, string>): ParticipantEditOptions {
  return {
    ...personOptionsOf(answers),
    jobcenterRef: answers['--jobcenter-ref'],
    integrationOfficer: answers['--integration-officer'],
    socialWorker: answers['--social-worker'],
    instructor: answers['--instructor'],
  };
}

export async function runParticipantEdit(ctx: Ctx, rawId: string, given: ParticipantEditOptions): Promise<void> {
  const id = idArg(rawId);
  const dryRun = Boolean(given.dryRun);
  let opts = given;
  const none = () =>
    Object.keys(personFieldsOf(opts, ALL_CLEARABLE)).length === 0 &&
    Object.keys(assignmentFieldsOf(opts)).length === 0 &&
    opts.until === undefined;
  if (none()) {
    if (!ctx.interactive)
      throw nothingGiven(`insat participant edit ${id}`, [...PERSON_FLAG_NAMES, ...ASSIGNMENT_FLAGS]);
    const { person, assignment } = findAssignment((await openStore(ctx)).main, id, ctx.today);
    const answers = await askMissing(ctx, [...personQuestions(person), ...assignmentQuestions(assignment)]);
    opts = { ...optionsOfAnswers(answers), dryRun: given.dryRun, notDuplicate: given.notDuplicate };
  }
  const personFields = personFieldsOf(opts, ALL_CLEARABLE);
  const staff = assignmentFieldsOf(opts);
  const until = opts.until === undefined ? undefined : dateArg(opts.until, '--until');
  const named = [...Object.keys(personFields), ...Object.keys(staff), ...(until ? ['until'] : [])];
  const { result } = await change(ctx, `participant edit ${id} (${named.join(', ')})`, dryRun, async (tx) => {
    const { person, assignment } = findAssignment(tx.main, id, ctx.today);
    const personAfter: Person = { ...person, ...personFields };
    refuseIf(personEditViolations(tx.main, person, personAfter, ctx.today, Boolean(opts.notDuplicate)));
    let after: Assignment = { ...assignment, ...staff };
    if (until !== undefined && until !== assignment.until) {
      const later = until < lastDay(assignment) ? await tx.bookingsBetween(addDays(until, 1), lastDay(assignment)) : [];
      refuseIf(shortenViolations(assignment, until, later));
      const others = assignmentsOf(tx.main.assignments, id).filter((a) => a.id !== assignment.id);
      const crosses = (upTo: Assignment) =>
        crossesBaseCap(tx.main.settings, person.priorPeriods, [...others, upTo], upTo) !== null;
      after = shortenedAssignment(after, until, crosses);
    }
    const changes = [
      ...fieldChanges(person, personAfter, PERSON_FIELDS),
      ...fieldChanges(assignment, after, [...ASSIGNMENT_FIELDS, 'until']),
    ];
    Object.assign(person, personFields);
    tx.main.assignments[tx.main.assignments.indexOf(assignment)] = after;
    return changes;
  });
  reportEdit(ctx, id, result, dryRun);
}

export async function runParticipantHours(
  ctx: Ctx,
  rawId: string,
  rawHours: string,
  opts: { from: string; dryRun?: boolean },
): Promise<void> {
  const id = idArg(rawId);
  const hours = intArg(rawHours, 'HOURS', 1, 60);
  const from = dateArg(opts.from, '--from');
  const dryRun = Boolean(opts.dryRun);
  const { result } = await change(ctx, `participant hours ${id} ${hours} from ${from}`, dryRun, async (tx) => {
    const current = findAssignment(tx.main, id, ctx.today).assignment;
    // the assignment that holds the day, else the current one (whose dates the refusal names)
    const a = assignmentsOf(tx.main.assignments, id).find((x) => x.start <= from && from <= lastDay(x)) ?? current;
    refuseIf(hoursChangeDateViolations(a, from));
    refuseIf(weeklyHoursViolations(tx.main.settings, hours, [id]));
    const before = weeklyHoursOn(a, from);
    const after = withWeeklyHoursFrom(a, from, hours);
    const monday = addDays(from, 1 - isoWeekday(from));
    refuseIf(bookedAboveHoursViolations(after, from, await tx.bookingsBetween(monday, lastDay(a))));
    tx.main.assignments[tx.main.assignments.indexOf(a)] = after;
    return { before };
  });
  const { before } = result;
  if (ctx.json) ctx.out(JSON.stringify({ id, from, hoursPerWeek: hours, before, ...(dryRun ? { dryRun } : {}) }));
  else if (before === hours) ctx.out(m().corrections.hoursUnchanged(id, hours, from));
  else
    doneLine(ctx, dryRun, (dryRun ? m().corrections.hoursWouldSet : m().corrections.hoursSet)(id, hours, from, before));
}
