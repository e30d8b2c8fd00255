// An assignment names one instructor in charge (Anleiter/in), and they instruct one work area. The
// instructor must be one of the area the participant works in on the day they are in charge: today,
// kept within the assignment (its first day before it begins, its last day after it ended) — the day
// `participant edit --instructor` checks a new choice on. A move of the participant (`participant
// move`) or of the instructor (`staff edit --area`, a hand edit) can break it afterwards; `check`
// reports it, and the commands refuse to cause it.
import { areaOn, lastDay } from './assignment.js';
import { compareIds } from './compare.js';
import type { IsoDate } from './dates.js';
import type { Area, Assignment, MainData, StaffMember } from './types.js';
import { violation, type Violation } from './violations.js';

/** The day an assignment's staff are in charge on: today, within the assignment. */
export function inChargeDay(a: Assignment, today: IsoDate): IsoDate {
  if (today < a.start) return a.start;
  const last = lastDay(a);
  return today > last ? last : today;
}

/** An assignment whose instructor instructs another area than the participant's on the day in charge. */
export interface InstructorMisfit {
  assignment: Assignment;
  instructor: StaffMember;
  /** The participant's area on `day`. */
  area: Area;
  day: IsoDate;
}

/**
 * The assignments whose instructor is of another area. An id that names nobody, or someone who is no
 * instructor, or an instructor without an area, is another rule's problem (staff.ts).
 */
export function instructorMisfits(data: Pick<MainData, 'assignments' | 'staff'>, today: IsoDate): InstructorMisfit[] {
  const byId = new Map(data.staff.map((s) => [s.id, s]));
  const out: InstructorMisfit[] = [];
  for (const a of data.assignments) {
    const s = a.instructorId ? byId.get(a.instructorId) : undefined;
    if (!s || s.role !== 'instructor' || !s.area) continue;
    const day = inChargeDay(a, today);
    const area = areaOn(a, day);
    if (s.area !== area) out.push({ assignment: a, instructor: s, area, day });
  }
  return out;
}

/** `insat check`: each assignment whose instructor is not an instructor of the participant's area. */
export function instructorAreaViolations(data: Pick<MainData, 'assignments' | 'staff'>, today: IsoDate): Violation[] {
  return instructorMisfits(data, today).map(({ assignment, instructor, area, day }) => {
    const member = { ...instructor };
    const person = assignment.personId;
    return violation('instructor-area', (m) => m.staff.rules.instructorOtherArea(person, member, area, day), [
      person,
      member.id,
    ]);
  });
}

/**
 * The people an instructor's new area would leave without an instructor of their own area (`staff
 * edit --area`): those whose instructor fits now and would not after. Sorted, each once.
 */
export function peopleLosingInstructor(
  data: Pick<MainData, 'assignments' | 'staff'>,
  instructor: StaffMember,
  newArea: Area | null,
  today: IsoDate,
): string[] {
  const misfitsNow = new Set(instructorMisfits(data, today).map((x) => x.assignment.id));
  const moved = data.staff.map((s) => (s.id === instructor.id ? { ...s, area: newArea } : s));
  const people = instructorMisfits({ assignments: data.assignments, staff: moved }, today)
    .filter((x) => x.instructor.id === instructor.id && !misfitsNow.has(x.assignment.id))
    .map((x) => x.assignment.personId);
  return [...new Set(people)].sort(compareIds);
}

/**
 * What a move (`participant move`, `after` holding the new area) means for the instructor in charge:
 * `lost` — they no longer instruct the participant's area on the day in charge (refused, unless a new
 * one is named); `later` — from the move, a day still to come, they will not (a warning); else null.
 */
export function instructorAfterMove(
  data: Pick<MainData, 'staff'>,
  after: Assignment,
  from: IsoDate,
  today: IsoDate,
):
  | { kind: 'lost'; instructor: StaffMember; area: Area; day: IsoDate }
  | { kind: 'later'; instructor: StaffMember; area: Area; from: IsoDate }
  | null {
  const s = data.staff.find((x) => x.id === after.instructorId);
  if (!s || s.role !== 'instructor' || !s.area) return null;
  const day = inChargeDay(after, today);
  const now = areaOn(after, day);
  if (now !== s.area) return { kind: 'lost', instructor: s, area: now, day };
  const moved = areaOn(after, from);
  if (from > day && moved !== s.area) return { kind: 'later', instructor: s, area: moved, from };
  return null;
}

/**
 * `insat check` warns ahead: an instructor who fits today but not the area of a move still to come
 * (within the assignment) — on that day `instructor-area` reports it.
 */
export function instructorAreaWarnings(data: Pick<MainData, 'assignments' | 'staff'>, today: IsoDate): Violation[] {
  const byId = new Map(data.staff.map((s) => [s.id, s]));
  const out: Violation[] = [];
  for (const a of data.assignments) {
    const s = a.instructorId ? byId.get(a.instructorId) : undefined;
    if (!s || s.role !== 'instructor' || !s.area) continue;
    const day = inChargeDay(a, today);
    if (areaOn(a, day) !== s.area) continue;
    const next = a.areas.find((x) => x.from > day && x.from <= lastDay(a) && x.area !== s.area);
    if (!next) continue;
    const member = { ...s };
    const person = a.personId;
    out.push(
      violation(
        'instructor-area-ahead',
        (m) => m.staff.rules.instructorAreaAhead(person, member, next.area, next.from),
        [person, s.id],
      ),
    );
  }
  return out;
}
