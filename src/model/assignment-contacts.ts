// DOMAIN.md: every participant has a social worker, and an assignment names the Jobcenter's contact
// (the integration officer). An enrolment may leave them open, to be filled in later with
// `insat participant edit`; until then `enrol` says so and `insat check` warns.
import { lastDay } from './assignment.js';
import { inChargeDay } from './instructor-area.js';
import { socialWorkerOn } from './social-worker.js';
import type { IsoDate } from './dates.js';
import type { Assignment, MainData } from './types.js';
import { violation, type Violation } from './violations.js';

export type Contact = 'socialWorker' | 'integrationOfficer';

/**
 * The contacts an assignment does not name on the day it is in charge (today, kept within it): a
 * social worker as a staff record (or a handover to one), or, older, as a name.
 */
export function missingContacts(a: Assignment, today: IsoDate): Contact[] {
  const out: Contact[] = [];
  if (!socialWorkerOn(a, inChargeDay(a, today)) && a.socialWorker.trim() === '') out.push('socialWorker');
  if (a.integrationOfficer.trim() === '') out.push('integrationOfficer');
  return out;
}

/** The warning for an assignment without a social worker or integration officer, or null. */
export function contactWarning(a: Assignment, today: IsoDate): Violation | null {
  const missing = missingContacts(a, today);
  if (missing.length === 0) return null;
  const { personId, id } = a;
  return violation('assignment-contacts', (m) => m.check.contactsMissing(personId, id, missing), [personId, id]);
}

/** Assignments running today or later that lack a contact (a purged person's are left alone). */
export function contactWarnings(data: MainData, today: IsoDate): Violation[] {
  const purged = new Set(data.people.filter((p) => p.purged).map((p) => p.id));
  return data.assignments
    .filter((a) => lastDay(a) >= today && !purged.has(a.personId))
    .map((a) => contactWarning(a, today))
    .filter((v): v is Violation => v !== null);
}
