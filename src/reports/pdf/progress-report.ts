// The progress report (Verlaufsbericht) for the Jobcenter. It prints only what the ProgressReport
// carries — the privacy filter lives in src/model/progress.ts — plus empty lines for the social
// worker's assessment and the signatures.
import { GROUP_KIND_DE } from './group-attendance.js';
import { ABSENCE_LABELS_DE } from '../../model/attendance.js';
import { bookedAbsenceDays } from '../../model/absence-sums.js';
import { GOAL_STATUS_LABELS } from '../../model/plan.js';
import { REPORT_KIND_LABELS, type ProgressReport } from '../../model/progress.js';
import { ABSENCE_CODES, AREA_LABELS, type Settings } from '../../model/types.js';
import { COLORS, createDocument, type Doc } from './document.js';
import { formatMonths } from '../../model/agh-cap.js';
import { formatDateDe } from '../../model/dates.js';
import { formatHoursDe, hoursOf, minutesOfHours } from '../../model/durations.js';
import { monthShortDe, percentDe, weekdayPlanDe } from '../german.js';

const NOT_RECORDED = 'nicht erfasst';

export async function progressReportPdf(
  r: ProgressReport,
  settings: Settings,
): Promise<{ pdf: Buffer; pages: number }> {
  const doc = await createDocument({
    title: `Verlaufsbericht – ${r.person.name}`,
    subject: `${REPORT_KIND_LABELS[r.kind]} ${formatDateDe(r.period.from)} – ${formatDateDe(r.period.to)}`,
    footer: `Verlaufsbericht ${r.person.id} – ${r.person.name}`,
    today: r.issued,
    settings,
    letterhead: 'first',
  });
  doc.title(
    'Verlaufsbericht',
    `${REPORT_KIND_LABELS[r.kind]} · Berichtszeitraum ${formatDateDe(r.period.from)} – ${formatDateDe(r.period.to)}`,
  );
  personAndAssignment(doc, r);
  attendance(doc, r);
  groupOffers(doc, r);
  goals(doc, r);
  notes(doc, r);
  assessment(doc);
  const pages = doc.pageCount;
  return { pdf: await doc.finish(), pages };
}

function personAndAssignment(doc: Doc, r: ProgressReport): void {
  const a = r.assignment;
  doc.section('1. Teilnehmer/in und Zuweisung');
  doc.fields(
    [
      ['Name', r.person.name],
      ['Geburtsdatum', r.person.birthDate ? formatDateDe(r.person.birthDate) : NOT_RECORDED],
      ['Kundennummer Jobcenter', r.person.jobcenterCustomerNo || NOT_RECORDED],
      ['Aktenzeichen Zuweisung', a.jobcenterRef || NOT_RECORDED],
      ['Integrationsfachkraft', a.integrationOfficer || NOT_RECORDED],
      ['Teilnehmer-Nr. (Träger)', r.person.id],
    ],
    { columns: 2, labelWidth: 132 },
  );
  const areaText = a.areas
    .map((s, i) => (i === 0 ? AREA_LABELS[s.area] : `${AREA_LABELS[s.area]} ab ${formatDateDe(s.from)}`))
    .join(', ');
  const rows: [string, string][] = [
    ['Praxisbereich', areaText],
    ['Anleiter/in', a.instructors.join(', ') || NOT_RECORDED],
    ['Sozialpädagogische Fachkraft', a.socialWorker || NOT_RECORDED],
    ['Zuweisungszeitraum', `${formatDateDe(a.start)} – ${formatDateDe(a.until)}`],
  ];
  for (const e of a.extensions)
    rows.push([
      'Verlängerung',
      `von ${formatDateDe(e.previousUntil)} bis ${formatDateDe(e.until)}${e.decision ? ` (über 24 Monate, Entscheidung des Jobcenters vom ${formatDateDe(e.decision.decided)})` : ''}`,
    ]);
  if (a.exit) rows.push(['Austritt', `${formatDateDe(a.exit.date)} – ${a.exit.reason}`]);
  rows.push(
    [
      'Wöchentliche Arbeitszeit',
      `${a.hoursPerWeek} Stunden (${weekdayPlanDe(a.weekdayMinutes, a.plannedMinutesPerDay)})`,
    ],
    ['Maßnahme', 'Arbeitsgelegenheit mit Mehraufwandsentschädigung nach § 16d SGB II'],
    [
      'AGH-Zeit (innerhalb von 5 Jahren)',
      `${formatMonths(a.agh.used)} Monate bis ${formatDateDe(r.period.to)} genutzt; mit der Zuweisung bis ${formatDateDe(a.lastDay)} ${formatMonths(a.agh.planned)} von höchstens ${a.agh.limitMonths} Monaten`,
    ],
  );
  if (a.agh.decision && !a.extensions.some((e) => e.decision)) {
    rows.push(['Über 24 Monate', `Entscheidung des Jobcenters vom ${formatDateDe(a.agh.decision.decided)}`]);
  }
  for (const w of a.agh.warnings) {
    rows.push([
      'Hinweis AGH-Zeit',
      w.kind === 'near-limit'
        ? `Die Höchstdauer von ${w.limitMonths} Monaten ist mit dem ${formatDateDe(w.day)} bis auf weniger als ${w.weeks} Wochen erreicht.`
        : `Die AGH-Zeit reicht über das Ende des 5-Jahres-Zeitraums am ${formatDateDe(w.day)} hinaus.`,
    ]);
  }
  doc.fields(rows, { labelWidth: 160 });
}

function attendance(doc: Doc, r: ProgressReport): void {
  const s = r.attendance;
  doc.section('2. Anwesenheit im Berichtszeitraum');
  const absenceRows = ABSENCE_CODES.map((c) => [ABSENCE_LABELS_DE[c], String(s.absenceDays[c])]);
  const totalAbsent = bookedAbsenceDays(s.absenceDays);
  doc.tablesSideBySide(
    {
      columns: [
        { header: 'Stunden und Tage', width: 70 },
        { header: '', width: 30, align: 'right' },
      ],
      rows: [
        ['Arbeitstage mit Zuweisung', String(s.workingDays)],
        ['Soll-Stunden', formatHoursDe(s.plannedMinutes)],
        ['Geleistete Stunden', formatHoursDe(s.workedMinutes)],
        ['Anteil an den Soll-Stunden', percentDe(s.workedMinutes, s.plannedMinutes)],
        ['Tage mit Anwesenheit', String(s.presentDays)],
        ['Arbeitstage nicht erfasst', String(s.unbookedDates.length)],
      ],
    },
    {
      columns: [
        { header: 'Abwesenheit nach Grund', width: 70 },
        { header: 'Tage', width: 30, align: 'right' },
      ],
      rows: [...absenceRows, ['insgesamt', String(totalAbsent)]],
      totalRows: [absenceRows.length],
    },
  );
  doc.paragraph(
    s.unexcusedDates.length
      ? `Unentschuldigte Fehltage (${s.unexcusedDates.length}): ${s.unexcusedDates.map(formatDateDe).join(', ')}`
      : 'Unentschuldigte Fehltage: keine',
    { size: 9.5 },
  );
  // A few days are named; many mean the bookings of the period are incomplete, and the count says it.
  if (s.unbookedDates.length > 0 && s.unbookedDates.length <= 10) {
    doc.paragraph(
      `Nicht erfasst – weder Anwesenheit noch Abwesenheit gebucht: ${s.unbookedDates.map(formatDateDe).join(', ')}`,
      { size: 9.5 },
    );
  }
  if (s.months.length > 0) {
    doc.ensureSpace(150);
    doc.subsection('Stunden je Monat');
    const multiYear = s.months[0]!.month.slice(0, 4) !== s.months[s.months.length - 1]!.month.slice(0, 4);
    const months = s.months.slice(-18);
    doc.barChart({
      labels: months.map((m) =>
        multiYear ? `${monthShortDe(m.month)} ${m.month.slice(2, 4)}` : monthShortDe(m.month),
      ),
      series: [
        { name: 'Soll-Stunden', values: months.map((m) => hoursOf(m.plannedMinutes)), color: COLORS.barLight },
        { name: 'Geleistete Stunden', values: months.map((m) => hoursOf(m.workedMinutes)), color: COLORS.bar },
      ],
      overlay: true,
      format: (v) => formatHoursDe(minutesOfHours(v)),
      axisFormat: (v) => formatHoursDe(minutesOfHours(v)),
      height: 95,
      caption:
        months.length < s.months.length ? `Die letzten ${months.length} Monate des Berichtszeitraums.` : undefined,
    });
  }
}

/** The § 45 measure's lessons and group offers: topics and hours, nothing of what was said there. */
function groupOffers(doc: Doc, r: ProgressReport): void {
  const g = r.groups;
  if (!g || g.attended + g.absent === 0) return;
  doc.subsection('Teilnahme an Unterrichts- und Gruppenangeboten');
  doc.paragraph(
    `${g.attended} ${g.attended === 1 ? 'Angebot' : 'Angebote'} mit ${formatHoursDe(g.minutes)} Stunden besucht${g.absent ? `, ${g.absent}-mal nicht teilgenommen` : ''} (Aktivierungsmaßnahme nach § 16 SGB II i. V. m. § 45 SGB III; keine Arbeitszeit der Arbeitsgelegenheit).`,
    { gap: 3 },
  );
  if (g.topics.length > 0) {
    doc.table({
      columns: [
        { header: 'Thema', width: 52 },
        { header: 'Art', width: 20 },
        { header: 'besucht', width: 13, align: 'right' },
        { header: 'Stunden', width: 15, align: 'right' },
      ],
      rows: g.topics.map((t) => [t.topic, GROUP_KIND_DE[t.kind], String(t.attended), formatHoursDe(t.minutes)]),
    });
  }
}

function goals(doc: Doc, r: ProgressReport): void {
  doc.section('3. Ziele aus dem Kooperationsplan');
  if (r.goals.length === 0) {
    doc.paragraph('Im Berichtszeitraum sind keine Ziele erfasst.', { muted: true });
    return;
  }
  doc.table({
    columns: [
      { header: 'Ziel', width: 34 },
      { header: 'vereinbart', width: 13 },
      { header: 'fällig', width: 13 },
      { header: 'Stand', width: 13 },
      { header: 'Letzte Überprüfung', width: 27 },
    ],
    rows: r.goals.map((g) => [
      g.text,
      formatDateDe(g.created),
      g.due ? formatDateDe(g.due) : '–',
      GOAL_STATUS_LABELS[g.status],
      g.lastReview
        ? `${formatDateDe(g.lastReview.date)}${g.lastReview.comment ? `: ${g.lastReview.comment}` : ''}`
        : '–',
    ]),
  });
}

function notes(doc: Doc, r: ProgressReport): void {
  doc.section('4. Beobachtungen aus der Begleitung');
  if (r.notes.length === 0) {
    doc.paragraph('Für den Berichtszeitraum sind keine Beobachtungen zur Weitergabe an das Jobcenter freigegeben.', {
      muted: true,
    });
    return;
  }
  doc.table({
    columns: [
      { header: 'Datum', width: 14 },
      { header: 'Beobachtung', width: 68 },
      { header: 'von', width: 18 },
    ],
    rows: r.notes.map((n) => [formatDateDe(n.date), n.text, n.author || '–']),
  });
}

function assessment(doc: Doc): void {
  doc.section('5. Einschätzung der sozialpädagogischen Fachkraft', 160);
  doc.ratingGrid(
    [
      'Arbeitsleistung',
      'Pünktlichkeit und Zuverlässigkeit',
      'Sozialverhalten in der Gruppe',
      'Umgang mit Anleitung und Kritik',
    ],
    ['gut', 'zufriedenstellend', 'teilweise', 'nicht ausreichend'],
  );
  doc.writingLines('Erläuterungen zu Arbeitsleistung und Sozialverhalten', 2);
  doc.writingLines('Stärken und Entwicklungsbedarf', 3);
  doc.checkboxes('Empfehlung', [
    'Fortsetzung',
    'Verlängerung',
    'Beendigung',
    'Vermittlung in Arbeit / Ausbildung',
    'andere Maßnahme',
  ]);
  doc.writingLines('Begründung und nächster Schritt', 2);
  doc.ensureSpace(150);
  doc.paragraph('Der Bericht wurde mit der Teilnehmerin / dem Teilnehmer besprochen.', { size: 9 });
  doc.signatures([
    'Ort, Datum',
    'Sozialpädagogische Fachkraft',
    'Teilnehmer/in (zur Kenntnis genommen)',
    'Für den Träger',
  ]);
}
