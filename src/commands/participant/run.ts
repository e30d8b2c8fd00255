import { patternSum, patternText } from '../../model/weekday-pattern.js';
import type { Ctx } from '../../cli/context.js';
import { emit, formatOf, reply } from '../../cli/output.js';
import { areaArg, dateArg, idArg, textArg } from '../../cli/parse.js';
import { change, findAssignment, openStore } from '../../cli/store-access.js';
import { refuseIf } from '../../errors.js';
import { capDecisionArg } from '../../cli/cap-decision.js';
import {
  capDecisionViolations,
  capUse,
  capWarnings,
  crossesBaseCap,
  hasLegacyCapMarks,
  monthTenths,
  type CapUse,
} from '../../model/agh-cap.js';
import {
  areaOn,
  assignmentsOf,
  assignmentStatus,
  coversDay,
  currentAssignment,
  lastDay,
} from '../../model/assignment.js';
import { addDays } from '../../model/dates.js';
import { inChargeDay } from '../../model/instructor-area.js';
import { socialWorkerOn } from '../../model/social-worker.js';
import type { Text } from '../../i18n/text.js';
import { bookingsAfterExitViolations } from '../../model/exit-bookings.js';
import {
  exitViolations,
  extendViolations,
  moveViolations,
  personAssignmentViolations,
  withChanged,
} from '../../model/enrolment.js';
import { EXIT_REASONS } from '../../model/exit-reasons.js';
import type { Assignment, Person, StaffMember } from '../../model/types.js';
import { staffName } from '../../model/staff.js';
import { instructorOfMove } from './move-instructor.js';
import { staffIdArg } from '../../cli/record-ids.js';
import { weekdayPlanOn, weeklyHoursOn, type WeekdayPlan } from '../../model/weekly-hours.js';

export async function runParticipantList(
  ctx: Ctx,
  opts: { activeOn?: string; area?: string; all?: boolean; format?: string },
): Promise<void> {
  const format = formatOf(ctx, opts.format);
  const day = opts.activeOn ? dateArg(opts.activeOn, '--active-on') : ctx.today;
  const area = opts.area ? areaArg(opts.area) : undefined;
  const data = (await openStore(ctx)).main;
  const words = ctx.m.participant.list.columns;
  const rows = data.assignments
    .filter((a) => (opts.all ? true : coversDay(a, day)))
    .filter((a) => !area || areaOn(a, opts.all ? lastDay(a) : day) === area)
    .map((a) => ({ a, p: data.people.find((p) => p.id === a.personId)! }))
    .sort((x, y) => x.p.name.localeCompare(y.p.name, 'de') || x.a.start.localeCompare(y.a.start));
  await emit(ctx, format, {
    json: () => ({ date: day, participants: rows.map(({ a, p }) => participantJson(p, a, ctx.today, day)) }),
    tabular: () => ({
      columns: [
        { key: 'id', header: 'id', label: words.id, kind: 'text' },
        { key: 'name', header: 'name', label: words.name, kind: 'text' },
        { key: 'area', header: 'area', label: words.area, kind: 'text', words: ctx.m.participant.show.areaWords },
        {
          key: 'status',
          header: 'status',
          label: words.status,
          kind: 'text',
          words: ctx.m.participant.show.statuses,
        },
        { key: 'start', header: 'start', label: words.start, kind: 'date' },
        { key: 'until', header: 'until', label: words.until, kind: 'date' },
        { key: 'hoursPerWeek', header: 'h/week', label: words.hoursPerWeek, kind: 'int' },
        { key: 'exit', header: 'exit', label: words.exit, kind: 'date' },
        {
          key: 'reason',
          header: 'reason',
          label: words.reason,
          kind: 'text',
          words: ctx.m.participant.show.exitReasonWords,
        },
      ],
      rows: rows.map(({ a, p }) => ({
        id: p.id,
        name: p.name,
        area: areaOn(a, coversDay(a, day) ? day : lastDay(a)),
        status: assignmentStatus(a, ctx.today),
        start: a.start,
        until: a.until,
        hoursPerWeek: weeklyHoursOn(a, ctx.today),
        exit: a.exit?.date,
        reason: a.exit?.reason,
      })),
    }),
  });
  // an empty table for people: say why, and where the others are (scripts get the empty list alone)
  if (rows.length === 0 && format === 'table' && !opts.all && !area) ctx.err(ctx.m.participant.list.nobody(day));
}

function participantJson(p: Person, a: Assignment, today: string, day: string) {
  return {
    id: p.id,
    name: p.name,
    area: areaOn(a, coversDay(a, day) ? day : lastDay(a)),
    status: assignmentStatus(a, today),
    start: a.start,
    until: a.until,
    hoursPerWeek: weeklyHoursOn(a, today),
    ...(a.exit ? { exit: { date: a.exit.date, reason: a.exit.reason } } : {}),
  };
}

export async function runParticipantShow(ctx: Ctx, rawId: string): Promise<void> {
  const id = idArg(rawId);
  // Only the person's own records are shown: the main file holds all of them, unless the person is archived.
  const data = (await openStore(ctx, { from: ctx.today, people: [id] })).main;
  const { person, assignment } = findAssignment(data, id, ctx.today);
  const mine = assignmentsOf(data.assignments, id);
  const use = capUse(data.settings, person.priorPeriods, mine, ctx.today);
  const warnings = capWarnings(data.settings, id, person.priorPeriods, mine, ctx.today).map((w) => w.message(ctx.m));
  // the JSON and the text show the same plan: the one valid today
  const plan = weekdayPlanOn(assignment, ctx.today);
  await emit(ctx, ctx.json ? 'json' : 'text', {
    json: () => ({
      ...participantJson(person, assignment, ctx.today, ctx.today),
      assignmentId: assignment.id,
      weekdayMinutes: plan.minutes,
      weekdayPattern: patternText(plan.minutes),
      areas: assignment.areas,
      extensions: assignment.extensions,
      jobcenterRef: assignment.jobcenterRef,
      integrationOfficer: assignment.integrationOfficer,
      socialWorker:
        staffName(data.staff, socialWorkerOn(assignment, inChargeDay(assignment, ctx.today))) ||
        assignment.socialWorker,
      socialWorkerId: socialWorkerOn(assignment, inChargeDay(assignment, ctx.today)),
      socialWorkerChanges: assignment.socialWorkerChanges ?? [],
      instructor: staffName(data.staff, assignment.instructorId) || (assignment.instructor ?? ''),
      instructorId: assignment.instructorId ?? null,
      hoursChanges: assignment.hoursChanges ?? [],
      agh: {
        usedDays: use.usedDays,
        plannedDays: use.plannedDays,
        usedMonths: monthTenths(use.usedSoFar) / 10,
        plannedMonths: monthTenths(use.planned) / 10,
        limitMonths: use.limitMonths,
        frameFrom: use.frame?.from ?? null,
        frameTo: use.frame?.to ?? null,
        decision: use.decision,
        warnings,
      },
      assignments: mine.map((a) => ({ id: a.id, start: a.start, until: a.until, exit: a.exit })),
    }),
    text: () => showText(ctx, person, assignment, plan, mine, use, warnings, data.staff),
  });
}

/** The weekday distribution as `participant show` prints it. */
function weekdaysText(ctx: Ctx, plan: WeekdayPlan): string {
  if (plan.evenPerDay !== null) return ctx.m.weekdays.evenWeekPerDay(plan.evenPerDay);
  return ctx.m.weekdays.patternWeek(patternText(plan.minutes), patternSum(plan.minutes));
}

/** `participant show` for people: one fact a line, the labels in a column. */
function showText(
  ctx: Ctx,
  p: Person,
  a: Assignment,
  plan: WeekdayPlan,
  mine: Assignment[],
  use: CapUse,
  warnings: string[],
  staff: readonly StaffMember[],
): string {
  const words = ctx.m.participant.show;
  const label = words.labels;
  const line = (name: string, text: string) => `${name.padEnd(19)}${text}`;
  const lines = [
    `${p.id}  ${p.name}${p.birthDate ? words.born(p.birthDate) : ''}`,
    line(label.status, words.statuses[assignmentStatus(a, ctx.today)] ?? assignmentStatus(a, ctx.today)),
    line(label.area, a.areas.map((s) => words.areaFrom(s.area, s.from)).join(', ')),
    line(label.assignment, words.assignment(a.start, a.until, a.hoursPerWeek) + hoursHistory(ctx, a)),
    line(label.weekdays, weekdaysText(ctx, plan)),
    line(
      label.jobcenter,
      words.jobcenter(a.jobcenterRef || '–', p.jobcenterCustomerNo || '–', a.integrationOfficer || '–'),
    ),
    line(label.socialWorker, socialWorkerText(ctx, staff, a)),
    line(label.instructor, staffWho(staff, a.instructorId) || a.instructor || '–'),
  ];
  for (const e of a.extensions)
    lines.push(
      line(
        label.extension,
        words.extension(e.previousUntil, e.until, e.reason) +
          (e.capDecision ? words.extensionDecision(e.capDecision.decided, e.capDecision.text) : ''),
      ),
    );
  if (a.exit)
    lines.push(
      line(label.exit, words.exit(a.exit.date, a.exit.reason, EXIT_REASONS[a.exit.reason]?.label ?? '', a.exit.text)),
    );
  const frame = use.frame ? words.frame(use.frame.from, use.frame.to) : '';
  lines.push(
    line(label.agh, words.agh(monthTenths(use.usedSoFar), monthTenths(use.planned), use.limitMonths, frame).trimEnd()),
  );
  if (use.decision) lines.push(line('', words.decision(use.decision.decided, use.decision.text)));
  for (const w of warnings) lines.push(line(label.warning, w));
  for (const prior of p.priorPeriods)
    lines.push(line(label.earlier, words.earlier(prior.from, prior.to, prior.provider)));
  if (mine.length > 1)
    lines.push(line(label.assignments, mine.map((x) => words.period(x.start, lastDay(x))).join(', ')));
  return lines.join('\n');
}

/** The social worker from the start and every handover ("; from 2027-02-01 s008 …"); without one, who is in charge. */
function socialWorkerText(ctx: Ctx, staff: readonly StaffMember[], a: Assignment): string {
  const now = staffWho(staff, a.socialWorkerId) || a.socialWorker || '–';
  const handovers = (a.socialWorkerChanges ?? []).map((c) =>
    ctx.m.participant.show.socialWorkerChange(c.from, staffWho(staff, c.socialWorkerId)),
  );
  return now + handovers.join('');
}

/** ", from 2027-02-01 20 h" for every dated change of the weekly hours. */
function hoursHistory(ctx: Ctx, a: Assignment): string {
  return (a.hoursChanges ?? []).map((c) => ctx.m.participant.show.hoursChange(c.from, c.hoursPerWeek)).join('');
}

export interface ExtendOptions {
  until: string;
  reason?: string;
  capDecision?: string;
  decided?: string;
  dryRun?: boolean;
}

export async function runExtend(ctx: Ctx, rawId: string, opts: ExtendOptions): Promise<void> {
  const id = idArg(rawId);
  const until = dateArg(opts.until, '--until');
  const reason = textArg(opts.reason, '--reason', { required: false, max: 500 });
  const decision = capDecisionArg(opts, ctx.today);
  let warnings: Text[] = [];
  let repaired = false;
  await change(ctx, `participant extend ${id} until ${until}`, Boolean(opts.dryRun), (tx) => {
    const { person, assignment } = findAssignment(tx.main, id, ctx.today);
    const s = tx.main.settings;
    const others = assignmentsOf(tx.main.assignments, id).filter((a) => a.id !== assignment.id);
    // The same end again re-records the cap facts of an older store: the free-text "decision" goes,
    // the extensions' beyond-24-months marks follow the days, and a real decision is recorded if given.
    repaired =
      until === assignment.until &&
      (decision !== null || hasLegacyCapMarks(s, person.priorPeriods, [...others, assignment], assignment));
    const crossing = (a: Assignment) => crossesBaseCap(s, person.priorPeriods, [...others, a], a) !== null;
    let after: Assignment;
    if (repaired) {
      after = { ...assignment, capExtensionReason: '', ...(decision ? { capDecision: decision } : {}) };
      after.extensions = assignment.extensions.map((e) => ({
        ...e,
        beyondCap: crossing({ ...after, until: e.until, exit: null }),
      }));
      refuseIf(personAssignmentViolations(tx.main, person, withChanged(tx.main.assignments, after)));
    } else {
      const extended: Assignment = { ...assignment, until, ...(decision ? { capExtensionReason: '' } : {}) };
      after = {
        ...extended,
        extensions: [
          ...assignment.extensions,
          {
            until,
            previousUntil: assignment.until,
            reason,
            beyondCap: crossing(extended),
            recorded: ctx.today,
            ...(decision ? { capDecision: decision } : {}),
          },
        ],
      };
      refuseIf(extendViolations(tx.main, person, assignment, after));
    }
    if (decision)
      refuseIf(capDecisionViolations(s, id, person.priorPeriods, [...others, after], after, decision, ctx.today));
    Object.assign(assignment, after);
    warnings = capWarnings(s, id, person.priorPeriods, [...others, after], ctx.today).map((w) => w.message);
  });
  for (const w of warnings) ctx.warn(w(ctx.m));
  const words = ctx.m.participant.extend;
  const decided = decision?.decided ?? null;
  reply(ctx, {
    json: { id, until, ...(repaired ? { repaired } : {}) },
    done: repaired ? words.repaired(id, decided) : words.done(id, until),
    wouldDo: repaired ? words.wouldRepair(id, decided) : words.wouldDo(id, until),
    dryRun: Boolean(opts.dryRun),
  });
}

export async function runMove(
  ctx: Ctx,
  rawId: string,
  opts: { area: string; from: string; instructor?: string; dryRun?: boolean },
): Promise<void> {
  const id = idArg(rawId);
  const area = areaArg(opts.area);
  const from = dateArg(opts.from, '--from');
  const instructorId = opts.instructor === undefined ? undefined : staffIdArg(opts.instructor, '--instructor');
  const { result: later } = await change(
    ctx,
    `participant move ${id} to ${area} from ${from}`,
    Boolean(opts.dryRun),
    (tx) => {
      const { person, assignment } = findAssignment(tx.main, id, ctx.today);
      refuseIf(moveViolations(tx.main, person, assignment, area, from));
      assignment.areas = [...assignment.areas.filter((s) => s.from < from), { from, area }];
      return instructorOfMove(tx.main, assignment, from, instructorId, ctx.today);
    },
  );
  if (later) ctx.warn(ctx.m.staff.rules.instructorAreaAhead(id, later.instructor, later.area, later.from));
  reply(ctx, {
    json: { id, area, from, ...(instructorId ? { instructorId } : {}) },
    done: ctx.m.participant.move.done(id, area, from),
    wouldDo: ctx.m.participant.move.wouldDo(id, area, from),
    dryRun: Boolean(opts.dryRun),
  });
}

export async function runExit(
  ctx: Ctx,
  rawId: string,
  opts: { date: string; reason: string; text?: string; dryRun?: boolean },
): Promise<void> {
  const id = idArg(rawId);
  const date = dateArg(opts.date, '--date');
  const text = textArg(opts.text, '--text', { required: false, max: 500 });
  await change(ctx, `participant exit ${id} on ${date} (${opts.reason})`, Boolean(opts.dryRun), async (tx) => {
    const person = findAssignment(tx.main, id, ctx.today).person;
    // the assignment that covers the exit day, else the current one
    const assignment =
      assignmentsOf(tx.main.assignments, id).find((a) => a.start <= date && date <= a.until) ??
      currentAssignment(tx.main.assignments, id, ctx.today)!;
    refuseIf(exitViolations(person, assignment, date, opts.reason, text));
    if (date < lastDay(assignment))
      refuseIf(bookingsAfterExitViolations(id, date, await tx.bookingsBetween(addDays(date, 1), lastDay(assignment))));
    assignment.exit = { date, reason: opts.reason, text };
  });
  reply(ctx, {
    json: { id, exit: date, reason: opts.reason },
    done: ctx.m.participant.exit.done(id, date, opts.reason),
    wouldDo: ctx.m.participant.exit.wouldDo(id, date, opts.reason),
    dryRun: Boolean(opts.dryRun),
  });
}

/** "s007 Julia Terhoeven", or '' when the assignment names nobody. */
function staffWho(staff: readonly StaffMember[], id: string | null | undefined): string {
  return id ? `${id} ${staffName(staff, id)}` : '';
}
