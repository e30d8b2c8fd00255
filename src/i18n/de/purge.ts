import type { purge as en } from '../en/purge.js';
import { fmt } from './format.js';

const KIND = { participant: 'Teilnehmende', applicant: 'Interessierte' } as const;

export const purge: typeof en = {
  description:
    'die personenbezogenen Daten von Personen löschen, die vor einem Tag ausgeschieden sind (und von alten Interessierten); die anonymen Zahlen bleiben',
  optExitedBefore: 'Teilnehmende löschen, deren letzte Zuweisung vor diesem Tag endete',
  optYes: 'ohne Rückfrage bestätigen (ohne Terminal nötig: eine Löschung lässt sich nicht rückgängig machen)',
  optForce: 'auch Personen innerhalb der Aufbewahrungsfrist löschen (braucht --reason)',
  optReason: 'warum die Aufbewahrungsfrist übergangen wird (steht im Verlauf)',
  optDryRun: 'zeigen, wer gelöscht würde, nichts ändern',
  exampleCron: 'cron, Skripte',
  help: `
Wer gelöscht wird:
  Teilnehmende, deren Zuweisungen alle vor dem Tag endeten (Ende oder Austritt), und Interessierte,
  die nie begonnen haben und deren letzter Schritt (Kontakt, Termin, Entscheidung, Rückzug) mehr als
  retention.applicantsMonthsAfterDecision Monate vor dem Tag liegt. Interessierte auf der Warteliste
  werden nie gelöscht (die Löschung wird abgelehnt, bis ihr Rückzug erfasst ist). Personen innerhalb
  der Aufbewahrungsfrist (retention.notesYearsAfterExit Jahre nach dem letzten Tag, Standard 3;
  retention.applicantsMonthsAfterDecision Monate nach dem letzten Schritt, Standard 6) werden nur mit
  --force --reason TEXT gelöscht (die Begründung steht im Verlauf).
Bestätigung:
  am Terminal listet der Befehl, wer gelöscht würde, und fragt nach; ohne Terminal braucht er --yes.
Was gelöscht wird:
  Name (ersetzt durch ein gleichbleibendes Pseudonym), Geburtsdatum, Telefon, E-Mail, Anschrift,
  Kundennummer und Aktenzeichen beim Jobcenter, Suchtstatus, Freitexte der Zuweisung, Ziele und
  Vermerke — im Datenbestand, im Verlauf (Vorher-/Nachher-Stände und Befehle) und in jeder Sicherung.
Was bleibt:
  Kennungen, Zuweisungen (Daten, Praxisbereich, Wochenstunden, Austrittsgrund) und Buchungen, damit
  Plätze, Auslastung, MAE-Summen und Statistik gleich bleiben. Eine Löschung lässt sich nicht rückgängig machen.`,
  forceNeedsReason:
    '--force löscht Personen innerhalb ihrer Aufbewahrungsfrist und braucht eine Begründung --reason TEXT für den Verlauf',
  reasonNeedsForce: '--reason gehört zu --force — weglassen oder --force ergänzen',
  notConfirmed: 'nicht bestätigt — nichts wurde geändert',
  summary: (date, reason) =>
    `purge --exited-before ${date}${reason !== null ? ` (innerhalb der Aufbewahrungsfrist erzwungen: ${reason})` : ''}`,
  nobody: (date) => `niemand ist vor dem ${fmt.date(date)} ausgeschieden, der nicht schon gelöscht ist`,
  purged: (n) => `${n} ${n === 1 ? 'Person' : 'Personen'} gelöscht:`,
  wouldPurge: (n) => `${n} ${n === 1 ? 'Person würde' : 'Personen würden'} gelöscht:`,
  dryRunWouldPurge: (n) => `Probelauf: ${n} ${n === 1 ? 'Person würde' : 'Personen würden'} gelöscht:`,
  kind: KIND,
  lastDay: (kind, date) => `${kind}, letzter Tag ${fmt.date(date)}`,
  cleaned: (entries, scrubbed, deleted) =>
    `Verlauf: ${entries} ${entries === 1 ? 'Eintrag' : 'Einträge'} bereinigt; Sicherungen: ${scrubbed} bereinigt${deleted.length ? `, ${deleted.length} unlesbare gelöscht (${deleted.join(', ')})` : ''}`,
  nothingChanged: 'nichts wurde geändert',
  needsYes:
    'eine Löschung lässt sich nicht rückgängig machen — mit --yes bestätigen (es gibt kein Terminal zum Nachfragen); mit --dry-run sehen, wer gelöscht würde',
  confirm: 'Ihre personenbezogenen Daten endgültig löschen? Das lässt sich nicht rückgängig machen',
  future: (date) =>
    `--exited-before ${fmt.date(date)} liegt in der Zukunft — nur Personen löschen, die schon ausgeschieden sind; heute oder einen früheren Tag angeben`,
  waiting: (id, decided) =>
    `${id} steht auf der Warteliste (am ${fmt.date(decided)} als geeignet entschieden) — zuerst den Rückzug mit 'insat applicant withdraw ${id}' erfassen oder ein früheres --exited-before wählen`,
  early: (people) =>
    people
      .map(
        (c) =>
          `${c.id} (${KIND[c.kind]}, letzter Tag ${fmt.date(c.since)}, aufzubewahren bis ${fmt.date(c.keptUntil)})`,
      )
      .join(', '),
  forcedInside: (list) => `innerhalb der Aufbewahrungsfrist gelöscht: ${list}`,
  insideRetention: (list, n) =>
    `${list} ${n === 1 ? 'ist' : 'sind'} noch in der Aufbewahrungsfrist (Einstellungen retention.notesYearsAfterExit, retention.applicantsMonthsAfterDecision) — ein früheres --exited-before wählen oder mit --force --reason TEXT übergehen`,
};
