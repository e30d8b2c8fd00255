import { m } from '../../i18n/active.js';
import { evenDailyMinutes, patternSum, patternText, weekdayMinutesOf } from '../../model/weekday-pattern.js';
import type { Ctx } from '../../cli/context.js';
import { doneLine, emit, formatOf } from '../../cli/output.js';
import { areaArg, dateArg, idArg, textArg } from '../../cli/parse.js';
import { change, findAssignment, openStore } from '../../cli/store-access.js';
import { refuseIf } from '../../errors.js';
import { capDecisionArg } from '../../cli/cap-decision.js';
import {
  capDecisionViolations,
  capUse,
  capWarnings,
  crossesBaseCap,
  formatMonths,
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
import { addDays, formatDateDe } from '../../model/dates.js';
import { bookingsAfterExitViolations } from '../../model/exit-bookings.js';
import {
  exitViolations,
  extendViolations,
  moveViolations,
  personAssignmentViolations,
  withChanged,
} from '../../model/enrolment.js';
import { EXIT_REASONS } from '../../model/exit-reasons.js';
import type { Assignment, Person } from '../../model/types.js';
import { assignmentOn, weeklyHoursOn } from '../../model/weekly-hours.js';

export async function runParticipantList(
  ctx: Ctx,
  opts: { activeOn?: string; area?: string; all?: boolean; format?: string },
): Promise<void> {
  const format = formatOf(ctx, opts.format);
  const day = opts.activeOn ? dateArg(opts.activeOn, '--active-on') : ctx.today;
  const area = opts.area ? areaArg(opts.area) : undefined;
  const data = (await openStore(ctx)).main;
  const rows = data.assignments
    .filter((a) => (opts.all ? true : coversDay(a, day)))
    .filter((a) => !area || areaOn(a, opts.all ? lastDay(a) : day) === area)
    .map((a) => ({ a, p: data.people.find((p) => p.id === a.personId)! }))
    .sort((x, y) => x.p.name.localeCompare(y.p.name, 'de') || x.a.start.localeCompare(y.a.start));
  await emit(ctx, format, {
    json: () => ({ date: day, participants: rows.map(({ a, p }) => participantJson(p, a, ctx.today, day)) }),
    tabular: () => ({
      columns: [
        { key: 'id', header: 'id', kind: 'text' },
        { key: 'name', header: 'name', kind: 'text' },
        { key: 'area', header: 'area', kind: 'text' },
        { key: 'status', header: 'status', kind: 'text' },
        { key: 'start', header: 'start', kind: 'date' },
        { key: 'until', header: 'until', kind: 'date' },
        { key: 'hoursPerWeek', header: 'h/week', kind: 'int' },
        { key: 'exit', header: 'exit', kind: 'date' },
        { key: 'reason', header: 'reason', kind: 'text' },
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
  const data = (await openStore(ctx)).main;
  const { person, assignment } = findAssignment(data, id, ctx.today);
  const mine = assignmentsOf(data.assignments, id);
  const use = capUse(data.settings, person.priorPeriods, mine, ctx.today);
  const warnings = capWarnings(data.settings, id, person.priorPeriods, mine, ctx.today).map((w) => w.message);
  if (ctx.json) {
    ctx.out(
      JSON.stringify(
        {
          ...participantJson(person, assignment, ctx.today, ctx.today),
          assignmentId: assignment.id,
          weekdayMinutes: weekdayMinutesOf(assignmentOn(assignment, ctx.today)),
          weekdayPattern: patternText(weekdayMinutesOf(assignmentOn(assignment, ctx.today))),
          areas: assignment.areas,
          extensions: assignment.extensions,
          jobcenterRef: assignment.jobcenterRef,
          integrationOfficer: assignment.integrationOfficer,
          socialWorker: assignment.socialWorker,
          instructor: assignment.instructor ?? '',
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
        },
        null,
        2,
      ),
    );
    return;
  }
  ctx.out(showText(person, assignment, mine, use, warnings, ctx.today));
}

/** The weekday distribution as `participant show` prints it. */
function weekdaysText(a: Assignment): string {
  const perDay = evenDailyMinutes(a);
  if (perDay !== null) return m().weekdays.evenWeekPerDay(perDay);
  const minutes = weekdayMinutesOf(a);
  return m().weekdays.patternWeek(patternText(minutes), patternSum(minutes));
}

function showText(
  p: Person,
  a: Assignment,
  mine: Assignment[],
  use: CapUse,
  warnings: string[],
  today: string,
): string {
  const d = formatDateDe;
  const lines = [
    `${p.id}  ${p.name}${p.birthDate ? ` (born ${d(p.birthDate)})` : ''}`,
    `status             ${assignmentStatus(a, today)}`,
    `area               ${a.areas.map((s) => `${s.area} from ${d(s.from)}`).join(', ')}`,
    `assignment         ${d(a.start)} – ${d(a.until)}, ${a.hoursPerWeek} h a week${hoursHistory(a)}`,
    `weekdays           ${weekdaysText(a)}`,
    `jobcenter          ref ${a.jobcenterRef || '–'}, customer no ${p.jobcenterCustomerNo || '–'}, officer ${a.integrationOfficer || '–'}`,
    `social worker      ${a.socialWorker || '–'}`,
    `instructor         ${a.instructor || '–'}`,
  ];
  for (const e of a.extensions)
    lines.push(
      `extension          ${d(e.previousUntil)} → ${d(e.until)}${e.reason ? ` (${e.reason})` : ''}${e.capDecision ? `, Jobcenter decision of ${d(e.capDecision.decided)}: ${e.capDecision.text}` : ''}`,
    );
  if (a.exit)
    lines.push(
      `exit               ${d(a.exit.date)}: ${a.exit.reason} – ${EXIT_REASONS[a.exit.reason]?.label ?? ''}${a.exit.text ? ` (${a.exit.text})` : ''}`,
    );
  const frame = use.frame ? `in the 5 years from ${d(use.frame.from)} to ${d(use.frame.to)}` : '';
  lines.push(
    `AGH time           ${formatMonths(use.usedSoFar)} months used so far, ${formatMonths(use.planned)} planned to the end of the assignment, of ${use.limitMonths} months ${frame}`,
  );
  if (use.decision)
    lines.push(
      `                   beyond 24 months by the Jobcenter's decision of ${d(use.decision.decided)}: ${use.decision.text}`,
    );
  for (const w of warnings) lines.push(`warning            ${w}`);
  for (const prior of p.priorPeriods)
    lines.push(`earlier AGH        ${d(prior.from)} – ${d(prior.to)} at ${prior.provider}`);
  if (mine.length > 1) lines.push(`assignments        ${mine.map((x) => `${d(x.start)}–${d(lastDay(x))}`).join(', ')}`);
  return lines.join('\n');
}

/** ", from 01.02.2027 20 h" for every dated change of the weekly hours. */
function hoursHistory(a: Assignment): string {
  return (a.hoursChanges ?? []).map((c) => `, from ${formatDateDe(c.from)} ${c.hoursPerWeek} h`).join('');
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
  let warnings: string[] = [];
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
  for (const w of warnings) ctx.warn(w);
  doneLine(
    ctx,
    Boolean(opts.dryRun),
    repaired
      ? `recorded the AGH cap facts of ${id}${decision ? ` with the Jobcenter's decision of ${decision.decided}` : ''}`
      : `extended ${id} until ${until}`,
  );
}

export async function runMove(
  ctx: Ctx,
  rawId: string,
  opts: { area: string; from: string; dryRun?: boolean },
): Promise<void> {
  const id = idArg(rawId);
  const area = areaArg(opts.area);
  const from = dateArg(opts.from, '--from');
  await change(ctx, `participant move ${id} to ${area} from ${from}`, Boolean(opts.dryRun), (tx) => {
    const { person, assignment } = findAssignment(tx.main, id, ctx.today);
    refuseIf(moveViolations(tx.main, person, assignment, area, from));
    assignment.areas = [...assignment.areas.filter((s) => s.from < from), { from, area }];
  });
  doneLine(ctx, Boolean(opts.dryRun), `moved ${id} to ${area} from ${from}`);
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
  doneLine(
    ctx,
    Boolean(opts.dryRun),
    `recorded the exit of ${id} on ${date} (${opts.reason}); the seat is free from the next day`,
  );
}
