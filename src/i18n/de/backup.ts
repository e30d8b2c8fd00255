import type { backup as en } from '../en/backup.js';

export const backup: typeof en = {
  description:
    'automatische Sicherungen: eine vor der ersten Änderung jedes Tages (14 werden aufbewahrt) und eine vor jeder Wiederherstellung',
  list: 'die Sicherungen, die älteste zuerst, mit Größe und Zahl der Personen',
  restore:
    "den Datenbestand durch eine Sicherung ersetzen; der aktuelle Stand wird vorher gesichert, und 'insat undo' macht die Wiederherstellung rückgängig",
  exampleUndo: 'doch nicht: zurück zum Stand vor der Wiederherstellung',
  kinds: { daily: 'täglich', 'before restore': 'vor Wiederherstellung', 'before init': 'vor init', other: 'sonstige' },
  columns: { name: 'Name', kind: 'Art', people: 'Personen', kb: 'KB' },
  howToRestore: "eine davon mit 'insat backup restore NAME' wiederherstellen",
  none: 'noch keine Sicherungen — vor der ersten Änderung jedes Tages wird eine angelegt',
  wouldReplaceBroken: (name, why) => `der unlesbare Datenbestand würde durch die Sicherung ${name} ersetzt (${why})`,
  summaryBroken: (name, saved) =>
    `backup restore ${name} über einen unlesbaren Datenbestand (seine Dateien liegen in backups/${saved})`,
  summary: (name) => `backup restore ${name}`,
  restoredBroken: (name, saved) =>
    `Sicherung ${name} über den unlesbaren Datenbestand wiederhergestellt; seine Dateien liegen in backups/${saved} — dieser Schritt lässt sich nicht rückgängig machen`,
  records: (n) => `${n} ${n === 1 ? 'Datensatz' : 'Datensätze'}`,
  same: (name) => `der Datenbestand entspricht schon der Sicherung ${name} — nichts wiederherzustellen`,
  wouldRestore: (name, n) =>
    `Sicherung ${name} würde wiederhergestellt (${n === 1 ? '1 Datensatz würde' : `${n} Datensätze würden`} sich ändern)`,
  restored: (name, records, saved) =>
    `Sicherung ${name} wiederhergestellt (${records} geändert); der vorige Stand liegt in der Sicherung ${saved} — 'insat undo' macht die Wiederherstellung rückgängig`,
};
