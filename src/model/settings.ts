// Dated settings: the value valid on a day is the last entry whose `from` is on or before it.
import type { IsoDate } from './dates.js';
import type { Area, RatePeriod, SeatPlan, Settings } from './types.js';
import { violation, type Violation } from './violations.js';
import { AREAS } from './types.js';

export function validOn<T extends { from: IsoDate }>(entries: readonly T[], date: IsoDate): T | null {
  let found: T | null = null;
  for (const e of entries) if (e.from <= date && (!found || e.from >= found.from)) found = e;
  return found;
}

export function seatPlanOn(settings: Settings, date: IsoDate): SeatPlan {
  return validOn(settings.seats, date) ?? { from: date, total: 0, areas: { holz: 0, kueche: 0, gestaltung: 0 } };
}

export function capacityOn(settings: Settings, date: IsoDate, area?: Area): number {
  const plan = seatPlanOn(settings, date);
  return area ? plan.areas[area] : plan.total;
}

export function rateOn(settings: Settings, date: IsoDate): RatePeriod | null {
  return validOn(settings.rates, date);
}

/** Participants at the same time, at most (DOMAIN.md: up to 33 seats). */
export const PROGRAMME_SEATS = 33;

/** Settings that contradict the programme (seats per area above the total, bounds reversed …). */
export function settingsViolations(settings: Settings): Violation[] {
  const out: Violation[] = [];
  for (const plan of settings.seats) {
    const sum = AREAS.reduce((s, a) => s + plan.areas[a], 0);
    if (sum > plan.total) {
      out.push(violation('seats-per-area', (m) => m.settings.seatsPerArea(plan.from, sum, plan.total)));
    }
    if (plan.total > PROGRAMME_SEATS) {
      out.push(
        violation('programme-capacity', (m) => m.settings.programmeCapacity(plan.from, plan.total, PROGRAMME_SEATS)),
      );
    }
  }
  const { min, max } = settings.weeklyHours;
  if (min > max) out.push(violation('weekly-hours-bounds', (m) => m.settings.weeklyHoursBounds(min, max)));
  if (settings.dailyMaxMinutes <= 0 || settings.dailyMaxMinutes > 24 * 60) {
    out.push(violation('daily-maximum', (m) => m.settings.dailyMaximum(settings.dailyMaxMinutes)));
  }
  const rateDays = new Set<string>();
  for (const r of settings.rates) {
    if (rateDays.has(r.from)) out.push(violation('rate-history', (m) => m.settings.twoRates(r.from)));
    rateDays.add(r.from);
  }
  return out;
}

/** The cost-plan lines a flat rate may name (data/work-areas.json labels each; German aliases too). */
export const FLAT_RATE_KEYS = [
  'personnel',
  'personal',
  'material',
  'rent',
  'miete',
  'insurance',
  'office',
  'verwaltung',
  'income',
  'erloese',
] as const;

const CONTACT_KEYS = ['name', 'street', 'city', 'phone', 'email', 'contactPerson'];

/** The closed list of keys `config set` accepts: anything else would end up in a document. */
export const SETTING_KEYS: readonly string[] = [
  'seats.total',
  ...AREAS.map((a) => `seats.${a}`),
  'weeklyHours.min',
  'weeklyHours.max',
  'dailyMax',
  'leaveDaysPerFullMonth',
  'closingDays',
  ...[...CONTACT_KEYS, 'measureName', 'measureNumber'].map((k) => `provider.${k}`),
  ...CONTACT_KEYS.map((k) => `jobcenter.${k}`),
  'caseloadTarget',
  'customerTypes',
  ...AREAS.map((a) => `workKinds.${a}`),
  ...FLAT_RATE_KEYS.map((k) => `flatRate.${k}`),
  'aghCap.warnWeeksAhead',
  'bookingGraceDays',
  'language',
  'absenceReportLayout',
  'retention.notesYearsAfterExit',
  'retention.recordsYearsAfterFundingYear',
  'retention.applicantsMonthsAfterDecision',
  'due.assignmentEndWeeks',
  'due.progressReportMonths',
  'due.absenceReportDay',
  'due.applicationDeadline',
  'due.applicantDays',
];

export function isSettingKey(key: string): boolean {
  return SETTING_KEYS.includes(key);
}
