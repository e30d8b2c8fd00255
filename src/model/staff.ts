// The team: instructors (one area each), social workers and administrators, each from a first day
// to a last day. Assignments name their social worker and instructor by staff id.
import { lastDay } from './assignment.js';
import { inChargeDay } from './instructor-area.js';
import { compareIds } from './compare.js';
import { addDays, type IsoDate } from './dates.js';
import { socialWorkerDays, socialWorkerIds, socialWorkersFrom } from './social-worker.js';
import { AREAS, type Area, type Assignment, type MainData, type StaffMember, type StaffRole } from './types.js';
import { violation, type Violation } from './violations.js';
import { nameKey } from './duplicates.js';

/** In the team on the day: from the first day to the last day, both inclusive. */
export function isActiveOn(s: Pick<StaffMember, 'from' | 'left'>, day: IsoDate): boolean {
  return s.from <= day && (s.left === null || day <= s.left);
}

/** In the team on some day of the period. */
export function isActiveDuring(s: Pick<StaffMember, 'from' | 'left'>, from: IsoDate, to: IsoDate): boolean {
  return s.from <= to && (s.left === null || from <= s.left);
}

/** The staff in the team on the day, optionally of one role; by role, area and name. */
export function staffOn(staff: readonly StaffMember[], day: IsoDate, role?: StaffRole): StaffMember[] {
  return staff.filter((s) => isActiveOn(s, day) && (!role || s.role === role));
}

/** The names of an area's instructors in the team on the day (progress reports, attendance sheets). */
export function instructorNames(staff: readonly StaffMember[] | undefined, area: Area, day: IsoDate): string[] {
  return (staff ?? [])
    .filter((s) => s.role === 'instructor' && s.area === area && isActiveOn(s, day))
    .map((s) => s.name);
}

/** The names of an area's instructors in the team on some day of the period (attendance sheets). */
export function instructorNamesDuring(
  staff: readonly StaffMember[] | undefined,
  area: Area,
  from: IsoDate,
  to: IsoDate,
): string[] {
  return (staff ?? [])
    .filter((s) => s.role === 'instructor' && s.area === area && isActiveDuring(s, from, to))
    .map((s) => s.name);
}

/** The name of the staff member with this id, or '' (an assignment without one). */
export function staffName(staff: readonly StaffMember[] | undefined, id: string | null | undefined): string {
  if (!id) return '';
  return (staff ?? []).find((s) => s.id === id)?.name ?? id;
}

/** A staff record that contradicts itself. */
export function staffRecordViolations(s: StaffMember): Violation[] {
  const out: Violation[] = [];
  const { id, role, left, from } = s;
  if (!s.name.trim()) out.push(violation('staff-record', (m) => m.staff.rules.emptyName(id), [id]));
  if (role === 'instructor' && !s.area)
    out.push(violation('staff-record', (m) => m.staff.rules.instructorArea(id), [id]));
  if (role !== 'instructor' && s.area)
    out.push(violation('staff-record', (m) => m.staff.rules.areaNotInstructor(id, role), [id]));
  if (left !== null && left < from)
    out.push(violation('staff-record', (m) => m.staff.rules.leftBeforeFrom(id, left, from), [id]));
  return out;
}

/** The roles an assignment names: its social worker and its instructor. */
export type AssignedRole = 'social-worker' | 'instructor';

/**
 * Whether a staff member may be named as an assignment's social worker or instructor: of that role,
 * in the team on the assignment's first day, and — an instructor — of the assignment's area.
 */
export function staffChoiceViolations(
  s: StaffMember,
  wanted: AssignedRole,
  day: IsoDate,
  area: Area,
  ids: string[] = [],
): Violation[] {
  const member = { ...s };
  if (s.role !== wanted)
    return [violation('staff-choice', (m) => m.staff.rules.wrongRole(member, wanted), [...ids, s.id])];
  const out: Violation[] = [];
  if (!isActiveOn(s, day))
    out.push(violation('staff-choice', (m) => m.staff.rules.notActive(member, day), [...ids, s.id]));
  if (wanted === 'instructor' && s.area && s.area !== area)
    out.push(violation('staff-choice', (m) => m.staff.rules.otherArea(member, area), [...ids, s.id]));
  return out;
}

/** An assignment's staff ids that name nobody in the store, or someone of the wrong role. */
export function assignmentStaffViolations(data: MainData): Violation[] {
  const byId = new Map(data.staff.map((s) => [s.id, s]));
  const out: Violation[] = [];
  for (const a of data.assignments) {
    const named: [AssignedRole, string | null | undefined][] = [
      ...socialWorkerIds(a).map((id): [AssignedRole, string] => ['social-worker', id]),
      ['instructor', a.instructorId],
    ];
    for (const [role, id] of named) {
      if (!id) continue;
      const s = byId.get(id);
      if (!s)
        out.push(
          violation('unknown-staff', (m) => m.staff.rules.unknownStaff(a.id, a.personId, role, id), [a.personId]),
        );
      else if (s.role !== role) {
        const member = { ...s };
        out.push(violation('staff-choice', (m) => m.staff.rules.wrongRole(member, role), [a.personId, s.id]));
      }
    }
  }
  return out;
}

/**
 * Whether the staff member is in charge of the assignment on some day after `left`: a social worker
 * on the day after or through a later handover (a handover to someone else from that day frees them).
 */
function inChargeAfter(a: Assignment, role: AssignedRole, id: string, left: IsoDate): boolean {
  if (role === 'instructor') return a.instructorId === id;
  return socialWorkersFrom(a, addDays(left, 1)).includes(id);
}

/**
 * The people assigned to a social worker or an instructor beyond their last day, whose assignment has
 * not ended before today: they need a new one.
 */
export function peopleLeftBehind(s: StaffMember, assignments: readonly Assignment[], today: IsoDate): string[] {
  if (s.left === null || s.role === 'admin') return [];
  const { left, role } = s;
  const people = assignments
    .filter((a) => inChargeAfter(a, role, s.id, left) && lastDay(a) > left && lastDay(a) >= today)
    .map((a) => a.personId);
  return [...new Set(people)].sort(compareIds);
}

/**
 * The people whose assignment names a social worker or an instructor on a day before their first
 * day `from`: the day in charge (today, kept within the assignment) — the day `enrol` and
 * `participant edit` check the choice on. A later first day is refused while there are any.
 */
export function peopleBeforeFirstDay(
  s: StaffMember,
  from: IsoDate,
  assignments: readonly Assignment[],
  today: IsoDate,
): string[] {
  if (s.role === 'admin') return [];
  const role = s.role;
  const people = assignments
    .filter((a) =>
      role === 'instructor'
        ? a.instructorId === s.id && inChargeDay(a, today) < from
        : socialWorkerDays(a, inChargeDay(a, today)).some((x) => x.id === s.id && x.day < from),
    )
    .map((a) => a.personId);
  return [...new Set(people)].sort(compareIds);
}

/** Social workers and instructors who have left, or will leave, while participants are still assigned to them. */
export function leavingStaffWarnings(data: MainData, today: IsoDate): Violation[] {
  const out: Violation[] = [];
  for (const s of data.staff) {
    const people = peopleLeftBehind(s, data.assignments, today);
    if (people.length === 0) continue;
    const member = { ...s };
    out.push(
      s.role === 'instructor'
        ? violation('instructor-left', (m) => m.staff.rules.needNewInstructor(member, people), [s.id, ...people])
        : violation('social-worker-left', (m) => m.staff.rules.needNewSocialWorker(member, people), [s.id, ...people]),
    );
  }
  return out;
}

/** Staff names still held as free text (settings or assignments), waiting for `insat staff migrate`. */
export function unlinkedStaffNames(data: MainData): number {
  const legacy = data.settings.staff;
  const inSettings = legacy
    ? legacy.socialWorkers.length + Object.values(legacy.instructors).reduce((n, l) => n + l.length, 0)
    : 0;
  const typed = (name: string | undefined, id: string | null | undefined) => (name ?? '').trim() !== '' && !id;
  return (
    inSettings +
    data.assignments.filter((a) => typed(a.socialWorker, a.socialWorkerId)).length +
    data.assignments.filter((a) => typed(a.instructor, a.instructorId)).length
  );
}

export function unlinkedStaffWarnings(data: MainData): Violation[] {
  const n = unlinkedStaffNames(data);
  return n > 0 ? [violation('staff-unlinked', (m) => m.staff.rules.unlinkedNames(n))] : [];
}

/** The team of a year for the annual application: everybody in it on some day of the year, by role, area and name. */
export function staffOfYear(staff: readonly StaffMember[], year: number): StaffMember[] {
  const rank = (s: StaffMember) =>
    ['instructor', 'social-worker', 'admin'].indexOf(s.role) * 10 + (s.area ? AREAS.indexOf(s.area) : 0);
  return staff
    .filter((s) => isActiveDuring(s, `${year}-01-01`, `${year}-12-31`))
    .sort((x, y) => rank(x) - rank(y) || x.name.localeCompare(y.name, 'de'));
}

/** The names of an area's instructors during a year (the application's seat table). */
export function instructorNamesOfYear(staff: readonly StaffMember[], area: Area, year: number): string[] {
  return staffOfYear(staff, year)
    .filter((s) => s.role === 'instructor' && s.area === area)
    .map((s) => s.name);
}

/** Two records of the team on some day in common. */
const overlapping = (a: StaffMember, b: StaffMember) =>
  (a.left === null || a.left >= b.from) && (b.left === null || b.left >= a.from);

/**
 * One person, one record in the team: a second record in the same role under the same name (case,
 * spacing and invisible characters aside, as `staff migrate` reads names) while the first is in the
 * team. `staff add` and `staff edit` refuse it; `insat check` warns about one an older version made.
 */
export function staffDuplicateViolations(staff: readonly StaffMember[], s: StaffMember): Violation[] {
  const key = nameKey(s.name);
  const twin = staff.find((x) => x.id !== s.id && x.role === s.role && nameKey(x.name) === key && overlapping(x, s));
  if (!twin) return [];
  const found = { ...twin };
  return [violation('staff-duplicate', (m) => m.staff.errors.duplicate(found), [twin.id, s.id])];
}

/** Every pair of records that staffDuplicateViolations would refuse, once (the later record named). */
export function staffDuplicateWarnings(data: Pick<MainData, 'staff'>): Violation[] {
  return data.staff.flatMap((s, i) => staffDuplicateViolations(data.staff.slice(0, i), s));
}
