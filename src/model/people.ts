// The entry pipeline: first contact → information appointment → Jobcenter decision → waiting list.
import { applicantStatus } from './assignment.js';
import type { IsoDate } from './dates.js';
import type { Assignment, MainData, Person } from './types.js';
import { violation, type Violation } from './violations.js';

type Counter = keyof MainData['counters'];
const PREFIX: Record<Counter, string> = { person: 'p', assignment: 'a', goal: 'g', note: 'n', customer: 'c', order: 'o', groupOffer: 'u' };

/** The next short stable id (p001, a001 …); counts up and never reuses an id. */
export function nextId(data: MainData, counter: Counter): string {
  const n = (data.counters[counter] ?? 0) + 1;
  data.counters[counter] = n;
  return `${PREFIX[counter]}${String(n).padStart(3, '0')}`;
}

export function applicantViolations(p: Person, today: IsoDate): Violation[] {
  const out: Violation[] = [];
  if (p.birthDate && p.birthDate >= today) out.push(violation('birth-date', `the birth date ${p.birthDate} is not in the past — check the date`, [p.id]));
  if (p.contactDate > today) out.push(violation('contact-date', `the first contact ${p.contactDate} lies in the future — use today or an earlier day`, [p.id]));
  for (const prior of p.priorPeriods) {
    if (prior.to >= today) out.push(violation('prior-period', `an earlier AGH period must have ended before today (${prior.from} to ${prior.to}) — record only periods that are over`, [p.id]));
  }
  return out;
}

export type PipelineStep = 'schedule' | 'attended' | 'decide' | 'withdraw';

/** Whether a step of the pipeline fits where the person stands. */
export function pipelineStep(p: Person, assignments: readonly Assignment[], step: PipelineStep): Violation[] {
  const status = applicantStatus(p, assignments);
  const ids = [p.id];
  if (status === 'enrolled') return [violation('entry-pipeline', `${p.id} is already enrolled — see 'insat participant show ${p.id}'`, ids)];
  if (status === 'withdrawn') return [violation('entry-pipeline', `${p.id} withdrew on ${p.withdrawn} — add the person again if they come back`, ids)];
  if (step === 'schedule' && p.attended) return [violation('entry-pipeline', `${p.id} already attended an information appointment on ${p.infoAppointment} — next: 'insat applicant decide ${p.id} --suitable|--unsuitable --by NAME'`, ids)];
  if (step === 'attended' && p.attended) return [violation('entry-pipeline', `${p.id} already attended on ${p.infoAppointment} — nothing to record; 'insat undo' reverts a wrong entry`, ids)];
  if (step === 'decide' && !p.attended) {
    return [violation('entry-pipeline', `${p.id} has not attended an information appointment yet; it always comes first — record it with 'insat applicant attended ${p.id}'`, ids)];
  }
  return [];
}

export function attendedViolations(p: Person, day: IsoDate, today: IsoDate): Violation[] {
  if (day > today) return [violation('info-appointment', `${p.id} cannot have attended on ${day}, which is in the future — record it on the day or later`, [p.id])];
  if (day < p.contactDate) return [violation('info-appointment', `the appointment on ${day} lies before the first contact on ${p.contactDate} — check the date, or pass --date`, [p.id])];
  return [];
}

export function decisionViolations(p: Person, day: IsoDate, today: IsoDate): Violation[] {
  if (day > today) return [violation('decision-date', `a decision cannot be dated in the future (${day}) — use --date with today or an earlier day`, [p.id])];
  if (p.infoAppointment && day < p.infoAppointment) return [violation('decision-date', `the decision on ${day} lies before the information appointment on ${p.infoAppointment} — use a later --date`, [p.id])];
  return [];
}
