// `insat participant edit ID` (a person's facts and the fields of the current assignment, a shorter
// end) and `insat participant hours ID H --from D` (weekly hours from a day on): one undoable step
// each, re-checked by the rules they touch.
import type { Ctx } from '../../cli/context.js';
import { m } from '../../i18n/active.js';
import { fieldChanges } from '../../cli/field-changes.js';
import { doneLine, jsonText } from '../../cli/output.js';
import { dateArg, idArg, textArg } from '../../cli/parse.js';
import { weeklyHoursArg } from '../../cli/weekly-hours-arg.js';
import { PERSON_CLEARABLE, PERSON_FLAG_NAMES } from '../../cli/person-edit-options.js';
import { clearedFields, personFieldsOf, personOptionsOf, personQuestions } from '../../cli/person-edit.js';
import { askMissing, type Question } from '../../cli/prompts.js';
import { change, findAssignment, openStore } from '../../cli/store-access.js';
import { refuseIf, UsageError } from '../../errors.js';
import { socialWorkerDays, withSocialWorkerFrom } from '../../model/social-worker.js';
import { violation } from '../../model/violations.js';
import { crossesBaseCap } from '../../model/agh-cap.js';
import { assignmentsOf, lastDay } from '../../model/assignment.js';
import { addDays } from '../../model/dates.js';
import { isoWeekSpan } from '../../model/booking.js';
import { weeklyHoursViolations } from '../../model/enrolment.js';
import { PERSON_FIELDS, personEditViolations } from '../../model/person-edit.js';
import { shortenedAssignment, shortenViolations } from '../../model/shorten.js';
import type { Assignment, MainData, Person, StaffMember } from '../../model/types.js';
import { areaOn } from '../../model/assignment.js';
import type { IsoDate } from '../../model/dates.js';
import { inChargeDay } from '../../model/instructor-area.js';
import { staffChoiceViolations, staffName, staffOn, type AssignedRole } from '../../model/staff.js';
import type { Violation } from '../../model/violations.js';
import { findStaff, staffIdArg } from '../../cli/record-ids.js';
import {
  bookedAboveHoursViolations,
  hoursChangeDateViolations,
  weeklyHoursOn,
  withWeeklyHoursFrom,
} from '../../model/weekly-hours.js';
import { nothingGiven, reportEdit } from '../applicant/edit.js';
import type { ParticipantEditOptions } from './edit-options.js';

type TextFields = Pick<Assignment, 'jobcenterRef' | 'integrationOfficer'>;
/** The social worker and instructor by staff id (null: none). */
type StaffIds = Pick<Assignment, 'socialWorkerId' | 'instructorId'>;
type EditFields = Partial<TextFields & StaffIds>;
const ASSIGNMENT_FIELDS = [
  'jobcenterRef',
  'integrationOfficer',
  'socialWorker',
  'socialWorkerChanges',
  'instructor',
] as const;
const ASSIGNMENT_FLAGS = [
  '--jobcenter-ref',
  '--integration-officer',
  '--social-worker',
  '--from',
  '--instructor',
  '--until',
  '--clear',
];

const ASSIGNMENT_CLEARABLE = ['jobcenter-ref', 'integration-officer', 'social-worker', 'instructor'];
const ALL_CLEARABLE = [...PERSON_CLEARABLE, ...ASSIGNMENT_CLEARABLE];

function assignmentFieldsOf(opts: ParticipantEditOptions): EditFields {
  const out: EditFields = {};
  const cleared = clearedFields(opts.clear, ALL_CLEARABLE, {
    'jobcenter-ref': opts.jobcenterRef,
    'integration-officer': opts.integrationOfficer,
    'social-worker': opts.socialWorker,
    instructor: opts.instructor,
  });
  if (cleared.has('jobcenter-ref')) out.jobcenterRef = '';
  if (cleared.has('integration-officer')) out.integrationOfficer = '';
  if (cleared.has('social-worker')) out.socialWorkerId = null;
  if (cleared.has('instructor')) out.instructorId = null;
  if (opts.jobcenterRef !== undefined)
    out.jobcenterRef = textArg(opts.jobcenterRef, '--jobcenter-ref', { required: false, max: 100 });
  if (opts.integrationOfficer !== undefined)
    out.integrationOfficer = textArg(opts.integrationOfficer, '--integration-officer', { required: false, max: 200 });
  if (opts.socialWorker !== undefined) out.socialWorkerId = staffIdArg(opts.socialWorker, '--social-worker');
  if (opts.instructor !== undefined) out.instructorId = staffIdArg(opts.instructor, '--instructor');
  return out;
}

/**
 * The assignment with the edited fields; a staff id given or cleared replaces the name typed before.
 * A social worker with `from` is a handover from that day (who was in charge before stays recorded);
 * without it a correction from the first day; cleared: nobody, from the start and in every handover.
 */
function edited(a: Assignment, fields: EditFields, from: IsoDate | undefined): Assignment {
  const { socialWorkerId, ...rest } = fields;
  let after: Assignment = { ...a, ...rest };
  if ('socialWorkerId' in fields) {
    if (socialWorkerId) after = withSocialWorkerFrom(after, from ?? after.start, socialWorkerId);
    else {
      after.socialWorkerId = null;
      delete after.socialWorkerChanges;
    }
    after.socialWorker = '';
  }
  if ('instructorId' in fields) delete after.instructor;
  return after;
}

function staffEditViolations(
  data: MainData,
  fields: EditFields,
  after: Assignment,
  from: IsoDate | undefined,
  today: IsoDate,
): Violation[] {
  const day = inChargeDay(after, today);
  const check = (id: string | null | undefined, role: AssignedRole, on: IsoDate) =>
    id ? staffChoiceViolations(findStaff(data, id), role, on, areaOn(after, on), [after.personId]) : [];
  // a handover is checked on its first day, a correction from the start on the day it is in charge
  const socialWorkerDay =
    from !== undefined && from > after.start
      ? from
      : (socialWorkerDays(after, day).find((x) => x.id === after.socialWorkerId)?.day ?? day);
  return [
    ...check(fields.socialWorkerId, 'social-worker', socialWorkerDay),
    ...check(fields.instructorId, 'instructor', day),
  ];
}

/** A handover must start on a day of the assignment. */
function handoverDateViolations(a: Assignment, from: IsoDate): Violation[] {
  if (from >= a.start && from <= lastDay(a)) return [];
  return [
    violation('social-worker-date', (m) => m.corrections.socialWorkerDate(a.personId, from, a.start, lastDay(a)), [
      a.personId,
    ]),
  ];
}

/** Handovers as the change lines show them: "from 01.03.2027 name (s008)". */
function handoversShown(a: Assignment, staff: readonly StaffMember[]): string {
  return (a.socialWorkerChanges ?? [])
    .map((c) => m().corrections.handover(c.from, `${staffName(staff, c.socialWorkerId)} (${c.socialWorkerId})`))
    .join(', ');
}

/** The assignment's fields as the change lines show them: staff as "name (s003)", else the name typed before. */
function shown(a: Assignment, staff: readonly StaffMember[]) {
  const who = (id: string | null | undefined, typed: string) => (id ? `${staffName(staff, id)} (${id})` : typed);
  return {
    jobcenterRef: a.jobcenterRef,
    integrationOfficer: a.integrationOfficer,
    socialWorker: who(a.socialWorkerId, a.socialWorker),
    socialWorkerChanges: handoversShown(a, staff),
    instructor: who(a.instructorId, a.instructor ?? ''),
    until: a.until,
  };
}

function assignmentQuestions(a: Assignment, staff: readonly StaffMember[], today: IsoDate): Question[] {
  const texts = (['jobcenterRef', 'integrationOfficer'] as const).map((k): Question => ({
    flag: k === 'jobcenterRef' ? '--jobcenter-ref' : '--integration-officer',
    message: m().corrections.prompts[k]!,
    kind: 'text',
    default: a[k] || undefined,
    optional: true,
  }));
  // social worker and instructor: picked from the team on the day they would take over ('–': none)
  const day = inChargeDay(a, today);
  const pick = (role: AssignedRole, flag: string, current: string | null | undefined): Question[] => {
    const team = staffOn(staff, day, role).filter((s) => role !== 'instructor' || s.area === areaOn(a, day));
    if (team.length === 0) return [];
    const choices = [{ value: '', name: '–' }, ...team.map((s) => ({ value: s.id, name: `${s.id}  ${s.name}` }))];
    const message = m().corrections.prompts[role === 'instructor' ? 'instructor' : 'socialWorker']!;
    return [{ flag, message, kind: 'select', choices, default: current ?? '' }];
  };
  return [
    ...texts,
    ...pick('social-worker', '--social-worker', a.socialWorkerId),
    ...pick('instructor', '--instructor', a.instructorId),
  ];
}

/** Prompt answers (by flag) as options; '–' for a staff member leaves the field as it is. */
function optionsOfAnswers(answers: Record<string, string>): ParticipantEditOptions {
  return {
    ...personOptionsOf(answers),
    jobcenterRef: answers['--jobcenter-ref'],
    integrationOfficer: answers['--integration-officer'],
    socialWorker: answers['--social-worker'] || undefined,
    instructor: answers['--instructor'] || undefined,
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
    const data = (await openStore(ctx)).main;
    const { person, assignment } = findAssignment(data, id, ctx.today);
    const answers = await askMissing(ctx, [
      ...personQuestions(person),
      ...assignmentQuestions(assignment, data.staff, ctx.today),
    ]);
    opts = { ...optionsOfAnswers(answers), dryRun: given.dryRun, notDuplicate: given.notDuplicate };
  }
  const personFields = personFieldsOf(opts, ALL_CLEARABLE);
  const staff = assignmentFieldsOf(opts);
  const until = opts.until === undefined ? undefined : dateArg(opts.until, '--until');
  const from = opts.from === undefined ? undefined : dateArg(opts.from, '--from');
  if (from !== undefined && !staff.socialWorkerId) throw new UsageError((w) => w.corrections.fromNeedsSocialWorker);
  const named = [...Object.keys(personFields), ...Object.keys(staff), ...(until ? ['until'] : [])];
  const { result } = await change(ctx, `participant edit ${id} (${named.join(', ')})`, dryRun, async (tx) => {
    const { person, assignment } = findAssignment(tx.main, id, ctx.today);
    const personAfter: Person = { ...person, ...personFields };
    refuseIf(personEditViolations(tx.main, person, personAfter, ctx.today, Boolean(opts.notDuplicate)));
    // a handover lies within the assignment as this edit leaves it (a new --until too)
    if (from !== undefined)
      refuseIf(handoverDateViolations(until === undefined ? assignment : { ...assignment, until }, from));
    let after = edited(assignment, staff, from);
    refuseIf(staffEditViolations(tx.main, staff, after, from, ctx.today));
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
      ...fieldChanges(shown(assignment, tx.main.staff), shown(after, tx.main.staff), [...ASSIGNMENT_FIELDS, 'until']),
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
  const hours = await weeklyHoursArg(ctx, rawHours, 'HOURS');
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
    const monday = isoWeekSpan(from).from;
    refuseIf(bookedAboveHoursViolations(after, from, await tx.bookingsBetween(monday, lastDay(a))));
    tx.main.assignments[tx.main.assignments.indexOf(a)] = after;
    return { before };
  });
  const { before } = result;
  if (ctx.json) ctx.io.stdout.write(jsonText({ id, from, hoursPerWeek: hours, before, dryRun }));
  else if (before === hours) ctx.out(m().corrections.hoursUnchanged(id, hours, from));
  else
    doneLine(ctx, dryRun, (dryRun ? m().corrections.hoursWouldSet : m().corrections.hoursSet)(id, hours, from, before));
}
