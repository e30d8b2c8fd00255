// The monthly absence report for the Jobcenter (§ 61 SGB II, DOMAIN.md): every participant's
// absence days of a month by category, with flags — sickness without a certificate beyond the 3rd
// calendar day, more than 14 calendar days of sickness in a row, leave taken beyond what was
// earned. Flags are facts for the Jobcenter, never refusals and never a sanction.
import { noAbsences, type AbsenceDays } from './allowance.js';
import { areaOn, coversDay, lastDay } from './assignment.js';
import { addDays, dayNumber, fullMonthsBetween, maxDate, minDate, monthPeriod, type IsoDate } from './dates.js';
import { isWorkingDay } from './holidays.js';
import type { AbsenceCode, Area, Assignment, Booking, MainData, Settings } from './types.js';
import { compareIds, compareText } from './compare.js';
import { unbookedDays } from './unbooked.js';
import { groupBy } from './collections.js';
import type { Text } from '../i18n/text.js';

/** The report's categories: certified sick, excused, unexcused; leave and closing days apart. */
export type AbsenceCategory = 'certified-sick' | 'sick-no-certificate' | 'excused' | 'unexcused' | 'leave' | 'closed';

export const CATEGORY_OF: Record<AbsenceCode, AbsenceCategory> = {
  'sick-certified': 'certified-sick',
  sick: 'sick-no-certificate',
  excused: 'excused',
  unexcused: 'unexcused',
  holiday: 'leave',
  closed: 'closed',
};

export type FlagCode = 'sick-without-certificate' | 'long-sickness' | 'leave-beyond-earned';

export interface AbsenceFlag {
  flag: FlagCode;
  /** Says what was found, in the run's language (`m.absences`). */
  message: Text;
  /** The days the flag is about. */
  dates: IsoDate[];
}

export interface AbsenceDay {
  date: IsoDate;
  code: AbsenceCode;
  category: AbsenceCategory;
}

export interface LeaveBalance {
  /** Up to this day: the month's last day, or the person's last day in it. */
  on: IsoDate;
  earned: number;
  taken: number;
  left: number;
}

export interface AbsenceLine {
  id: string;
  name: string;
  area: Area | null;
  absences: AbsenceDays;
  /** The participant's absence days (working days; closing days are the provider's and counted apart). */
  absenceDays: number;
  closingDays: number;
  days: AbsenceDay[];
  leave: LeaveBalance | null;
  flags: AbsenceFlag[];
  /** Assigned working days of the month before today that nobody booked: "nicht erfasst", never an absence. */
  unbookedDates: IsoDate[];
}

export interface AbsenceReport {
  month: string;
  from: IsoDate;
  to: IsoDate;
  participants: AbsenceLine[];
  totals: AbsenceDays;
  flagCount: number;
  /** Working days nobody booked, all participants (the report is complete when 0). */
  unbookedDays: number;
}

/** The report's participants with working days nobody booked (the report is incomplete for them). */
export function withUnbookedDays(r: AbsenceReport): AbsenceLine[] {
  return r.participants.filter((p) => p.unbookedDates.length > 0);
}

/** The participants' absence days of the report, all together (closing days are counted apart, in `totals.closed`). */
export function participantAbsenceDays(r: AbsenceReport): number {
  return r.participants.reduce((s, p) => s + p.absenceDays, 0);
}

/**
 * Does an absence booking count as an absence day of the reports and rates? Only on working days:
 * a sickness may be booked on any day of the assignment (a certificate covers calendar days), but a
 * weekend, a public holiday or a closing day is nobody's absence. A `closed` day counts on a
 * weekday that is no public holiday (it is the provider's closing day).
 */
export function countsAsAbsenceDay(b: Booking, closingDays: readonly IsoDate[]): boolean {
  if (b.absence === null) return false;
  return isWorkingDay(b.date, b.absence === 'closed' ? [] : closingDays);
}

export function isSickness(b: Booking): boolean {
  return b.absence === 'sick' || b.absence === 'sick-certified';
}

export interface SickSpell {
  from: IsoDate;
  to: IsoDate;
  bookings: Booking[];
}

/**
 * A person's sickness in spells of calendar days: sick days belong to one spell when only
 * non-working days without another booking lie between them (sick on Friday and Monday is one
 * spell of four calendar days). `bookings` are one person's.
 */
export function sickSpells(bookings: readonly Booking[], closingDays: readonly IsoDate[]): SickSpell[] {
  const booked = new Set(bookings.map((b) => b.date));
  const sick = bookings.filter(isSickness).sort((x, y) => compareText(x.date, y.date));
  const spells: SickSpell[] = [];
  for (const b of sick) {
    const last = spells[spells.length - 1];
    if (last && bridged(last.to, b.date, booked, closingDays)) {
      last.to = b.date;
      last.bookings.push(b);
    } else spells.push({ from: b.date, to: b.date, bookings: [b] });
  }
  return spells;
}

function bridged(a: IsoDate, b: IsoDate, booked: ReadonlySet<IsoDate>, closingDays: readonly IsoDate[]): boolean {
  for (let d = addDays(a, 1); d < b; d = addDays(d, 1)) {
    if (booked.has(d) || isWorkingDay(d, closingDays)) return false;
  }
  return true;
}

/**
 * A medical certificate is due by the 3rd calendar day of a spell: the days of the spell after
 * that still booked `sick` (not `sick-certified`) lack one.
 */
export function missingCertificate(spell: SickSpell): { due: IsoDate; dates: IsoDate[] } {
  const due = addDays(spell.from, 2);
  return { due, dates: spell.bookings.filter((b) => b.absence === 'sick' && b.date > due).map((b) => b.date) };
}

/** Calendar days from the first to the last day of a spell. */
export function spellDays(s: SickSpell): number {
  return dayNumber(s.to) - dayNumber(s.from) + 1;
}

/**
 * Leave earned and taken in an assignment up to a day: earned = days per full month × full months
 * of participation; taken = leave days booked from the start up to the day.
 */
export function leaveBalance(
  settings: Settings,
  a: Assignment,
  bookings: readonly Booking[],
  on: IsoDate,
): LeaveBalance {
  const earned = settings.leaveDaysPerFullMonth * fullMonthsBetween(a.start, on);
  const taken = bookings.filter(
    (b) => b.participantId === a.personId && b.absence === 'holiday' && b.date >= a.start && b.date <= on,
  ).length;
  return { on, earned, taken, left: earned - taken };
}

/** Flags of one person for a month; `mine` are the person's bookings from the assignment start on. */
export function absenceFlags(
  settings: Settings,
  id: string,
  assignments: readonly Assignment[],
  mine: readonly Booking[],
  from: IsoDate,
  to: IsoDate,
): AbsenceFlag[] {
  const flags: AbsenceFlag[] = [];
  for (const spell of sickSpells(
    mine.filter((b) => b.date <= to),
    settings.closingDays,
  )) {
    if (spell.to < from) continue;
    const missing = missingCertificate(spell);
    const due = missing.due;
    const late = missing.dates.filter((d) => d >= from);
    if (late.length > 0) {
      flags.push({
        flag: 'sick-without-certificate',
        dates: late,
        message: (m) => m.absences.sickWithoutCertificate(id, late, due),
      });
    }
    if (spellDays(spell) > 14) {
      flags.push({
        flag: 'long-sickness',
        dates: spell.bookings.map((b) => b.date),
        message: (m) => m.absences.longSickness(id, spellDays(spell), spell.from, spell.to),
      });
    }
  }
  const leave = leaveBeyondEarned(
    settings,
    id,
    assignments,
    mine,
    mine.filter((b) => b.absence === 'holiday' && b.date >= from && b.date <= to).map((b) => b.date),
  );
  if (leave) flags.push(leave);
  return flags;
}

/**
 * Only leave already earned can be taken (DOMAIN.md): the days among `days` on which the leave taken
 * since the assignment's start exceeds what was earned by then, flagged with the last balance over it.
 * `mine`: the person's bookings from the assignment's start on. Used by the absence report's flags and
 * by `hours book`, which warns as it books.
 */
export function leaveBeyondEarned(
  settings: Settings,
  id: string,
  assignments: readonly Assignment[],
  mine: readonly Booking[],
  days: readonly IsoDate[],
): AbsenceFlag | null {
  const over: IsoDate[] = [];
  let worst: LeaveBalance | null = null;
  for (const day of days) {
    const a = assignments.find((x) => x.personId === id && coversDay(x, day));
    if (!a) continue;
    const bal = leaveBalance(settings, a, mine, day);
    if (bal.left < 0) {
      over.push(day);
      worst = bal;
    }
  }
  if (!worst) return null;
  const { taken, earned, on } = worst;
  return {
    flag: 'leave-beyond-earned',
    dates: over,
    message: (m) => m.absences.leaveBeyondEarned(id, over, taken, earned, on),
  };
}

/** The first day a report for `month` needs bookings from: the earliest start of an assignment in it. */
export function reportBookingsFrom(main: MainData, month: string): IsoDate {
  const { from, to } = monthPeriod(month);
  let first = from;
  for (const a of main.assignments) if (a.start <= to && lastDay(a) >= from && a.start < first) first = a.start;
  return first;
}

/**
 * The report for a month: everybody with a seat on a day of it, and anybody with an absence in it.
 * `bookings` must reach back to `reportBookingsFrom(main, month)` (spells and leave need them).
 */
/** With `today`, each line also names the month's working days before it that nobody booked. */
export function absenceReport(
  main: MainData,
  month: string,
  bookings: readonly Booking[],
  only?: string,
  today?: IsoDate,
): AbsenceReport {
  const { from, to } = monthPeriod(month);
  const unbooked = new Map<string, IsoDate[]>();
  if (today !== undefined) {
    const mine = main.assignments.filter((a) => only === undefined || a.personId === only);
    for (const d of unbookedDays(mine, bookings, main.settings.closingDays, { from, to }, today))
      unbooked.set(d.participantId, [...(unbooked.get(d.participantId) ?? []), d.date]);
  }
  const people = new Map(main.people.map((p) => [p.id, p]));
  const byPerson = groupBy(
    bookings.filter((b) => only === undefined || b.participantId === only),
    (b) => b.participantId,
  );
  const ids = new Set<string>();
  for (const a of main.assignments)
    if (a.start <= to && lastDay(a) >= from && (only === undefined || a.personId === only)) ids.add(a.personId);
  for (const [id, list] of byPerson)
    if (list.some((b) => b.absence !== null && b.date >= from && b.date <= to)) ids.add(id);

  const participants: AbsenceLine[] = [...ids]
    .sort((x, y) => compareIds(x, y))
    .map((id) => {
      const mine = (byPerson.get(id) ?? []).sort((x, y) => compareText(x.date, y.date));
      const assignments = main.assignments.filter((a) => a.personId === id);
      const inMonth = assignments
        .filter((a) => a.start <= to && lastDay(a) >= from)
        .sort((x, y) => compareText(x.start, y.start));
      const current = inMonth[inMonth.length - 1];
      const absences = noAbsences();
      const days: AbsenceDay[] = [];
      for (const b of mine) {
        if (b.absence === null || b.date < from || b.date > to || !countsAsAbsenceDay(b, main.settings.closingDays))
          continue;
        absences[b.absence] += 1;
        days.push({ date: b.date, code: b.absence, category: CATEGORY_OF[b.absence] });
      }
      const balanceDay = current ? minDate(to, lastDay(current)) : null;
      return {
        id,
        name: people.get(id)?.name ?? '',
        area: current ? areaOn(current, maxDate(current.start, balanceDay!)) : null,
        absences,
        absenceDays: days.filter((d) => d.code !== 'closed').length,
        closingDays: absences.closed,
        days,
        leave: current ? leaveBalance(main.settings, current, mine, balanceDay!) : null,
        flags: absenceFlags(main.settings, id, assignments, mine, from, to),
        unbookedDates: (unbooked.get(id) ?? []).sort(compareText),
      };
    });
  const totals = noAbsences();
  for (const p of participants) for (const [code, n] of Object.entries(p.absences)) totals[code as AbsenceCode] += n;
  return {
    month,
    from,
    to,
    participants,
    totals,
    flagCount: participants.reduce((s, p) => s + p.flags.length, 0),
    unbookedDays: participants.reduce((s, p) => s + p.unbookedDates.length, 0),
  };
}
