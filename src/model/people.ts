// The entry pipeline: first contact → information appointment → Jobcenter decision → waiting list.
import { applicantStatus } from './assignment.js';
import type { IsoDate } from './dates.js';
import type { Assignment, MainData, Person } from './types.js';
import { violation, type Violation } from './violations.js';

type Counter = keyof MainData['counters'];
const PREFIX: Record<Counter, string> = {
  person: 'p',
  assignment: 'a',
  goal: 'g',
  note: 'n',
  customer: 'c',
  order: 'o',
  groupOffer: 'u',
  certification: 'z',
  staff: 's',
};

/** The next short stable id (p001, a001 …); counts up and never reuses an id. */
export function nextId(data: MainData, counter: Counter): string {
  const n = (data.counters[counter] ?? 0) + 1;
  data.counters[counter] = n;
  return `${PREFIX[counter]}${String(n).padStart(3, '0')}`;
}

export function applicantViolations(p: Person, today: IsoDate): Violation[] {
  const out: Violation[] = [];
  if (p.birthDate && p.birthDate >= today)
    out.push(violation('birth-date', (m) => m.people.birthDateNotPast(p.birthDate!), [p.id]));
  if (!p.purged) out.push(...birthDateViolations(p));
  if (p.contactDate > today)
    out.push(violation('contact-date', (m) => m.people.contactInFuture(p.contactDate), [p.id]));
  for (const prior of p.priorPeriods) {
    if (prior.to >= today)
      out.push(violation('prior-period', (m) => m.people.priorNotOver(prior.from, prior.to), [p.id]));
  }
  return out;
}

export type PipelineStep = 'schedule' | 'attended' | 'decide' | 'withdraw';

/** Whether a step of the pipeline fits where the person stands. */
export function pipelineStep(p: Person, assignments: readonly Assignment[], step: PipelineStep): Violation[] {
  const status = applicantStatus(p, assignments);
  const ids = [p.id];
  if (status === 'enrolled') return [violation('entry-pipeline', (m) => m.people.alreadyEnrolled(p.id), ids)];
  if (status === 'withdrawn') return [violation('entry-pipeline', (m) => m.people.withdrew(p.id, p.withdrawn!), ids)];
  if (step === 'schedule' && p.attended)
    return [violation('entry-pipeline', (m) => m.people.alreadyAttendedSchedule(p.id, p.infoAppointment!), ids)];
  if (step === 'attended' && p.attended)
    return [violation('entry-pipeline', (m) => m.people.alreadyAttended(p.id, p.infoAppointment!), ids)];
  if (step === 'decide' && !p.attended) {
    return [violation('entry-pipeline', (m) => m.people.notAttendedYet(p.id), ids)];
  }
  return [];
}

export function attendedViolations(p: Person, day: IsoDate, today: IsoDate): Violation[] {
  if (p.infoAppointment && day < p.infoAppointment && p.infoAppointment > today) {
    return [violation('info-appointment', (m) => m.people.appointmentAhead(p.id, p.infoAppointment!), [p.id])];
  }
  if (p.infoAppointment && day < p.infoAppointment) {
    return [
      violation('info-appointment', (m) => m.people.attendedBeforeAppointment(p.id, day, p.infoAppointment!), [p.id]),
    ];
  }
  if (day > today) return [violation('info-appointment', (m) => m.people.attendedInFuture(p.id, day), [p.id])];
  if (day < p.contactDate)
    return [violation('info-appointment', (m) => m.people.appointmentBeforeContact(day, p.contactDate), [p.id])];
  return [];
}

export function decisionViolations(p: Person, day: IsoDate, today: IsoDate): Violation[] {
  if (day > today) return [violation('decision-date', (m) => m.people.decisionInFuture(day), [p.id])];
  if (p.infoAppointment && day < p.infoAppointment)
    return [violation('decision-date', (m) => m.people.decisionBeforeAppointment(day, p.infoAppointment!), [p.id])];
  return [];
}

/** Adults of working age: 15 to 67 at the first contact (DOMAIN.md, one person one record). */
export const AGE_BOUNDS = { min: 15, max: 67 } as const;

export function ageOn(birthDate: IsoDate, day: IsoDate): number {
  const years = Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return day.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

export function birthDateViolations(p: Pick<Person, 'id' | 'birthDate' | 'contactDate'>): Violation[] {
  if (!p.birthDate || p.birthDate >= p.contactDate) return [];
  const age = ageOn(p.birthDate, p.contactDate);
  if (age < AGE_BOUNDS.min || age > AGE_BOUNDS.max) {
    return [
      violation(
        'birth-date',
        (m) => m.people.ageOutOfBounds(p.id, age, p.contactDate, AGE_BOUNDS.min, AGE_BOUNDS.max),
        [p.id],
      ),
    ];
  }
  return [];
}

/**
 * The entry pipeline's order: first contact ≤ information appointment (the day attended) ≤
 * Jobcenter decision ≤ assignment start. For a new enrolment (`start`) and for `insat check`.
 */
export function pipelineOrderViolations(p: Person, starts: readonly IsoDate[]): Violation[] {
  const ids = [p.id];
  const out: Violation[] = [];
  if (p.infoAppointment && p.infoAppointment < p.contactDate) {
    out.push(
      violation(
        'pipeline-order',
        (m) => m.people.appointmentBeforeContactOf(p.id, p.infoAppointment!, p.contactDate),
        ids,
      ),
    );
  }
  const decision = p.decision;
  if (decision && p.infoAppointment && decision.date < p.infoAppointment) {
    out.push(
      violation(
        'pipeline-order',
        (m) => m.people.decisionBeforeAppointmentOf(p.id, decision.date, p.infoAppointment!),
        ids,
      ),
    );
  }
  const first = [...starts].sort()[0];
  if (first) out.push(...startOrderViolations(p, first));
  return out;
}

/** An assignment starts on or after the Jobcenter's decision. */
export function startOrderViolations(p: Person, start: IsoDate): Violation[] {
  if (!p.decision || start >= p.decision.date) return [];
  const decided = p.decision.date;
  return [violation('pipeline-order', (m) => m.people.startBeforeDecision(p.id, start, decided), [p.id])];
}
