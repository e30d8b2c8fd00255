// Medical certificates missing: the absence report's flag (absences.ts, missingCertificate) for
// the sick spells of assignments running today — the certificate was due by the 3rd calendar day
// and days after it are still booked `sick`. Open until they are booked `sick-certified`, or until
// the absence report of the month of the last such day is due (it then goes out as "sick, no
// certificate").
import { missingCertificate, sickSpells } from '../absences.js';
import { lastDay } from '../assignment.js';
import { groupBy } from '../collections.js';
import type { Booking, MainData } from '../types.js';
import { absenceReportDue } from './absence-report.js';
import { dueItem, type DueItem, type DueWindow } from './item.js';
import { nameOf } from './names.js';

export function sickCertificateItems(main: MainData, bookings: readonly Booking[], w: DueWindow): DueItem[] {
  const running = main.assignments.filter((a) => a.start <= w.today && lastDay(a) >= w.today);
  if (running.length === 0) return [];
  const name = nameOf(main);
  const ids = new Set(running.map((a) => a.personId));
  const byPerson = groupBy(
    bookings.filter((b) => ids.has(b.participantId) && b.date <= w.today),
    (b) => b.participantId,
  );
  const out: DueItem[] = [];
  for (const a of running) {
    const mine = (byPerson.get(a.personId) ?? []).filter((b) => b.date >= a.start);
    for (const spell of sickSpells(mine, main.settings.closingDays)) {
      const missing = missingCertificate(spell);
      if (missing.dates.length === 0 || missing.due > w.to) continue;
      if (absenceReportDue(main.settings, missing.dates[missing.dates.length - 1]!.slice(0, 7)) < w.today) continue;
      out.push(
        dueItem('sick-certificate', missing.due, w, [a.personId], name(a.personId), (m) =>
          m.due.sickCertificate(spell.from, missing.dates.length),
        ),
      );
    }
  }
  return out;
}
