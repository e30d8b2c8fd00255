// The month's absence report as `insat absences` and the letter `insat report absences` both
// compute it: the same bookings, the same model function, once per run.
import { absenceReport, reportBookingsFrom, type AbsenceReport } from '../../model/absences.js';
import { monthPeriod, type IsoDate } from '../../model/dates.js';
import type { Store } from '../../store/store.js';

export async function monthAbsenceReport(
  store: Store,
  month: string,
  participant: string | undefined,
  today: IsoDate,
): Promise<AbsenceReport> {
  // spells and leave balances reach back to the start of the assignments in the month (≤ 3 years)
  const bookings = await store.bookingsBetween(reportBookingsFrom(store.main, month), monthPeriod(month).to);
  return absenceReport(store.main, month, bookings, participant, today);
}
