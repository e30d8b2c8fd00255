// Every text of the due list in one place (the German catalogue replaces these words, not the rules).
import type { IsoDate } from '../dates.js';
import type { CertificationKind } from '../types.js';
import type { DueKind } from './item.js';

export const DUE_KIND_LABELS: Record<DueKind, string> = {
  certification: 'certification',
  application: 'annual application',
  'absence-report': 'absence report',
  'assignment-end': 'assignment ends',
  'progress-report': 'progress report',
  'agh-limit': 'AGH time limit',
  'leave-lapse': 'leave lapses',
  'sick-certificate': 'sick certificate',
  applicant: 'applicant',
};

export const CERTIFICATION_LABELS: Record<CertificationKind, string> = {
  concept: 'concept renewal',
  audit: 'annual audit',
};

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export const dueWording = {
  assignmentEnd: (until: IsoDate, weeks: number) =>
    `the assignment ends on ${until}: the final report or the extension request to the Jobcenter is due ${plural(weeks, 'week')} before`,
  progressReport: (id: string, from: IsoDate, to: IsoDate) =>
    `progress report for the Jobcenter on ${from} – ${to}: insat report progress ${id} --from ${from} --to ${to}`,
  aghBaseLimit: (months: number, frameFrom: IsoDate, decided: IsoDate | null) =>
    decided
      ? `reaches ${months} months of AGH (5 years from ${frameFrom}); the Jobcenter's decision of ${decided} allows more`
      : `reaches ${months} months of AGH (5 years from ${frameFrom}): a longer stay needs the Jobcenter's decision`,
  aghMaxLimit: (months: number, frameFrom: IsoDate) =>
    `reaches ${months} months of AGH (5 years from ${frameFrom}): no further extension is possible`,
  absenceReport: (month: string) =>
    `the monthly absence report (§ 61 SGB II) for ${month} to the Jobcenter: insat absences --month ${month}`,
  leaveLapse: (left: number, earned: number, taken: number) =>
    `${plural(left, 'day')} of leave left (${earned} earned, ${taken} taken) lapse when the assignment ends`,
  application: (year: number) =>
    `the annual application for ${year} to the Jobcenter: insat report application --year ${year}`,
  certification: (id: string, kind: CertificationKind, note: string) =>
    `${CERTIFICATION_LABELS[kind]} of the § 45 measure${note ? ` (${note})` : ''}; when done: insat certification done ${id} --date D`,
  sickCertificate: (from: IsoDate, days: number) =>
    `sick since ${from}; no medical certificate for ${plural(days, 'day')} after the 3rd calendar day — book them sick-certified once it is in`,
  scheduleAppointment: (id: string, contact: IsoDate) =>
    `first contact on ${contact}: schedule the information appointment (insat applicant schedule ${id} --info-date D)`,
  appointment: (id: string) =>
    `information appointment: record the attendance (insat applicant attended ${id}) or schedule it again`,
  decision: (id: string, appointment: IsoDate) =>
    `attended the information appointment on ${appointment}: the Jobcenter's decision is due (insat applicant decide ${id} --suitable|--unsuitable --by NAME)`,
};
