import { contactWarning } from '../../model/assignment-contacts.js';
import type { Ctx } from '../../cli/context.js';
import { reply } from '../../cli/output.js';
import { areaArg, clip, dateArg, idArg, textArg } from '../../cli/parse.js';
import { weeklyHoursArg } from '../../cli/weekly-hours-arg.js';
import { askMissing, type Question } from '../../cli/prompts.js';
import { change, findPerson, openStore } from '../../cli/store-access.js';
import { refuseIf, UsageError } from '../../errors.js';
import { capDecisionArg } from '../../cli/cap-decision.js';
import { capDecisionViolations, capWarnings } from '../../model/agh-cap.js';
import { isWaiting } from '../../model/assignment.js';
import { enrolViolations } from '../../model/enrolment.js';
import { nextId } from '../../model/people.js';
import type { Text } from '../../i18n/text.js';
import { AREA_LABELS, AREAS, type Area, type Assignment, type MainData } from '../../model/types.js';
import {
  isEvenWeek,
  parseDays,
  parsePattern,
  patternSumViolations,
  patternText,
  storedWeekdayMinutes,
  weekdayMinutesOf,
  type WeekdayChoice,
} from '../../model/weekday-pattern.js';
import { findStaff, staffIdArg } from '../../cli/record-ids.js';
import type { IsoDate } from '../../model/dates.js';
import { staffChoiceViolations, staffOn, type AssignedRole } from '../../model/staff.js';
import type { Violation } from '../../model/violations.js';
import type { EnrolOptions } from './index.js';

export async function runEnrol(ctx: Ctx, rawId: string | undefined, opts: EnrolOptions): Promise<void> {
  const words = ctx.m.enrol;
  const questions: Question[] = [];
  const data = ctx.interactive ? (await openStore(ctx)).main : null;
  if (rawId === undefined && data) {
    const waiting = data.people.filter((p) => isWaiting(p, data.assignments));
    questions.push({
      flag: 'ID',
      message: words.askApplicant,
      kind: 'select',
      choices: waiting.map((p) => ({ value: p.id, name: words.suitableSince(p.id, p.name, p.decision!.date) })),
    });
  } else if (rawId === undefined) questions.push({ flag: 'ID', message: '', kind: 'text' });
  if (opts.area === undefined)
    questions.push({
      flag: '--area',
      message: words.askArea,
      kind: 'select',
      choices: AREAS.map((a) => ({ value: a, name: AREA_LABELS[a] })),
    });
  if (opts.start === undefined) questions.push({ flag: '--start', message: words.askStart, kind: 'date' });
  if (opts.until === undefined) questions.push({ flag: '--until', message: words.askUntil, kind: 'date' });
  if (opts.hoursPerWeek === undefined) {
    // on a terminal the bounds are the programme's, so a wrong number is asked again, not refused at the end
    const bounds = data?.settings.weeklyHours ?? { min: 1, max: 60 };
    questions.push({ flag: '--hours-per-week', message: ctx.m.weekdays.promptHoursPerWeek, kind: 'number', ...bounds });
  }
  if (data) {
    const optionalText = (flag: string, message: string): Question => ({ flag, message, kind: 'text', optional: true });
    if (opts.jobcenterRef === undefined)
      questions.push(optionalText('--jobcenter-ref', ctx.m.weekdays.promptJobcenterRef));
    if (opts.integrationOfficer === undefined)
      questions.push(optionalText('--integration-officer', ctx.m.weekdays.promptIntegrationOfficer));
  }
  const weekdays = weekdaysArg(ctx, opts);
  const asked = await askMissing(ctx, questions);

  const id = idArg(rawId ?? asked.ID);
  const area = areaArg(opts.area ?? asked['--area']);
  const start = dateArg(opts.start ?? asked['--start'], '--start');
  const until = dateArg(opts.until ?? asked['--until'], '--until');
  const hoursPerWeek = await weeklyHoursArg(ctx, opts.hoursPerWeek ?? asked['--hours-per-week']!, '--hours-per-week');
  const given = (flag: string, value: string | undefined) => value ?? (asked[flag]?.trim() || undefined);
  const details = {
    jobcenterRef: textArg(given('--jobcenter-ref', opts.jobcenterRef), '--jobcenter-ref', {
      required: false,
      max: 100,
    }),
    integrationOfficer: textArg(given('--integration-officer', opts.integrationOfficer), '--integration-officer', {
      required: false,
      max: 200,
    }),
    socialWorker: '',
    capExtensionReason: '',
  };
  const staff = await staffChoices(ctx, opts, area, start);
  const decision = capDecisionArg(opts, ctx.today);

  let warnings: Text[] = [];
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
        ...storedWeekdayMinutes(weekdays, hoursPerWeek),
        areas: [{ from: start, area }],
        extensions: [],
        exit: null,
        ...details,
        socialWorkerId: staff.socialWorker,
        instructorId: staff.instructor,
        ...(decision ? { capDecision: decision } : {}),
      };
      const mine = [...tx.main.assignments.filter((x) => x.personId === id), a];
      const violations = enrolViolations(tx.main, { person, assignment: a });
      const eligible = !violations.some((v) => v.rule === 'entry-pipeline');
      refuseIf([
        ...staffViolations(tx.main, staff, a),
        ...(weekdays?.kind === 'pattern' ? patternSumViolations(id, weekdays.minutes, hoursPerWeek) : []),
        ...(decision && eligible
          ? capDecisionViolations(tx.main.settings, id, person.priorPeriods, mine, a, decision, ctx.today)
          : []),
        ...violations,
      ]);
      tx.main.assignments.push(a);
      warnings = [
        ...capWarnings(tx.main.settings, id, person.priorPeriods, mine, ctx.today).map((w) => w.message),
        ...[contactWarning(a, ctx.today)].flatMap((v) => (v ? [v.message] : [])),
      ];
      return a;
    },
  );
  for (const w of warnings) ctx.warn(w(ctx.m));
  const week = isEvenWeek(assignment) ? ctx.m.weekdays.evenWeek : patternText(weekdayMinutesOf(assignment));
  reply(ctx, {
    json: { id, assignment: assignment.id },
    done: words.done(id, area, start, until, hoursPerWeek, week),
    wouldDo: words.wouldDo(id, area, start, until, hoursPerWeek, week),
    dryRun: Boolean(opts.dryRun),
  });
}

/** `--days` or `--pattern` as typed; null for the default (Monday to Friday evenly). */
function weekdaysArg(ctx: Ctx, opts: EnrolOptions): WeekdayChoice | null {
  if (opts.days !== undefined && opts.pattern !== undefined) throw new UsageError((m) => m.weekdays.daysAndPattern);
  if (opts.pattern !== undefined) {
    const pattern = opts.pattern;
    const p = parsePattern(pattern);
    if (!p.ok) throw new UsageError((m) => m.weekdays.problem('--pattern', clip(pattern), p.problem));
    return { kind: 'pattern', minutes: p.value };
  }
  if (opts.days !== undefined) {
    const days = opts.days;
    const d = parseDays(days);
    if (!d.ok) throw new UsageError((m) => m.weekdays.problem('--days', clip(days), d.problem));
    return { kind: 'days', days: d.value };
  }
  return null;
}

interface StaffChoice {
  socialWorker: string | null;
  instructor: string | null;
}

/** The social worker and instructor by staff id; on a terminal, picked from the team on the first day. */
async function staffChoices(ctx: Ctx, opts: EnrolOptions, area: Area, start: IsoDate): Promise<StaffChoice> {
  const questions: Question[] = [];
  if (ctx.interactive && (opts.socialWorker === undefined || opts.instructor === undefined)) {
    const team = staffOn((await openStore(ctx)).main.staff, start);
    const choices = (list: typeof team) => list.map((s) => ({ value: s.id, name: `${s.id}  ${s.name}` }));
    const socialWorkers = team.filter((s) => s.role === 'social-worker');
    const instructors = team.filter((s) => s.role === 'instructor' && s.area === area);
    if (opts.socialWorker === undefined && socialWorkers.length > 0)
      questions.push({
        flag: '--social-worker',
        message: ctx.m.staff.prompt.socialWorker,
        kind: 'select',
        choices: choices(socialWorkers),
      });
    if (opts.instructor === undefined && instructors.length > 0)
      questions.push({
        flag: '--instructor',
        message: ctx.m.staff.prompt.instructor,
        kind: 'select',
        choices: choices(instructors),
      });
  }
  const asked = await askMissing(ctx, questions);
  const id = (value: string | undefined, flag: string) => (value === undefined ? null : staffIdArg(value, flag));
  return {
    socialWorker: id(opts.socialWorker ?? asked['--social-worker'], '--social-worker'),
    instructor: id(opts.instructor ?? asked['--instructor'], '--instructor'),
  };
}

function staffViolations(data: MainData, choice: StaffChoice, a: Assignment): Violation[] {
  const area = a.areas[0]!.area;
  const check = (id: string | null, role: AssignedRole) =>
    id ? staffChoiceViolations(findStaff(data, id), role, a.start, area, [a.personId]) : [];
  return [...check(choice.socialWorker, 'social-worker'), ...check(choice.instructor, 'instructor')];
}
