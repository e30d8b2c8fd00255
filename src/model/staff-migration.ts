// `insat staff migrate`: staff names an older version kept as free text (settings.staff, each
// assignment's socialWorker and instructor) become staff records, and the assignments point at them by id.
import type { IsoDate } from './dates.js';
import { nextId } from './people.js';
import { AREAS, type Area, type MainData, type StaffMember, type StaffRole } from './types.js';
import { nameKey } from './duplicates.js';

export interface StaffMigration {
  /** The records made from names. */
  created: StaffMember[];
  /** Assignments now linked to a record: assignment id, person, staff id. */
  linked: { assignment: string; personId: string; staffId: string }[];
}

/** Names that differ only in case and spacing are one person. */

/**
 * Turns every legacy name into a staff record (or links it to an existing record of the same role
 * and name), links the assignments and removes the free text. Records made this way start on the
 * first day any assignment starts (or today): the names were the team throughout.
 */
export function migrateStaffNames(data: MainData, today: IsoDate): StaffMigration {
  const starts = data.assignments.map((a) => a.start).sort();
  const from = starts[0] && starts[0] < today ? starts[0] : today;
  const created: StaffMember[] = [];
  const find = (role: StaffRole, name: string, area: Area | null): StaffMember => {
    const key = nameKey(name);
    const found = data.staff.find(
      (s) => s.role === role && nameKey(s.name) === key && (role !== 'instructor' || s.area === area),
    );
    if (found) return found;
    const s: StaffMember = { id: nextId(data, 'staff'), name: name.trim(), role, area, from, left: null };
    data.staff.push(s);
    created.push(s);
    return s;
  };
  const legacy = data.settings.staff;
  if (legacy) {
    for (const area of AREAS) for (const n of legacy.instructors[area]) if (n.trim()) find('instructor', n, area);
    for (const n of legacy.socialWorkers) if (n.trim()) find('social-worker', n, null);
    delete data.settings.staff;
  }
  const linked: StaffMigration['linked'] = [];
  for (const a of data.assignments) {
    const name = a.socialWorker.trim();
    if (name && !a.socialWorkerId) {
      a.socialWorkerId = find('social-worker', name, null).id;
      linked.push({ assignment: a.id, personId: a.personId, staffId: a.socialWorkerId });
    }
    a.socialWorker = '';
    // an instructor typed on the assignment (participant edit before staff records): of its first area
    const instructor = (a.instructor ?? '').trim();
    if (instructor && !a.instructorId) {
      a.instructorId = find('instructor', instructor, a.areas[0]!.area).id;
      linked.push({ assignment: a.id, personId: a.personId, staffId: a.instructorId });
    }
    if (a.instructor !== undefined) delete a.instructor;
  }
  return { created, linked };
}
