// The notice of free seats to the Jobcenter (Platzfreimeldung): per area the seats free and from
// which day, the seats freeing in the next 4 and 8 weeks, and the suitable applicants waiting with
// their customer numbers, for the Jobcenter to assign. Nobody's name but the applicants'.
import { formatDateDe, type IsoDate } from '../../model/dates.js';
import { AREA_LABELS, type Settings } from '../../model/types.js';
import type { FreeSeats, VacancyNotice } from '../../model/vacancy.js';
import { createDocument } from './document.js';

function seatsDe(n: number): string {
  return `${n} ${n === 1 ? 'Platz' : 'Plätze'}`;
}

function freeFromDe(list: readonly FreeSeats[]): string {
  return list.length ? list.map((f) => `${seatsDe(f.seats)} ab ${formatDateDe(f.from)}`).join('\n') : 'keiner';
}

/** 2 Plätze ab 01.12.2026, 1 Platz ab 15.12.2026 (the days sorted) */
function freeingDe(days: readonly IsoDate[]): string {
  const counts = new Map<IsoDate, number>();
  for (const d of days) counts.set(d, (counts.get(d) ?? 0) + 1);
  return days.length ? [...counts].map(([d, n]) => `${seatsDe(n)} ab ${formatDateDe(d)}`).join('\n') : 'keine';
}

export async function vacancyNoticePdf(
  notice: VacancyNotice,
  settings: Settings,
  today: IsoDate,
): Promise<{ pdf: Buffer; pages: number }> {
  const date = formatDateDe(notice.date);
  const doc = await createDocument({
    title: `Platzfreimeldung ${date}`,
    subject: `Meldung freier Plätze – ${settings.provider.measureName}, Stand ${date}`,
    footer: `Platzfreimeldung ${date}`,
    today,
    settings,
    letterhead: 'first',
  });
  doc.title(
    'Platzfreimeldung',
    `Freie und frei werdende Plätze in der Arbeitsgelegenheit ${settings.provider.measureName} · Stand\u00a0${date}`,
  );
  const { total } = notice;
  doc.paragraph(
    `Wir melden Ihnen die freien und in den nächsten acht Wochen frei werdenden Plätze unserer Arbeitsgelegenheit nach § 16d SGB II (${seatsDe(total.free)} frei am ${date}) und bitten um die Zuweisung geeigneter Teilnehmerinnen und Teilnehmer.`,
  );
  doc.section('Plätze je Praxisbereich');
  doc.table({
    columns: [
      { header: 'Praxisbereich', width: 22 },
      { header: 'Plätze', width: 11, align: 'right' },
      { header: 'belegt', width: 11, align: 'right' },
      { header: `frei am ${date}`, width: 16, align: 'right' },
      { header: 'frei werdend in 4 Wochen', width: 20, align: 'right' },
      { header: 'frei werdend in 8 Wochen', width: 20, align: 'right' },
    ],
    rows: [
      ...notice.areas.map((a) => [
        AREA_LABELS[a.area],
        String(a.capacity),
        String(a.occupied),
        String(a.free),
        String(a.freeingIn4Weeks),
        String(a.freeingIn8Weeks),
      ]),
      [
        'Insgesamt',
        String(total.capacity),
        String(total.occupied),
        String(total.free),
        String(total.freeingIn4Weeks),
        String(total.freeingIn8Weeks),
      ],
    ],
    totalRows: [notice.areas.length],
  });
  doc.section('Ab wann die Plätze frei sind');
  doc.table({
    columns: [
      { header: 'Praxisbereich', width: 22 },
      { header: `frei ab (durchgehend bis ${formatDateDe(notice.horizon)})`, width: 39 },
      { header: 'frei werdend ab (Ende einer Zuweisung)', width: 39 },
    ],
    rows: notice.areas.map((a) => [AREA_LABELS[a.area], freeFromDe(a.freeFrom), freeingDe(a.freeingOn)]),
  });
  doc.paragraph(
    'Ein Platz gilt ab einem Tag als frei, wenn ihn bis zum Ende der acht Wochen keine bereits vereinbarte Zuweisung belegt. Frei werdende Plätze: Zuweisungen, die in den nächsten acht Wochen enden; der Platz ist ab dem Tag danach frei.',
    { size: 8, muted: true },
  );
  doc.section('Geeignete Bewerberinnen und Bewerber auf der Warteliste');
  if (notice.waiting.length === 0)
    doc.paragraph('Derzeit stehen keine geeigneten Bewerberinnen und Bewerber auf der Warteliste.');
  else {
    doc.paragraph(
      'Nach dem Informationstermin beim Träger als geeignet eingeschätzt; sie können nach Ihrer Zuweisung beginnen.',
      { size: 9 },
    );
    doc.table({
      columns: [
        { header: 'Kunden-Nr.', width: 22 },
        { header: 'Name', width: 48 },
        { header: 'geeignet seit', width: 30 },
      ],
      rows: notice.waiting.map((w) => [w.jobcenterCustomerNo || 'nicht erfasst', w.name, formatDateDe(w.since)]),
    });
  }
  if (settings.provider.contactPerson)
    doc.paragraph(`Ansprechpartner/in beim Träger: ${settings.provider.contactPerson}`, { size: 9 });
  doc.signatures(['Datum, Unterschrift Träger']);
  const pages = doc.pageCount;
  return { pdf: await doc.finish(), pages };
}
