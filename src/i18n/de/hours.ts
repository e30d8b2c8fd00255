import type { hours as en, ImportFigures } from '../en/hours.js';
import type { IsoDate } from '../../model/dates.js';
import type { Minutes } from '../../model/durations.js';
import { fmt } from './format.js';
import { AREA_LABELS, type AbsenceCode, type Area } from '../../model/types.js';
import { ABSENCE_LABELS_DE } from '../../model/attendance.js';

const personen = (n: number) => (n === 1 ? '1 Person' : `${n} Personen`);

export const hours: typeof en = {
  description:
    'Arbeitsstunden und Fehlzeiten buchen: für eine Person, einen ganzen Praxisbereich oder aus einer Stundenliste',
  book: {
    description:
      'eine Teilnehmerin oder einen Teilnehmer für einen Tag buchen (--hours oder --absent), oder einen ganzen Praxisbereich mit --area … --as-planned',
    optDate: 'der Tag (JJJJ-MM-TT oder TT.MM.JJJJ)',
    optHours: 'gearbeitete Stunden: 6.5, 6,5 oder 6:30 (in Viertelstunden)',
    optAbsent: (codes) =>
      `eine Fehlzeit statt Stunden: ${codes}; mit --area nur closed (der Schließtag des Praxisbereichs)`,
    optReplace: 'eine bestehende Buchung dieses Tages korrigieren',
    optForce: 'Arbeitsstunden auch am Wochenende, an einem Feiertag oder Schließtag erlauben',
    optArea: 'alle buchen, die an dem Tag einen Platz in diesem Praxisbereich haben (mit --as-planned)',
    optAsPlanned: 'die für diesen Wochentag geplanten Stunden jeder Person (die Wochentagsverteilung der Zuweisung)',
    optExcept: 'Abweichungen vom Plan: ID=H oder ID=CODE, durch Kommas getrennt (mehrfach möglich)',
    helpAfter: `
Fehlzeit-Codes: sick (krank, noch ohne AU), sick-certified (krank mit AU), excused (entschuldigt),
holiday (Urlaub), unexcused (unentschuldigt), closed (Schließtag).
Regeln: nur innerhalb der Zuweisung und nie in der Zukunft; höchstens die Tageshöchstzeit; die
Arbeitsstunden einer Woche nie über den Wochenstunden der Person; Arbeitsstunden an Wochenenden,
Feiertagen in NRW und Schließtagen nur mit --force; eine zweite Buchung für einen Tag nur mit
--replace. Eine Buchung für den ganzen Praxisbereich ist ein Schritt ('insat undo' macht sie ganz
rückgängig) und lässt alle, die an dem Tag schon gebucht sind, wie sie sind; wer nach der
Wochentagsverteilung an dem Tag keine Stunden hat, bleibt außen vor. Ein Zeitraum (--from/--to) bucht
nur die Arbeitstage der Person (keine Wochenenden, Feiertage, Schließtage oder Tage ohne geplante
Stunden), in einem Schritt, und wird ganz abgelehnt, wenn ein Tag gegen eine Regel verstößt; der Tag
wird genannt.`,
    exampleSaturday: '# ein Samstag',
    idAndArea: (id) =>
      `entweder eine Teilnehmer-ID oder --area angeben, nicht beides — 'insat hours book ${id} --date …' bucht eine Person, '--area A --as-planned' einen ganzen Praxisbereich`,
    hoursAndAbsent: '--hours und --absent schließen sich aus — ein Tag ist entweder gearbeitet oder eine Fehlzeit',
    askParticipant: 'Teilnehmer/in',
    askDay: 'Tag',
    zeroHours: (id, date) =>
      `--hours 0 bucht nichts — eine Fehlzeit mit --absent CODE buchen oder eine Buchung mit 'insat hours delete ${id} --date ${date}' löschen`,
    forced: ' (erzwungen: kein Arbeitstag)',
    unchanged: (id, date, what) => `${id} war am ${fmt.date(date)} schon mit ${what} gebucht — nichts geändert`,
    presentAtOffer: (id, absence, date, offer) =>
      `${id} ist am ${fmt.date(date)} als ${ABSENCE_LABELS_DE[absence as AbsenceCode] ?? absence} gebucht, bei Angebot ${offer} an dem Tag aber als anwesend erfasst — war ${id} nicht da, das Angebot neu erfassen: 'insat group attend ${offer} … --absent ${id}=${absence} --replace'`,
    booked: (id, date, what, was) =>
      `${id} am ${fmt.date(date)} gebucht: ${what}${was !== null ? ` (vorher ${was})` : ''}`,
    wouldBook: (id, date, what, was) =>
      `${id} am ${fmt.date(date)} buchen: ${what}${was !== null ? ` (vorher ${was})` : ''}`,
  },
  roster: {
    exceptForm: (item) => `--except '${item}' ist nicht ID=STUNDEN oder ID=CODE — z. B. --except p003=4,p007=sick`,
    exceptTwice: (id) => `--except nennt ${id} zweimal — einen Wert je Person angeben`,
    needsArea: '--as-planned und --except buchen einen ganzen Praxisbereich — --area holz|kueche|gestaltung ergänzen',
    needsAsPlanned:
      '--area bucht alle im Praxisbereich mit ihren geplanten Stunden — --as-planned ergänzen (und --except für die, die abweichen), oder --absent closed für einen Schließtag',
    notForArea:
      '--hours und --absent gelten für eine Person — für den Praxisbereich --as-planned und --except ID=H|ID=CODE verwenden, oder --absent closed allein',
    missingDate: '--date fehlt — den zu buchenden Tag angeben',
    exceptZero: (id) => `--except ${id}=0 bucht nichts — stattdessen einen Fehlzeit-Code angeben`,
    exceptNoSeat: (id, area, date) =>
      `--except ${id}: ${id} hat am ${fmt.date(date)} keinen Platz in ${AREA_LABELS[area as Area] ?? area} — einzeln buchen mit 'insat hours book ${id} …'`,
    nonWorking: (date, why) =>
      `der ${fmt.date(date)} ist ${why} — Arbeitsstunden an diesem Tag nur mit --force (oder Fehlzeiten mit --except ID=CODE buchen)`,
    nobody: (area, date) =>
      `am ${fmt.date(date)} hat niemand einen Platz in ${AREA_LABELS[area as Area] ?? area} — nichts zu buchen`,
    booked: (count, area, date, planned, closed, worked) =>
      rosterFigures('gebucht', count, area, date, planned, closed, worked),
    wouldBook: (count, area, date, planned, closed, worked) =>
      rosterFigures('buchen', count, area, date, planned, closed, worked),
    allBooked: (area, date) =>
      `in ${AREA_LABELS[area as Area] ?? area} sind am ${fmt.date(date)} schon alle gebucht — nichts geändert`,
    alreadyBooked: (list) => `schon gebucht, unverändert gelassen: ${list}`,
    exceptionNotApplied: (id, value, date, flag) =>
      `  die Abweichung ${id}=${value} wurde nicht übernommen — um diese Buchung zu ändern: insat hours book ${id} --date ${date} ${flag} --replace`,
  },
  import: {
    description:
      'eine Stundenliste buchen (CSV: participant,date,hours oder participant,date,code); alle Zeilen oder keine',
    optReplace: 'Zeilen für schon gebuchte Tage ersetzen diese Buchungen',
    optForce: 'Arbeitsstunden an Wochenenden, Feiertagen und Schließtagen erlauben',
    helpAfter: `
Die Datei: eine Zeile je Person und Tag, zuerst eine Kopfzeile. Spalten participant,date,hours oder
participant,date,code (oder participant,date,hours,code, davon eine der beiden gefüllt); deutsche
Spaltennamen Teilnehmer;Datum;Stunden;Code gehen auch. Durch Komma oder Semikolon getrennt (deutsches
Excel), mit oder ohne BOM; Daten JJJJ-MM-TT oder TT.MM.JJJJ; Stunden 6.5, 6,5 oder 6:30. Jede Zeile
wird zuerst geprüft: ist eine fehlerhaft, wird nichts gebucht und jede fehlerhafte Zeile als
'Zeile N: Grund' aufgeführt (Exit 2, wenn eine Zeile falsch aufgebaut ist, 3, wenn eine Regel des
Programms sie ablehnt).`,
    unreadable: (file, code) => `${file} kann nicht gelesen werden: ${code} — den Pfad prüfen`,
    noParticipant: (id) => `keine Teilnehmenden mit der ID '${id}' — siehe 'insat participant list --all'`,
    twice: (id, date, line) => `${id} ist am ${fmt.date(date)} doppelt gebucht — auch in Zeile ${line}`,
    line: (line, reason) => `Zeile ${line}: ${reason}`,
    badRows: (bad, total, file) =>
      `${bad} von ${total} Zeilen aus ${file} ${bad === 1 ? 'ist' : 'sind'} fehlerhaft (oben aufgeführt); nichts wurde eingelesen — ${bad === 1 ? 'die Zeile' : 'die Zeilen'} korrigieren und die Datei noch einmal einlesen`,
    imported: (r) => `${importFigures(r)} eingelesen`,
    wouldImport: (r) => `${importFigures(r)} einlesen`,
    notUtf8: (file, byte, at) =>
      `${file} ist kein gültiges UTF-8 (Byte 0x${byte} an Stelle ${at}) — noch einmal als "CSV UTF-8" speichern`,
    csvProblem: (code) =>
      code === 'CSV_QUOTE_NOT_CLOSED'
        ? 'ein Anführungszeichen wird nicht geschlossen'
        : code === 'CSV_INVALID_OPENING_QUOTE' || code === 'CSV_INVALID_CLOSING_QUOTE'
          ? 'ein Anführungszeichen steht mitten in einem Feld'
          : code === 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH'
            ? 'eine Zeile hat eine andere Zahl von Feldern'
            : 'der Aufbau entspricht nicht CSV',
    notCsv: (file, line, why) =>
      `${file} ist keine lesbare CSV-Datei${line ? ` (Zeile ${line})` : ''}: ${why} — noch einmal als CSV speichern (durch Komma oder Semikolon getrennt)`,
    empty: (file) =>
      `${file} ist leer — sie braucht eine Kopfzeile (participant,date,hours oder participant,date,code) und eine Zeile je Person und Tag`,
    noRows: (file) => `${file} hat eine Kopfzeile, aber keine Zeilen — nichts einzulesen`,
    noParticipantCell: 'die Teilnehmer-ID fehlt',
    notAnId: (value) => `'${value}' ist keine Teilnehmer-ID (wie p012)`,
    noDate: 'das Datum fehlt',
    notADate: (value) => `'${value}' ist kein Datum (JJJJ-MM-TT oder TT.MM.JJJJ)`,
    hoursAndCode: (h, code) =>
      `Stunden (${h}) und ein Fehlzeit-Code (${code}) zugleich — ein Tag ist entweder gearbeitet oder eine Fehlzeit`,
    neither: 'weder Stunden noch ein Fehlzeit-Code',
    notHours: (value) => `'${value}' ist keine Stundenzahl (6.5, 6,5 oder 6:30)`,
    notQuarter: (value) => `${value} h sind keine Viertelstunden`,
    zero: '0 Stunden buchen nichts — stattdessen einen Fehlzeit-Code angeben',
    notACode: (value, codes, german) => `'${value}' ist kein Fehlzeit-Code (${codes} oder ${german})`,
    columnParticipant: 'Teilnehmer',
    columnDate: 'Datum',
    columnHoursOrCode: 'Stunden oder Code',
    badHeader: (file, header, missing) =>
      `der Kopfzeile von ${file} (Zeile 1: ${header}) fehlt die Spalte ${missing.join(', ')} — participant,date,hours oder participant,date,code verwenden (deutsch: Teilnehmer;Datum;Stunden;Code)`,
  },
  list: {
    description:
      'die Buchungen eines Zeitraums (Standard: dieser Monat; mit --participant die ganze Zuweisung der Person)',
    optParticipant: 'eine Teilnehmerin oder ein Teilnehmer',
    optFrom: 'erster Tag',
    optTo: 'letzter Tag (Standard: heute)',
    optMonth: 'ein Monat',
    optArea: 'ein Praxisbereich',
    monthAndRange: '--month und --from/--to schließen sich aus — einen Zeitraum angeben',
    fromAfterTo: (from, to) => `--from ${from} liegt nach --to ${to} — die beiden tauschen`,
    columns: {
      date: 'Datum',
      pseudonym: 'Pseudonym',
      id: 'ID',
      name: 'Name',
      area: 'Praxisbereich',
      hours: 'Stunden',
      absence: 'Fehlzeit',
      forced: 'erzwungen',
    },
    yes: 'ja',
    areaWords: AREA_LABELS,
    absenceWords: ABSENCE_LABELS_DE,
    summary: (count, from, to, worked, absenceDays) =>
      `${count} ${count === 1 ? 'Buchung' : 'Buchungen'} vom ${fmt.date(from)} bis ${fmt.date(to)}: ${fmt.hours(worked)} h gearbeitet, ${absenceDays} ${absenceDays === 1 ? 'Fehltag' : 'Fehltage'}`,
  },
  missing: {
    description:
      'zugewiesene Arbeitstage in der Vergangenheit, die niemand gebucht hat, je Person, die neuesten zuerst (Standard: die letzten 10 Arbeitstage)',
    optArea: 'ein Praxisbereich',
    optParticipant: 'eine Teilnehmerin oder ein Teilnehmer',
    helpAfter: `
Ein Tag zählt, wenn die Person einen Platz hatte, es ein Arbeitstag war (Montag bis Freitag, kein
Feiertag und kein Schließtag) und er vor heute liegt. Ein solcher Tag ist "nicht erfasst" — weder
gearbeitet noch Fehlzeit —, bis Arbeitsstunden oder ein Fehlzeit-Code für ihn gebucht sind. Exit 0,
auch wenn nichts fehlt.`,
    columns: { id: 'ID', name: 'Name', area: 'Praxisbereich', date: 'Datum' },
    allBooked: (from, to) =>
      `Alle zugewiesenen Arbeitstage vom ${fmt.date(from)} bis ${fmt.date(to)} vor heute sind gebucht.`,
    summary: (count, from, to, people) =>
      `${count} ${count === 1 ? 'zugewiesener Arbeitstag' : 'zugewiesene Arbeitstage'} vom ${fmt.date(from)} bis ${fmt.date(to)} ohne Buchung (${personen(people)}) — jeden buchen mit 'insat hours book ID --date DATUM --hours H' oder '--absent CODE'`,
  },
  delete: {
    description: 'die Buchung eines Tages für eine Teilnehmerin oder einen Teilnehmer löschen',
    optDate: 'der Tag',
    noBooking: (id, date) =>
      `${id} hat am ${fmt.date(date)} keine Buchung — siehe 'insat hours list --participant ${id}'`,
    deleted: (id, date, what) => `Buchung von ${id} am ${fmt.date(date)} gelöscht (${what})`,
    wouldDelete: (id, date, what) => `die Buchung von ${id} am ${fmt.date(date)} löschen (${what})`,
  },
  period: {
    optDate: 'ein Tag',
    optWeek: 'eine ISO-Kalenderwoche, z. B. 2026-W47',
    optMonth: 'ein Kalendermonat',
    optFrom: 'erster Tag des Zeitraums (mit --to)',
    optTo: 'letzter Tag des Zeitraums (mit --from)',
    and: ' und ',
    twoPeriods: (given) => `${given} legen beide den Zeitraum fest — nur eine Angabe machen`,
    halfRange: (missing) => `${missing} fehlt — den Zeitraum als --from DATUM --to DATUM angeben`,
    toBeforeFrom: (from, to) => `--to ${to} liegt vor --from ${from} — die beiden Daten tauschen`,
  },
};

function importFigures(r: ImportFigures): string {
  return `${r.bookings} ${r.bookings === 1 ? 'Buchung' : 'Buchungen'} aus ${r.file} für ${personen(r.people)}, ${fmt.date(r.from)}–${fmt.date(r.to)}: ${r.bookings - r.absent} ${r.bookings - r.absent === 1 ? 'Arbeitstag' : 'Arbeitstage'} (${fmt.hours(r.worked)} h), ${r.absent} ${r.absent === 1 ? 'Fehltag' : 'Fehltage'}${r.replaced ? `, ${r.replaced} ersetzt` : ''}`;
}

function rosterFigures(
  verb: string,
  count: number,
  area: string,
  date: IsoDate,
  planned: number,
  closed: boolean,
  worked: Minutes,
) {
  const exceptions = count - planned;
  return `${count === 1 ? '1 Person' : `${count} Personen`} in ${AREA_LABELS[area as Area] ?? area} am ${fmt.date(date)} ${verb} (${planned} ${closed ? 'Schließtag' : 'wie geplant'}, ${exceptions} ${exceptions === 1 ? 'Abweichung' : 'Abweichungen'}), ${fmt.hours(worked)} h gearbeitet`;
}
