// Applicants waiting for the next step of the entry pipeline (DOMAIN.md "entry path"): an
// information appointment within `applicantDays` days of the first contact; on its day, the
// attendance; within `applicantDays` days after it, the Jobcenter's decision. Open until the step
// is recorded, the person withdraws or is enrolled. Free seats are refilled promptly.
import { addDays } from '../dates.js';
import type { Text } from '../../i18n/text.js';
import type { MainData } from '../types.js';
import { dueItem, type DueItem, type DueWindow } from './item.js';
import { dueSettings } from './settings.js';

export function applicantItems(main: MainData, w: DueWindow): DueItem[] {
  const days = dueSettings(main.settings).applicantDays;
  const enrolled = new Set(main.assignments.map((a) => a.personId));
  const out: DueItem[] = [];
  for (const p of main.people) {
    if (p.purged || p.withdrawn || p.decision || enrolled.has(p.id)) continue;
    const appointment = p.infoAppointment;
    const [date, detail]: [string, Text] = !appointment
      ? [addDays(p.contactDate, days), (m) => m.due.scheduleAppointment(p.id, p.contactDate)]
      : !p.attended
        ? [appointment, (m) => m.due.appointment(p.id)]
        : [addDays(appointment, days), (m) => m.due.decision(p.id, appointment)];
    if (date <= w.to) out.push(dueItem('applicant', date, w, [p.id], p.name, detail));
  }
  return out;
}
