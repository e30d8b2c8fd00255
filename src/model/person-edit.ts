// Correcting a person's facts (`applicant edit`, `participant edit`): the edit is re-checked by the
// rules its fields touch — a birth date by the age rule, a first contact by the age rule and the
// pipeline's order, a name, birth date or customer number by "one person, one record".
import { duplicateViolations } from './duplicates.js';
import type { IsoDate } from './dates.js';
import { applicantViolations, pipelineOrderViolations } from './people.js';
import type { MainData, Person } from './types.js';
import { violation, type Violation } from './violations.js';

/** The fields a person's record may be corrected in, in the order they are shown. */
export const PERSON_FIELDS = [
  'name',
  'birthDate',
  'phone',
  'email',
  'address',
  'jobcenterCustomerNo',
  'addictionStatus',
  'referredBy',
  'contactDate',
] as const;
export type PersonField = (typeof PERSON_FIELDS)[number];

export function personEditViolations(
  data: MainData,
  before: Person,
  after: Person,
  today: IsoDate,
  notDuplicate = false,
): Violation[] {
  if (before.purged) return [violation('purged', (m) => m.corrections.purged(before.id), [before.id])];
  const changed = (k: PersonField) => before[k] !== after[k];
  const out: Violation[] = [];
  const rules = new Set<string>();
  if (changed('birthDate') || changed('contactDate')) rules.add('birth-date');
  if (changed('contactDate')) rules.add('contact-date');
  out.push(...applicantViolations(after, today).filter((v) => rules.has(v.rule)));
  if (changed('contactDate')) {
    const starts = data.assignments.filter((a) => a.personId === after.id).map((a) => a.start);
    const old = new Set(pipelineOrderViolations(before, starts).map((v) => v.message));
    out.push(...pipelineOrderViolations(after, starts).filter((v) => !old.has(v.message)));
  }
  if (!notDuplicate && (changed('name') || changed('birthDate') || changed('jobcenterCustomerNo')))
    out.push(
      ...duplicateViolations(
        after,
        data.people.filter((p) => p.id !== after.id),
      ),
    );
  return out;
}
