// The words of `insat absences` (the monthly absence report for the Jobcenter) and of its flags
// (src/model/absences.ts).
import type { IsoDate } from '../../model/dates.js';
import { fmt } from './format.js';

const s = (n: number) => (n === 1 ? '' : 's');

/** "02.11.–04.11.2026", one day as it is. */
function span(dates: readonly IsoDate[]): string {
  if (dates.length === 1) return fmt.date(dates[0]!);
  return `${fmt.date(dates[0]!)}–${fmt.date(dates[dates.length - 1]!)}`;
}

export const absences = {
  description:
    "the monthly absence report for the Jobcenter (§ 61 SGB II): each participant's absence days by category, with flags",
  optMonth: 'the month',
  optParticipant: 'one participant',
  optAllowGaps: 'report a month that still has working days nobody booked (they show as not booked)',
  helpAfter: `
Categories: certified sick (sick-certified), sick without a certificate yet (sick), excused, unexcused;
leave (holiday) and closing days (closed) apart. Reason categories only, never a diagnosis.
Flags (facts for the Jobcenter, not refusals): sickness without a certificate beyond the 3rd calendar
day of a spell; more than 14 calendar days of sickness in a row; leave taken beyond what was earned
(leaveDaysPerFullMonth days per full month of participation, a setting).
A working day with a seat that nobody booked is "not booked" (nicht erfasst), never an absence: a
month with such days before today is refused (exit 3) until they are booked — 'insat hours missing
--month M' lists them — or --allow-gaps reports them in the column 'not booked'.`,
  askMonth: 'Month (YYYY-MM)',
  monthFormat: 'use YYYY-MM',
  /** The report's categories (AbsenceCategory). */
  categories: {
    'certified-sick': 'certified sick',
    'sick-no-certificate': 'sick, no certificate',
    excused: 'excused',
    unexcused: 'unexcused',
    leave: 'leave',
    closed: 'closing day',
  } as Record<string, string>,
  unbookedWhat: (days: number, month: string, people: number) =>
    `${days} assigned working day${s(days)} of ${month} nobody booked (${people} participant${s(people)})`,
  unbookedRefused: (what: string, month: string) =>
    `${what}: the absence report would be incomplete — book them first ('insat hours missing --month ${month}' lists them), or pass --allow-gaps to report them as not booked`,
  unbookedReported: (what: string) => `${what}: reported as not booked, never as absence`,
  columns: {
    id: 'id',
    name: 'name',
    area: 'area',
    sickCertified: 'certified sick',
    sick: 'sick, no certificate',
    excused: 'excused',
    unexcused: 'unexcused',
    leave: 'leave',
    closed: 'closing days',
    absenceDays: 'absence days',
    notBooked: 'not booked',
    leaveEarned: 'leave earned',
    leaveTaken: 'leave taken',
    leaveLeft: 'leave left',
    days: 'days',
    flags: 'flags',
  },
  heading: (from: IsoDate, to: IsoDate, participants: number, absenceDays: number, closed: number) =>
    `absence report ${fmt.date(from)}–${fmt.date(to)}: ${participants} participants, ${absenceDays} absence days on working days (closing days apart: ${closed}); reason categories only, never a diagnosis`,
  notBooked: (days: number) =>
    `${days} working day${s(days)} not booked (column 'not booked'): neither present nor absent`,
  noFlags: 'no flags',
  flagCount: (n: number) => `${n} flag${s(n)}:`,
  // the flags (src/model/absences.ts)
  sickWithoutCertificate: (id: string, late: readonly IsoDate[], due: IsoDate) =>
    `${id}: sick without a medical certificate beyond the 3rd calendar day on ${late.length} day${late.length > 1 ? 's' : ''} (${span(late)}); the certificate was due by ${fmt.date(due)}`,
  longSickness: (id: string, days: number, from: IsoDate, to: IsoDate) =>
    `${id}: sick for ${days} calendar days in a row (${fmt.date(from)}–${fmt.date(to)}), more than 14 — report it to the Jobcenter`,
  leaveBeyondEarned: (id: string, over: readonly IsoDate[], taken: number, earned: number, on: IsoDate) =>
    `${id}: ${over.length} leave day${over.length > 1 ? 's' : ''} beyond what was earned (${span(over)}): ${taken} taken, ${earned} earned by ${fmt.date(on)}`,
};
