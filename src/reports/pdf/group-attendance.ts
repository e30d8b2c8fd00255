// The attendance list of the activation measure (§ 16 SGB II with § 45 SGB III): one page per
// offer — date, topic, time, leader, each participant present or absent with the reason — and the
// lines the participants and the leader sign. Nothing of what was said in the offer.
import { ABSENCE_LABELS_DE } from '../../model/attendance.js';
import { formatDateDe, isoWeekday, type IsoDate } from '../../model/dates.js';
import { attendanceCounts, formatClock, offerMinutes } from '../../model/groups.js';
import { formatHoursDe } from '../../model/durations.js';
import { AREA_LABELS, type GroupKind, type GroupOffer, type Settings } from '../../model/types.js';
import { monthDe, weekdayDe } from '../german.js';
import { createDocument } from './document.js';

export const GROUP_KIND_DE: Record<GroupKind, string> = {
  lesson: 'Unterricht',
  group: 'Gruppenangebot',
  excursion: 'Exkursion',
};

export async function groupAttendancePdf(
  offers: GroupOffer[],
  names: ReadonlyMap<string, string>,
  settings: Settings,
  today: IsoDate,
  month: string,
): Promise<{ pdf: Buffer; pages: number }> {
  const title = `Teilnahmeliste Unterricht und Gruppenangebote ${monthDe(month)}`;
  const doc = await createDocument({
    title,
    subject: `${title} – Aktivierungsmaßnahme nach § 16 SGB II i. V. m. § 45 SGB III`,
    footer: `Teilnahmeliste ${monthDe(month)}`,
    today,
    settings,
    letterhead: 'every',
    compactLetterhead: true,
  });
  offers.forEach((o, i) => {
    if (i > 0) doc.newPage();
    doc.title(
      `Teilnahmeliste: ${GROUP_KIND_DE[o.kind]}`,
      'Aktivierungsmaßnahme nach § 16 SGB II i. V. m. § 45 SGB III',
      14,
    );
    doc.fields(
      [
        ['Thema', o.topic],
        ['Datum', `${weekdayDe(isoWeekday(o.date))}, ${formatDateDe(o.date)}`],
        [
          'Zeit',
          `${formatClock(o.fromMinutes)}–${formatClock(o.toMinutes)} Uhr (${formatHoursDe(offerMinutes(o))} Std.)`,
        ],
        ['Leitung', o.ledBy],
        ['Praxisbereich', o.area === 'all' ? 'alle' : AREA_LABELS[o.area]],
        ['Angebot', o.id],
      ],
      { columns: 2, labelWidth: 70, size: 9 },
    );
    const attendance = o.attendance ?? [];
    const rows = attendance.map((a) => [
      names.get(a.participantId) ?? a.participantId,
      a.participantId,
      a.absence ? 'abwesend' : 'anwesend',
      a.absence ? ABSENCE_LABELS_DE[a.absence] : '',
      '',
    ]);
    const { present } = attendanceCounts(attendance);
    doc.table({
      columns: [
        { header: 'Teilnehmer/in', width: 30 },
        { header: 'Nr.', width: 8 },
        { header: 'Teilnahme', width: 12 },
        { header: 'Grund', width: 20 },
        { header: 'Unterschrift', width: 30 },
      ],
      rows: rows.length ? rows : [['Teilnahme noch nicht erfasst', '', '', '', '']],
      fontSize: 9,
      padding: 5,
    });
    doc.paragraph(
      attendance.length
        ? `Anwesend: ${present} von ${attendance.length}. Die Zeit im Unterricht und in Gruppenangeboten ist keine Arbeitszeit der Arbeitsgelegenheit; eine Mehraufwandsentschädigung wird dafür nicht gezahlt.`
        : 'Die Teilnahme wird nach dem Angebot erfasst.',
      { size: 8.5, gap: 4 },
    );
    doc.signatures(['Datum, Unterschrift Leitung', 'Datum, Unterschrift Träger']);
  });
  const pages = doc.pageCount;
  return { pdf: await doc.finish(), pages };
}
