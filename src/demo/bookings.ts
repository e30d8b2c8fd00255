// Daily bookings for every working day of every stay up to yesterday: worked hours as planned,
// leave as earned, sickness, excused and unexcused days, and how an early exit shows.
import type { AbsenceCode, Assignment, Booking } from '../model/types.js';
import { fullMonthReached } from './calendar.js';
import type { Generation, Stay } from './generation.js';
import { cmpId } from './records.js';

export function bookings(g: Generation, byStay: Map<Stay, Assignment>): Booking[] {
  const { cal, rng, today } = g;
  const first = Math.min(...g.stays.map((s) => s.start));
  // Bookings per day, counted first, so that the result can be laid out in day order in one go.
  const perDay = new Int32Array(Math.max(0, today - first) + 1);
  const rows: { pid: string; days: number[]; codes: (AbsenceCode | null)[]; minutes: Int16Array }[] = [];
  const leavePerMonth = g.settings.leaveDaysPerFullMonth;
  // Stays in participant order, so that each day's bookings come out sorted by participant id.
  const stays = g.stays
    .filter((s) => s.start < today)
    .sort((x, y) => cmpId(byStay.get(x)!.personId, byStay.get(y)!.personId));
  for (const s of stays) {
    const pid = byStay.get(s)!.personId;
    const end = Math.min(s.lastDay, today - 1);
    const days: number[] = [];
    for (let d = s.start; d <= end; d++) if (cal.isWorking(d)) days.push(d);
    if (days.length === 0) continue;
    const planned = Math.floor((s.hoursPerWeek * 60) / 5 / 15) * 15;
    const codes: (AbsenceCode | null)[] = new Array<AbsenceCode | null>(days.length).fill(null);

    // How an early exit shows in the last weeks.
    if (s.lastDay < today && s.exit) {
      const tail = (n: number, code: AbsenceCode, p: number) => {
        for (let i = Math.max(0, days.length - n); i < days.length; i++) if (rng.chance(p)) codes[i] = code;
      };
      switch (s.exit.reason) {
        case 'dropout':
        case 'excluded':
          tail(rng.int(3, 8), 'unexcused', 0.75);
          break;
        case 'custody':
          tail(rng.int(2, 5), 'unexcused', 1);
          break;
        case 'long-illness':
          tail(rng.int(15, 40), 'sick-certified', 1);
          break;
        case 'therapy':
        case 'deceased':
          tail(rng.int(0, 6), 'sick-certified', 1);
          break;
      }
    }

    const unexcusedRate = rng.weighted<number>([
      [0.003, 70],
      [0.015, 20],
      [0.04, 10],
    ]);
    const sickRate = 0.012 + rng.next() * 0.025;
    // Leave: earned per full month of participation; month anniversaries as day numbers.
    let months = 0;
    let nextMonthFrom = fullMonthReached(cal, s.start, 1);
    let leaveTaken = 0;
    for (let i = 0; i < days.length; i++) {
      const d = days[i]!;
      while (nextMonthFrom <= d) {
        months++;
        nextMonthFrom = fullMonthReached(cal, s.start, months + 1);
      }
      if (codes[i] !== null) continue;
      const balance = months * leavePerMonth - leaveTaken;
      const month = cal.month(d);
      const leaveChance = month === 7 || month === 8 || month === 12 ? 0.07 : 0.04;
      if (balance >= 1 && rng.chance(leaveChance)) {
        const max = Math.floor(Math.min(balance, rng.chance(0.15) ? 10 : 5));
        const n = rng.int(1, max);
        for (let k = 0; k < n && i + k < days.length && codes[i + k] === null; k++) {
          codes[i + k] = 'holiday';
          leaveTaken++;
        }
        continue;
      }
      if (rng.chance(sickRate)) {
        const len = rng.weighted<[number, number]>([
          [[1, 1], 40],
          [[2, 2], 25],
          [[3, 5], 25],
          [[6, 15], 10],
        ]);
        const n = Math.min(rng.int(len[0], len[1]), days.length - i);
        let k = 0;
        while (k < n && codes[i + k] === null) k++;
        const span = days[i + k - 1]! - d + 1;
        // A certificate is due by the third calendar day; a few never bring one.
        const code: AbsenceCode = span >= 3 && rng.chance(0.95) ? 'sick-certified' : 'sick';
        for (let j = 0; j < k; j++) codes[i + j] = code;
        continue;
      }
      if (rng.chance(0.008)) codes[i] = 'excused';
      else if (rng.chance(unexcusedRate)) codes[i] = 'unexcused';
    }

    const minutes = new Int16Array(days.length);
    for (let i = 0; i < days.length; i++) {
      perDay[days[i]! - first]!++;
      if (codes[i] !== null) continue;
      // Left early now and then (appointment, feeling unwell); never more than planned.
      minutes[i] = rng.chance(0.05) ? Math.max(60, planned - 15 * rng.int(1, 4)) : planned;
    }
    rows.push({ pid, days, codes, minutes });
  }
  const next = new Int32Array(perDay.length);
  for (let i = 1; i < perDay.length; i++) next[i] = next[i - 1]! + perDay[i - 1]!;
  const out = new Array<Booking>(perDay.length ? next[perDay.length - 1]! + perDay[perDay.length - 1]! : 0);
  for (const { pid, days, codes, minutes } of rows) {
    for (let i = 0; i < days.length; i++) {
      const d = days[i]!;
      out[next[d - first]!++] = {
        participantId: pid,
        date: cal.iso(d),
        minutes: minutes[i]!,
        absence: codes[i] ?? null,
        forced: false,
      };
    }
  }
  return out;
}
