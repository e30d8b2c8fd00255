// The demo's certification dates of the § 45 measure: the concept, renewed three years ago and due
// again in about a year and a half, and the annual audit, due in the demo week (so `insat due`
// shows it), each with the last time it was done.
import { addDays, addMonths, isoWeekday, maxDate, type IsoDate } from '../model/dates.js';
import type { Certification, MainData } from '../model/types.js';

export function demoCertifications(main: MainData, today: IsoDate): void {
  const auditDue = maxDate(today, addDays(today, 5 - isoWeekday(today)));
  const conceptDue = addMonths(today, 19);
  const dated = (kind: Certification['kind'], due: IsoDate, everyMonths: number, note: string, n: number) => ({
    id: `z00${n}`,
    kind,
    due,
    everyMonths,
    note,
    done: [{ due: addMonths(due, -everyMonths), date: addMonths(due, -everyMonths) }],
    created: addMonths(due, -everyMonths - 1),
  });
  main.certifications = [
    dated('concept', conceptDue, 36, 'Zertifizierungsstelle (fachkundige Stelle nach AZAV)', 1),
    dated('audit', auditDue, 12, 'Überwachungsaudit', 2),
  ];
  main.counters.certification = main.certifications.length;
}
