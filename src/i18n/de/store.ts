import type { store as en } from '../en/store.js';
import { fmt } from './format.js';

export const store: typeof en = {
  fix: {
    diskFull: 'Platz auf dem Datenträger schaffen',
    readOnly:
      'das Datenverzeichnis liegt auf einem schreibgeschützten Dateisystem — beschreibbar einhängen oder ein anderes --data-Verzeichnis wählen',
    notWritable: 'dem Datenverzeichnis Schreibrechte für diesen Benutzer geben',
    other: 'prüfen, ob das Datenverzeichnis existiert und beschreibbar ist',
    notADirectory:
      'ein Teil des Pfads zum Datenverzeichnis ist eine Datei — --data oder INSAT_DATA auf ein Verzeichnis richten',
  },
  dataDirIsFile: (dir, file) =>
    `${dir} kann keinen Datenbestand aufnehmen: ${file} ist eine Datei, kein Verzeichnis — --data oder INSAT_DATA auf das Verzeichnis des Datenbestands richten (oder für 'insat init' auf ein neues)`,
  cannotUse: (dir, why, fix) => `der Datenbestand ${dir} kann nicht benutzt werden: ${why} — ${fix}`,
  noStore: (dir) =>
    `kein insat-Datenbestand in ${dir} — mit 'insat init' einen anlegen oder --data / INSAT_DATA auf einen vorhandenen richten`,
  exists: (dir) =>
    `in ${dir} gibt es schon einen Datenbestand — mit --force ersetzen (vorher wird eine Sicherung angelegt)`,
  empty: (path) => `${path} ist leer — mit 'insat backup restore NAME' wiederherstellen; die Datei bleibt unverändert`,
  wrongYear: (path, holds, year) =>
    `${path} enthält Buchungen aus ${holds}, nicht aus ${year} — die Datei wieder unter ihrem eigenen Jahr ablegen`,
  wrongMonth: (path, holds, month) =>
    `${path} enthält Buchungen aus ${holds}, nicht aus ${month} — die Datei wieder unter ihrem eigenen Monat ablegen`,
  bookingOutsideMonth: (path, participant, date, month) =>
    `${path} enthält eine Buchung von ${participant} am ${fmt.date(date)}, außerhalb von ${month} — sie in die Datei ihres eigenen Monats verschieben`,
  layoutConflict: (yearFile, monthFile, participant, date) =>
    `${yearFile} und ${monthFile} enthalten beide eine Buchung von ${participant} am ${fmt.date(date)}, und sie weichen voneinander ab — ein älteres insat hat die Jahresdatei geschrieben; die richtige behalten, die andere löschen, dann insat erneut aufrufen`,
  layoutMigrated: (years, months) =>
    `Ablage umgestellt: die Buchungen aus ${years} ${years === 1 ? 'Jahresdatei' : 'Jahresdateien'} liegen jetzt in ${months} ${months === 1 ? 'Monatsdatei' : 'Monatsdateien'}`,
  cannotRead: (path, why) => `${path} kann nicht gelesen werden: ${why} — die Dateirechte prüfen`,
  notJson: (path, why) =>
    `${path} ist kein gültiges JSON (${why}) — mit 'insat backup restore NAME' wiederherstellen oder von Hand reparieren; die Datei bleibt unverändert`,
  schema: (path, where, issue, hint) =>
    `${path} passt nicht zum Schema des Datenbestands bei ${where}: ${issue} — ${hint}`,
  topLevel: 'der obersten Ebene',
  newerInsat: (version) =>
    `sie wurde von einer neueren insat-Version geschrieben (Schema ${version}) — insat aktualisieren`,
  repairHint: `mit 'insat backup restore NAME' wiederherstellen oder von Hand reparieren; die Datei bleibt unverändert`,
  archiveMissing: (path, before) =>
    `${path} fehlt, insat.json legt die Personen, deren Aufenthalt vor dem ${fmt.date(before)} endete, aber dort ab — die Datei zurücklegen oder die neueste Sicherung wiederherstellen, die sie hat ('insat backup list', 'insat backup restore NAME'); die Datei nie allein löschen oder verschieben`,
  inBothFiles: (archive, what, id) =>
    `${archive} und insat.json enthalten beide ${what} ${id} — nur einen der beiden Einträge behalten (im Zweifel den in insat.json)`,
  appearsTwice: (what, key) => `${what} ${key} kommt doppelt vor — nur einen Eintrag behalten`,
  cannotWrite: (what, why, fix) => `${what} kann nicht geschrieben werden: ${why} — ${fix}; nichts wurde geändert`,
  recordedNotApplied: (dir, why, fix) =>
    `die Änderung ist festgehalten, aber ${dir} konnte nicht aktualisiert werden: ${why} — ${fix}; der nächste insat-Befehl schließt sie ab`,
  cannotComplete: (dir, why, fix) =>
    `eine unterbrochene Änderung in ${dir} kann nicht abgeschlossen werden: ${why} — ${fix}; nichts wurde geändert`,
  defaultsBroken: (path) => `${path} passt nicht zum Schema der Einstellungen — insat neu installieren`,
  cannotLock: (dir, why, fix) =>
    `der Datenbestand ${dir} kann nicht gesperrt werden: ${why} — ${fix}; nichts wurde geändert`,
  busy: (dir, who) =>
    `der Datenbestand ${dir} ist belegt: ${who} arbeitet damit — gleich noch einmal versuchen; nichts wurde geändert`,
  lockOwner: (pid, host, since) => `insat-Prozess ${pid}${host ? ` auf ${host}` : ''} (seit ${since})`,
  anotherProcess: 'ein anderer insat-Prozess',
  cannotBackup: (dir, why, fix) =>
    `die tägliche Sicherung in ${dir} kann nicht angelegt werden: ${why} — ${fix}; nichts wurde geändert`,
  cannotKeepOld: (name, why, fix) =>
    `der alte Datenbestand kann nicht als Sicherung ${name} aufbewahrt werden: ${why} — ${fix}; nichts wurde geändert`,
  keyUnreadable: (path, why) => `${path} kann nicht gelesen werden: ${why} — die Dateirechte prüfen`,
  keyDamaged: (path) =>
    `${path} ist beschädigt (keine 64 Hex-Ziffern) — löschen, dann wird ein neues Geheimnis angelegt; Pseudonyme in früheren Exporten weichen dann ab`,
  keyNotCreated: (path, why) => `${path} kann nicht angelegt werden: ${why} — dem Datenverzeichnis Schreibrechte geben`,
  purgeJobUnreadable: (path, why) =>
    `${path} kann nicht gelesen werden: ${why} — darin steht eine noch nicht abgeschlossene Löschung; 'insat purge' mit demselben --exited-before erneut ausführen`,
  noBackup: (name) => `keine Sicherung namens '${name}' — 'insat backup list' zeigt die Sicherungen`,
  backupMissingMain: (path) => `${path} fehlt oder ist leer — eine andere Sicherung wählen`,
  backupWrongYear: (path, year) => `${path} enthält Buchungen aus ${year} — eine andere Sicherung wählen`,
  historyUnreadable: (path, why) => `${path} kann nicht gelesen werden: ${why} — die Dateirechte prüfen`,
  unknownHistoryFile: (file) =>
    `der Verlauf nennt eine unbekannte Datei '${file}' — er stammt vielleicht von einer neueren insat-Version; insat aktualisieren`,
  records: {
    booking: (who, day) => `die Buchung von ${who} am ${day}`,
    settings: 'die Einstellungen',
    counters: 'die Nummernzähler',
    nouns: {
      people: 'Person',
      assignments: 'Zuweisung',
      goals: 'Ziel',
      notes: 'Vermerk',
      customers: 'Kunde',
      orders: 'Auftrag',
      certifications: 'Zertifizierungstermin',
      staff: 'Mitarbeiter/in',
      groupOffers: 'Gruppenangebot',
    },
  },
  undo: {
    purge: (summary) =>
      `die letzte Änderung ist '${summary}'; eine Löschung (purge) lässt sich nicht rückgängig machen — die gelöschten personenbezogenen Daten sind aus Datenbestand, Verlauf und Sicherungen entfernt; nichts wurde geändert`,
    unreadableReplaced: (summary) =>
      `die letzte Änderung '${summary}' hat unlesbare Dateien ersetzt, es gibt also keinen festgehaltenen Stand, zu dem man zurück könnte — nichts wurde geändert; 'insat backup list' zeigt die Sicherungen`,
    changedLater: (record, summary, at) =>
      `${record} wurde danach durch '${summary}' (${at}) geändert — zuerst diese Änderung rückgängig machen`,
    changedOutside: (record, summary) =>
      `${record} wurde nach '${summary}' außerhalb von insat geändert (von Hand oder durch 'insat init --force') — das lässt sich nicht rückgängig machen; 'insat backup list' zeigt die Sicherungen, die stattdessen wiederhergestellt werden können`,
    more: (n) => `… und ${n} weitere${n === 1 ? 'r Datensatz' : ' Datensätze'}, die seitdem geändert wurden`,
  },
};
