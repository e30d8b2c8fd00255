import type { Ctx } from '../../cli/context.js';
import { doneLine, emit, formatOf } from '../../cli/output.js';
import { areaArg, dateArg, idArg, textArg } from '../../cli/parse.js';
import { change, findAssignment, openStore } from '../../cli/store-access.js';
import { refuseIf } from '../../errors.js';
import { capUse, monthsToDays } from '../../model/agh-cap.js';
import { areaOn, assignmentsOf, assignmentStatus, coversDay, currentAssignment, lastDay } from '../../model/assignment.js';
import { formatDateDe } from '../../model/dates.js';
import { exitViolations, extendViolations, moveViolations } from '../../model/enrolment.js';
import { EXIT_REASONS } from '../../model/exit-reasons.js';
import type { Assignment, MainData, Person } from '../../model/types.js';

export async function runParticipantList(ctx: Ctx, opts: { activeOn?: string; area?: string; all?: boolean; format?: string }): Promise<void> {
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
        { key: 'id', header: 'id', kind: 'text' }, { key: 'name', header: 'name', kind: 'text' },
        { key: 'area', header: 'area', kind: 'text' }, { key: 'status', header: 'status', kind: 'text' },
        { key: 'start', header: 'start', kind: 'date' }, { key: 'until', header: 'until', kind: 'date' },
        { key: 'hoursPerWeek', header: 'h/week', kind: 'int' }, { key: 'exit', header: 'exit', kind: 'date' },
        { key: 'reason', header: 'reason', kind: 'text' },
      ],
      rows: rows.map(({ a, p }) => ({
        id: p.id, name: p.name, area: areaOn(a, coversDay(a, day) ? day : lastDay(a)), status: assignmentStatus(a, ctx.today),
        start: a.start, until: a.until, hoursPerWeek: a.hoursPerWeek, exit: a.exit?.date, reason: a.exit?.reason,
      })),
    }),
  });
}

function participantJson(p: Person, a: Assignment, today: string, day: string) {
  return {
    id: p.id, name: p.name, area: areaOn(a, coversDay(a, day) ? day : lastDay(a)), status: assignmentStatus(a, today),
    start: a.start, until: a.until, hoursPerWeek: a.hoursPerWeek, ...(a.exit ? { exit: { date: a.exit.date, reason: a.exit.reason } } : {}),
  };
}

export async function runParticipantShow(ctx: Ctx, rawId: string): Promise<void> {
  const id = idArg(rawId);
  const data = (await openStore(ctx)).main;
  const { person, assignment } = findAssignment(data, id, ctx.today);
  const mine = assignmentsOf(data.assignments, id);
  const use = capUse(data.settings, person.priorPeriods, mine, ctx.today, mine.some((a) => a.capExtensionReason !== ''));
  if (ctx.json) {
    ctx.out(JSON.stringify({
      ...participantJson(person, assignment, ctx.today, ctx.today),
      assignmentId: assignment.id,
      areas: assignment.areas, extensions: assignment.extensions, jobcenterRef: assignment.jobcenterRef,
      integrationOfficer: assignment.integrationOfficer, socialWorker: assignment.socialWorker,
      agh: { usedDays: use.usedDays, limitDays: use.limitDays, leftDays: use.leftDays, frameFrom: use.frame?.from ?? null },
      assignments: mine.map((a) => ({ id: a.id, start: a.start, until: a.until, exit: a.exit })),
    }, null, 2));
    return;
  }
  ctx.out(showText(data, person, assignment, mine, use, ctx.today));
}

function showText(data: MainData, p: Person, a: Assignment, mine: Assignment[], use: ReturnType<typeof capUse>, today: string): string {
  const d = formatDateDe;
  const lines = [
    `${p.id}  ${p.name}${p.birthDate ? ` (born ${d(p.birthDate)})` : ''}`,
    `status             ${assignmentStatus(a, today)}`,
    `area               ${a.areas.map((s) => `${s.area} from ${d(s.from)}`).join(', ')}`,
    `assignment         ${d(a.start)} – ${d(a.until)}, ${a.hoursPerWeek} h a week`,
    `jobcenter          ref ${a.jobcenterRef || '–'}, customer no ${p.jobcenterCustomerNo || '–'}, officer ${a.integrationOfficer || '–'}`,
    `social worker      ${a.socialWorker || '–'}`,
  ];
  for (const e of a.extensions) lines.push(`extension          ${d(e.previousUntil)} → ${d(e.until)}${e.reason ? ` (${e.reason})` : ''}`);
  if (a.exit) lines.push(`exit               ${d(a.exit.date)}: ${a.exit.reason} – ${EXIT_REASONS[a.exit.reason]?.label ?? ''}${a.exit.text ? ` (${a.exit.text})` : ''}`);
  const months = (days: number) => (days / (365 / 12)).toFixed(1).replace('.', ',');
  lines.push(`AGH time           ${months(use.usedDays)} of ${months(use.limitDays)} months used in the 5 years from ${use.frame ? d(use.frame.from) : '–'} (${use.leftDays} days left)`);
  if (use.leftDays < data.settings.aghCap.warnMonthsAhead * 30 && use.limitDays <= monthsToDays(data.settings.aghCap.months)) {
    lines.push(`                   the 24-month cap is near: an extension beyond it needs a Jobcenter decision`);
  }
  for (const prior of p.priorPeriods) lines.push(`earlier AGH        ${d(prior.from)} – ${d(prior.to)} at ${prior.provider}`);
  if (mine.length > 1) lines.push(`assignments        ${mine.map((x) => `${d(x.start)}–${d(lastDay(x))}`).join(', ')}`);
  return lines.join('\n');
}

export async function runExtend(ctx: Ctx, rawId: string, opts: { until: string; reason?: string; dryRun?: boolean }): Promise<void> {
  const id = idArg(rawId);
  const until = dateArg(opts.until, '--until');
  const reason = textArg(opts.reason, '--reason', { required: false, max: 500 });
  await change(ctx, `participant extend ${id} until ${until}`, Boolean(opts.dryRun), (tx) => {
    const { person, assignment } = findAssignment(tx.main, id, ctx.today);
    const beyondCap = reason !== '' && !assignment.capExtensionReason;
    const after: Assignment = {
      ...assignment,
      until,
      capExtensionReason: assignment.capExtensionReason || reason,
      extensions: [...assignment.extensions, { until, previousUntil: assignment.until, reason, beyondCap, recorded: ctx.today }],
    };
    refuseIf(extendViolations(tx.main, person, assignment, after));
    Object.assign(assignment, after);
  });
  doneLine(ctx, Boolean(opts.dryRun), `extended ${id} until ${until}`);
}

export async function runMove(ctx: Ctx, rawId: string, opts: { area: string; from: string; dryRun?: boolean }): Promise<void> {
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

export async function runExit(ctx: Ctx, rawId: string, opts: { date: string; reason: string; text?: string; dryRun?: boolean }): Promise<void> {
  const id = idArg(rawId);
  const date = dateArg(opts.date, '--date');
  const text = textArg(opts.text, '--text', { required: false, max: 500 });
  await change(ctx, `participant exit ${id} on ${date} (${opts.reason})`, Boolean(opts.dryRun), (tx) => {
    const person = findAssignment(tx.main, id, ctx.today).person;
    // the assignment that covers the exit day, else the current one
    const assignment = assignmentsOf(tx.main.assignments, id).find((a) => a.start <= date && date <= a.until) ?? currentAssignment(tx.main.assignments, id, ctx.today)!;
    refuseIf(exitViolations(person, assignment, date, opts.reason, text));
    assignment.exit = { date, reason: opts.reason, text };
  });
  doneLine(ctx, Boolean(opts.dryRun), `recorded the exit of ${id} on ${date} (${opts.reason}); the seat is free from the next day`);
}
