import type { group as en } from '../en/group.js';
import { fmt } from './format.js';
import { ABSENCE_LABELS_DE } from '../../model/attendance.js';
import { AREA_LABELS, type AbsenceCode, type Area } from '../../model/types.js';

const KIND: Record<string, string> = { lesson: 'Unterricht', group: 'Gruppenangebot', excursion: 'Exkursion' };
const label = (code: string | null) => (code ? (ABSENCE_LABELS_DE[code as AbsenceCode] ?? code) : '');
const replaces = (id: string, was: number | null, now: number) =>
  was !== null ? ` (ersetzt die für ${id} erfasste Anwesenheit: ${was} → ${now} Teilnehmende)` : '';
const flags = (fields: readonly string[]) =>
  fields.map((f) => `--${f.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`).join(', ');

export const group: typeof en = {
  description:
    'Unterricht, Gruppenangebote und Exkursionen der Aktivierungsmaßnahme nach § 45 SGB III: Anwesenheit, keine Mehraufwandsentschädigung, keine Arbeitszeit der AGH',
  optDate: 'der Tag',
  optTopic: 'das Thema',
  optKind: 'lesson (Unterricht), group (Gruppenangebot) oder excursion (Exkursion)',
  optFrom: 'Beginn',
  optTo: 'Ende',
  optLedBy: 'wer es leitet',
  add: {
    description: 'ein Angebot planen',
    optTopic: 'z. B. Bewerbungstraining, Erste Hilfe, Museumsbesuch',
    optArea: "der Praxisbereich, dessen Teilnehmende eingeplant sind, oder 'all' (alle)",
    done: (kind, id, date, from, to, topic) =>
      `${KIND[kind] ?? kind} ${id} am ${fmt.date(date)} ${from}–${to} geplant: ${topic}`,
    wouldDo: (kind, id, date, from, to, topic) =>
      `${KIND[kind] ?? kind} ${id} am ${fmt.date(date)} ${from}–${to} würde geplant werden: ${topic}`,
  },
  attend: {
    description:
      'erfassen, wer teilgenommen hat: ohne Namen sind alle Eingeplanten (mit Platz an dem Tag, im Praxisbereich) anwesend, außer wer an dem Tag abwesend gebucht ist (abwesend mit dem gebuchten Grund); --absent nennt die Ausnahmen',
    optAbsent:
      'abwesend mit Grund: sick, sick-certified, excused, holiday, unexcused (wiederholbar oder durch Kommas getrennt)',
    notIdCode: (part) => `--absent '${part}' hat nicht die Form ID=CODE — z. B. --absent p003=sick`,
    closed: (part) =>
      `--absent '${part}': 'closed' (Schließtag) ist kein Grund, ein Angebot zu versäumen — sick, sick-certified, excused, holiday oder unexcused angeben, oder das Angebot löschen`,
    absentTwice: (id) =>
      `--absent nennt ${id} mehr als einmal — jede teilnehmende Person mit genau einem Grund nennen (z. B. --absent ${id}=sick)`,
    both: (ids) =>
      `${fmt.list(ids)} als anwesend und als abwesend genannt — jede teilnehmende Person nur einmal nennen`,
    nobody: (area, date) =>
      `niemand hat am ${fmt.date(date)} einen Platz ${area === 'all' ? 'in einem Praxisbereich' : `im Praxisbereich ${AREA_LABELS[area as Area] ?? area}`} — die Teilnehmenden nennen, die da waren`,
    optReplace: 'die Anwesenheit eines Angebots neu erfassen: ersetzt die ganze vorher erfasste Liste',
    alreadyRecorded: (id, present, absent) =>
      `die Anwesenheit von Angebot ${id} ist schon erfasst (${present} anwesend, ${absent} abwesend) — mit --replace neu erfassen; das ersetzt die ganze Liste, also alle wieder nennen`,
    done: (id, present, absent, was) =>
      `Angebot ${id} erfasst: ${present} anwesend, ${absent} abwesend${replaces(id, was, present + absent)}`,
    wouldDo: (id, present, absent, was) =>
      `Angebot ${id} würde erfasst werden: ${present} anwesend, ${absent} abwesend${replaces(id, was, present + absent)}`,
    absentAsBooked: (list) =>
      `abwesend wie an dem Tag gebucht: ${list.map((a) => `${a.participantId} (${label(a.absence)})`).join(', ')}`,
    presentButBooked: (id, absence, date, offer) =>
      `${id} ist bei Angebot ${offer} als anwesend erfasst, am ${fmt.date(date)} aber als ${label(absence)} gebucht — die Buchung berichtigen ('insat hours book ${id} --date ${date} … --replace') oder die Anwesenheit (--absent ${id}=${absence})`,
  },
  list: {
    description: 'Angebote mit ihrer Anwesenheit',
    optMonth: 'ein Monat',
    optParticipant: 'die Angebote einer teilnehmenden Person (mit den besuchten Minuten)',
  },
  edit: {
    description: 'Angaben eines Angebots berichtigen; ein Schritt, der rückgängig gemacht werden kann',
    optArea: "ein Praxisbereich oder 'all' (alle)",
    nothing:
      'nichts zu ändern — mindestens eine der Optionen --date, --topic, --kind, --from, --to, --led-by, --area angeben',
    done: (fields, id) => `Angebot ${id} geändert: ${flags(fields)}`,
    wouldDo: (fields, id) => `Angebot ${id} würde geändert werden: ${flags(fields)}`,
    unchanged: (id) => `nichts geändert: Angebot ${id} hat diese Angaben bereits`,
    recordedToFuture: (id, date, was) =>
      `die Anwesenheit von Angebot ${id} ist erfasst, deshalb kann sein Datum nicht auf den ${fmt.date(date)} in der Zukunft rücken — den ${fmt.date(was)} oder einen anderen Tag bis heute angeben; ein Angebot, das noch nicht stattgefunden hat: löschen ('insat group delete ${id}') und neu anlegen`,
  },
  delete: {
    description: 'ein Angebot mit seiner Anwesenheit entfernen; ein Schritt, der rückgängig gemacht werden kann',
    done: (id) => `Angebot ${id} gelöscht`,
    wouldDo: (id) => `Angebot ${id} würde gelöscht werden`,
  },
  badClock: (flag, value) => `${flag} '${value}' ist keine Uhrzeit — HH:MM angeben, z. B. 10:00`,
  badId: (value) =>
    `Angebot '${value}' ist keine Angebots-ID — Angebots-IDs sehen so aus: u012 (siehe 'insat group list')`,
  notFound: (id) => `kein Angebot '${id}' gefunden — siehe 'insat group list'`,
  kindWords: KIND,
  allAreas: 'alle',
  areaWords: { ...AREA_LABELS, all: 'alle' },
  columns: {
    id: 'Angebot',
    date: 'Datum',
    from: 'von',
    to: 'bis',
    minutes: 'Stunden',
    kind: 'Art',
    topic: 'Thema',
    ledBy: 'Leitung',
    area: 'Praxisbereich',
    present: 'anwesend',
    absent: 'abwesend',
    absence: 'Fehlzeit',
    participant: 'Teilnehmende/r',
    name: 'Name',
    pseudonym: 'Pseudonym',
  },
  endsBeforeStart: (from, to) =>
    `das Angebot endet um ${to}, nicht nach seinem Beginn um ${from} — bei --to eine spätere Uhrzeit als bei --from angeben`,
  attendanceInFuture: (id, date) =>
    `Angebot ${id} ist am ${fmt.date(date)}, also in der Zukunft — die Anwesenheit an oder nach diesem Tag erfassen`,
  namedTwice: (person, id) =>
    `${person} ist für Angebot ${id} zweimal genannt — jede teilnehmende Person nur einmal nennen`,
  noSeat: (person, date, id) =>
    `${person} hat am ${fmt.date(date)}, dem Tag von Angebot ${id}, keinen Platz — nur Teilnehmende mit einem Platz an diesem Tag können teilnehmen`,
  noSeatMany: (people, date, id) =>
    `${people.length} bei Angebot ${id} erfasste Teilnehmende haben am ${fmt.date(date)} keinen Platz (${people.slice(0, 5).join(', ')}${people.length > 5 ? ` und ${people.length - 5} weitere` : ''}) — nur Teilnehmende mit einem Platz an diesem Tag können teilnehmen`,
  unknownPerson: (id, person) => `Angebot ${id} nennt ${person}, die Person ist nicht im Datenbestand`,
};
