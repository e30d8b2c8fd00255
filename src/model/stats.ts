// The programme's figures for a calendar year, as the annual application asks for them (DOMAIN.md,
// "The annual application": approved seats vs average occupancy, entries, exits by reason,
// integration rate, average length of stay, hours worked, allowance paid, absence rates).
// Pure: the main data, the year's bookings and the year in; plain figures out.
import { areaOn, lastDay } from './assignment.js';
import { daysInclusive, isoOf, minDate, monthPeriod, type IsoDate, type Period } from './dates.js';
import { noAbsences, payStatement, type AbsenceDays } from './allowance.js';
import { countsAsAbsenceDay } from './absences.js';
import { absentFromWorkDays } from './absence-sums.js';
import { INTEGRATION_REASONS } from './exit-reasons.js';
import type { Cents } from './money.js';
import type { Minutes } from './durations.js';
import {
  countExits,
  exitsIn,
  occupancySummary,
  pipelineCounts,
  ratio,
  IMPLICIT_END_REASON,
  type OccupancySummary,
} from './occupancy.js';
import { seatPlanOn } from './settings.js';
import {
  ABSENCE_CODES,
  AREAS,
  type AbsenceCode,
  type Area,
  type Booking,
  type ExitGroup,
  type MainData,
} from './types.js';
import { perArea } from './collections.js';

export interface AreaOccupancyFigures {
  area: Area;
  capacitySeatDays: number;
  occupiedSeatDays: number;
  /** occupied ÷ capacity seat-days (working days only), 0..1. */
  rate: number;
  /** Seats occupied on an average working day (occupied seat-days ÷ working days). */
  averageOccupiedSeats: number;
  /** Seats available on an average working day (capacity seat-days ÷ working days). */
  averageSeats: number;
}

export interface OccupancyFigures {
  workingDays: number;
  capacitySeatDays: number;
  occupiedSeatDays: number;
  rate: number;
  averageOccupiedSeats: number;
  averageSeats: number;
  areas: AreaOccupancyFigures[];
}

/** The figures of one month of the year. */
export interface MonthStats {
  month: string;
  from: IsoDate;
  to: IsoDate;
  occupancy: OccupancyFigures;
  entries: number;
  exits: number;
  exitsByGroup: Record<ExitGroup, number>;
  exitsByReason: Record<string, number>;
  workedMinutes: Minutes;
  workedDays: number;
  /** Working days in a seat on which the person's weekday distribution plans hours. */
  assignedWorkingDays: number;
  allowanceCents: Cents;
  absenceDays: AbsenceDays;
  unexcusedDays: number;
}

export interface LengthOfStay {
  /** Assignments that ended in the year (recorded exit or end reached). */
  stays: number;
  /** Calendar days from start to end or exit, both inclusive; 0 when nobody left. */
  averageDays: number;
  medianDays: number;
}

export interface YearStats {
  year: number;
  from: IsoDate;
  /** 31 December, or the day given as `asOf` when the year is not over. */
  to: IsoDate;
  complete: boolean;
  /** The seat plan valid on the last day: approved seats in total and per area. */
  approvedSeats: number;
  approvedSeatsByArea: Record<Area, number>;
  /** The whole year: the average occupancy. */
  occupancy: OccupancyFigures;
  months: MonthStats[];
  /** People with a seat on at least one day of the year. */
  participants: number;
  entries: number;
  entriesByArea: Record<Area, number>;
  exits: number;
  exitsByReason: Record<string, number>;
  exitsByGroup: Record<ExitGroup, number>;
  /** Exits into a job, self-employment or vocational training. */
  integrationExits: number;
  /** integrationExits ÷ all exits. */
  integrationRate: number;
  /** Exits other than `regular-end`. */
  exitsWithoutRegularEnd: number;
  /** integrationExits ÷ exits other than `regular-end`. */
  integrationRateWithoutRegularEnd: number;
  lengthOfStay: LengthOfStay;
  workedMinutes: Minutes;
  workedDays: number;
  /** Working days in a seat on which the person's weekday distribution plans hours. */
  assignedWorkingDays: number;
  /** workedDays ÷ assignedWorkingDays. */
  attendanceRate: number;
  /** The allowance of the year: the monthly statements summed (each rounded per person and month). */
  allowanceCents: Cents;
  absenceDays: AbsenceDays;
  unexcusedDays: number;
  /** Absence days of each code ÷ assigned working days. */
  absenceRates: Record<AbsenceCode, number>;
  /** Sick (with or without certificate), excused and unexcused days. */
  absentDays: number;
  /** absentDays ÷ assigned working days. */
  absenceRate: number;
}

/** Rounds a derived figure (a day count or seat average) to one decimal, for stable output. */
function oneDecimal(x: number): number {
  return Math.round(x * 10) / 10;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function occupancyFigures(
  workingDays: number,
  parts: { area: Area; capacitySeatDays: number; occupiedSeatDays: number }[],
  total: { capacitySeatDays: number; occupiedSeatDays: number },
): OccupancyFigures {
  const figures = (cap: number, occ: number) => ({
    capacitySeatDays: cap,
    occupiedSeatDays: occ,
    rate: ratio(occ, cap),
    averageOccupiedSeats: oneDecimal(ratio(occ, workingDays)),
    averageSeats: oneDecimal(ratio(cap, workingDays)),
  });
  return {
    workingDays,
    ...figures(total.capacitySeatDays, total.occupiedSeatDays),
    areas: parts.map((p) => ({ area: p.area, ...figures(p.capacitySeatDays, p.occupiedSeatDays) })),
  };
}

/** One month's figures from that month's bookings (yearStats sorts the year's bookings into months once). */
function monthStats(
  main: MainData,
  inPeriod: readonly Booking[],
  month: string,
  period: Period,
  pipeline: ReturnType<typeof pipelineCounts>,
): MonthStats {
  const s: OccupancySummary = occupancySummary(main, inPeriod, period, pipeline);
  const absenceDays = noAbsences();
  for (const b of inPeriod) if (b.absence && countsAsAbsenceDay(b, main.settings.closingDays)) absenceDays[b.absence]++;
  return {
    month,
    from: period.from,
    to: period.to,
    occupancy: occupancyFigures(s.workingDays, s.areas, s),
    entries: s.entries,
    exits: s.exits,
    exitsByGroup: s.exitsByGroup,
    exitsByReason: s.exitsByReason,
    workedMinutes: s.hoursMinutes,
    workedDays: s.workedDays,
    assignedWorkingDays: s.assignedWorkingDays,
    allowanceCents: payStatement(main, month, inPeriod).totalCents,
    absenceDays,
    unexcusedDays: absenceDays.unexcused,
  };
}

/**
 * The figures of a calendar year. `bookings` are the year's (more are left out). With `asOf`
 * inside the year, the figures run up to that day (year to date).
 */
export function yearStats(main: MainData, bookings: readonly Booking[], year: number, asOf?: IsoDate): YearStats {
  const from = isoOf(year, 1, 1);
  const yearEnd = isoOf(year, 12, 31);
  const to = asOf && asOf >= from ? minDate(asOf, yearEnd) : yearEnd;
  const period = { from, to };
  // One pass over the year: each booking into its month.
  const byMonth: Booking[][] = Array.from({ length: 12 }, () => []);
  for (const b of bookings) if (b.date >= from && b.date <= to) byMonth[Number(b.date.slice(5, 7)) - 1]!.push(b);
  const pipeline = pipelineCounts(main);

  const months: MonthStats[] = [];
  for (let m = 1; m <= 12; m++) {
    const month = `${year}-${String(m).padStart(2, '0')}`;
    const mp = monthPeriod(month);
    if (mp.from > to) break;
    months.push(monthStats(main, byMonth[m - 1]!, month, { from: mp.from, to: minDate(mp.to, to) }, pipeline));
  }

  const sum = (f: (m: MonthStats) => number) => months.reduce((s, m) => s + f(m), 0);
  const workingDays = sum((m) => m.occupancy.workingDays);
  const areaSums = AREAS.map((area) => ({
    area,
    capacitySeatDays: sum((m) => m.occupancy.areas.find((a) => a.area === area)!.capacitySeatDays),
    occupiedSeatDays: sum((m) => m.occupancy.areas.find((a) => a.area === area)!.occupiedSeatDays),
  }));
  const occupancy = occupancyFigures(workingDays, areaSums, {
    capacitySeatDays: sum((m) => m.occupancy.capacitySeatDays),
    occupiedSeatDays: sum((m) => m.occupancy.occupiedSeatDays),
  });

  const ended = exitsIn(main.assignments, period);
  const exits = countExits(ended);
  const integrationExits = INTEGRATION_REASONS.reduce((s, r) => s + (exits.exitsByReason[r] ?? 0), 0);
  const exitsWithoutRegularEnd = exits.exits - (exits.exitsByReason[IMPLICIT_END_REASON] ?? 0);
  const stays = ended.map((a) => daysInclusive(a.start, lastDay(a)));

  const entriesByArea = perArea(() => 0);
  for (const a of main.assignments) if (a.start >= from && a.start <= to) entriesByArea[areaOn(a, a.start)]++;
  const participants = new Set(
    main.assignments.filter((a) => a.start <= to && lastDay(a) >= from).map((a) => a.personId),
  ).size;

  const absenceDays = noAbsences();
  for (const m of months) for (const c of ABSENCE_CODES) absenceDays[c] += m.absenceDays[c];
  const assignedWorkingDays = sum((m) => m.assignedWorkingDays);
  const absentDays = absentFromWorkDays(absenceDays);
  const workedDays = sum((m) => m.workedDays);
  const endPlan = seatPlanOn(main.settings, to);

  return {
    year,
    from,
    to,
    complete: to === yearEnd,
    approvedSeats: endPlan.total,
    approvedSeatsByArea: { ...endPlan.areas },
    occupancy,
    months,
    participants,
    entries: sum((m) => m.entries),
    entriesByArea,
    exits: exits.exits,
    exitsByReason: exits.exitsByReason,
    exitsByGroup: exits.exitsByGroup,
    integrationExits,
    integrationRate: ratio(integrationExits, exits.exits),
    exitsWithoutRegularEnd,
    integrationRateWithoutRegularEnd: ratio(integrationExits, exitsWithoutRegularEnd),
    lengthOfStay: {
      stays: stays.length,
      averageDays: oneDecimal(
        ratio(
          stays.reduce((s, d) => s + d, 0),
          stays.length,
        ),
      ),
      medianDays: median(stays),
    },
    workedMinutes: sum((m) => m.workedMinutes),
    workedDays,
    assignedWorkingDays,
    attendanceRate: ratio(workedDays, assignedWorkingDays),
    allowanceCents: sum((m) => m.allowanceCents),
    absenceDays,
    unexcusedDays: absenceDays.unexcused,
    absenceRates: Object.fromEntries(
      ABSENCE_CODES.map((c) => [c, ratio(absenceDays[c], assignedWorkingDays)]),
    ) as Record<AbsenceCode, number>,
    absentDays,
    absenceRate: ratio(absentDays, assignedWorkingDays),
  };
}
