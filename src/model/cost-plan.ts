// The cost plan of the annual application: the allowance volume (seats × planned hours × the rate
// valid on each day of the year) and the settings' flat rates per seat and month. Also the list
// of settings the application cannot do without. Pure: settings and a year in, figures out.
import { plannedDailyMinutes } from './booking.js';
import { eachDay, isoOf, type IsoDate } from './dates.js';
import { isWorkingDay } from './holidays.js';
import { roundHalfUp, type Cents } from './money.js';
import { type Minutes } from './durations.js';
import { rateOn, seatPlanOn } from './settings.js';
import { instructorNamesOfYear, staffOfYear } from './staff.js';
import { AREAS, type Area, type SeatPlan, type Settings, type StaffMember } from './types.js';
import { compareText } from './compare.js';

export interface AllowanceLine {
  area: Area;
  /** Seats on 1 January (see `seatPlans` for changes during the year). */
  seats: number;
  /** Seat-days on working days. */
  seatDays: number;
  plannedMinutes: Minutes;
  cents: Cents;
}

export interface FlatRateLine {
  key: string;
  centsPerSeatMonth: Cents;
  /** Seats of the plan valid on the first of each month, summed over the twelve months. */
  seatMonths: number;
  /** Positive; `income` lines are subtracted in the total. */
  cents: Cents;
  income: boolean;
}

export interface CostPlan {
  year: number;
  workingDays: number;
  /** Leave days a seat is assumed to take in the year (unpaid, so no allowance). */
  leaveDays: number;
  /** The planned weekly hours the volume is computed with: the configured maximum. */
  weeklyHours: number;
  plannedMinutesPerDay: Minutes;
  /** Planned hours of one seat over the year: (working days − leave days) × daily hours. */
  plannedMinutesPerSeat: Minutes;
  /** The rates valid during the year, each with the working days it applies to. */
  rates: { from: IsoDate; centsPerHour: Cents; workingDays: number }[];
  /** Seat plans valid during the year (the first one is valid on 1 January). */
  seatPlans: SeatPlan[];
  allowance: AllowanceLine[];
  allowanceCents: Cents;
  allowanceMinutes: Minutes;
  flatRates: FlatRateLine[];
  /** Material contributions paid by customers (income from products), estimated from a past year; subtracted. */
  materialIncome: { basisYear: number; cents: Cents } | null;
  totalCents: Cents;
}

export function costPlan(
  settings: Settings,
  year: number,
  incomeKeys: readonly string[] = [],
  materialIncome: { basisYear: number; cents: Cents } | null = null,
): CostPlan {
  const from = isoOf(year, 1, 1);
  const to = isoOf(year, 12, 31);
  const weeklyHours = settings.weeklyHours.max;
  const perDay = plannedDailyMinutes(weeklyHours);
  const days = [...eachDay(from, to)].filter((d) => isWorkingDay(d, settings.closingDays));
  const W = days.length;
  const leaveDays = Math.min(W, settings.leaveDaysPerFullMonth * 12);
  const seatDays: Record<Area, number> = { holz: 0, kueche: 0, gestaltung: 0 };
  const centSeatDays: Record<Area, number> = { holz: 0, kueche: 0, gestaltung: 0 };
  const rates = new Map<IsoDate, { from: IsoDate; centsPerHour: Cents; workingDays: number }>();
  for (const d of days) {
    const plan = seatPlanOn(settings, d);
    const rate = rateOn(settings, d);
    const cents = rate?.centsPerHour ?? 0;
    if (rate) {
      const r = rates.get(rate.from) ?? { from: rate.from, centsPerHour: cents, workingDays: 0 };
      r.workingDays++;
      rates.set(rate.from, r);
    }
    for (const a of AREAS) {
      seatDays[a] += plan.areas[a];
      centSeatDays[a] += plan.areas[a] * cents;
    }
  }
  const start = seatPlanOn(settings, from);
  // Leave is spread over the year: every seat-day counts (W − leave) / W of a planned day.
  const allowance = AREAS.map((area) => ({
    area,
    seats: start.areas[area],
    seatDays: seatDays[area],
    plannedMinutes: W === 0 ? 0 : roundHalfUp(seatDays[area] * perDay * (W - leaveDays), W),
    cents: W === 0 ? 0 : roundHalfUp(centSeatDays[area] * perDay * (W - leaveDays), 60 * W),
  }));
  let seatMonths = 0;
  for (let m = 1; m <= 12; m++) seatMonths += seatPlanOn(settings, isoOf(year, m, 1)).total;
  const flatRates = Object.entries(settings.flatRatesPerSeatMonth)
    .sort(([a], [b]) => compareText(a, b))
    .map(([key, c]) => ({
      key,
      centsPerSeatMonth: c,
      seatMonths,
      cents: c * seatMonths,
      income: incomeKeys.includes(key),
    }));
  const allowanceCents = allowance.reduce((s, l) => s + l.cents, 0);
  return {
    year,
    workingDays: W,
    leaveDays,
    weeklyHours,
    plannedMinutesPerDay: perDay,
    plannedMinutesPerSeat: perDay * (W - leaveDays),
    rates: [...rates.values()],
    seatPlans: [
      start,
      ...settings.seats.filter((p) => p.from > from && p.from <= to).sort((a, b) => compareText(a.from, b.from)),
    ],
    allowance,
    allowanceCents,
    allowanceMinutes: allowance.reduce((s, l) => s + l.plannedMinutes, 0),
    flatRates,
    materialIncome: materialIncome && materialIncome.cents > 0 ? materialIncome : null,
    totalCents:
      allowanceCents +
      flatRates.reduce((s, l) => s + (l.income ? -l.cents : l.cents), 0) -
      (materialIncome?.cents ?? 0),
  };
}

export interface SettingGap {
  key: string;
  /** The command that fills the gap. */
  fix: string;
}

/**
 * What the annual application needs from the settings and does not find. The application is never
 * printed with blanks: the command lists these and stops.
 */
export function applicationGaps(settings: Settings, year: number, staff: readonly StaffMember[] = []): SettingGap[] {
  const gaps: SettingGap[] = [];
  const need = (key: string, value: string, example: string) => {
    if (value.trim() === '') gaps.push({ key, fix: `insat config set ${key} ${example}` });
  };
  const p = settings.provider;
  need('provider.name', p.name, '"Krisenhilfe Bochum gGmbH"');
  need('provider.measureName', p.measureName, '"INSAT – Individuelle Schritte in Arbeit"');
  need('provider.measureNumber', p.measureNumber, '"NUMMER"');
  need('provider.street', p.street, '"STRASSE HAUSNUMMER"');
  need('provider.city', p.city, '"PLZ Bochum"');
  need('provider.phone', p.phone, '"0234 …"');
  need('provider.email', p.email, '"…@…"');
  need('provider.contactPerson', p.contactPerson, '"VORNAME NACHNAME"');
  const j = settings.jobcenter;
  need('jobcenter.name', j.name, '"Jobcenter Bochum"');
  need('jobcenter.street', j.street, '"STRASSE HAUSNUMMER"');
  need('jobcenter.city', j.city, '"PLZ Bochum"');
  const from = isoOf(year, 1, 1);
  const to = isoOf(year, 12, 31);
  const plans = [seatPlanOn(settings, from), ...settings.seats.filter((s) => s.from > from && s.from <= to)];
  for (const area of AREAS) {
    if (plans.some((pl) => pl.areas[area] > 0) && instructorNamesOfYear(staff, area, year).length === 0) {
      gaps.push({
        key: `staff.instructors.${area}`,
        fix: `insat staff add --name NAME --role instructor --area ${area} --from ${from}`,
      });
    }
  }
  if (!staffOfYear(staff, year).some((s) => s.role === 'social-worker'))
    gaps.push({ key: 'staff.socialWorkers', fix: `insat staff add --name NAME --role social-worker --from ${from}` });
  if (plans.every((pl) => pl.total === 0))
    gaps.push({ key: 'seats.total', fix: `insat config set seats.total 33 --from ${from}` });
  if (!rateOn(settings, from)) gaps.push({ key: 'rates', fix: `insat config rate set 2,00 --from ${from}` });
  return gaps;
}
