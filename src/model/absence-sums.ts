// Sums of absence days by code. Two different figures go by "absence days": every day booked with
// an absence code (the attendance sheet's and progress report's total, leave and closing days
// included), and the days absent from work that make the absence rate (leave and closing days are
// no absence from work).
import { ABSENCE_CODES, type AbsenceCode } from './types.js';

/** Absence codes that count as absence from work in the absence rate (leave and closing days do not). */
export const ABSENCE_RATE_CODES: readonly AbsenceCode[] = ['sick', 'sick-certified', 'excused', 'unexcused'];

function sumOf(counts: Readonly<Record<AbsenceCode, number>>, codes: readonly AbsenceCode[]): number {
  return codes.reduce((n, c) => n + counts[c], 0);
}

/** Every day booked with an absence code: sickness, excused, unexcused, leave and closing days. */
export function bookedAbsenceDays(counts: Readonly<Record<AbsenceCode, number>>): number {
  return sumOf(counts, ABSENCE_CODES);
}

/** Days absent from work: sickness, excused and unexcused (ABSENCE_RATE_CODES) — what the absence rate counts. */
export function absentFromWorkDays(counts: Readonly<Record<AbsenceCode, number>>): number {
  return sumOf(counts, ABSENCE_RATE_CODES);
}
