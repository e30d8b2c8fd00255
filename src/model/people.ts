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
    out.push(violation('birth-date', `the birth date ${p.birthDate} is not in the past — check the date`, [p.id]));
  if (!p.purged) out.push(...birthDateViolations(p));
  if (p.contactDate > today)
    out.push(
      violation('contact-date', `the first contact ${p.contactDate} lies in the future — use today or an earlier day`, [
        p.id,
      ]),
    );
  for (const prior of p.priorPeriods) {
    if (prior.to >= today)
      out.push(
        violation(
          'prior-period',
          `an earlier AGH period must have ended before today (${prior.from} to ${prior.to}) — record only periods that are over`,
          [p.id],
        ),
      );
  }
  return out;
}

export type PipelineStep = 'schedule' | 'attended' | 'decide' | 'withdraw';

/** Whether a step of the pipeline fits where the person stands. */
export function pipelineStep(p: Person, assignments: readonly Assignment[], step: PipelineStep): Violation[] {
  const status = applicantStatus(p, assignments);
  const ids = [p.id];
  if (status === 'enrolled')
    return [violation('entry-pipeline', `${p.id} is already enrolled — see 'insat participant show ${p.id}'`, ids)];
  if (status === 'withdrawn')
    return [
      violation('entry-pipeline', `${p.id} withdrew on ${p.withdrawn} — add the person again if they come back`, ids),
    ];
  if (step === 'schedule' && p.attended)
    return [
      violation(
        'entry-pipeline',
        `${p.id} already attended an information appointment on ${p.infoAppointment} — next: 'insat applicant decide ${p.id} --suitable|--unsuitable --by NAME'`,
        ids,
      ),
    ];
  if (step === 'attended' && p.attended)
    return [
      violation(
        'entry-pipeline',
        `${p.id} already attended on ${p.infoAppointment} — nothing to record; 'insat undo' reverts a wrong entry`,
        ids,
      ),
    ];
  if (step === 'decide' && !p.attended) {
    return [
      violation(
        'entry-pipeline',
        `${p.id} has not attended an information appointment yet; it always comes first — record it with 'insat applicant attended ${p.id}'`,
        ids,
      ),
    ];
  }
  return [];
}

export function attendedViolations(p: Person, day: IsoDate, today: IsoDate): Violation[] {
  if (p.infoAppointment && day < p.infoAppointment && p.infoAppointment > today) {
    return [
      violation(
        'info-appointment',
        `${p.id}'s information appointment is scheduled for ${p.infoAppointment}, which is still ahead — record the attendance on that day or later, or schedule the appointment again first`,
        [p.id],
      ),
    ];
  }
  if (p.infoAppointment && day < p.infoAppointment) {
    return [
      violation(
        'info-appointment',
        `${p.id} cannot have attended on ${day}, before the appointment scheduled for ${p.infoAppointment} — use that day or later, or schedule the appointment again first`,
        [p.id],
      ),
    ];
  }
  if (day > today)
    return [
      violation(
        'info-appointment',
        `${p.id} cannot have attended on ${day}, which is in the future — record it on the day or later`,
        [p.id],
      ),
    ];
  if (day < p.contactDate)
    return [
      violation(
        'info-appointment',
        `the appointment on ${day} lies before the first contact on ${p.contactDate} — check the date, or pass --date`,
        [p.id],
      ),
    ];
  return [];
}

export function decisionViolations(p: Person, day: IsoDate, today: IsoDate): Violation[] {
  if (day > today)
    return [
      violation(
        'decision-date',
        `a decision cannot be dated in the future (${day}) — use --date with today or an earlier day`,
        [p.id],
      ),
    ];
  if (p.infoAppointment && day < p.infoAppointment)
    return [
      violation(
        'decision-date',
        `the decision on ${day} lies before the information appointment on ${p.infoAppointment} — use a later --date`,
        [p.id],
      ),
    ];
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
        `${p.id} would be ${age} at the first contact on ${p.contactDate}; participants are adults of working age (${AGE_BOUNDS.min}–${AGE_BOUNDS.max}) — check the birth date`,
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
        `${p.id}: the information appointment on ${p.infoAppointment} lies before the first contact on ${p.contactDate} — correct one of the dates`,
        ids,
      ),
    );
  }
  const decision = p.decision;
  if (decision && p.infoAppointment && decision.date < p.infoAppointment) {
    out.push(
      violation(
        'pipeline-order',
        `${p.id}: the Jobcenter's decision on ${decision.date} lies before the information appointment on ${p.infoAppointment} — correct one of the dates`,
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
  return [
    violation(
      'pipeline-order',
      `${p.id}: the assignment would start on ${start}, before the Jobcenter's decision on ${p.decision.date} — an assignment starts on or after the decision; choose a later --start or correct the decision's date`,
      [p.id],
    ),
  ];
}
