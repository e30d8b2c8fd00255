// `insat check`: the whole store against every programme rule. Rules live once — this module only
// gathers the same rule functions the commands call and adds the rules that concern the store as a
// whole (ids, references between records, purged records). Every problem is listed, not just the first.
import { capWarnings, hasLegacyCapMarks } from './agh-cap.js';
import { lastDay } from './assignment.js';
import { storeBookingViolations } from './booking.js';
import { assignmentSpan, capacityViolations } from './capacity.js';
import type { IsoDate } from './dates.js';
import { entryPathViolations, personAssignmentViolations } from './enrolment.js';
import { likelyDuplicates } from './duplicates.js';
import { applicantViolations, pipelineOrderViolations } from './people.js';
import { customerDateViolations } from './customers.js';
import { groupBookingWarnings, storeGroupViolations } from './groups.js';
import { orderParticipantViolations, orderReferenceViolations, orderViolations } from './orders.js';
import { goalViolations } from './plan.js';
import { isPurgedClean } from './purge.js';
import { settingsViolations } from './settings.js';
import {
  assignmentStaffViolations,
  leavingStaffWarnings,
  staffRecordViolations,
  staffDuplicateWarnings,
  unlinkedStaffWarnings,
} from './staff.js';
import { instructorAreaViolations, instructorAreaWarnings } from './instructor-area.js';
import { storedDoneViolations } from './due/certifications.js';
import type { Booking, MainData } from './types.js';
import { unbookedWarnings } from './unbooked.js';
import { overdueWarnings } from './due/due-list.js';
import { violation, type Violation } from './violations.js';
import { groupBy } from './collections.js';
import { unpricedViolations } from './rate-change.js';
import { contactWarnings } from './assignment-contacts.js';

const COUNTERS = {
  people: ['person', 'p'],
  assignments: ['assignment', 'a'],
  goals: ['goal', 'g'],
  notes: ['note', 'n'],
  customers: ['customer', 'c'],
  orders: ['order', 'o'],
  groupOffers: ['groupOffer', 'u'],
  certifications: ['certification', 'z'],
  staff: ['staff', 's'],
} as const;

/** Two records of one collection with the same id; an id the counter would hand out again. */
export function idViolations(data: MainData): Violation[] {
  const out: Violation[] = [];
  for (const [collection, [counter, prefix]] of Object.entries(COUNTERS) as [
    keyof typeof COUNTERS,
    (typeof COUNTERS)[keyof typeof COUNTERS],
  ][]) {
    const seen = new Set<string>();
    let highest = 0;
    for (const r of data[collection]) {
      if (seen.has(r.id)) out.push(violation('duplicate-id', (m) => m.check.duplicateId(collection, r.id), [r.id]));
      seen.add(r.id);
      const m = new RegExp(`^${prefix}(\\d+)$`).exec(r.id);
      if (m) highest = Math.max(highest, Number(m[1]));
    }
    const stands = data.counters[counter] ?? 0;
    if (highest > stands) {
      out.push(violation('id-counter', (m) => m.check.idCounter(counter, stands, collection, highest), []));
    }
  }
  return out;
}

/** Records that point at a person who does not exist. */
export function referenceViolations(data: MainData): Violation[] {
  const people = new Set(data.people.map((p) => p.id));
  const out: Violation[] = [];
  for (const a of data.assignments) {
    if (!people.has(a.personId))
      out.push(
        violation('unknown-person', (m) => m.check.unknownPerson('assignment', a.id, a.personId), [a.id, a.personId]),
      );
  }
  for (const g of data.goals) {
    if (!people.has(g.personId))
      out.push(violation('unknown-person', (m) => m.check.unknownPerson('goal', g.id, g.personId), [g.id, g.personId]));
  }
  for (const n of data.notes) {
    if (!people.has(n.personId))
      out.push(violation('unknown-person', (m) => m.check.unknownPerson('note', n.id, n.personId), [n.id, n.personId]));
  }
  return out;
}

/**
 * An assignment needs the entry path before it: the information appointment and the Jobcenter's
 * decision that the person is suitable. Purged people are exempt (their pipeline data may be gone).
 */
export function pipelineViolations(data: MainData): Violation[] {
  const byPerson = groupBy(data.assignments, (a) => a.personId);
  const out: Violation[] = [];
  for (const p of data.people) {
    if (!byPerson.has(p.id) || p.purged) continue;
    out.push(...entryPathViolations(p, true));
  }
  for (const p of data.people) {
    if (p.purged) continue;
    out.push(
      ...pipelineOrderViolations(
        p,
        (byPerson.get(p.id) ?? []).map((a) => a.start),
      ),
    );
  }
  return out;
}

/** Purged people must carry no personal data any more (DOMAIN.md, Privacy). */
export function purgedViolations(data: MainData, pseudonymOf?: (id: string) => string): Violation[] {
  return data.people
    .filter((p) => p.purged && !isPurgedClean(data, p, pseudonymOf?.(p.id)))
    .map((p) => violation('purge-incomplete', (m) => m.check.purgeIncomplete(p.id), [p.id]));
}

/**
 * Every problem of the store: settings, ids, people and their assignments, seats, goals, bookings.
 * `pseudonymOf` (the export pseudonym) lets the check confirm that a purged person's name is gone.
 */
export function storeViolations(
  data: MainData,
  bookings: readonly Booking[],
  today: IsoDate,
  pseudonymOf?: (id: string) => string,
): Violation[] {
  const known = new Set(data.people.map((p) => p.id));
  const out: Violation[] = [...settingsViolations(data.settings), ...idViolations(data), ...referenceViolations(data)];
  const byPerson = new Map<string, typeof data.assignments>();
  for (const a of data.assignments) {
    if (!known.has(a.personId)) continue;
    const list = byPerson.get(a.personId);
    if (list) list.push(a);
    else byPerson.set(a.personId, [a]);
  }
  for (const p of data.people) {
    out.push(...applicantViolations(p, today));
    const mine = byPerson.get(p.id);
    if (mine) out.push(...personAssignmentViolations(data, p, mine));
  }
  out.push(...pipelineViolations(data));
  const span = assignmentSpan(data.assignments);
  if (span) out.push(...capacityViolations(data.assignments, data.settings, span.from, span.to));
  for (const g of data.goals)
    out.push(...goalViolations(g, today).map((v) => ({ ...v, ids: [...new Set([...v.ids, g.id])] })));
  out.push(...purgedViolations(data, pseudonymOf));
  out.push(...storeBookingViolations(data, bookings, today));
  out.push(...unpricedViolations(data.settings.rates, bookings));
  for (const c of data.customers) out.push(...customerDateViolations(c, today));
  out.push(...orderReferenceViolations(data));
  for (const o of data.orders) out.push(...orderViolations(o, today));
  for (const o of data.orders) out.push(...orderParticipantViolations(o, data.assignments, today));
  out.push(...storeGroupViolations(data, today));
  for (const c of data.certifications) out.push(...storedDoneViolations(c, today));
  for (const s of data.staff) out.push(...staffRecordViolations(s));
  out.push(...assignmentStaffViolations(data));
  out.push(...instructorAreaViolations(data, today));
  return out;
}

/**
 * Facts an older version let in from a free text: a "decision" to go beyond 24 months taken from an
 * extension's reason, and extensions marked beyond 24 months that the days contradict.
 */
export function legacyCapViolations(data: MainData): Violation[] {
  const out: Violation[] = [];
  const byPerson = groupBy(data.assignments, (a) => a.personId);
  for (const p of data.people) {
    const mine = byPerson.get(p.id) ?? [];
    for (const a of mine) {
      if (!hasLegacyCapMarks(data.settings, p.priorPeriods, mine, a)) continue;
      out.push(
        violation(
          'agh-cap-decision',
          (m) => m.check.legacyCap(p.id, a.start, a.capExtensionReason ?? undefined, a.until),
          [p.id],
        ),
      );
    }
  }
  return out;
}

/** What `insat check` warns about without failing (exit 0; `check --strict` fails on them too). */
/** What `insat check` warns about; with the bookings, also the days nobody booked beyond the grace period. */
export function storeWarnings(data: MainData, today: IsoDate, bookings?: readonly Booking[]): Violation[] {
  const out: Violation[] = [
    ...legacyCapViolations(data),
    ...likelyDuplicates(data.people),
    ...(bookings ? unbookedWarnings(data, bookings, today) : []),
    ...(bookings ? groupBookingWarnings(data, bookings) : []),
    ...overdueWarnings(data, today),
    ...unlinkedStaffWarnings(data),
    ...leavingStaffWarnings(data, today),
    ...instructorAreaWarnings(data, today),
    ...contactWarnings(data, today),
    ...staffDuplicateWarnings(data),
  ];
  const byPerson = groupBy(data.assignments, (a) => a.personId);
  for (const p of data.people) {
    const mine = byPerson.get(p.id) ?? [];
    if (mine.length === 0 || p.purged || mine.every((a) => lastDay(a) < today)) continue;
    out.push(
      ...capWarnings(data.settings, p.id, p.priorPeriods, mine, today).map((w) =>
        violation(w.kind === 'near-limit' ? 'agh-cap-near' : 'agh-cap-frame', w.message, [p.id]),
      ),
    );
  }
  return out;
}
