// The monthly allowance statement (Mehraufwandsentschädigung, MAE): per person, the hours actually
// worked × the rate valid on each day, summed exactly and rounded once per person and month (half
// up, to the cent). Absence days earn nothing; they are counted by code.
import { areaOn, lastDay } from './assignment.js';
import { maxDate, minDate, monthPeriod, type IsoDate } from './dates.js';
import { roundHalfUp, type Cents } from './money.js';
import { type Minutes } from './durations.js';
import { rateOn } from './settings.js';
import { ABSENCE_CODES, type AbsenceCode, type Area, type Booking, type MainData } from './types.js';
import { unbookedDays } from './unbooked.js';
import { countsAsAbsenceDay } from './absences.js';
import { compareIds, compareText } from './compare.js';

export type AbsenceDays = Record<AbsenceCode, number>;

export function noAbsences(): AbsenceDays {
  return Object.fromEntries(ABSENCE_CODES.map((c) => [c, 0])) as AbsenceDays;
}

/** Worked time at one rate (a rate change in the month splits a person's hours). */
export interface RateShare {
  /** The day the rate became valid (from the rate history), or null where no rate was set. */
  rateFrom: IsoDate | null;
  centsPerHour: Cents;
  /** First and last booked day at this rate, in the month. */
  from: IsoDate;
  to: IsoDate;
  workedMinutes: Minutes;
}

export interface PayLine {
  id: string;
  name: string;
  area: Area | null;
  /** The part of the month the person had a seat (null when only bookings tie them to it). */
  seatFrom: IsoDate | null;
  seatTo: IsoDate | null;
  workedMinutes: Minutes;
  daysWorked: number;
  rates: RateShare[];
  amountCents: Cents;
  absences: AbsenceDays;
  absenceDays: number;
  /** Assigned working days before today that nobody booked ("nicht erfasst"): neither paid nor absent. */
  unbookedDays: number;
}

export interface PayStatement {
  month: string;
  from: IsoDate;
  to: IsoDate;
  participants: PayLine[];
  workedMinutes: Minutes;
  totalCents: Cents;
  /** Worked days for which no rate was set (they earn 0 — fix the rate history). */
  daysWithoutRate: IsoDate[];
  unbookedDays: number;
}

/** The statement's participants who worked in the month (the others earn nothing). */
export function participantsWhoWorked(st: PayStatement): number {
  return st.participants.filter((p) => p.workedMinutes > 0).length;
}

/** The statement's participants with assigned working days nobody booked. */
export function participantsWithUnbookedDays(st: PayStatement): number {
  return st.participants.filter((p) => p.unbookedDays > 0).length;
}

/**
 * The statement for a month: everybody who had a seat on a day of the month, and anybody booked in
 * it; `bookings` may hold more than the month (others are left out). `only` limits it to one person.
 * With `today`, the assigned working days before it that nobody booked are counted per person.
 */
export function payStatement(
  main: MainData,
  month: string,
  bookings: readonly Booking[],
  only?: string,
  today?: IsoDate,
): PayStatement {
  const { from, to } = monthPeriod(month);
  const lines = new Map<string, PayLine & { numerator: number }>();
  const people = new Map(main.people.map((p) => [p.id, p]));
  const lineOf = (id: string) => {
    let line = lines.get(id);
    if (!line) {
      line = {
        id,
        name: people.get(id)?.name ?? '',
        area: null,
        seatFrom: null,
        seatTo: null,
        workedMinutes: 0,
        daysWorked: 0,
        rates: [],
        amountCents: 0,
        absences: noAbsences(),
        absenceDays: 0,
        unbookedDays: 0,
        numerator: 0,
      };
      lines.set(id, line);
    }
    return line;
  };
  for (const a of main.assignments) {
    if (only !== undefined && a.personId !== only) continue;
    if (a.start > to || lastDay(a) < from) continue;
    const line = lineOf(a.personId);
    const seatFrom = maxDate(a.start, from),
      seatTo = minDate(lastDay(a), to);
    line.seatFrom = line.seatFrom ? minDate(line.seatFrom, seatFrom) : seatFrom;
    line.seatTo = line.seatTo ? maxDate(line.seatTo, seatTo) : seatTo;
    line.area = areaOn(a, seatTo);
  }
  const daysWithoutRate: IsoDate[] = [];
  const sorted = bookings
    .filter((b) => b.date >= from && b.date <= to && (only === undefined || b.participantId === only))
    .sort((x, y) => compareText(x.date, y.date));
  for (const b of sorted) {
    const line = lineOf(b.participantId);
    // absence days as the monthly absence report counts them: on working days (a sickness booked on
    // a public holiday is no absence from work)
    if (countsAsAbsenceDay(b, main.settings.closingDays)) {
      line.absences[b.absence!] += 1;
      line.absenceDays += 1;
    }
    if (b.minutes === 0) continue;
    const rate = rateOn(main.settings, b.date);
    if (!rate) daysWithoutRate.push(b.date);
    const centsPerHour = rate?.centsPerHour ?? 0;
    const rateFrom = rate?.from ?? null;
    line.workedMinutes += b.minutes;
    line.daysWorked += 1;
    line.numerator += b.minutes * centsPerHour;
    const share = line.rates.find((r) => r.rateFrom === rateFrom);
    if (share) {
      share.workedMinutes += b.minutes;
      share.to = b.date;
    } else line.rates.push({ rateFrom, centsPerHour, from: b.date, to: b.date, workedMinutes: b.minutes });
  }
  if (today !== undefined) {
    const mine = main.assignments.filter((a) => only === undefined || a.personId === only);
    for (const d of unbookedDays(mine, sorted, main.settings.closingDays, { from, to }, today))
      lineOf(d.participantId).unbookedDays += 1;
  }
  const participants = [...lines.values()]
    .map(({ numerator, ...line }) => ({ ...line, amountCents: roundHalfUp(numerator, 60) }))
    .sort((x, y) => compareIds(x.id, y.id));
  return {
    month,
    from,
    to,
    participants,
    workedMinutes: participants.reduce((s, l) => s + l.workedMinutes, 0),
    totalCents: participants.reduce((s, l) => s + l.amountCents, 0),
    daysWithoutRate: [...new Set(daysWithoutRate)],
    unbookedDays: participants.reduce((s, l) => s + l.unbookedDays, 0),
  };
}
