// The progress report (Verlaufsbericht) as plain data: what the Jobcenter may read about one
// participant over a period. This is where the privacy rule of DOMAIN.md is applied: the report
// carries no addiction status, no contact details, no free-text exit or extension reasons, no
// health-related exit reason, and of the case notes only those marked `jobcenter`.
import { socialWorkerOn } from './social-worker.js';
import { instructorNames, staffName } from './staff.js';
import { groupParticipation, type GroupParticipation } from './groups.js';
import { capUse, capWarnings, type CapWarning, type MonthsDays } from './agh-cap.js';
import { areaOn, assignmentsOf, lastDay } from './assignment.js';
import { attendanceDays, summarizeAttendance, type AttendanceSummary } from './attendance.js';
import { evenDailyMinutes, weekdayMinutesOf, type WeekdayMinutes } from './weekday-pattern.js';
import { addDays, maxDate, minDate, type IsoDate, type Period } from './dates.js';
import { EXIT_GROUP_LABELS, EXIT_REASONS, exitGroupOf, HEALTH_RELATED_EXITS } from './exit-reasons.js';
import { goalsOf, notesForJobcenter } from './plan.js';
import type { Area, Assignment, Booking, CapDecision, GoalStatus, MainData, Person } from './types.js';
import { violation, type Violation } from './violations.js';
import { assignmentOn } from './weekly-hours.js';

export const REPORT_KINDS = ['start', 'interim', 'final', 'request'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];
export const REPORT_KIND_LABELS: Record<ReportKind, string> = {
  start: 'Eingangsbericht',
  interim: 'Zwischenbericht',
  final: 'Abschlussbericht',
  request: 'Bericht auf Anforderung',
};

export interface ProgressGoal {
  id: string;
  text: string;
  created: IsoDate;
  due: IsoDate | null;
  /** The status as of the end of the period (the last review up to then). */
  status: GoalStatus;
  lastReview: { date: IsoDate; comment: string } | null;
}

export interface ProgressReport {
  kind: ReportKind;
  period: Period;
  issued: IsoDate;
  person: { id: string; name: string; birthDate: IsoDate | null; jobcenterCustomerNo: string };
  assignment: {
    id: string;
    start: IsoDate;
    until: IsoDate;
    /** The exit date, or the end of the assignment. */
    lastDay: IsoDate;
    hoursPerWeek: number;
    /** Planned minutes of Monday … Friday (the weekday distribution). */
    weekdayMinutes: WeekdayMinutes;
    /** The same planned minutes every weekday (Monday to Friday evenly), or null for another distribution. */
    plannedMinutesPerDay: number | null;
    /** The areas of the period, with the day each one began. */
    areas: { from: IsoDate; area: Area }[];
    instructors: string[];
    socialWorker: string;
    jobcenterRef: string;
    integrationOfficer: string;
    /** `decision`: the Jobcenter's recorded decision to go beyond 24 months, if any (never inferred). */
    extensions: { previousUntil: IsoDate; until: IsoDate; decision: CapDecision | null }[];
    exit: { date: IsoDate; reason: string } | null;
    /**
     * AGH time used up to the end of the period and taken by the assignments to their end (in days
     * and in months as § 191 BGB counts them), the limit in months, the decision and the cap warnings.
     */
    agh: {
      usedDays: number;
      plannedDays: number;
      used: MonthsDays;
      planned: MonthsDays;
      limitMonths: number;
      decision: CapDecision | null;
      warnings: CapWarning[];
    };
  };
  attendance: AttendanceSummary;
  goals: ProgressGoal[];
  notes: { date: IsoDate; text: string; author: string }[];
  /** Lessons and group offers of the § 45 measure attended in the period (topics and hours only). */
  groups?: GroupParticipation;
}

/**
 * The default period: the assignment from its start up to yesterday, the last day whose bookings are
 * complete (today's planned hours, not booked yet, would lower the share of the planned hours while
 * "nicht erfasst" rightly leaves today out), or up to its last day when that has passed.
 */
export function defaultPeriod(a: Assignment, today: IsoDate): Period {
  const end = lastDay(a);
  return { from: a.start, to: maxDate(a.start, end < today ? end : addDays(today, -1)) };
}

export function defaultKind(a: Assignment, period: Period): ReportKind {
  return lastDay(a) <= period.to ? 'final' : 'interim';
}

/**
 * May a progress report cover `period` of this assignment? Not for a person whose data was purged,
 * not before the assignment starts, and only for days of the assignment.
 */
export function progressReportViolations(
  person: Person | undefined,
  a: Assignment,
  period: Period,
  today: IsoDate,
): Violation[] {
  const ids = [a.personId];
  if (person?.purged) return [violation('purged', (m) => m.progress.purged(a.personId), ids)];
  if (a.start > today) return [violation('report-period', (m) => m.progress.notStarted(a.personId, a.start), ids)];
  if (period.to < a.start || period.from > lastDay(a)) {
    const last = lastDay(a);
    return [
      violation(
        'report-period',
        (m) => m.progress.outsideAssignment(period.from, period.to, a.personId, a.start, last),
        ids,
      ),
    ];
  }
  return [];
}

/** The exit reason as the Jobcenter may read it. */
export function exitReasonForJobcenter(reason: string): string {
  if (HEALTH_RELATED_EXITS.has(reason)) return EXIT_GROUP_LABELS[exitGroupOf(reason)];
  return EXIT_REASONS[reason]?.label ?? EXIT_GROUP_LABELS.other;
}

export function progressReport(
  main: MainData,
  assignment: Assignment,
  bookings: readonly Booking[],
  period: Period,
  issued: IsoDate,
  kind: ReportKind = defaultKind(assignment, period),
): ProgressReport {
  const person = main.people.find((p) => p.id === assignment.personId)!;
  const s = main.settings;
  const mine = assignmentsOf(main.assignments, person.id);
  const onDay = minDate(period.to, lastDay(assignment));
  // AGH time up to the end of the period, and with the assignments as they stand (to their end)
  const upToPeriodEnd = mine
    .filter((a) => a.start <= period.to)
    .map((a) => ({
      ...a,
      until: minDate(a.until, period.to),
      exit: a.exit && a.exit.date <= period.to ? a.exit : null,
    }));
  const used = capUse(s, person.priorPeriods, upToPeriodEnd, onDay);
  const use = capUse(s, person.priorPeriods, mine, onDay);
  const warnings = capWarnings(s, person.id, person.priorPeriods, mine, issued);
  const areaAtStart = areaOn(assignment, maxDate(period.from, assignment.start));
  const areas = [
    { from: maxDate(period.from, assignment.start), area: areaAtStart },
    ...assignment.areas.filter((seg) => seg.from > period.from && seg.from <= period.to && seg.from > assignment.start),
  ];
  const currentArea = areas[areas.length - 1]!.area;
  const days = attendanceDays(person.id, [assignment], bookings, s.closingDays, period.from, period.to);
  const now = assignmentOn(assignment, minDate(period.to, lastDay(assignment)));
  return {
    kind,
    period,
    issued,
    person: {
      id: person.id,
      name: person.name,
      birthDate: person.birthDate,
      jobcenterCustomerNo: person.jobcenterCustomerNo,
    },
    assignment: {
      id: assignment.id,
      start: assignment.start,
      until: assignment.until,
      lastDay: lastDay(assignment),
      hoursPerWeek: now.hoursPerWeek,
      weekdayMinutes: weekdayMinutesOf(now),
      plannedMinutesPerDay: evenDailyMinutes(now),
      areas,
      instructors: assignment.instructorId
        ? [staffName(main.staff, assignment.instructorId)]
        : instructorNames(main.staff, currentArea, onDay),
      socialWorker: staffName(main.staff, socialWorkerOn(assignment, onDay)) || assignment.socialWorker,
      jobcenterRef: assignment.jobcenterRef,
      integrationOfficer: assignment.integrationOfficer,
      extensions: assignment.extensions
        .filter((e) => e.recorded <= period.to)
        .map((e) => ({ previousUntil: e.previousUntil, until: e.until, decision: e.capDecision ?? null })),
      exit:
        assignment.exit && assignment.exit.date <= period.to
          ? { date: assignment.exit.date, reason: exitReasonForJobcenter(assignment.exit.reason) }
          : null,
      agh: {
        usedDays: used.usedDays,
        plannedDays: use.plannedDays,
        used: used.usedSoFar,
        planned: use.planned,
        limitMonths: use.limitMonths,
        decision: use.decision,
        warnings,
      },
    },
    attendance: summarizeAttendance(days, issued),
    groups: groupParticipation(main.groupOffers ?? [], person.id, period),
    goals: goalsOf(main.goals, person.id)
      .filter((g) => g.created <= period.to)
      .map((g) => {
        const reviews = g.reviews.filter((r) => r.date <= period.to);
        const last = reviews[reviews.length - 1];
        return {
          id: g.id,
          text: g.text,
          created: g.created,
          due: g.due,
          status: last?.status ?? (g.reviews.length === 0 ? g.status : 'open'),
          lastReview: last ? { date: last.date, comment: last.comment } : null,
        };
      }),
    notes: notesForJobcenter(main.notes, person.id)
      .filter((n) => n.date >= period.from && n.date <= period.to)
      .map((n) => ({ date: n.date, text: n.text, author: n.author })),
  };
}
