import type { people as en } from '../en/people.js';
import { AREA_LABELS, type Area } from '../../model/types.js';
import { fmt } from './format.js';
import { EXIT_REASONS } from '../../model/exit-reasons.js';

export const people: typeof en = {
  birthDateNotPast: (date) => `das Geburtsdatum ${fmt.date(date)} liegt nicht in der Vergangenheit — Datum prüfen`,
  contactInFuture: (date) =>
    `der Erstkontakt am ${fmt.date(date)} liegt in der Zukunft — heute oder einen früheren Tag angeben`,
  priorNotOver: (from, to) =>
    `ein früherer AGH-Zeitraum muss vor heute geendet haben (${fmt.date(from)} bis ${fmt.date(to)}) — nur abgeschlossene Zeiträume erfassen`,
  alreadyEnrolled: (id) => `${id} hat bereits eine Zuweisung — siehe 'insat participant show ${id}'`,
  withdrew: (id, date) =>
    `${id} hat sich am ${fmt.date(date)} zurückgezogen — die Person neu erfassen, wenn sie wiederkommt`,
  alreadyAttendedSchedule: (id, date) =>
    `${id} war bereits am ${fmt.date(date)} beim Informationstermin — als Nächstes: 'insat applicant decide ${id} --suitable|--unsuitable --by NAME'`,
  alreadyAttended: (id, date) =>
    `${id} war bereits am ${fmt.date(date)} beim Informationstermin — nichts zu erfassen; 'insat undo' macht einen falschen Eintrag rückgängig`,
  notAttendedYet: (id) =>
    `${id} war noch nicht beim Informationstermin, der immer zuerst kommt — mit 'insat applicant attended ${id}' erfassen`,
  appointmentAhead: (id, date) =>
    `der Informationstermin von ${id} ist für den ${fmt.date(date)} geplant und liegt noch vor uns — die Teilnahme an diesem Tag oder später erfassen oder den Termin zuerst neu planen`,
  attendedBeforeAppointment: (id, day, date) =>
    `${id} kann nicht am ${fmt.date(day)} teilgenommen haben, vor dem für den ${fmt.date(date)} geplanten Termin — diesen Tag oder einen späteren angeben oder den Termin zuerst neu planen`,
  attendedInFuture: (id, day) =>
    `${id} kann nicht am ${fmt.date(day)} teilgenommen haben, der Tag liegt in der Zukunft — am Tag selbst oder später erfassen`,
  appointmentBeforeContact: (day, contact) =>
    `der Termin am ${fmt.date(day)} liegt vor dem Erstkontakt am ${fmt.date(contact)} — Datum prüfen oder --date angeben`,
  decisionInFuture: (day) =>
    `eine Entscheidung kann nicht in der Zukunft liegen (${fmt.date(day)}) — --date mit heute oder einem früheren Tag angeben`,
  decisionBeforeAppointment: (day, appointment) =>
    `die Entscheidung am ${fmt.date(day)} liegt vor dem Informationstermin am ${fmt.date(appointment)} — ein späteres --date angeben`,
  ageOutOfBounds: (id, age, contact, min, max) =>
    `${id} wäre beim Erstkontakt am ${fmt.date(contact)} ${age} Jahre alt; Teilnehmende sind Erwachsene im erwerbsfähigen Alter (${min}–${max}) — Geburtsdatum prüfen`,
  appointmentBeforeContactOf: (id, appointment, contact) =>
    `${id}: der Informationstermin am ${fmt.date(appointment)} liegt vor dem Erstkontakt am ${fmt.date(contact)} — eines der Daten korrigieren`,
  decisionBeforeAppointmentOf: (id, decision, appointment) =>
    `${id}: die Entscheidung des Jobcenters am ${fmt.date(decision)} liegt vor dem Informationstermin am ${fmt.date(appointment)} — eines der Daten korrigieren`,
  startBeforeDecision: (id, start, decision) =>
    `${id}: die Zuweisung würde am ${fmt.date(start)} beginnen, vor der Entscheidung des Jobcenters am ${fmt.date(decision)} — eine Zuweisung beginnt frühestens am Tag der Entscheidung; ein späteres --start wählen oder das Datum der Entscheidung korrigieren`,

  weeklyHours: (hours, min, max) =>
    `${hours} Wochenstunden liegen außerhalb des Rahmens der Maßnahme von ${min} bis ${max} — ganze Stunden in diesem Bereich wählen`,
  endsBeforeStart: (id, start, until) =>
    `${id}: die Zuweisung endet (${fmt.date(until)}) vor ihrem Beginn (${fmt.date(start)}) — Daten tauschen oder korrigieren`,
  exitOutsideOf: (id, exit, start, until) =>
    `${id}: der Austritt am ${fmt.date(exit)} liegt außerhalb der Zuweisung vom ${fmt.date(start)} bis ${fmt.date(until)}`,
  unknownExitReasonOf: (id, reason) => `${id}: unbekannter Austrittsgrund '${reason}'`,
  otherNeedsTextOf: (id) => `${id}: der Austrittsgrund 'other' braucht einen Text`,
  firstAreaStart: (id) => `${id}: der erste Praxisbereich muss mit der Zuweisung beginnen`,
  overlap: (id, first, firstLast, second) =>
    `${id} hat zwei Zuweisungen, die sich überschneiden (${fmt.date(first)} bis ${fmt.date(firstLast)} und ab ${fmt.date(second)}) — eine weitere Zuweisung beginnt nach dem letzten Tag der vorigen: einen späteren --start wählen oder die frühere zuerst beenden ('insat participant exit ${id}'; 'insat participant show ${id}' zeigt beide)`,
  notAttended: (who, id) =>
    `${who} war nicht beim Informationstermin — mit 'insat applicant attended ${id} --date DATUM' erfassen`,
  notSuitable: (who, id) =>
    `${who} wurde nicht als geeignet entschieden — die Entscheidung des Jobcenters mit 'insat applicant decide ${id} --suitable --by NAME' erfassen`,
  enrolledBut: (id) => `${id} hat eine Zuweisung, aber`,
  extendExited: (id, date) =>
    `${id} ist bereits am ${fmt.date(date)} ausgetreten; eine beendete Zuweisung kann nicht verlängert werden — die Person neu zuweisen`,
  extendNotLater: (until, current) =>
    `das neue Ende ${fmt.date(until)} liegt nicht nach dem bisherigen Ende ${fmt.date(current)} — ein späteres Datum angeben`,
  moveDate: (start, last) =>
    `ein Wechsel muss nach dem Beginn (${fmt.date(start)}) und spätestens am letzten Tag (${fmt.date(last)}) liegen — ein Datum dazwischen wählen oder den Praxisbereich bei der Zuweisung ändern`,
  exitTwice: (id, date, reason) =>
    `${id} ist bereits am ${fmt.date(date)} ausgetreten (${EXIT_REASONS[reason]?.label ?? reason}); ein Austritt kann nicht zweimal erfasst werden — 'insat undo' macht einen falschen rückgängig`,
  unknownExitReason: (reason) =>
    `unbekannter Austrittsgrund '${reason}' — die Codes stehen in 'insat participant exit --help'`,
  otherNeedsText: `der Austrittsgrund 'other' braucht einen Text — --text "…" angeben`,
  exitOutside: (date, start, until) =>
    `das Austrittsdatum ${fmt.date(date)} liegt außerhalb der Zuweisung vom ${fmt.date(start)} bis ${fmt.date(until)} — einen Tag innerhalb angeben`,

  sameRecord: (id, name, birthDate, customerNo) =>
    `${id} (${name}${birthDate ? `, geboren am ${fmt.date(birthDate)}` : ''}${customerNo ? `, Kundennummer ${customerNo}` : ''})`,
  duplicate: (name, records) =>
    `${name} ist bereits erfasst als ${records.join(', ')} — mit diesem Datensatz weiterarbeiten oder --not-duplicate angeben, wenn es eine andere Person ist`,
  likelyDuplicate: (a, aName, b, bName, why) =>
    `${a} (${aName}) und ${b} (${bName}) scheinen dieselbe Person zu sein (${why}) — eine Person hat einen Datensatz; sind es zwei Personen, ist nichts zu tun`,
  alikeBorn: (date) => `geboren am ${fmt.date(date)}, ähnliche Namen`,
  alikeCustomerNo: (no) => `Kundennummer ${no}`,

  seatsTaken: (taken, day, capacity, fix) =>
    `am ${fmt.date(day)} wären ${taken} Plätze belegt, die Maßnahme hat ${capacity} — ${fix}`,
  areaSeatsTaken: (taken, area, day, capacity, fix) =>
    `am ${fmt.date(day)} wären im Praxisbereich ${AREA_LABELS[area as Area] ?? area} ${taken} Plätze belegt, der Praxisbereich hat ${capacity} — ${fix}`,
  raisePlan: (day, key, taken) =>
    `der Platzplan ab ${fmt.date(day)} liegt unter den belegten Plätzen: mit 'insat config set ${key} ${taken} --from ${day}' erhöhen oder die Austritte erfassen, die Platz schaffen`,
  laterStart: (day) => `einen späteren Beginn oder ein früheres Ende wählen (siehe 'insat seats --date ${day}')`,
  otherArea: (day) =>
    `einen anderen Praxisbereich, einen späteren Beginn oder ein früheres Ende wählen (siehe 'insat seats --date ${day}')`,

  missing: (flags) =>
    `es ${flags.length > 1 ? 'fehlen' : 'fehlt'} ${flags.map((f) => fmt.alternatives(f.split('|'))).join(', ')} — auf der Befehlszeile angeben (Rückfragen brauchen ein Terminal)`,
  nothingToChoose: (flag) => `für ${flag} gibt es nichts zur Auswahl — auf der Befehlszeile angeben`,
  dateForms: '(JJJJ-MM-TT, TT.MM.JJJJ, heute oder gestern)',
  notADate: 'kein Datum — JJJJ-MM-TT, TT.MM.JJJJ, TT.MM.JJ, heute oder gestern verwenden',
  wholeNumber: (min, max) => `eine ganze Zahl von ${min} bis ${max}`,
  notEmpty: 'darf nicht leer sein',
  enterForNone: '(Enter: keine Angabe)',

  decidedWithoutDecision:
    '--decided datiert die Entscheidung des Jobcenters — die Entscheidung selbst mit --cap-decision TEXT mitgeben',
};
