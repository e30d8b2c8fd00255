// The rules of an assignment and of changing it: eligibility, dates, weekly hours, seats, time cap,
// exits. Each function returns the violations (empty = allowed) of a proposed state.
import { applicantStatus, lastDay } from './assignment.js';
import { capacityViolations } from './capacity.js';
import { capViolations } from './agh-cap.js';
import { isExitReason } from './exit-reasons.js';
import { startOrderViolations } from './people.js';
import type { Text } from '../i18n/text.js';
import { addDays, dayNumber, type IsoDate } from './dates.js';
import { earliestFreeStart } from './free-seat.js';
import type { Area, Assignment, MainData, Person, Settings } from './types.js';
import { violation, type Violation } from './violations.js';
import { compareText } from './compare.js';
import { weekdayPatternViolations } from './weekday-pattern.js';
import { allWeeklyHours, hoursChangesViolations } from './weekly-hours.js';
import { socialWorkerChangesViolations } from './social-worker.js';
import type { Catalogue } from '../i18n/text.js';

export function weeklyHoursViolations(settings: Settings, hoursPerWeek: number, ids: string[]): Violation[] {
  const { min, max } = settings.weeklyHours;
  if (!Number.isInteger(hoursPerWeek) || hoursPerWeek < min || hoursPerWeek > max) {
    return [violation('weekly-hours', (m) => m.people.weeklyHours(hoursPerWeek, min, max), ids)];
  }
  return [];
}

/** Dates of one assignment that contradict each other. */
export function assignmentDateViolations(a: Assignment): Violation[] {
  const out: Violation[] = [];
  const ids = [a.personId];
  if (a.start > a.until)
    out.push(violation('assignment-dates', (m) => m.people.endsBeforeStart(a.personId, a.start, a.until), ids));
  const exit = a.exit;
  if (exit && (exit.date < a.start || exit.date > a.until)) {
    out.push(violation('exit-date', (m) => m.people.exitOutsideOf(a.personId, exit.date, a.start, a.until), ids));
  }
  if (exit && !isExitReason(exit.reason))
    out.push(violation('exit-reason', (m) => m.people.unknownExitReasonOf(a.personId, exit.reason), ids));
  if (exit?.reason === 'other' && !exit.text.trim())
    out.push(violation('exit-reason', (m) => m.people.otherNeedsTextOf(a.personId), ids));
  if (a.areas.length === 0 || a.areas[0]!.from !== a.start)
    out.push(violation('assignment-areas', (m) => m.people.firstAreaStart(a.personId), ids));
  return out;
}

/** Two assignments of the same person that overlap. */
export function overlapViolations(assignments: readonly Assignment[], personId: string): Violation[] {
  const mine = assignments.filter((a) => a.personId === personId).sort((x, y) => compareText(x.start, y.start));
  const out: Violation[] = [];
  for (let i = 1; i < mine.length; i++) {
    const [first, second] = [mine[i - 1]!, mine[i]!];
    if (second.start <= lastDay(first)) {
      out.push(
        violation('assignment-overlap', (m) => m.people.overlap(personId, first.start, lastDay(first), second.start), [
          personId,
        ]),
      );
    }
  }
  return out;
}

/** The rules every assignment in a store must keep, for a new one and for `insat check`. */
export function personAssignmentViolations(
  data: MainData,
  person: Person,
  assignments: readonly Assignment[],
): Violation[] {
  const mine = assignments.filter((a) => a.personId === person.id);
  return [
    ...mine.flatMap(assignmentDateViolations),
    ...mine.flatMap((a) =>
      [...new Set(allWeeklyHours(a))].flatMap((h) => weeklyHoursViolations(data.settings, h, [person.id])),
    ),
    ...mine.flatMap(hoursChangesViolations),
    ...mine.flatMap(socialWorkerChangesViolations),
    ...mine.flatMap((a) => weekdayPatternViolations(data.settings, a)),
    ...overlapViolations(mine, person.id),
    ...capViolations(data.settings, person.id, person.priorPeriods, mine),
  ];
}

export interface EnrolRequest {
  person: Person;
  assignment: Assignment;
}

/**
 * The entry path an assignment needs before it (DOMAIN.md): the person attended an information
 * appointment and the Jobcenter decided them suitable. The same rule for enrol and for check.
 */
export function entryPathViolations(person: Person, enrolled = false): Violation[] {
  const ids = [person.id];
  const who = (m: Catalogue) => (enrolled ? m.people.enrolledBut(person.id) : person.id);
  if (!person.attended) {
    return [violation('entry-pipeline', (m) => m.people.notAttended(who(m), person.id), ids)];
  }
  if (!person.decision?.suitable) {
    return [violation('entry-pipeline', (m) => m.people.notSuitable(who(m), person.id), ids)];
  }
  return [];
}

/** May this applicant get this seat? */
export function enrolViolations(data: MainData, req: EnrolRequest): Violation[] {
  const { person, assignment } = req;
  const status = applicantStatus(person, data.assignments);
  const returning =
    status === 'enrolled' &&
    data.assignments.filter((a) => a.personId === person.id).every((a) => lastDay(a) < assignment.start);
  if (!returning) {
    const path = entryPathViolations(person);
    if (path.length > 0) return path;
  }
  const proposed = [...data.assignments, assignment];
  const noSeat = capacityViolations(proposed, data.settings, assignment.start, assignment.until).length > 0;
  return [
    ...(returning ? [] : startOrderViolations(person, assignment.start)),
    ...personAssignmentViolations(data, person, proposed),
    ...(noSeat
      ? capacityViolations(
          proposed,
          data.settings,
          assignment.start,
          assignment.until,
          earliestStartAdvice(data, assignment),
        )
      : []),
  ];
}

/** The advice of a refusal for lack of a seat: the earliest start with a free seat in the area (model/free-seat.ts). */
function earliestStartAdvice(data: MainData, a: Assignment): Text {
  const area = a.areas[0]!.area;
  const start = earliestFreeStart(data.assignments, data.settings, a);
  if (!start) return (m) => m.weekdays.noSeatFrees(area);
  const until = addDays(start, dayNumber(a.until) - dayNumber(a.start));
  return (m) => m.weekdays.earliestStart(area, start, until);
}

/** Replaces one assignment in the list, for checking a proposed change. */
export function withChanged(assignments: readonly Assignment[], changed: Assignment): Assignment[] {
  return assignments.map((a) => (a.id === changed.id ? changed : a));
}

export function extendViolations(data: MainData, person: Person, before: Assignment, after: Assignment): Violation[] {
  const ids = [person.id];
  const exit = before.exit;
  if (exit) return [violation('exit-final', (m) => m.people.extendExited(person.id, exit.date), ids)];
  if (after.until <= before.until)
    return [violation('extend-dates', (m) => m.people.extendNotLater(after.until, before.until), ids)];
  const proposed = withChanged(data.assignments, after);
  return [
    ...personAssignmentViolations(data, person, proposed),
    ...capacityViolations(proposed, data.settings, before.until, after.until),
  ];
}

export function moveViolations(
  data: MainData,
  person: Person,
  before: Assignment,
  area: Area,
  from: IsoDate,
): Violation[] {
  const ids = [person.id];
  if (from <= before.start || from > lastDay(before)) {
    return [violation('move-date', (m) => m.people.moveDate(before.start, lastDay(before)), ids)];
  }
  const after: Assignment = { ...before, areas: [...before.areas.filter((s) => s.from < from), { from, area }] };
  const proposed = withChanged(data.assignments, after);
  return capacityViolations(proposed, data.settings, from, lastDay(before));
}

export function exitViolations(
  person: Person,
  a: Assignment,
  date: IsoDate,
  reason: string,
  text: string,
): Violation[] {
  const ids = [person.id];
  const exit = a.exit;
  if (exit) return [violation('exit-final', (m) => m.people.exitTwice(person.id, exit.date, exit.reason), ids)];
  if (!isExitReason(reason)) return [violation('exit-reason', (m) => m.people.unknownExitReason(reason), ids)];
  if (reason === 'other' && !text.trim()) return [violation('exit-reason', (m) => m.people.otherNeedsText, ids)];
  if (date < a.start || date > a.until)
    return [violation('exit-date', (m) => m.people.exitOutside(date, a.start, a.until), ids)];
  return [];
}
