// The monthly absence report to the Jobcenter (Fehlzeitenmeldung, § 61 SGB II): a section per
// integration officer (a letter of its own, from a page with the letterhead) or one list. It prints only what the AbsenceLetter
// carries — categories, counts, dates and flags; never a diagnosis, never a note.
import type { AbsenceFlag, FlagCode } from '../../model/absences.js';
import {
  dayRuns,
  LETTER_CATEGORIES,
  letterTotals,
  type AbsenceLetter,
  type DayRun,
  type LetterCategory,
  type LetterLine,
  type LetterSection,
} from '../../model/absence-letter.js';
import { formatDateDe, type IsoDate } from '../../model/dates.js';
import type { Settings } from '../../model/types.js';
import { monthDe } from '../german.js';
import { createDocument, type Doc } from './document.js';

/** Column headers, broken where German breaks them. */
const HEADER_DE: Record<LetterCategory, string> = {
  'certified-sick': 'krank\nmit AU',
  'sick-no-certificate': 'krank\nohne AU',
  excused: 'ent-\nschuldigt',
  unexcused: 'unent-\nschuldigt',
  leave: 'Urlaub',
};

const CATEGORY_DE: Record<LetterCategory, string> = {
  'certified-sick': 'krank mit AU',
  'sick-no-certificate': 'krank ohne AU',
  excused: 'entschuldigt',
  unexcused: 'unentschuldigt',
  leave: 'Urlaub',
};

const FLAG_DE: Record<FlagCode, string> = {
  'sick-without-certificate': 'krank ohne ärztliche Bescheinigung über den 3. Kalendertag hinaus',
  'long-sickness': 'mehr als 14 Kalendertage in Folge krank',
  'leave-beyond-earned': 'Urlaub über den erworbenen Anspruch hinaus',
};

const NOT_RECORDED = 'nicht erfasst';

/** 12.11.2026, or 03.11.–05.11.2026 for consecutive days (a word joiner keeps a run on one line). */
export function runsDe(runs: readonly DayRun[]): string {
  return runs
    .map((r) =>
      r.from === r.to ? formatDateDe(r.from) : `${formatDateDe(r.from).slice(0, 6)}–\u2060${formatDateDe(r.to)}`,
    )
    .join(', ');
}

function flagDe(f: AbsenceFlag): string {
  const runs = dayRuns(f.dates);
  const days =
    f.flag === 'long-sickness' ? runsDe([{ from: runs[0]!.from, to: runs[runs.length - 1]!.to }]) : runsDe(runs);
  return `${FLAG_DE[f.flag]} (${days})`;
}

function nameCell(l: LetterLine, list: boolean): string {
  return [
    l.name,
    ...(l.jobcenterRef ? [`Az. ${l.jobcenterRef}`] : []),
    ...(list ? [`IFK: ${l.officer || NOT_RECORDED}`] : []),
  ].join('\n');
}

/** One row per person and category with days: customer number, name, category, the dates. */
function dateRows(lines: readonly LetterLine[]): string[][] {
  return lines.flatMap((l) => [
    ...LETTER_CATEGORIES.filter((c) => l.dates[c].length > 0).map((c) => [
      l.jobcenterCustomerNo || NOT_RECORDED,
      l.name,
      CATEGORY_DE[c],
      runsDe(l.dates[c]),
    ]),
    ...(l.unbooked.length > 0
      ? [[l.jobcenterCustomerNo || NOT_RECORDED, l.name, NOT_RECORDED, runsDe(l.unbooked)]]
      : []),
  ]);
}

function section(doc: Doc, letter: AbsenceLetter, s: LetterSection): void {
  const list = s.officer === null;
  doc.title(
    `Fehlzeitenmeldung ${monthDe(letter.month)}`,
    `Meldung der Fehlzeiten nach § 61 SGB II · Zeitraum ${formatDateDe(letter.from)} – ${formatDateDe(letter.to)}`,
    15,
  );
  doc.fields(
    [
      ...(list ? [] : ([['Integrationsfachkraft', s.officer || NOT_RECORDED]] as [string, string][])),
      ['Teilnehmende', String(s.lines.length)],
    ],
    { columns: 2, labelWidth: 110, size: 9 },
  );
  const rows = s.lines.map((l) => [
    l.jobcenterCustomerNo || NOT_RECORDED,
    nameCell(l, list),
    ...LETTER_CATEGORIES.map((c) => String(l.days[c])),
  ]);
  const totals = letterTotals(s.lines);
  rows.push(['', 'Summe', ...LETTER_CATEGORIES.map((c) => String(totals[c]))]);
  doc.table({
    columns: [
      { header: 'Kunden-Nr.', width: 16 },
      { header: 'Name', width: 34 },
      ...LETTER_CATEGORIES.map((c) => ({ header: HEADER_DE[c], width: 10, align: 'right' as const })),
    ],
    rows,
    fontSize: 8.5,
    padding: 3,
    totalRows: [rows.length - 1],
  });
  const dates = dateRows(s.lines);
  doc.subsection('Daten der Fehltage');
  if (dates.length === 0) doc.paragraph('Keine Fehltage.', { size: 8.5 });
  else
    doc.table({
      columns: [
        { header: 'Kunden-Nr.', width: 16 },
        { header: 'Name', width: 26 },
        { header: 'Kategorie', width: 16 },
        { header: 'Tage', width: 42 },
      ],
      rows: dates,
      fontSize: 8.5,
      padding: 3,
    });
  const flagged = s.lines.filter((l) => l.flags.length > 0);
  if (flagged.length > 0) {
    doc.subsection('Hinweise');
    doc.bullets(
      flagged.flatMap((l) =>
        l.flags.map((f) => `${l.name} (Kunden-Nr. ${l.jobcenterCustomerNo || NOT_RECORDED}): ${flagDe(f)}`),
      ),
      8.5,
    );
  }
  doc.ensureSpace(100); // the legend stays with the signature line
  doc.paragraph(
    'Gezählt werden Arbeitstage (Montag bis Freitag ohne gesetzliche Feiertage in Nordrhein-Westfalen und ohne Schließtage des Trägers). ' +
      'Angegeben sind nur die Kategorien der Abwesenheit, keine Diagnosen. AU: ärztliche Arbeitsunfähigkeitsbescheinigung. ' +
      `„${NOT_RECORDED}“: ein Arbeitstag ohne Buchung, weder Anwesenheit noch Fehlzeit.`,
    { size: 7.8, muted: true, gap: 4 },
  );
  doc.signatures(['Datum, Unterschrift Träger']);
}

export async function absenceReportPdf(
  letter: AbsenceLetter,
  settings: Settings,
  today: IsoDate,
): Promise<{ pdf: Buffer; pages: number }> {
  const doc = await createDocument({
    title: `Fehlzeitenmeldung ${monthDe(letter.month)}`,
    subject: `Meldung der Fehlzeiten nach § 61 SGB II, ${monthDe(letter.month)} – ${settings.provider.measureName}`,
    footer: `Fehlzeitenmeldung ${monthDe(letter.month)}`,
    today,
    settings,
    letterhead: 'first',
  });
  // each officer's section is a letter of its own: it starts on a page with the letterhead
  letter.sections.forEach((s, i) => {
    if (i > 0) doc.newLetterPage();
    if (s.officer !== null)
      doc.runningHead = `Fehlzeitenmeldung ${monthDe(letter.month)} – ${s.officer || NOT_RECORDED}`;
    section(doc, letter, s);
  });
  const pages = doc.pageCount;
  return { pdf: await doc.finish(), pages };
}
