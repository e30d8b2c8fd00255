import type { due as en } from '../en/due.js';
import { fmt } from './format.js';

export const due: typeof en = {
  description:
    'was bald fällig ist, das Nächste zuerst, Überfälliges oben: Zuweisungsenden, Verlaufsberichte, AGH-Höchstdauer, Fehlzeitenmeldung, Urlaub, Antrag, Zertifizierungstermine, AU-Bescheinigungen, Interessierte (Exit 0, fragt nie nach: für cron)',
  optWithin: 'wie weit voraus: 4w (Standard), 8w, 30d',
  optDate: 'Stand an diesem Tag statt heute',
  badWithin: (value) =>
    `--within '${value}' ist keine Zeitspanne — Wochen oder Tage angeben, z. B. 4w, 8w oder 30d (höchstens 366 Tage)`,
  columns: { date: 'fällig am', status: 'Status', kind: 'was', subject: 'wer / was', ids: 'IDs', detail: 'zu tun' },
  overdue: 'überfällig',
  nothing: (from, to) => `Vom ${fmt.date(from)} bis ${fmt.date(to)} ist nichts fällig und nichts überfällig.`,
  summary: (count, overdue, from, to) =>
    `${fmt.count(count, 'Eintrag', 'Einträge')} fällig bis ${fmt.date(to)} (ab ${fmt.date(from)})${overdue ? `, davon ${overdue} überfällig` : ''}.`,
  overdueWarning: (kind, date, subject, detail) => `${kind} überfällig seit ${fmt.date(date)}: ${subject} — ${detail}`,
  kinds: {
    certification: 'Zertifizierung',
    application: 'Jahresantrag',
    'absence-report': 'Fehlzeitenmeldung',
    'assignment-end': 'Zuweisung endet',
    'progress-report': 'Verlaufsbericht',
    'agh-limit': 'AGH-Höchstdauer',
    'leave-lapse': 'Urlaub verfällt',
    'sick-certificate': 'AU-Bescheinigung',
    applicant: 'Interessierte/r',
  },
  certificationKinds: { concept: 'Konzept-Rezertifizierung', audit: 'jährliches Überwachungsaudit' },
  month: (month) => fmt.month(month),
  assignmentEnd: (until, weeks) =>
    `die Zuweisung endet am ${fmt.date(until)}: Abschlussbericht oder Verlängerungsantrag an das Jobcenter ${fmt.count(weeks, 'Woche', 'Wochen')} vorher`,
  progressReport: (id, from, to) =>
    `Verlaufsbericht für das Jobcenter über ${fmt.range(from, to)}: insat report progress ${id} --from ${from} --to ${to}`,
  aghBaseLimit: (months, frameFrom, decided) =>
    decided
      ? `erreicht ${months} Monate AGH (5 Jahre ab ${fmt.date(frameFrom)}); die Entscheidung des Jobcenters vom ${fmt.date(decided)} erlaubt mehr`
      : `erreicht ${months} Monate AGH (5 Jahre ab ${fmt.date(frameFrom)}): ein längerer Verbleib braucht die Entscheidung des Jobcenters`,
  aghMaxLimit: (months, frameFrom) =>
    `erreicht ${months} Monate AGH (5 Jahre ab ${fmt.date(frameFrom)}): keine weitere Verlängerung möglich`,
  absenceReport: (month) =>
    `die monatliche Fehlzeitenmeldung (§ 61 SGB II) für ${fmt.month(month)} an das Jobcenter: insat absences --month ${month}`,
  leaveLapse: (left, earned, taken) =>
    `${fmt.count(left, 'Urlaubstag', 'Urlaubstage')} übrig (${earned} erworben, ${taken} genommen) verfallen mit dem Ende der Zuweisung`,
  application: (year) => `der Jahresantrag für ${year} an das Jobcenter: insat report application --year ${year}`,
  certification: (id, label, note) =>
    `${label} der Maßnahme nach § 45 SGB III${note ? ` (${note})` : ''}; wenn erledigt: insat certification done ${id} --date D`,
  sickCertificate: (from, days) =>
    `krank seit ${fmt.date(from)}; für ${fmt.count(days, 'Tag', 'Tage')} nach dem 3. Kalendertag fehlt die AU-Bescheinigung — nach Eingang als krank mit AU buchen (--absent krank-au --replace)`,
  scheduleAppointment: (id, contact) =>
    `Erstkontakt am ${fmt.date(contact)}: Informationstermin vereinbaren (insat applicant schedule ${id} --info-date D)`,
  appointment: (id) => `Informationstermin: Teilnahme eintragen (insat applicant attended ${id}) oder neu vereinbaren`,
  decision: (id, appointment) =>
    `Informationstermin am ${fmt.date(appointment)} besucht: die Entscheidung des Jobcenters steht aus (insat applicant decide ${id} --suitable|--unsuitable --by NAME)`,
};
