import type { check as en } from '../en/check.js';
import { fmt } from './format.js';
import { AREA_LABELS, type Area } from '../../model/types.js';

const CONTACT = {
  socialWorker: 'keine Sozialarbeiterin / keinen Sozialarbeiter',
  integrationOfficer: 'keine Integrationsfachkraft',
};
const CONTACT_FLAG = { socialWorker: ' --social-worker KÜRZEL', integrationOfficer: ' --integration-officer NAME' };

const WHAT = { assignment: 'Zuweisung', goal: 'Ziel', note: 'Vermerk' } as const;

export const check: typeof en = {
  description:
    'den ganzen Datenbestand gegen jede Programmregel prüfen; Exit 3 mit der vollständigen Liste der Probleme (Warnungen auf stderr, Exit 0)',
  optStrict: 'auch Warnungen lassen die Prüfung scheitern (Exit 3)',
  consistent: (people, assignments, bookings, warnings) =>
    `der Datenbestand ist stimmig: ${fmt.count(people, 'Person', 'Personen')}, ${fmt.count(assignments, 'Zuweisung', 'Zuweisungen')}, ${fmt.count(bookings, 'Buchung', 'Buchungen')} geprüft${warnings ? `, ${fmt.count(warnings, 'Warnung', 'Warnungen')} (auf stderr)` : ''}`,
  problemsFound: (n) => `${fmt.count(n, 'Problem', 'Probleme')} im Datenbestand gefunden`,
  strictWarnings: (n) => `${fmt.count(n, 'Warnung', 'Warnungen')} mit --strict`,
  alsoWarnings: (n) => `; außerdem ${fmt.count(n, 'Warnung', 'Warnungen')}`,
  failed: (what, also) =>
    `${what} — so beheben, wie es jede Zeile der Liste sagt (die Liste steht auf stdout, Warnungen auf stderr); für einen von Hand geänderten oder beschädigten Datenbestand siehe den Abschnitt „Repairing an older store“ im README${also}`,
  forcedWorkKind: (order, area, kind, reason) =>
    `Auftrag ${order} (${AREA_LABELS[area as Area] ?? area}) ist eine Arbeit, die der Praxisbereich nicht aufgeführt hat: '${kind}' — angenommen mit der Begründung: ${reason}`,
  duplicateId: (collection, id) =>
    `zwei Einträge in ${collection} haben die Kennung ${id} — einem davon von Hand eine neue Kennung geben`,
  idCounter: (counter, stands, collection, highest) =>
    `der Zähler ${counter} steht auf ${stands}, aber ${collection} nutzt schon Nummern bis ${highest}; die nächste neue Kennung würde eine alte wiederholen — counters.${counter} von Hand auf ${highest} setzen`,
  unknownPerson: (what, id, person) => `${WHAT[what]} ${id} gehört zu ${person}, die es im Datenbestand nicht gibt`,
  hoursChanges: (id, start, until, days) =>
    `${id}: die Änderungen der Wochenstunden der Zuweisung ${fmt.range(start, until)} müssen nach ihrem ersten Tag und in ihr liegen, die älteste zuerst, eine je Tag — ${days.map(fmt.date).join(', ')} ${days.length === 1 ? 'tut' : 'tun'} das nicht; hoursChanges von Hand berichtigen oder eine Sicherung zurückspielen ('insat backup restore NAME')`,
  socialWorkerChanges: (id, start, until, days) =>
    `${id}: die Übergaben an eine andere Sozialarbeiterin oder einen anderen Sozialarbeiter in der Zuweisung ${fmt.range(start, until)} müssen nach ihrem ersten Tag und in ihr liegen, die älteste zuerst, eine je Tag — ${days.map(fmt.date).join(', ')} ${days.length === 1 ? 'tut' : 'tun'} das nicht; socialWorkerChanges von Hand berichtigen oder eine Sicherung zurückspielen ('insat backup restore NAME')`,
  contactsMissing: (person, assignment, missing) =>
    `${person}: die Zuweisung ${assignment} nennt ${missing.map((c) => CONTACT[c]).join(' und ')} — mit 'insat participant edit ${person}${missing.map((c) => CONTACT_FLAG[c]).join('')}' ergänzen (Sozialarbeiter/innen: 'insat staff list')`,
  archiveCurrent: (id, before) =>
    `${id} liegt in archive.json, ${before === null ? 'aber insat.json nennt kein archive.before' : `hat aber Einträge am oder nach dem ${fmt.date(before)}`}; die Befehle des Alltags fänden sie nicht — die Person mit ihren Zuweisungen, Zielen und Vermerken von Hand nach insat.json zurücklegen (jede Änderung über insat legt sie danach wieder ab)`,
  archiveApart: (n) =>
    `${n === 1 ? 'ein Eintrag liegt' : `${n} Einträge liegen`} in einer anderen Datei als ${n === 1 ? 'seine' : 'ihre'} Person (archive.json oder insat.json) — ${n === 1 ? 'ihn' : 'sie'} von Hand zur Person legen`,
  historyDamaged: (path, lines, count) =>
    `${path}: ${count === 1 ? `Zeile ${lines[0]} ist kein lesbarer Eintrag` : `${fmt.int(count)} Zeilen sind keine lesbaren Einträge (${lines.join(', ')}${count > lines.length ? ', …' : ''})`} — die Daten sind nicht betroffen, aber ${count === 1 ? 'die dort festgehaltene Änderung kann' : 'die dort festgehaltenen Änderungen können'} weder angezeigt noch rückgängig gemacht werden; solange kein insat-Befehl läuft, ${count === 1 ? 'die Zeile' : 'die Zeilen'} aus einer Kopie der Datei (Sicherung des Rechners) zurückholen oder löschen`,
  purgeIncomplete: (id) =>
    `${id} ist als gelöscht markiert, hat aber noch personenbezogene Daten — 'insat purge' erneut ausführen`,
  legacyCap: (id, start, reason, until) =>
    `${id}: die Zuweisung ab ${fmt.date(start)} trägt eine Entscheidung über mehr als 24 Monate, die aus einem Freitext übernommen wurde${reason ? ` ('${reason}')` : ''} und nicht mehr zählt — die Fakten mit 'insat participant extend ${id} --until ${until}' neu erfassen (mit --cap-decision TEXT --decided DATUM, falls das Jobcenter entschieden hat)`,
};
