// The AGH time cap (§ 16d (6) SGB II): no more than 24 months of assignment within 5 years, up to
// 36 with a recorded Jobcenter decision. Assigned calendar days count (sick days included);
// the 5-year frame starts at the person's first AGH entry; periods before 1 April 2012 do not count.
// A month is counted as 365.25/12 days, rounded up: 24 months = 731 days and 36 months = 1096
// days, so that two or three calendar years always fit, leap day or not.
import { addDays, addMonths, dayNumber, fromDayNumber, maxDate, type IsoDate } from './dates.js';
import { lastDay } from './assignment.js';
import type { Assignment, PriorPeriod, Settings } from './types.js';
import { violation, type Violation } from './violations.js';

export interface DayRange { from: IsoDate; to: IsoDate }

export function monthsToDays(months: number): number {
  return Math.ceil((months * 1461) / 48);
}

/** All AGH days of a person as sorted, merged ranges (prior periods and assignments here). */
export function aghRanges(priorPeriods: readonly PriorPeriod[], assignments: readonly Assignment[], countsFrom: IsoDate): DayRange[] {
  const raw: DayRange[] = [
    ...priorPeriods.map((p) => ({ from: p.from, to: p.to })),
    ...assignments.map((a) => ({ from: a.start, to: lastDay(a) })),
  ]
    .map((r) => ({ from: maxDate(r.from, countsFrom), to: r.to }))
    .filter((r) => r.from <= r.to)
    .sort((x, y) => x.from.localeCompare(y.from));
  const merged: DayRange[] = [];
  for (const r of raw) {
    const last = merged[merged.length - 1];
    if (last && dayNumber(r.from) <= dayNumber(last.to) + 1) {
      if (r.to > last.to) last.to = r.to;
    } else merged.push({ ...r });
  }
  return merged;
}

export interface CapFrame {
  from: IsoDate;
  to: IsoDate;
  usedDays: number;
}

/** Splits the ranges into 5-year frames, each starting at the first AGH day after the previous frame. */
export function capFrames(ranges: readonly DayRange[], frameYears: number): CapFrame[] {
  const frames: CapFrame[] = [];
  let frame: CapFrame | null = null;
  for (const r of ranges) {
    let from = r.from;
    while (from <= r.to) {
      if (!frame || from > frame.to) {
        frame = { from, to: addDays(addMonths(from, frameYears * 12), -1), usedDays: 0 };
        frames.push(frame);
      }
      const to = r.to < frame.to ? r.to : frame.to;
      frame.usedDays += dayNumber(to) - dayNumber(from) + 1;
      from = addDays(to, 1);
    }
  }
  return frames;
}

export interface CapUse {
  frame: CapFrame | null;
  usedDays: number;
  limitDays: number;
  leftDays: number;
}

/** Cap use in the frame that holds `date` (or the latest frame). */
export function capUse(
  settings: Settings, priorPeriods: readonly PriorPeriod[], assignments: readonly Assignment[], date: IsoDate, extended: boolean,
): CapUse {
  const frames = capFrames(aghRanges(priorPeriods, assignments, settings.aghCap.countsFrom), settings.aghCap.frameYears);
  const frame = frames.find((f) => f.from <= date && date <= f.to) ?? frames[frames.length - 1] ?? null;
  const limitDays = monthsToDays(extended ? settings.aghCap.extendedMonths : settings.aghCap.months);
  const usedDays = frame?.usedDays ?? 0;
  return { frame, usedDays, limitDays, leftDays: limitDays - usedDays };
}

/**
 * Violations of the cap by a person's periods. `assignments` are the person's own (including a
 * new or changed one); a person whose assignments carry a recorded cap-extension reason may use 36
 * months.
 */
export function capViolations(settings: Settings, personId: string, priorPeriods: readonly PriorPeriod[], assignments: readonly Assignment[]): Violation[] {
  const extended = assignments.some((a) => a.capExtensionReason.trim() !== '');
  const frames = capFrames(aghRanges(priorPeriods, assignments, settings.aghCap.countsFrom), settings.aghCap.frameYears);
  const base = monthsToDays(settings.aghCap.months);
  const max = monthsToDays(settings.aghCap.extendedMonths);
  const out: Violation[] = [];
  for (const f of frames) {
    if (f.usedDays > max) {
      out.push(violation('agh-cap', `${personId} would have ${f.usedDays} days of AGH in the 5 years from ${f.from}; at most ${max} days (${settings.aghCap.extendedMonths} months) are allowed — end the assignment earlier`, [personId]));
    } else if (f.usedDays > base && !extended) {
      out.push(violation('agh-cap', `${personId} would have ${f.usedDays} days of AGH in the 5 years from ${f.from}, more than ${base} days (${settings.aghCap.months} months) — end earlier, or record the Jobcenter's decision with --cap-reason`, [personId]));
    }
  }
  return out;
}

/** The last day a person could be assigned without breaking the cap (for messages and warnings). */
export function lastAllowedDay(use: CapUse, from: IsoDate): IsoDate {
  return fromDayNumber(dayNumber(from) + Math.max(0, use.leftDays) - 1);
}
