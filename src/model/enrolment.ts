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
import { allWeeklyHours } from './weekly-hours.js';

export function weeklyHoursViolations(settings: Settings, hoursPerWeek: number, ids: string[]): Violation[] {
  const { min, max } = settings.weeklyHours;
  if (!Number.isInteger(hoursPerWeek) || hoursPerWeek < min || hoursPerWeek > max) {
    return [
      violation(
        'weekly-hours',
        `${hoursPerWeek} hours a week is outside the programme's bounds of ${min} to ${max} — choose whole hours in that range`,
        ids,
      ),
    ];
  }
  return [];
}

/** Dates of one assignment that contradict each other. */
export function assignmentDateViolations(a: Assignment): Violation[] {
  const out: Violation[] = [];
  const ids = [a.personId];
  if (a.start > a.until)
    out.push(
      violation(
        'assignment-dates',
        `${a.personId}: the assignment ends (${a.until}) before it starts (${a.start}) — swap or correct the dates`,
        ids,
      ),
    );
  if (a.exit && (a.exit.date < a.start || a.exit.date > a.until)) {
    out.push(
      violation(
        'exit-date',
        `${a.personId}: the exit on ${a.exit.date} lies outside the assignment ${a.start} to ${a.until}`,
        ids,
      ),
    );
  }
  if (a.exit && !isExitReason(a.exit.reason))
    out.push(violation('exit-reason', `${a.personId}: unknown exit reason '${a.exit.reason}'`, ids));
  if (a.exit?.reason === 'other' && !a.exit.text.trim())
    out.push(violation('exit-reason', `${a.personId}: exit reason 'other' needs a text`, ids));
  if (a.areas.length === 0 || a.areas[0]!.from !== a.start)
    out.push(violation('assignment-areas', `${a.personId}: the first area must start with the assignment`, ids));
  return out;
}

/** Two assignments of the same person that overlap. */
export function overlapViolations(assignments: readonly Assignment[], personId: string): Violation[] {
  const mine = assignments.filter((a) => a.personId === personId).sort((x, y) => compareText(x.start, y.start));
  const out: Violation[] = [];
  for (let i = 1; i < mine.length; i++) {
    if (mine[i]!.start <= lastDay(mine[i - 1]!)) {
      out.push(
        violation(
          'assignment-overlap',
          `${personId} has two assignments that overlap (from ${mine[i - 1]!.start} and from ${mine[i]!.start})`,
          [personId],
        ),
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
  const who = enrolled ? `${person.id} is enrolled but` : person.id;
  if (!person.attended) {
    return [
      violation(
        'entry-pipeline',
        `${who} has not attended an information appointment — record it with 'insat applicant attended ${person.id} --date DATE'`,
        ids,
      ),
    ];
  }
  if (!person.decision?.suitable) {
    return [
      violation(
        'entry-pipeline',
        `${who} has not been decided suitable — record the Jobcenter's decision with 'insat applicant decide ${person.id} --suitable --by NAME'`,
        ids,
      ),
    ];
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
  if (before.exit)
    return [
      violation(
        'exit-final',
        `${person.id} has already left on ${before.exit.date}; an exited assignment cannot be extended — enrol the person again`,
        ids,
      ),
    ];
  if (after.until <= before.until)
    return [
      violation(
        'extend-dates',
        `the new end ${after.until} is not after the current end ${before.until} — use a later date`,
        ids,
      ),
    ];
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
    return [
      violation(
        'move-date',
        `a move must fall after the start (${before.start}) and on or before the last day (${lastDay(before)}) — choose a date in between, or change the area at enrolment`,
        ids,
      ),
    ];
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
  if (a.exit)
    return [
      violation(
        'exit-final',
        `${person.id} has already left on ${a.exit.date} (${a.exit.reason}); an exit cannot be recorded twice — 'insat undo' reverts a wrong one`,
        ids,
      ),
    ];
  if (!isExitReason(reason))
    return [
      violation(
        'exit-reason',
        `unknown exit reason '${reason}' — see 'insat participant exit --help' for the codes`,
        ids,
      ),
    ];
  if (reason === 'other' && !text.trim())
    return [violation('exit-reason', `exit reason 'other' needs a text — add --text "…"`, ids)];
  if (date < a.start || date > a.until)
    return [
      violation(
        'exit-date',
        `the exit date ${date} lies outside the assignment ${a.start} to ${a.until} — use a day within it`,
        ids,
      ),
    ];
  return [];
}
