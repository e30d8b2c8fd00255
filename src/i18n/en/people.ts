// The rules of people and their assignments (src/model/people.ts, enrolment.ts, duplicates.ts,
// capacity.ts), the prompts for missing values and the Jobcenter decision flags.
import type { IsoDate } from '../../model/dates.js';
import { fmt } from './format.js';

export const people = {
  // the entry pipeline (src/model/people.ts)
  birthDateNotPast: (date: IsoDate) => `the birth date ${fmt.date(date)} is not in the past — check the date`,
  contactInFuture: (date: IsoDate) =>
    `the first contact ${fmt.date(date)} lies in the future — use today or an earlier day`,
  priorNotOver: (from: IsoDate, to: IsoDate) =>
    `an earlier AGH period must have ended before today (${fmt.date(from)} to ${fmt.date(to)}) — record only periods that are over`,
  alreadyEnrolled: (id: string) => `${id} is already enrolled — see 'insat participant show ${id}'`,
  withdrew: (id: string, date: IsoDate) =>
    `${id} withdrew on ${fmt.date(date)} — add the person again if they come back`,
  alreadyAttendedSchedule: (id: string, date: IsoDate) =>
    `${id} already attended an information appointment on ${fmt.date(date)} — next: 'insat applicant decide ${id} --suitable|--unsuitable --by NAME'`,
  alreadyAttended: (id: string, date: IsoDate) =>
    `${id} already attended on ${fmt.date(date)} — nothing to record; 'insat undo' reverts a wrong entry`,
  notAttendedYet: (id: string) =>
    `${id} has not attended an information appointment yet; it always comes first — record it with 'insat applicant attended ${id}'`,
  appointmentAhead: (id: string, date: IsoDate) =>
    `${id}'s information appointment is scheduled for ${fmt.date(date)}, which is still ahead — record the attendance on that day or later, or schedule the appointment again first`,
  attendedBeforeAppointment: (id: string, day: IsoDate, date: IsoDate) =>
    `${id} cannot have attended on ${fmt.date(day)}, before the appointment scheduled for ${fmt.date(date)} — use that day or later, or schedule the appointment again first`,
  attendedInFuture: (id: string, day: IsoDate) =>
    `${id} cannot have attended on ${fmt.date(day)}, which is in the future — record it on the day or later`,
  appointmentBeforeContact: (day: IsoDate, contact: IsoDate) =>
    `the appointment on ${fmt.date(day)} lies before the first contact on ${fmt.date(contact)} — check the date, or pass --date`,
  decisionInFuture: (day: IsoDate) =>
    `a decision cannot be dated in the future (${fmt.date(day)}) — use --date with today or an earlier day`,
  decisionBeforeAppointment: (day: IsoDate, appointment: IsoDate) =>
    `the decision on ${fmt.date(day)} lies before the information appointment on ${fmt.date(appointment)} — use a later --date`,
  ageOutOfBounds: (id: string, age: number, contact: IsoDate, min: number, max: number) =>
    `${id} would be ${age} at the first contact on ${fmt.date(contact)}; participants are adults of working age (${min}–${max}) — check the birth date`,
  appointmentBeforeContactOf: (id: string, appointment: IsoDate, contact: IsoDate) =>
    `${id}: the information appointment on ${fmt.date(appointment)} lies before the first contact on ${fmt.date(contact)} — correct one of the dates`,
  decisionBeforeAppointmentOf: (id: string, decision: IsoDate, appointment: IsoDate) =>
    `${id}: the Jobcenter's decision on ${fmt.date(decision)} lies before the information appointment on ${fmt.date(appointment)} — correct one of the dates`,
  startBeforeDecision: (id: string, start: IsoDate, decision: IsoDate) =>
    `${id}: the assignment would start on ${fmt.date(start)}, before the Jobcenter's decision on ${fmt.date(decision)} — an assignment starts on or after the decision; choose a later --start or correct the decision's date`,

  // assignments (src/model/enrolment.ts)
  weeklyHours: (hours: number, min: number, max: number) =>
    `${hours} hours a week is outside the programme's bounds of ${min} to ${max} — choose whole hours in that range`,
  endsBeforeStart: (id: string, start: IsoDate, until: IsoDate) =>
    `${id}: the assignment ends (${fmt.date(until)}) before it starts (${fmt.date(start)}) — swap or correct the dates`,
  exitOutsideOf: (id: string, exit: IsoDate, start: IsoDate, until: IsoDate) =>
    `${id}: the exit on ${fmt.date(exit)} lies outside the assignment ${fmt.date(start)} to ${fmt.date(until)}`,
  unknownExitReasonOf: (id: string, reason: string) => `${id}: unknown exit reason '${reason}'`,
  otherNeedsTextOf: (id: string) => `${id}: exit reason 'other' needs a text`,
  firstAreaStart: (id: string) => `${id}: the first area must start with the assignment`,
  overlap: (id: string, first: IsoDate, firstLast: IsoDate, second: IsoDate) =>
    `${id} has two assignments that overlap (${fmt.date(first)} to ${fmt.date(firstLast)}, and from ${fmt.date(second)}) — a further assignment starts after the last day of the one before: choose a later --start, or end the earlier one first ('insat participant exit ${id}'; 'insat participant show ${id}' lists both)`,
  notAttended: (who: string, id: string) =>
    `${who} has not attended an information appointment — record it with 'insat applicant attended ${id} --date DATE'`,
  notSuitable: (who: string, id: string) =>
    `${who} has not been decided suitable — record the Jobcenter's decision with 'insat applicant decide ${id} --suitable --by NAME'`,
  /** The subject of the two sentences above for a person already enrolled. */
  enrolledBut: (id: string) => `${id} is enrolled but`,
  extendExited: (id: string, date: IsoDate) =>
    `${id} has already left on ${fmt.date(date)}; an exited assignment cannot be extended — enrol the person again`,
  extendNotLater: (until: IsoDate, current: IsoDate) =>
    `the new end ${fmt.date(until)} is not after the current end ${fmt.date(current)} — use a later date`,
  moveDate: (start: IsoDate, last: IsoDate) =>
    `a move must fall after the start (${fmt.date(start)}) and on or before the last day (${fmt.date(last)}) — choose a date in between, or change the area at enrolment`,
  exitTwice: (id: string, date: IsoDate, reason: string) =>
    `${id} has already left on ${fmt.date(date)} (${reason}); an exit cannot be recorded twice — 'insat undo' reverts a wrong one`,
  unknownExitReason: (reason: string) =>
    `unknown exit reason '${reason}' — see 'insat participant exit --help' for the codes`,
  otherNeedsText: `exit reason 'other' needs a text — add --text "…"`,
  exitOutside: (date: IsoDate, start: IsoDate, until: IsoDate) =>
    `the exit date ${fmt.date(date)} lies outside the assignment ${fmt.date(start)} to ${fmt.date(until)} — use a day within it`,

  // one person, one record (src/model/duplicates.ts)
  sameRecord: (id: string, name: string, birthDate: IsoDate | null, customerNo: string) =>
    `${id} (${name}${birthDate ? `, born ${fmt.date(birthDate)}` : ''}${customerNo ? `, customer no ${customerNo}` : ''})`,
  duplicate: (name: string, records: string[]) =>
    `${name} is already recorded as ${records.join(', ')} — continue with that record, or add --not-duplicate if this is another person`,
  likelyDuplicate: (a: string, aName: string, b: string, bName: string, why: string) =>
    `${a} (${aName}) and ${b} (${bName}) look like the same person (${why}) — one person has one record; if they are two people, nothing to do`,
  alikeBorn: (date: IsoDate) => `born ${fmt.date(date)}, names alike`,
  alikeCustomerNo: (no: string) => `customer no ${no}`,

  // seats (src/model/capacity.ts)
  seatsTaken: (taken: number, day: IsoDate, capacity: number, fix: string) =>
    `${taken} seats taken on ${fmt.date(day)}, the programme has ${capacity} — ${fix}`,
  areaSeatsTaken: (taken: number, area: string, day: IsoDate, capacity: number, fix: string) =>
    `${taken} seats taken in ${area} on ${fmt.date(day)}, the area has ${capacity} — ${fix}`,
  raisePlan: (day: IsoDate, key: string, taken: number) =>
    `the seat plan from ${fmt.date(day)} is below the seats taken: raise it with 'insat config set ${key} ${taken} --from ${day}', or record the exits that make room`,
  laterStart: (day: IsoDate) => `choose a later start or an earlier end (see 'insat seats --date ${day}')`,
  otherArea: (day: IsoDate) => `choose another area, a later start or an earlier end (see 'insat seats --date ${day}')`,

  // asking for missing values (src/cli/prompts.ts)
  /** A flag written `--hours|--absent` is one of two. */
  missing: (flags: string[]) =>
    `missing ${flags.map((f) => fmt.alternatives(f.split('|'))).join(', ')} — pass ${flags.length > 1 ? 'them' : 'it'} on the command line (prompts need a terminal)`,
  nothingToChoose: (flag: string) => `nothing to choose for ${flag} — pass it on the command line`,
  dateForms: '(YYYY-MM-DD, dd.MM.yyyy, heute or gestern)',
  notADate: 'not a date — use YYYY-MM-DD, dd.MM.yyyy, dd.MM.yy, heute or gestern',
  wholeNumber: (min: number, max: number) => `a whole number from ${min} to ${max}`,
  notEmpty: 'cannot be empty',
  enterForNone: '(Enter: none)',

  // the Jobcenter's decision beyond 24 months (src/cli/cap-decision.ts)
  decidedWithoutDecision: "--decided dates the Jobcenter's decision — give the decision with --cap-decision TEXT too",
};
