// Applicants waiting for the next step of the entry pipeline (DOMAIN.md "entry path"): an
// information appointment within `applicantDays` days of the first contact; on its day, the
// attendance; within `applicantDays` days after it, the Jobcenter's decision. Open until the step
// is recorded, the person withdraws or is enrolled. Free seats are refilled promptly.
import { addDays } from '../dates.js';
import type { MainData } from '../types.js';
import { dueItem, type DueItem, type DueWindow } from './item.js';
import { dueSettings } from './settings.js';
import { dueWording } from './wording.js';

export function applicantItems(main: MainData, w: DueWindow): DueItem[] {
  const days = dueSettings(main.settings).applicantDays;
  const enrolled = new Set(main.assignments.map((a) => a.personId));
  const out: DueItem[] = [];
  for (const p of main.people) {
    if (p.purged || p.withdrawn || p.decision || enrolled.has(p.id)) continue;
    const [date, detail] = !p.infoAppointment
      ? [addDays(p.contactDate, days), dueWording.scheduleAppointment(p.id, p.contactDate)]
      : !p.attended
        ? [p.infoAppointment, dueWording.appointment(p.id)]
        : [addDays(p.infoAppointment, days), dueWording.decision(p.id, p.infoAppointment)];
    if (date <= w.to) out.push(dueItem('applicant', date, w, [p.id], p.name, detail));
  }
  return out;
}
