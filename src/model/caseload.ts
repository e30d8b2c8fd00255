// `insat caseload`: the participants each social worker and each instructor cares for on a day,
// against the target number of participants per social worker (setting `caseloadTarget`).
import { areaOn, coversDay } from './assignment.js';
import { compareIds } from './compare.js';
import type { IsoDate } from './dates.js';
import { socialWorkerOn } from './social-worker.js';
import { isActiveOn } from './staff.js';
import { AREAS, type Area, type MainData, type Settings, type StaffMember } from './types.js';

/** Two social workers for up to 33 seats: about half of the participants each. */
export const DEFAULT_CASELOAD_TARGET = 17;

export function caseloadTarget(settings: Settings): number {
  return settings.caseloadTarget ?? DEFAULT_CASELOAD_TARGET;
}

export interface CaseloadRow {
  id: string;
  name: string;
  area: Area | null;
  /** In the team on the day (a social worker who left may still have people assigned). */
  active: boolean;
  participants: string[];
  count: number;
  /** For social workers: the target and how far the count is above it (0 when at or below). */
  target: number | null;
  over: number;
}

export interface Caseload {
  date: IsoDate;
  target: number;
  participants: number;
  socialWorkers: CaseloadRow[];
  instructors: CaseloadRow[];
  /** Participants on the day without a social worker, and per area without an instructor. */
  withoutSocialWorker: string[];
  withoutInstructor: Record<Area, string[]>;
}

/** Who cares for whom on the day: every participant with a seat that day counts once per role. */
export function caseloadOn(data: MainData, date: IsoDate): Caseload {
  const target = caseloadTarget(data.settings);
  const onDay = data.assignments.filter((a) => coversDay(a, date)).sort((x, y) => compareIds(x.personId, y.personId));
  const bySocialWorker = new Map<string, string[]>();
  const byInstructor = new Map<string, string[]>();
  const withoutSocialWorker: string[] = [];
  const withoutInstructor: Record<Area, string[]> = { holz: [], kueche: [], gestaltung: [] };
  const add = (map: Map<string, string[]>, id: string, person: string) => map.set(id, [...(map.get(id) ?? []), person]);
  for (const a of onDay) {
    const socialWorker = socialWorkerOn(a, date);
    if (socialWorker) add(bySocialWorker, socialWorker, a.personId);
    else withoutSocialWorker.push(a.personId);
    if (a.instructorId) add(byInstructor, a.instructorId, a.personId);
    else withoutInstructor[areaOn(a, date)].push(a.personId);
  }
  const rows = (role: StaffMember['role'], map: Map<string, string[]>, withTarget: boolean): CaseloadRow[] =>
    data.staff
      .filter((s) => s.role === role && (isActiveOn(s, date) || map.has(s.id)))
      .sort((x, y) => areaRank(x.area) - areaRank(y.area) || x.name.localeCompare(y.name, 'de'))
      .map((s) => {
        const participants = map.get(s.id) ?? [];
        return {
          id: s.id,
          name: s.name,
          area: s.area,
          active: isActiveOn(s, date),
          participants,
          count: participants.length,
          target: withTarget ? target : null,
          over: withTarget ? Math.max(0, participants.length - target) : 0,
        };
      });
  return {
    date,
    target,
    participants: onDay.length,
    socialWorkers: rows('social-worker', bySocialWorker, true),
    instructors: rows('instructor', byInstructor, false),
    withoutSocialWorker,
    withoutInstructor,
  };
}

const areaRank = (area: Area | null) => (area ? AREAS.indexOf(area) : AREAS.length);
