// Stays: every seat of the seat plan is a timeline of stays (assignments). A seat holds one person
// at a time, so no area and no total can ever be over capacity. The timelines are built backwards
// from today: first who sits on each seat today (and who will start soon), then who sat there before.
import { AREAS, type Area } from '../model/types.js';
import { plusMonths } from './calendar.js';
import { CAP_DAYS, type Generation, type Role, type Stay } from './generation.js';

/** The stays of every seat: vacant seats and planned starts today, today's participants, then backwards in time. */
export function seatTimelines(g: Generation): void {
  const plan = g.settings.seats[g.settings.seats.length - 1]!;
  const seats: Area[] = AREAS.flatMap((area) => Array.from({ length: plan.areas[area] }, () => area));
  const p = g.seeds.parameters;
  const rng = g.rng;

  // Vacant seats today: spread over the areas.
  const vacant = new Set<number>();
  for (let k = 0; vacant.size < Math.min(p.vacantSeatsToday, seats.length); k++) {
    const area = AREAS[k % AREAS.length]!;
    const candidates = seats.map((a, i) => (a === area && !vacant.has(i) ? i : -1)).filter((i) => i >= 0);
    if (candidates.length) vacant.add(rng.pick(candidates));
  }
  const occupied = rng.shuffle(seats.map((_, i) => i).filter((i) => !vacant.has(i)));
  const roles = new Map<number, Role>();
  const special: Role[] = ['ends-soon', 'ends-soon', 'ends-later', 'ends-later', 'extended', 'prior'];
  special.forEach((role, i) => {
    if (occupied[i] !== undefined) roles.set(occupied[i]!, role);
  });

  let plannedStarts = 0;
  let refilled = false;
  seats.forEach((area, seat) => {
    let freeFrom: number; // the day the earliest generated stay on this seat must end before
    if (vacant.has(seat)) {
      freeFrom = g.cal.prevWorking(g.today - rng.int(3, 25)) + 1;
      // Two of the free seats are already promised to someone starting soon.
      if (plannedStarts < 2) {
        plannedStarts++;
        const start = g.cal.nextWorking(g.today + (plannedStarts === 1 ? rng.int(5, 10) : rng.int(14, 24)));
        addPlanned(g, seat, area, start);
      }
    } else {
      const current = currentStay(g, seat, area, roles.get(seat) ?? 'normal');
      g.stays.push(current);
      freeFrom = current.start;
      // The seat that frees up within four weeks is refilled right after.
      if (current.role === 'ends-soon' && !refilled) {
        refilled = true;
        addPlanned(g, seat, area, g.cal.nextWorking(current.until + 1));
      }
    }
    pastStays(g, seat, area, freeFrom);
  });
}

function addPlanned(g: Generation, seat: number, area: Area, start: number): void {
  const until = plusMonths(g.cal, start, 12) - 1;
  g.stays.push(stay(g, seat, area, 'planned', start, until, until));
}

function stay(
  g: Generation,
  seat: number,
  area: Area,
  role: Role,
  start: number,
  until: number,
  lastDay: number,
): Stay {
  return {
    seat,
    area,
    role,
    start,
    until,
    lastDay,
    hoursPerWeek: g.rng.weighted(g.seeds.parameters.weeklyHours),
    exit: null,
    extension: null,
    person: null,
  };
}

/** The person on a seat today. */
function currentStay(g: Generation, seat: number, area: Area, role: Role): Stay {
  const { rng, cal, today } = g;
  if (role === 'ends-soon' || role === 'ends-later') {
    const until = today + (role === 'ends-soon' ? rng.int(10, 24) : rng.int(33, 52));
    const months = rng.chance(0.7) ? 12 : 6;
    const start = cal.nextWorking(plusMonths(cal, until + 1, -months));
    return stay(g, seat, area, role, start, until, until);
  }
  if (role === 'extended') {
    const start = cal.nextWorking(today - rng.int(380, 470));
    const previousUntil = plusMonths(cal, start, 12) - 1;
    const until = plusMonths(cal, start, 18) - 1;
    const s = stay(g, seat, area, role, start, until, until);
    s.extension = {
      previousUntil,
      recorded: cal.prevWorking(previousUntil - rng.int(14, 35)),
      reason: rng.pick(g.seeds.extensionReasons),
    };
    return s;
  }
  for (;;) {
    const planned = rng.weighted<number>([
      [12, 65],
      [6, 20],
      [9, 15],
    ]);
    const extra = role === 'normal' && rng.chance(0.12) ? 6 : 0;
    const elapsed = rng.int(0, (planned + extra) * 30 - 5);
    let start = cal.nextWorking(today - elapsed);
    if (start > today) start = cal.prevWorking(today);
    const previousUntil = plusMonths(cal, start, planned) - 1;
    let until = previousUntil;
    let extension: Stay['extension'] = null;
    if (extra > 0) {
      const recorded = cal.prevWorking(previousUntil - rng.int(10, 40));
      if (recorded < today) {
        until = plusMonths(cal, start, planned + extra) - 1;
        extension = { previousUntil, recorded, reason: rng.pick(g.seeds.extensionReasons) };
      }
    }
    // Today's participants stay beyond the next eight weeks unless they are one of the
    // deliberate "ends soon" seats.
    if (until < today + 60) continue;
    const s = stay(g, seat, area, role, start, until, until);
    s.extension = extension;
    return s;
  }
}

/** Earlier stays on a seat, backwards from the first day it is taken again. */
function pastStays(g: Generation, seat: number, area: Area, takenFrom: number): void {
  const { rng, cal } = g;
  let next = takenFrom;
  for (;;) {
    // Free seats are refilled promptly: mostly within two weeks, now and then after a month.
    const gap = rng.weighted<[number, number]>([
      [[0, 3], 40],
      [[4, 10], 45],
      [[11, 30], 15],
    ]);
    let lastDay = next - 1 - rng.int(gap[0], gap[1]);
    const reason = rng.weighted(g.seeds.parameters.exitReasons);
    let s: Stay;
    if (reason === 'regular-end') {
      const months = rng.weighted<number>([
        [12, 55],
        [6, 20],
        [9, 5],
        [18, 15],
        [24, 5],
      ]);
      let start = cal.nextWorking(plusMonths(cal, lastDay + 1, -months));
      if (lastDay - start + 1 > CAP_DAYS) start = cal.nextWorking(lastDay - CAP_DAYS + 1);
      s = stay(g, seat, area, 'past', start, lastDay, lastDay);
      if (months > 12) {
        const previousUntil = plusMonths(cal, start, 12) - 1;
        s.extension = {
          previousUntil,
          recorded: cal.prevWorking(previousUntil - rng.int(10, 40)),
          reason: rng.pick(g.seeds.extensionReasons),
        };
      }
    } else {
      lastDay = cal.prevWorking(lastDay);
      const [lo, hi] =
        reason === 'dropout' || reason === 'excluded'
          ? [10, 200]
          : reason === 'job' || reason === 'training' || reason === 'self-employed'
            ? [60, 340]
            : [25, 320];
      const actual = rng.int(lo, hi);
      const start = cal.prevWorking(lastDay - actual);
      let until = plusMonths(cal, start, actual < 150 && rng.chance(0.3) ? 6 : 12) - 1;
      if (until <= lastDay + 5) until = plusMonths(cal, start, 12) - 1;
      s = stay(g, seat, area, 'past', start, until, lastDay);
    }
    s.exit = { reason, text: reason === 'other' ? rng.pick(g.seeds.otherExitTexts) : '' };
    if (g.opts.clampToHistory && s.start < g.from) {
      s.start = cal.nextWorking(g.from);
      if (s.start > s.lastDay - 10) return;
      if (s.extension && s.extension.previousUntil < s.start + 30) s.extension = null;
    }
    g.stays.push(s);
    if (s.start < g.from) return;
    next = s.start;
  }
}
