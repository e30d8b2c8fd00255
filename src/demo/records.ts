// The records of a generated programme: ids in the order things happened, assignments, and the
// Kooperationsplan goals and case notes.
import type { Assignment, Goal, GoalStatus, Note, Person } from '../model/types.js';
import { plusMonths } from './calendar.js';
import type { Generation, Stay } from './generation.js';

/** Ids in the order things happened: people by first contact, assignments by start. */
export function records(g: Generation): { people: Person[]; assignments: Assignment[]; byStay: Map<Stay, Assignment> } {
  const { cal } = g;
  const drafts = [...g.drafts].sort((x, y) => cmp(x.person.contactDate, y.person.contactDate));
  drafts.forEach((d, i) => {
    d.person.id = `p${pad(i + 1)}`;
  });
  const stays = [...g.stays].sort((x, y) => x.start - y.start || x.seat - y.seat);
  const refsPerYear = new Map<string, number>();
  const byStay = new Map<Stay, Assignment>();
  const assignments = stays.map((s, i): Assignment => {
    const d = s.person!;
    const year = cal.iso(s.start).slice(0, 4);
    const ref = (refsPerYear.get(year) ?? 0) + 1;
    refsPerYear.set(year, ref);
    const ended = s.lastDay < g.today;
    // An assignment that simply ran out in the last two weeks has no exit recorded yet.
    const exitRecorded = ended && s.exit !== null && (s.exit.reason !== 'regular-end' || s.lastDay < g.today - 14);
    const a: Assignment = {
      id: `a${pad(i + 1)}`,
      personId: d.person.id,
      start: cal.iso(s.start),
      until: cal.iso(s.until),
      hoursPerWeek: s.hoursPerWeek,
      areas: [{ from: cal.iso(s.start), area: s.area }],
      jobcenterRef: `AGH-${year}-${String(ref).padStart(3, '0')}`,
      integrationOfficer: d.officer,
      socialWorker: d.socialWorker,
      extensions: s.extension
        ? [
            {
              until: cal.iso(s.until),
              previousUntil: cal.iso(s.extension.previousUntil),
              reason: s.extension.reason,
              beyondCap: false,
              recorded: cal.iso(s.extension.recorded),
            },
          ]
        : [],
      exit: exitRecorded ? { date: cal.iso(s.lastDay), reason: s.exit!.reason, text: s.exit!.text } : null,
      capExtensionReason: '',
    };
    byStay.set(s, a);
    return a;
  });
  return { people: drafts.map((d) => d.person), assignments, byStay };
}

export function goalsAndNotes(g: Generation, byStay: Map<Stay, Assignment>): { goals: Goal[]; notes: Note[] } {
  const { rng, cal, today, seeds } = g;
  const goals: Goal[] = [];
  const notes: Note[] = [];
  const stays = [...g.stays]
    .filter((s) => s.start < today - 7)
    .sort((x, y) => cmpId(byStay.get(x)!.id, byStay.get(y)!.id));
  for (const s of stays) {
    const a = byStay.get(s)!;
    const current = s.lastDay >= today;
    const until = Math.min(s.lastDay, today - 1);
    if (rng.chance(current ? 0.45 : 0.2)) {
      const texts = rng.shuffle([...seeds.goals]).slice(0, rng.int(1, current ? 3 : 2));
      for (const text of texts) {
        const created = Math.min(cal.prevWorking(s.start + rng.int(7, 35)), until);
        const reviews: Goal['reviews'] = [];
        let status: GoalStatus = 'open';
        let at = created;
        for (let r = 0; r < 2; r++) {
          at = cal.nextWorking(at + rng.int(45, 100));
          if (at > until) break;
          status = rng.weighted<GoalStatus>(
            current
              ? [
                  ['partly', 45],
                  ['open', 25],
                  ['achieved', 25],
                  ['dropped', 5],
                ]
              : [
                  ['achieved', 40],
                  ['partly', 35],
                  ['open', 10],
                  ['dropped', 15],
                ],
          );
          reviews.push({ date: cal.iso(at), status, comment: rng.pick(seeds.reviewComments[status]) });
          if (status === 'achieved' || status === 'dropped') break;
        }
        goals.push({
          id: '',
          personId: a.personId,
          text,
          created: cal.iso(created),
          status,
          reviews,
          due: rng.chance(0.85) ? cal.iso(plusMonths(cal, created, rng.int(2, 6))) : null,
        });
      }
    }
    if (rng.chance(current ? 0.5 : 0.3)) {
      const n = rng.int(1, 3);
      for (let k = 0; k < n; k++) {
        const date = cal.prevWorking(rng.int(s.start, until));
        if (date < s.start) continue;
        const jobcenter = rng.chance(0.5);
        notes.push({
          id: '',
          personId: a.personId,
          date: cal.iso(date),
          text: rng.pick(jobcenter ? seeds.jobcenterNotes : seeds.internalNotes),
          visibility: jobcenter ? 'jobcenter' : 'internal',
          author: jobcenter && rng.chance(0.5) ? rng.pick(seeds.staff.instructors[s.area]) : a.socialWorker,
        });
      }
    }
  }
  goals.sort((x, y) => cmp(x.created, y.created) || cmpId(x.personId, y.personId));
  goals.forEach((g, i) => {
    g.id = `g${pad(i + 1)}`;
  });
  notes.sort((x, y) => cmp(x.date, y.date) || cmpId(x.personId, y.personId));
  notes.forEach((n, i) => {
    n.id = `n${pad(i + 1)}`;
  });
  return { goals, notes };
}

/** Plain code-unit order (ISO dates, ids): no locale rules, and fast. */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Ids in numeric order: p999 before p1000. */
export function cmpId(a: string, b: string): number {
  return a.length - b.length || cmp(a, b);
}

function pad(n: number): string {
  return String(n).padStart(3, '0');
}
