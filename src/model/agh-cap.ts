// The AGH time cap (§ 16d (6) SGB II): no more than 24 months of assignment within 5 years, up to
// 36 with a recorded Jobcenter decision that belongs to that 5-year frame. Assigned calendar days
// count (sick days included); the frame starts at the person's first AGH entry; periods before
// 1 April 2012 do not count.
// Months are counted as §§ 187–191 BGB say: a continuous span in calendar months (a period ends on
// the day before the corresponding day, or on the month's last day when that day is missing), and
// separate spans summed as whole months plus leftover days, 30 leftover days making a month (§ 191).
import { addDays, dayNumber, daysInMonth, isoOf, maxDate, minDate, type IsoDate } from './dates.js';
import { lastDay } from './assignment.js';
import type { Assignment, CapDecision, PriorPeriod, Settings } from './types.js';
import { violation, type Violation } from './violations.js';
import { compareText } from './compare.js';
import type { Text } from '../i18n/text.js';

export interface DayRange {
  from: IsoDate;
  to: IsoDate;
}

/** A length of AGH time: whole calendar months and leftover days (days < 30 once summed). */
export interface MonthsDays {
  months: number;
  days: number;
}

/** The last day of a period of `months` calendar months that begins on `start` (§ 188 (2), (3) BGB). */
export function periodEnd(start: IsoDate, months: number): IsoDate {
  const y = Number(start.slice(0, 4));
  const m0 = Number(start.slice(5, 7)) - 1 + months;
  const ty = y + Math.floor(m0 / 12);
  const tm = (((m0 % 12) + 12) % 12) + 1;
  const day = Number(start.slice(8, 10));
  if (day > daysInMonth(ty, tm)) return isoOf(ty, tm, daysInMonth(ty, tm));
  return addDays(isoOf(ty, tm, day), -1);
}

/** One continuous span in calendar months and leftover days. */
export function spanLength(from: IsoDate, to: IsoDate): MonthsDays {
  if (to < from) return { months: 0, days: 0 };
  let months = Math.max(
    0,
    (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7)) - 1,
  );
  while (periodEnd(from, months + 1) <= to) months++;
  while (months > 0 && periodEnd(from, months) > to) months--;
  const rest = months === 0 ? from : addDays(periodEnd(from, months), 1);
  return { months, days: dayNumber(to) - dayNumber(rest) + 1 };
}

/** Separate spans summed: whole months plus leftover days, 30 leftover days a month (§ 191 BGB). */
export function totalLength(ranges: readonly DayRange[]): MonthsDays {
  let months = 0,
    days = 0;
  for (const r of ranges) {
    const l = spanLength(r.from, r.to);
    months += l.months;
    days += l.days;
  }
  return { months: months + Math.floor(days / 30), days: days % 30 };
}

/** Compares a length with whole months: negative below, 0 exactly, positive beyond. */
export function compareToMonths(l: MonthsDays, months: number): number {
  return l.months !== months ? l.months - months : l.days;
}

/** The one conversion of AGH time into tenths of a month for people to read (1 month 4 days → 11). */
export function monthTenths(l: MonthsDays): number {
  return l.months * 10 + Math.floor((l.days * 10 + 15) / 30);
}

/** Months with one decimal comma, as the terminal and the PDFs print them: 1 month 4 days → "1,1". */
export function formatMonths(l: MonthsDays): string {
  const t = monthTenths(l);
  return `${Math.floor(t / 10)},${t % 10}`;
}

/** For messages: "24 months and 3 days". */
export function formatLength(l: MonthsDays): Text {
  return (m) => m.enrol.length(l.months, l.days);
}

/** A bare number of days as months (30 days a month, § 191 BGB), e.g. an average length of stay. */
export function monthsOfDays(days: number): MonthsDays {
  const d = Math.max(0, Math.round(days));
  return { months: Math.floor(d / 30), days: d % 30 };
}

/** All AGH days of a person as sorted, merged ranges (prior periods and assignments here). */
export function aghRanges(
  priorPeriods: readonly PriorPeriod[],
  assignments: readonly Assignment[],
  countsFrom: IsoDate,
): DayRange[] {
  const raw: DayRange[] = [
    ...priorPeriods.map((p) => ({ from: p.from, to: p.to })),
    ...assignments.map((a) => ({ from: a.start, to: lastDay(a) })),
  ]
    .map((r) => ({ from: maxDate(r.from, countsFrom), to: r.to }))
    .filter((r) => r.from <= r.to)
    .sort((x, y) => compareText(x.from, y.from));
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
  /** The AGH spans inside the frame. */
  ranges: DayRange[];
  used: MonthsDays;
  usedDays: number;
  /** A range of the person's AGH time runs on past the frame's end. */
  runsAcrossEnd: boolean;
  /** The last day of the person's AGH time that began in this frame (after its end when it runs across). */
  reachesTo: IsoDate;
}

/** Splits the ranges into 5-year frames, each starting at the first AGH day after the previous frame. */
export function capFrames(ranges: readonly DayRange[], frameYears: number): CapFrame[] {
  const frames: CapFrame[] = [];
  let frame: CapFrame | null = null;
  for (const r of ranges) {
    let from = r.from;
    while (from <= r.to) {
      if (!frame || from > frame.to) {
        frame = {
          from,
          to: periodEnd(from, frameYears * 12),
          ranges: [],
          used: { months: 0, days: 0 },
          usedDays: 0,
          runsAcrossEnd: false,
          reachesTo: from,
        };
        frames.push(frame);
      }
      const to = minDate(r.to, frame.to);
      frame.ranges.push({ from, to });
      if (r.to > frame.to) frame.runsAcrossEnd = true;
      frame.reachesTo = maxDate(frame.reachesTo, r.to);
      from = addDays(to, 1);
    }
  }
  for (const f of frames) {
    f.used = totalLength(f.ranges);
    f.usedDays = f.ranges.reduce((n, r) => n + dayNumber(r.to) - dayNumber(r.from) + 1, 0);
  }
  return frames;
}

/** A recorded decision and the first day of the time it was taken for (assignment or extension). */
export interface AnchoredDecision {
  decision: CapDecision;
  anchor: IsoDate;
}

/** The Jobcenter decisions recorded for a person's assignments (at enrolment or with an extension). */
export function capDecisionsOf(assignments: readonly Assignment[]): AnchoredDecision[] {
  const out: AnchoredDecision[] = [];
  for (const a of assignments) {
    if (a.capDecision) out.push({ decision: a.capDecision, anchor: a.start });
    for (const e of a.extensions)
      if (e.capDecision) out.push({ decision: e.capDecision, anchor: addDays(e.previousUntil, 1) });
  }
  return out;
}

/**
 * A decision lifts the limit only in its own 5-year frame: the frame of the assignment or
 * extension it was recorded with (a decision of 2013 does not lift a frame that starts in 2019).
 */
export function decisionFor(
  frame: { from: IsoDate; to: IsoDate },
  decisions: readonly AnchoredDecision[],
): CapDecision | null {
  return decisions.find((d) => frame.from <= d.anchor && d.anchor <= frame.to)?.decision ?? null;
}

export interface CapUse {
  frame: CapFrame | null;
  /** AGH time up to and including `date` in that frame. */
  usedSoFar: MonthsDays;
  /** AGH time with all assignments to their ends. */
  planned: MonthsDays;
  usedDays: number;
  plannedDays: number;
  limitMonths: number;
  decision: CapDecision | null;
}

function clip(ranges: readonly DayRange[], to: IsoDate): DayRange[] {
  return ranges.filter((r) => r.from <= to).map((r) => ({ from: r.from, to: minDate(r.to, to) }));
}

function daysOf(ranges: readonly DayRange[]): number {
  return ranges.reduce((n, r) => n + dayNumber(r.to) - dayNumber(r.from) + 1, 0);
}

/** Cap use in the frame that holds `date` (or the frame before it, or the first one). */
export function capUse(
  settings: Settings,
  priorPeriods: readonly PriorPeriod[],
  assignments: readonly Assignment[],
  date: IsoDate,
): CapUse {
  const frames = capFrames(
    aghRanges(priorPeriods, assignments, settings.aghCap.countsFrom),
    settings.aghCap.frameYears,
  );
  const frame =
    frames.find((f) => f.from <= date && date <= f.to) ??
    [...frames].reverse().find((f) => f.from <= date) ??
    frames[0] ??
    null;
  const decision = frame ? decisionFor(frame, capDecisionsOf(assignments)) : null;
  const soFar = frame ? clip(frame.ranges, date) : [];
  return {
    frame,
    usedSoFar: totalLength(soFar),
    planned: frame?.used ?? { months: 0, days: 0 },
    usedDays: daysOf(soFar),
    plannedDays: frame?.usedDays ?? 0,
    limitMonths: decision ? settings.aghCap.extendedMonths : settings.aghCap.months,
    decision,
  };
}

/**
 * Violations of the cap by a person's periods. `assignments` are the person's own (including a
 * new or changed one); a frame may hold up to 36 months when a Jobcenter decision of that frame
 * is recorded.
 */
export function capViolations(
  settings: Settings,
  personId: string,
  priorPeriods: readonly PriorPeriod[],
  assignments: readonly Assignment[],
): Violation[] {
  const { months: base, extendedMonths: max } = settings.aghCap;
  const decisions = capDecisionsOf(assignments);
  const out: Violation[] = [];
  for (const f of capFrames(
    aghRanges(priorPeriods, assignments, settings.aghCap.countsFrom),
    settings.aghCap.frameYears,
  )) {
    const used = formatLength(f.used);
    if (compareToMonths(f.used, max) > 0) {
      const last = lastDayWithin(f, max);
      out.push(violation('agh-cap', (m) => m.enrol.overMax(personId, used(m), f.from, f.to, max, last), [personId]));
    } else if (compareToMonths(f.used, base) > 0 && !decisionFor(f, decisions)) {
      const last = lastDayWithin(f, base);
      out.push(violation('agh-cap', (m) => m.enrol.overBase(personId, used(m), f.from, f.to, base, last), [personId]));
    }
  }
  return out;
}

/**
 * The last day of the frame's AGH time that keeps it within `months` (the calendar decides, never
 * a 30-day month): the smallest cut of the frame's spans that still fits.
 */
export function lastDayWithin(frame: { ranges: readonly DayRange[]; to: IsoDate }, months: number): IsoDate | null {
  const first = frame.ranges[0];
  if (!first) return null;
  if (compareToMonths(totalLength(frame.ranges), months) <= 0) return null;
  let lo = dayNumber(first.from) - 1,
    hi = dayNumber(frame.to);
  const fits = (n: number) => compareToMonths(totalLength(clip(frame.ranges, addDays('1970-01-01', n))), months) <= 0;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid;
  }
  return lo < dayNumber(first.from) ? null : addDays('1970-01-01', lo);
}

/** Does the proposed state take a frame beyond 24 months, where the given assignment lies? */
export function crossesBaseCap(
  settings: Settings,
  priorPeriods: readonly PriorPeriod[],
  assignments: readonly Assignment[],
  a: Assignment,
): CapFrame | null {
  const frames = capFrames(
    aghRanges(priorPeriods, assignments, settings.aghCap.countsFrom),
    settings.aghCap.frameYears,
  );
  const end = lastDay(a);
  return (
    frames.find((f) => f.from <= end && a.start <= f.to && compareToMonths(f.used, settings.aghCap.months) > 0) ?? null
  );
}

export interface CapWarning {
  personId: string;
  kind: 'near-limit' | 'across-frame';
  /** near-limit: the limit in months and the last planned day; across-frame: the frame's last day. */
  limitMonths: number;
  day: IsoDate;
  weeks: number;
  message: Text;
}

/**
 * The one warning of the cap, for enrol, extend, participant show, check and the progress report:
 * a frame whose planned AGH time comes within `warnWeeksAhead` weeks of 24 months (or of 36 months
 * after a decision), and AGH time that runs on across the end of a 5-year frame. Only frames
 * whose time reaches today or later are warned about.
 */
export function capWarnings(
  settings: Settings,
  personId: string,
  priorPeriods: readonly PriorPeriod[],
  assignments: readonly Assignment[],
  today: IsoDate,
): CapWarning[] {
  const { months: base, extendedMonths: max } = settings.aghCap;
  const weeks = capWarnWeeks(settings);
  const decisions = capDecisionsOf(assignments);
  const out: CapWarning[] = [];
  for (const f of capFrames(
    aghRanges(priorPeriods, assignments, settings.aghCap.countsFrom),
    settings.aghCap.frameYears,
  )) {
    const last = f.ranges[f.ranges.length - 1]!;
    if (f.reachesTo < today) continue;
    const decision = decisionFor(f, decisions);
    const limit = decision ? max : base;
    const withMargin = [...f.ranges.slice(0, -1), { from: last.from, to: addDays(last.to, weeks * 7) }];
    if (compareToMonths(f.used, limit) <= 0 && compareToMonths(totalLength(withMargin), limit) > 0) {
      const used = formatLength(f.used);
      out.push({
        personId,
        kind: 'near-limit',
        limitMonths: limit,
        day: last.to,
        weeks,
        message: (m) => m.enrol.nearLimit(personId, used(m), limit, last.to, f.from, weeks, limit !== base),
      });
    }
    if (f.runsAcrossEnd) {
      out.push({
        personId,
        kind: 'across-frame',
        limitMonths: limit,
        day: f.to,
        weeks,
        message: (m) => m.enrol.acrossFrame(personId, f.from, f.to),
      });
    }
  }
  return out;
}

export const DEFAULT_WARN_WEEKS = 8;

/** Weeks before 24 or 36 months of AGH at which insat warns: the setting, else the default. */
export function capWarnWeeks(settings: Settings): number {
  return settings.aghCap.warnWeeksAhead ?? DEFAULT_WARN_WEEKS;
}

/**
 * A Jobcenter decision given with an assignment (at enrolment or extension): it is recorded only
 * when the assignment really takes its frame beyond 24 months, and it must belong to that frame.
 */
export function capDecisionViolations(
  settings: Settings,
  personId: string,
  priorPeriods: readonly PriorPeriod[],
  proposed: readonly Assignment[],
  a: Assignment,
  decision: CapDecision,
  today: IsoDate,
): Violation[] {
  const ids = [personId];
  if (decision.decided > today)
    return [violation('cap-decision', (m) => m.enrol.decisionInFuture(decision.decided), ids)];
  const frame = crossesBaseCap(settings, priorPeriods, proposed, a);
  if (!frame) {
    const use = capUse(settings, priorPeriods, proposed, lastDay(a));
    const [months, used, from] = [settings.aghCap.months, formatLength(use.planned), use.frame?.from ?? a.start];
    return [violation('cap-decision', (m) => m.enrol.decisionNotNeeded(personId, months, used(m), from), ids)];
  }
  return [];
}

/**
 * Marks an older version set from free text: a `capExtensionReason`, or an extension marked as
 * beyond 24 months although the days say otherwise (or the other way round).
 */
export function hasLegacyCapMarks(
  settings: Settings,
  priorPeriods: readonly PriorPeriod[],
  mine: readonly Assignment[],
  a: Assignment,
): boolean {
  if (a.capExtensionReason.trim() !== '') return true;
  const others = mine.filter((x) => x.id !== a.id);
  return a.extensions.some((e) => {
    const upTo: Assignment = { ...a, until: e.until, exit: null };
    return e.beyondCap !== (crossesBaseCap(settings, priorPeriods, [...others, upTo], upTo) !== null);
  });
}
