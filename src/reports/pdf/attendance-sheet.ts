// The attendance sheet (Anwesenheitsliste): one page per person and month, every day with the
// hours worked or the absence, totals, and the lines participant and instructor sign.
import { ABSENCE_LABELS_DE, isUnbooked, type AttendanceDay, type AttendanceSheet } from '../../model/attendance.js';
import type { IsoDate } from '../../model/dates.js';
import { ABSENCE_CODES, AREA_LABELS, type Settings } from '../../model/types.js';
import { bookedAbsenceDays } from '../../model/absence-sums.js';
import { createDocument } from './document.js';
import { formatDateDe } from '../../model/dates.js';
import { formatHoursDe } from '../../model/durations.js';
import { monthDe, weekdayDe, weekdayPlanDe } from '../german.js';

function note(d: AttendanceDay, today: IsoDate): string {
  if (d.kind === 'outside') return 'keine Zuweisung';
  if (isUnbooked(d, today)) return 'nicht erfasst';
  if (d.holiday) return `Feiertag: ${d.holiday}`;
  if (d.kind === 'weekend') return '';
  if (d.kind === 'closing') return 'Schließtag des Trägers';
  if (d.kind === 'off') return 'kein Arbeitstag laut Wochenplan';
  return '';
}

function dayRow(d: AttendanceDay, today: IsoDate): string[] {
  const hours =
    d.minutes > 0 ? formatHoursDe(d.minutes) : d.absence === null && d.kind === 'working' && d.date <= today ? '–' : '';
  return [
    `${d.date.slice(8, 10)}.${d.date.slice(5, 7)}.`,
    weekdayDe(d.weekday),
    d.plannedMinutes > 0 ? formatHoursDe(d.plannedMinutes) : '',
    hours,
    d.absence ? ABSENCE_LABELS_DE[d.absence] : '',
    note(d, today),
    '',
  ];
}

export async function attendanceSheetsPdf(
  sheets: AttendanceSheet[],
  settings: Settings,
  today: IsoDate,
  month: string,
): Promise<{ pdf: Buffer; pages: number }> {
  const doc = await createDocument({
    title: `Anwesenheitsliste ${monthDe(month)}`,
    subject: `Anwesenheitslisten ${monthDe(month)} – ${settings.provider.measureName}`,
    footer: `Anwesenheitsliste ${monthDe(month)}`,
    today,
    settings,
    letterhead: 'every',
    compactLetterhead: true,
  });
  sheets.forEach((sheet, i) => {
    if (i > 0) doc.newPage();
    const s = sheet.summary;
    doc.title(`Anwesenheitsliste ${monthDe(month)}`, undefined, 14);
    doc.fields(
      [
        ['Teilnehmer/in', `${sheet.person.name} (${sheet.person.id})`],
        ['Praxisbereich', sheet.areas.map((a) => AREA_LABELS[a]).join(', ')],
        ['Zuweisung', `${formatDateDe(sheet.assignment.start)} – ${formatDateDe(sheet.assignment.lastDay)}`],
        [
          'Wochenstunden',
          `${sheet.hoursPerWeek} Std. (${sheet.plannedMinutesPerDay !== null ? `${formatHoursDe(sheet.plannedMinutesPerDay)} Std. je Tag` : weekdayPlanDe(sheet.weekdayMinutes, null)})`,
        ],
        ['Anleiter/in', sheet.instructors.join(', ') || '–'],
        ['Aktenzeichen', sheet.assignment.jobcenterRef || '–'],
      ],
      { columns: 2, labelWidth: 78, size: 8.5 },
    );
    const rows = sheet.days.map((d) => dayRow(d, today));
    const absent = bookedAbsenceDays(s.absenceDays);
    rows.push([
      'Summe',
      '',
      formatHoursDe(s.plannedMinutes),
      formatHoursDe(s.workedMinutes),
      `${absent} ${absent === 1 ? 'Tag' : 'Tage'}`,
      `${s.presentDays} ${s.presentDays === 1 ? 'Tag' : 'Tage'} anwesend`,
      '',
    ]);
    doc.table({
      columns: [
        { header: 'Datum', width: 8 },
        { header: 'Tag', width: 5 },
        { header: 'Soll', width: 7, align: 'right' },
        { header: 'Stunden', width: 9, align: 'right' },
        { header: 'Abwesenheit', width: 17 },
        { header: 'Hinweis', width: 37 },
        { header: 'Handzeichen', width: 17 },
      ],
      rows,
      fontSize: 7.8,
      padding: 2.2,
      shadedRows: sheet.days.map((d, r) => (d.kind === 'working' ? -1 : r)).filter((r) => r >= 0),
      totalRows: [rows.length - 1],
    });
    const absences = ABSENCE_CODES.filter((c) => s.absenceDays[c] > 0).map(
      (c) => `${ABSENCE_LABELS_DE[c]}: ${s.absenceDays[c]}`,
    );
    const unbooked = s.unbookedDates.length
      ? ` Nicht erfasste Arbeitstage (weder Anwesenheit noch Abwesenheit gebucht): ${s.unbookedDates.length}.`
      : '';
    doc.paragraph(
      `Abwesenheitstage: ${absences.length ? absences.join(' · ') : 'keine'}.${unbooked} Die Mehraufwandsentschädigung wird nur für geleistete Stunden gezahlt.`,
      { size: 8, gap: 2 },
    );
    doc.paragraph('Ich bestätige, dass die eingetragenen Anwesenheitszeiten richtig sind.', { size: 8, gap: 0 });
    doc.signatures(['Datum, Unterschrift Teilnehmer/in', 'Datum, Unterschrift Anleiter/in']);
  });
  const pages = doc.pageCount;
  return { pdf: await doc.finish(), pages };
}
