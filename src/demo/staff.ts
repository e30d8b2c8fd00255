// The demo's team as staff records: the seeds' instructors of each area, two social workers and an
// administrator, in the team since the history began; every assignment names its social worker and
// an instructor of its area. Drawn without the random source, so the people and bookings stay as they were.
import type { IsoDate } from '../model/dates.js';
import { nextId } from '../model/people.js';
import { AREAS, type MainData, type StaffMember } from '../model/types.js';
import type { Seeds } from './seeds.js';

export function addDemoStaff(main: MainData, seeds: Seeds, historyFrom: IsoDate): void {
  const starts = main.assignments.map((a) => a.start).sort();
  const from = starts[0] && starts[0] < historyFrom ? starts[0] : historyFrom;
  const add = (name: string, role: StaffMember['role'], area: StaffMember['area']): StaffMember => {
    const s: StaffMember = { id: nextId(main, 'staff'), name, role, area, from, left: null };
    main.staff.push(s);
    return s;
  };
  const instructors = Object.fromEntries(
    AREAS.map((area) => [area, seeds.staff.instructors[area].map((n) => add(n, 'instructor', area))]),
  );
  const socialWorkers = new Map(seeds.staff.socialWorkers.map((n) => [n, add(n, 'social-worker', null)]));
  for (const n of seeds.staff.admins) add(n, 'admin', null);
  main.assignments.forEach((a, i) => {
    const own = instructors[a.areas[0]!.area]!;
    a.socialWorkerId = socialWorkers.get(a.socialWorker)?.id ?? null;
    a.instructorId = own[i % own.length]?.id ?? null;
    a.socialWorker = '';
  });
}
