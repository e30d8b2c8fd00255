// `insat due` and the deadline rules (src/model/due).
import type { IsoDate } from '../../model/dates.js';
import { fmt } from './format.js';

export const due = {
  description:
    'what is due soon, soonest first, overdue first: assignment ends, progress reports, AGH limits, the absence report, leave, the application, certification dates, certificates, applicants (exit 0, never prompts: for cron)',
  optWithin: 'how far ahead: 4w (default), 8w, 30d',
  optDate: 'list as of this day instead of today',
  badWithin: (value: string) =>
    `--within '${value}' is not a span — use weeks or days, e.g. 4w, 8w or 30d (at most 366 days)`,
  columns: { date: 'date', status: 'status', kind: 'kind', subject: 'subject', ids: 'ids', detail: 'detail' },
  overdue: 'overdue',
  nothing: (from: IsoDate, to: IsoDate) =>
    `Nothing is due from ${fmt.date(from)} to ${fmt.date(to)}, and nothing is overdue.`,
  summary: (count: number, overdue: number, from: IsoDate, to: IsoDate) =>
    `${fmt.count(count, 'item', 'items')} due up to ${fmt.date(to)} (from ${fmt.date(from)})${overdue ? `, ${overdue} of them overdue` : ''}.`,
  /** `insat check`'s warning about an overdue item. */
  overdueWarning: (kind: string, date: IsoDate, subject: string, detail: string) =>
    `${kind} overdue since ${fmt.date(date)}: ${subject} — ${detail}`,
  kinds: {
    certification: 'certification',
    application: 'annual application',
    'absence-report': 'absence report',
    'assignment-end': 'assignment ends',
    'progress-report': 'progress report',
    'agh-limit': 'AGH time limit',
    'leave-lapse': 'leave lapses',
    'sick-certificate': 'sick certificate',
    applicant: 'applicant',
  },
  certificationKinds: { concept: 'concept renewal', audit: 'annual audit' },
  month: (month: string) => fmt.month(month),
  assignmentEnd: (until: IsoDate, weeks: number) =>
    `the assignment ends on ${fmt.date(until)}: the final report or the extension request to the Jobcenter is due ${fmt.count(weeks, 'week', 'weeks')} before`,
  progressReport: (id: string, from: IsoDate, to: IsoDate) =>
    `progress report for the Jobcenter on ${fmt.range(from, to)}: insat report progress ${id} --from ${from} --to ${to}`,
  aghBaseLimit: (months: number, frameFrom: IsoDate, decided: IsoDate | null) =>
    decided
      ? `reaches ${months} months of AGH (5 years from ${fmt.date(frameFrom)}); the Jobcenter's decision of ${fmt.date(decided)} allows more`
      : `reaches ${months} months of AGH (5 years from ${fmt.date(frameFrom)}): a longer stay needs the Jobcenter's decision`,
  aghMaxLimit: (months: number, frameFrom: IsoDate) =>
    `reaches ${months} months of AGH (5 years from ${fmt.date(frameFrom)}): no further extension is possible`,
  absenceReport: (month: string) =>
    `the monthly absence report (§ 61 SGB II) for ${fmt.month(month)} to the Jobcenter: insat absences --month ${month}`,
  leaveLapse: (left: number, earned: number, taken: number) =>
    `${fmt.count(left, 'day', 'days')} of leave left (${earned} earned, ${taken} taken) lapse when the assignment ends`,
  application: (year: number) =>
    `the annual application for ${year} to the Jobcenter: insat report application --year ${year}`,
  certification: (id: string, label: string, note: string) =>
    `${label} of the § 45 measure${note ? ` (${note})` : ''}; when done: insat certification done ${id} --date D`,
  sickCertificate: (from: IsoDate, days: number) =>
    `sick since ${fmt.date(from)}; no medical certificate for ${fmt.count(days, 'day', 'days')} after the 3rd calendar day — book them sick-certified once it is in`,
  scheduleAppointment: (id: string, contact: IsoDate) =>
    `first contact on ${fmt.date(contact)}: schedule the information appointment (insat applicant schedule ${id} --info-date D)`,
  appointment: (id: string) =>
    `information appointment: record the attendance (insat applicant attended ${id}) or schedule it again`,
  decision: (id: string, appointment: IsoDate) =>
    `attended the information appointment on ${fmt.date(appointment)}: the Jobcenter's decision is due (insat applicant decide ${id} --suitable|--unsuitable --by NAME)`,
};
