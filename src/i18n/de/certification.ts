import type { certification as en, CertificationChange } from '../en/certification.js';
import { fmt } from './format.js';

const LABEL = { kind: 'Art', due: 'fällig am', every: 'alle', note: 'Notiz', lastDone: 'zuletzt erledigt' };
const shown = (v: string | null) => (v === null || v === '' ? '–' : /^\d{4}-\d\d-\d\d$/.test(v) ? fmt.date(v) : v);
const changeList = (changes: readonly CertificationChange[]) =>
  changes.map((c) => `${LABEL[c.field]} ${shown(c.before)} → ${shown(c.after)}`).join('; ');

export const certification: typeof en = {
  description:
    'Zertifizierungstermine der Maßnahme nach § 45 SGB III (AZAV): Konzept-Rezertifizierung und jährliches Audit',
  add: 'einen Termin eintragen, zu dem die Maßnahme rezertifiziert oder auditiert werden muss',
  optKind: 'concept (Konzept: Rezertifizierung bei der fachkundigen Stelle) oder audit (Audit: jährlich)',
  optDue: 'der Tag, an dem es fällig ist',
  optEvery: 'wiederkehrend: 1y, 3y (auch Monate: 6m); done schiebt den Termin weiter',
  optNote: 'z. B. die Zertifizierungsstelle',
  list: 'die Zertifizierungstermine, der nächste zuerst',
  done: 'eintragen, dass es stattgefunden hat; ein wiederkehrender Termin rückt weiter',
  optDoneDate: 'der Tag, an dem es stattfand (Standard: heute)',
  badKind: (value) =>
    `--kind '${value}' ist keine Art von Zertifizierungstermin — concept (Konzept) oder audit (Audit) angeben`,
  badEvery: (value) =>
    `--every '${value}' ist kein Abstand — Jahre oder Monate angeben, z. B. 1y (Audit) oder 3y (Konzept), 6m`,
  badId: (value) =>
    `'${value}' ist keine Kennung eines Zertifizierungstermins — Kennungen von Zertifizierungsterminen sehen aus wie z012 (siehe 'insat certification list')`,
  notFound: (id) => `kein Zertifizierungstermin '${id}' — siehe 'insat certification list'`,
  added: (id, label, due, every) =>
    `${id} eingetragen: ${label} fällig am ${fmt.date(due)}${every ? `, ${every}` : ''}`,
  wouldAdd: (id, label, due, every) =>
    `${id} eintragen: ${label} fällig am ${fmt.date(due)}${every ? `, ${every}` : ''}`,
  recorded: (id, label, date, next) =>
    `${id} (${label}) am ${fmt.date(date)} erledigt eingetragen${next ? `; nächster Termin am ${fmt.date(next)}` : ''}`,
  wouldRecord: (id, label, date, next) =>
    `${id} (${label}) am ${fmt.date(date)} als erledigt eintragen${next ? `; nächster Termin am ${fmt.date(next)}` : ''}`,
  every: (months) =>
    months === 12
      ? 'jährlich'
      : months % 12 === 0
        ? `alle ${months / 12} Jahre`
        : months === 1
          ? 'monatlich'
          : `alle ${months} Monate`,
  edit: {
    exampleClearLastDone: 'ein versehentlich als erledigt eingetragener Termin',
    description:
      'einen Zertifizierungstermin berichtigen: Art, Fälligkeit, Abstand, Notiz oder den Tag, an dem es zuletzt stattfand; ein Schritt, der rückgängig gemacht werden kann',
    optDue: 'der Tag, an dem es fällig ist',
    optEvery: "wiederkehrend: 1y, 3y (auch Monate: 6m); einmalig: '--clear every'",
    optLastDone:
      'der berichtigte Tag, an dem es zuletzt stattfand (ein davon weitergeschobener Termin rückt neu weiter)',
    optClear: "Felder leeren: 'every', 'note'; oder den letzten Eintrag als erledigt zurücknehmen: 'last-done'",
    nothing:
      'nichts zu ändern — mindestens eine der Optionen --kind, --due, --every, --note, --last-done, --clear angeben',
    done: (id, changes) => `${id} berichtigt: ${changeList(changes)}`,
    wouldDo: (id, changes) => `${id} berichtigen: ${changeList(changes)}`,
    unchanged: (id) => `nichts geändert: ${id} hat diese Angaben bereits`,
    neverDone: (id, label) =>
      `${id} (${label}) ist nie als erledigt eingetragen — nichts zu berichtigen; mit 'insat certification done ${id} --date DATUM' eintragen`,
    lastDoneNotAfter: (date, before) =>
      `--last-done ${fmt.date(date)} liegt nicht nach dem Mal davor (${fmt.date(before)}) — einen späteren Tag angeben`,
  },
  delete: {
    description:
      'einen versehentlich eingetragenen Zertifizierungstermin löschen (mit seinen Einträgen als erledigt); ein Schritt, der rückgängig gemacht werden kann',
    done: (id, label, due) => `${id} gelöscht: ${label}${due ? ` fällig am ${fmt.date(due)}` : ''}`,
    wouldDo: (id, label, due) => `${id} löschen: ${label}${due ? ` fällig am ${fmt.date(due)}` : ''}`,
  },
  columns: {
    id: 'ID',
    kind: 'Art',
    due: 'fällig am',
    every: 'wiederkehrend',
    lastDone: 'zuletzt erledigt',
    note: 'Notiz',
  },
  none: "keine Zertifizierungstermine eingetragen — mit 'insat certification add --kind concept|audit --due D --every 3y|1y' eintragen",
  doneNotRecurring: (id, label, last) =>
    `${id} (${label}) ist schon am ${fmt.date(last)} erledigt und wiederholt sich nicht — den nächsten Termin mit 'insat certification add' eintragen`,
  doneInFuture: (date, label) =>
    `der ${fmt.date(date)} liegt in der Zukunft — ${label} erst eintragen, wenn es stattgefunden hat (an dem Tag oder später)`,
  doneAlready: (id, label, date) =>
    `${id} (${label}) ist schon am ${fmt.date(date)} als erledigt eingetragen — nichts erneut einzutragen; 'insat certification list' zeigt den nächsten Termin`,
  doneBeforeLast: (date, last) =>
    `der ${fmt.date(date)} liegt vor dem letzten Mal (${fmt.date(last)}) — ein späteres --date angeben`,
  storedDoneInFuture: (id, label, date) =>
    `${id} (${label}) ist als erledigt am ${fmt.date(date)} eingetragen, einem Tag in der Zukunft — mit 'insat certification edit ${id} --last-done DATUM' berichtigen oder mit '--clear last-done' zurücknehmen`,
  storedDoneOutOfOrder: (id, label, date, before) =>
    `${id} (${label}) ist als erledigt am ${fmt.date(date)} eingetragen, nicht nach dem vorigen Termin (${fmt.date(before)}) — die Daten in insat.json korrigieren, während kein insat-Befehl läuft`,
};
