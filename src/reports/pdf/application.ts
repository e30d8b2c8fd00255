// The annual application (Antrag auf Durchführung der Arbeitsgelegenheit): provider and measure,
// target group, seats and working time, the work areas and their customers, public interest,
// concept, staffing, the cost plan, and the previous year's figures.
import { readFileSync } from 'node:fs';
import type { CostPlan } from '../../model/cost-plan.js';
import { customerCount, type AreaWork } from '../../model/orders.js';
import { formatDateDe, isoOf } from '../../model/dates.js';
import { EXIT_GROUP_LABELS, EXIT_REASONS } from '../../model/exit-reasons.js';
import { formatEuroDe } from '../../model/money.js';
import { occupancyPercent } from '../../model/occupancy.js';
import { formatHoursDe } from '../../model/durations.js';
import { instructorNamesOfYear } from '../../model/staff.js';
import type { YearStats } from '../../model/stats.js';
import { AREA_LABELS, AREAS, EXIT_GROUPS, type Area, type Settings, type StaffMember } from '../../model/types.js';
import { DATA_DIR_URL } from '../../store/defaults.js';
import { COLORS, createDocument, type Doc } from './document.js';
import { intDe, monthShortDe, monthsOfDaysDe, oneDecimalDe, percentDe } from '../german.js';

export interface WorkAreaTexts {
  targetGroup: string[];
  areas: Record<Area, { description: string; customers: string[] }>;
  publicInterest: string[];
  concept: string[];
  declarations: string[];
  flatRateLabels: Record<string, string>;
  incomeKeys: string[];
}

export function workAreaTexts(): WorkAreaTexts {
  return JSON.parse(readFileSync(new URL('work-areas.json', DATA_DIR_URL), 'utf8')) as WorkAreaTexts;
}

export interface ApplicationInput {
  year: number;
  today: string;
  settings: Settings;
  /** The staff records in the team during the year (model/staff.ts `staffOfYear`). */
  staff: StaffMember[];
  plan: CostPlan;
  /** The previous year's figures (year to date when that year is not over; null before it began). */
  previous: YearStats | null;
  texts: WorkAreaTexts;
  /** The previous year's orders per area; an area without orders keeps the fixed texts. */
  work?: Record<Area, AreaWork>;
}

export async function applicationPdf(input: ApplicationInput): Promise<{ pdf: Buffer; pages: number }> {
  const { year, settings: s } = input;
  const doc = await createDocument({
    title: `Antrag AGH ${year}`,
    subject: `Antrag auf Durchführung der Arbeitsgelegenheit ${s.provider.measureName} ${year}`,
    footer: `Antrag AGH ${year} – ${s.provider.name}`,
    today: input.today,
    settings: s,
    letterhead: 'first',
  });
  doc.title(
    'Antrag auf Durchführung der Arbeitsgelegenheit',
    `${s.provider.measureName} · ${formatDateDe(isoOf(year, 1, 1))} – ${formatDateDe(isoOf(year, 12, 31))} · § 16d SGB II`,
  );
  doc.paragraph(
    `Die ${s.provider.name} beantragt beim ${s.jobcenter.name} die Durchführung der Arbeitsgelegenheit mit Mehraufwandsentschädigung „${s.provider.measureName}“ für das Jahr ${year} mit ${input.plan.seatPlans[0]!.total} Plätzen.`,
  );
  provider(doc, input);
  targetGroup(doc, input);
  seats(doc, input);
  areas(doc, input);
  publicInterest(doc, input);
  concept(doc, input);
  staffing(doc, input);
  costs(doc, input);
  previousYear(doc, input);
  declarations(doc, input);
  const pages = doc.pageCount;
  return { pdf: await doc.finish(), pages };
}

function provider(doc: Doc, { settings: s }: ApplicationInput): void {
  const p = s.provider;
  doc.section('1. Träger und Maßnahme');
  doc.fields([
    ['Träger', p.name],
    ['Anschrift', `${p.street}, ${p.city}`],
    ['Telefon / E-Mail', `${p.phone} · ${p.email}`],
    ['Ansprechpartner/in', p.contactPerson],
    ['Maßnahme', p.measureName],
    ['Maßnahme-Nr.', p.measureNumber],
    ['Rechtsgrundlage', 'Arbeitsgelegenheit mit Mehraufwandsentschädigung, § 16d SGB II'],
    ['Durchführungsort', p.city],
  ]);
}

function targetGroup(doc: Doc, { texts }: ApplicationInput): void {
  doc.section('2. Zielgruppe und Zugang');
  for (const t of texts.targetGroup) doc.paragraph(t);
}

function seats(doc: Doc, { settings: s, plan, year, staff }: ApplicationInput): void {
  doc.section('3. Plätze und Arbeitszeit');
  const first = plan.seatPlans[0]!;
  doc.table({
    columns: [
      { header: 'Praxisbereich', width: 30 },
      {
        header: `Plätze ab ${formatDateDe(first.from > isoOf(year, 1, 1) ? first.from : isoOf(year, 1, 1))}`,
        width: 20,
        align: 'right',
      },
      { header: 'Anleitung', width: 50 },
    ],
    rows: [
      ...AREAS.map((a) => [AREA_LABELS[a], String(first.areas[a]), instructorNamesOfYear(staff, a, year).join(', ')]),
      ['Insgesamt', String(first.total), ''],
    ],
    totalRows: [AREAS.length],
  });
  for (const change of plan.seatPlans.slice(1)) {
    doc.paragraph(
      `Ab ${formatDateDe(change.from)}: ${change.total} Plätze (${AREAS.map((a) => `${AREA_LABELS[a]} ${change.areas[a]}`).join(', ')}).`,
    );
  }
  doc.paragraph(
    `Die wöchentliche Arbeitszeit wird bei der Zuweisung festgelegt und liegt zwischen ${s.weeklyHours.min} und ${s.weeklyHours.max} Stunden, ` +
      `verteilt auf Montag bis Freitag, höchstens ${formatHoursDe(s.dailyMaxMinutes)} Stunden am Tag. ` +
      `Eine Person kann bis zu ${s.aghCap.months} Monate innerhalb von ${s.aghCap.frameYears} Jahren teilnehmen, nach erneuter Prüfung durch das Jobcenter bis zu ${s.aghCap.extendedMonths} Monate (§ 16d Abs. 6 SGB II).`,
  );
}

function areas(doc: Doc, { texts, work, year }: ApplicationInput): void {
  doc.section('4. Praxisbereiche, Tätigkeiten und Auftraggeber');
  for (const a of AREAS) {
    doc.subsection(AREA_LABELS[a]);
    doc.paragraph(texts.areas[a].description, { gap: 3 });
    const w = work?.[a];
    if (w && w.orders > 0) {
      const customers = customerCount(w);
      doc.paragraph(
        `Aufträge im Jahr ${year - 1}: ${w.orders} ${w.orders === 1 ? 'Auftrag' : 'Aufträge'} von ${customers} ${customers === 1 ? 'Auftraggeber' : 'Auftraggebern'}, ausschließlich öffentliche und gemeinnützige Einrichtungen:`,
        { gap: 2 },
      );
      doc.bullets(
        w.byType.map(
          (g) => `${g.type}: ${g.customers.join(', ')} (${g.orders} ${g.orders === 1 ? 'Auftrag' : 'Aufträge'})`,
        ),
      );
    } else {
      doc.paragraph('Typische Auftraggeber:', { gap: 2 });
      doc.bullets(texts.areas[a].customers);
    }
  }
}

function publicInterest(doc: Doc, { texts }: ApplicationInput): void {
  doc.section('5. Zusätzlichkeit, öffentliches Interesse und Wettbewerbsneutralität');
  for (const t of texts.publicInterest) doc.paragraph(t);
}

function concept(doc: Doc, { texts }: ApplicationInput): void {
  doc.section('6. Ziele und Integrationskonzept');
  for (const t of texts.concept) doc.paragraph(t);
}

const STAFF_FUNCTIONS: Record<StaffMember['role'], string> = {
  instructor: 'Anleiter/in',
  'social-worker': 'Sozialpädagogische Fachkraft',
  admin: 'Verwaltung',
};

/** "ganzjährig", "ab 01.03.2027", "bis 30.06.2027" or both: when the person is in the team during the year. */
function periodInYear(m: StaffMember, year: number): string {
  const first = isoOf(year, 1, 1);
  const last = isoOf(year, 12, 31);
  const parts = [
    ...(m.from > first ? [`ab ${formatDateDe(m.from)}`] : []),
    ...(m.left !== null && m.left < last ? [`bis ${formatDateDe(m.left)}`] : []),
  ];
  return parts.join(' ') || 'ganzjährig';
}

function staffing(doc: Doc, { staff, year }: ApplicationInput): void {
  doc.section('7. Personal');
  doc.paragraph(
    'Jeder Praxisbereich wird von Fachkräften mit beruflicher Qualifikation angeleitet; zwei sozialpädagogische Fachkräfte begleiten die Teilnehmenden aller Bereiche.',
  );
  doc.table({
    columns: [
      { header: 'Funktion', width: 30 },
      { header: 'Name', width: 30 },
      { header: 'Bereich', width: 17 },
      { header: 'Im Jahr', width: 23 },
    ],
    rows: staff.map((m) => [
      STAFF_FUNCTIONS[m.role],
      m.name,
      m.area ? AREA_LABELS[m.area] : 'alle Bereiche',
      periodInYear(m, year),
    ]),
  });
}

function costs(doc: Doc, { plan, texts, settings: s }: ApplicationInput): void {
  doc.section(`8. Kostenplan ${plan.year}`);
  const attendDays = plan.workingDays - plan.leaveDays;
  const rates = plan.rates
    .map(
      (r) =>
        `${formatEuroDe(r.centsPerHour)} je Stunde${plan.rates.length > 1 ? ` ab ${formatDateDe(r.from > isoOf(plan.year, 1, 1) ? r.from : isoOf(plan.year, 1, 1))}` : ''}`,
    )
    .join(', ');
  doc.paragraph(
    `Grundlage der Mehraufwandsentschädigung (MAE): ${plan.workingDays} Arbeitstage im Jahr ${plan.year} (Montag bis Freitag ohne gesetzliche Feiertage in NRW und Schließtage) ` +
      `abzüglich ${plan.leaveDays} Urlaubstage je Platz = ${attendDays} Anwesenheitstage; geplante Arbeitszeit ${plan.weeklyHours} Stunden je Woche = ${formatHoursDe(plan.plannedMinutesPerDay)} Stunden je Tag, ` +
      `also ${formatHoursDe(plan.plannedMinutesPerSeat)} Stunden je Platz und Jahr. MAE-Satz: ${rates}. Die MAE wird nur für tatsächlich geleistete Stunden gezahlt; der Ansatz ist eine Obergrenze.`,
  );
  const simple = plan.rates.length === 1 && plan.seatPlans.length === 1;
  const rows: string[][] = plan.allowance.map((l) => [
    `MAE ${AREA_LABELS[l.area]}`,
    simple
      ? `${l.seats} Plätze × ${formatHoursDe(plan.plannedMinutesPerSeat)} Std. × ${formatEuroDe(plan.rates[0]!.centsPerHour)}`
      : `${formatHoursDe(l.plannedMinutes)} Std. zum jeweils gültigen Satz`,
    formatEuroDe(l.cents),
  ]);
  rows.push([
    'Summe Mehraufwandsentschädigung',
    `${formatHoursDe(plan.allowanceMinutes)} Std.`,
    formatEuroDe(plan.allowanceCents),
  ]);
  const totals = [rows.length - 1];
  for (const f of plan.flatRates) {
    const label = texts.flatRateLabels[f.key] ?? f.key;
    const basis = `${intDe(f.seatMonths)} Platzmonate × ${formatEuroDe(f.centsPerSeatMonth)}`;
    rows.push([f.income ? `abzüglich ${label}` : label, basis, formatEuroDe(f.income ? -f.cents : f.cents)]);
  }
  if (plan.materialIncome) {
    rows.push([
      'abzüglich Erlöse aus Materialbeiträgen',
      `Materialbeiträge der Auftraggeber ${plan.materialIncome.basisYear}`,
      formatEuroDe(-plan.materialIncome.cents),
    ]);
  }
  if (plan.flatRates.length > 0 || plan.materialIncome) {
    rows.push(['Gesamtsumme', '', formatEuroDe(plan.totalCents)]);
    totals.push(rows.length - 1);
  }
  doc.table({
    columns: [
      { header: 'Position', width: 38 },
      { header: 'Berechnung', width: 40 },
      { header: 'Betrag', width: 22, align: 'right' },
    ],
    rows,
    totalRows: totals,
  });
  if (plan.flatRates.length === 0) {
    doc.paragraph(
      `Pauschalen je Platz und Monat (Personal, Sachkosten, Miete, Verwaltung) sind für ${s.provider.measureName} nicht hinterlegt; dieser Kostenplan umfasst die Mehraufwandsentschädigung.`,
      { size: 8.5, muted: true },
    );
  } else {
    doc.paragraph(
      'Pauschalen je Platz und Monat: Plätze laut Platzplanung am Ersten jedes Monats, summiert über zwölf Monate.',
      { size: 8.5, muted: true },
    );
  }
}

function previousYear(doc: Doc, { previous: st, today, year }: ApplicationInput): void {
  doc.section(`9. Kennzahlen des Vorjahres ${year - 1}`);
  if (!st || st.participants === 0) {
    doc.paragraph(`Für ${year - 1} liegen ${st ? 'keine Teilnahmen' : 'noch keine Zahlen'} vor.`, { muted: true });
    return;
  }
  if (!st.complete)
    doc.paragraph(
      `Das Jahr ${st.year} ist noch nicht abgeschlossen: Stand ${formatDateDe(st.to)} (erstellt am ${formatDateDe(today)}).`,
      { size: 9, muted: true },
    );
  const occ = st.occupancy;
  const regularEnds = st.exitsByReason['regular-end'] ?? 0;
  doc.table({
    columns: [
      { header: 'Kennzahl', width: 62 },
      { header: `${st.year}`, width: 38, align: 'right' },
    ],
    rows: [
      ['Bewilligte Plätze', String(st.approvedSeats)],
      ['Durchschnittlich besetzte Plätze (Arbeitstage)', oneDecimalDe(occ.averageOccupiedSeats)],
      ['Auslastung (besetzte ÷ verfügbare Platztage)', percentDe(occ.occupiedSeatDays, occ.capacitySeatDays)],
      ['Teilnehmende im Jahr', String(st.participants)],
      ['Eintritte', String(st.entries)],
      ['Austritte', String(st.exits)],
      ['Integrationsquote (Arbeit, Selbstständigkeit, Ausbildung)', percentDe(st.integrationExits, st.exits)],
      ['Integrationsquote ohne reguläre Beendigungen', percentDe(st.integrationExits, st.exits - regularEnds)],
      [
        'Durchschnittliche Verweildauer der Ausgetretenen',
        st.lengthOfStay.stays
          ? `${oneDecimalDe(st.lengthOfStay.averageDays)} Tage (${monthsOfDaysDe(st.lengthOfStay.averageDays)} Monate)`
          : '–',
      ],
      ['Geleistete Stunden', formatHoursDe(st.workedMinutes)],
      ['Gezahlte Mehraufwandsentschädigung', formatEuroDe(st.allowanceCents)],
      [
        'Anwesenheitsquote (Tage mit Arbeit ÷ Arbeitstage mit Zuweisung)',
        percentDe(st.workedDays, st.assignedWorkingDays),
      ],
      ['Fehlzeitenquote (Krankheit, entschuldigt, unentschuldigt)', percentDe(st.absentDays, st.assignedWorkingDays)],
      ['davon unentschuldigt', percentDe(st.absenceDays.unexcused, st.assignedWorkingDays)],
    ],
  });
  doc.ensureSpace(175);
  doc.subsection('Auslastung je Monat');
  const tenths = st.months.map((m) => occupancyPercent(m.occupancy));
  doc.barChart({
    labels: st.months.map((m) => monthShortDe(m.month)),
    series: [{ name: 'Auslastung', values: tenths, color: COLORS.bar }],
    max: 100,
    format: (v) => `${oneDecimalDe(v)} %`,
    axisFormat: (v) => `${Math.round(v)} %`,
    height: 105,
    caption: 'Besetzte Platztage ÷ verfügbare Platztage an den Arbeitstagen des Monats.',
  });
  doc.subsection('Auslastung und Eintritte je Praxisbereich');
  doc.table({
    columns: [
      { header: 'Praxisbereich', width: 30 },
      { header: 'Plätze', width: 15, align: 'right' },
      { header: 'Ø besetzt', width: 18, align: 'right' },
      { header: 'Auslastung', width: 19, align: 'right' },
      { header: 'Eintritte', width: 18, align: 'right' },
    ],
    rows: occ.areas.map((a) => [
      AREA_LABELS[a.area],
      String(st.approvedSeatsByArea[a.area]),
      oneDecimalDe(a.averageOccupiedSeats),
      percentDe(a.occupiedSeatDays, a.capacitySeatDays),
      String(st.entriesByArea[a.area]),
    ]),
  });
  doc.subsection('Austritte nach Grund');
  const reasonRows = Object.entries(st.exitsByReason)
    .filter(([, n]) => n > 0)
    .sort(
      (a, b) =>
        EXIT_GROUPS.indexOf(EXIT_REASONS[a[0]]?.group ?? 'other') -
          EXIT_GROUPS.indexOf(EXIT_REASONS[b[0]]?.group ?? 'other') || b[1] - a[1],
    )
    .map(([r, n]) => [EXIT_REASONS[r]?.label ?? r, EXIT_GROUP_LABELS[EXIT_REASONS[r]?.group ?? 'other'], String(n)]);
  doc.table({
    columns: [
      { header: 'Grund', width: 50 },
      { header: 'Gruppe', width: 35 },
      { header: 'Anzahl', width: 15, align: 'right' },
    ],
    rows: [
      ...reasonRows,
      ...EXIT_GROUPS.map((g) => [`Summe ${EXIT_GROUP_LABELS[g]}`, '', String(st.exitsByGroup[g])]),
      ['Austritte insgesamt', '', String(st.exits)],
    ],
    totalRows: [reasonRows.length + EXIT_GROUPS.length],
  });
}

function declarations(doc: Doc, { texts }: ApplicationInput): void {
  doc.section('10. Erklärungen des Trägers', 250); // kept on one page with the signature
  doc.bullets(texts.declarations);
  doc.signatures(['Ort, Datum', 'Unterschrift und Stempel des Trägers']);
}
