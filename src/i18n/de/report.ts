import type { report as en } from '../en/report.js';
import { fmt } from './format.js';

export const report: typeof en = {
  description:
    'PDF-Dokumente für das Jobcenter (PDF/A-2b): Verlaufsbericht, Jahresantrag, Anwesenheitslisten, Fehlzeitenmeldung, Platzfreimeldung',
  optForce:
    'vorhandene Dateien ersetzen (ohne diese Option wird eine vorhandene Datei abgelehnt und nichts geschrieben)',
  optMonth: 'der Monat (Standard: dieser Monat)',
  outFile: (name) => `die PDF-Datei oder ein Verzeichnis für ${name} (Standard: das aktuelle Verzeichnis)`,
  progress: {
    description:
      'Verlaufsbericht einer teilnehmenden Person; ohne ID für alle aktiven Teilnehmenden in das Verzeichnis von --out',
    optFrom: 'erster Tag des Zeitraums (Standard: Beginn der Zuweisung)',
    optTo: 'letzter Tag des Zeitraums (Standard: heute oder der letzte Tag der Zuweisung)',
    optType:
      'start (Eingangsbericht), interim (Zwischenbericht), final (Abschlussbericht) oder request (auf Anforderung); Standard: final nach dem letzten Tag, sonst interim',
    exampleAll: 'alle aktiven Teilnehmenden, je eine Datei',
    toBeforeFrom: (to, from) => `--to ${fmt.date(to)} liegt vor --from ${fmt.date(from)} — die Daten tauschen`,
    toInFuture: (to, today) =>
      `--to ${fmt.date(to)} liegt in der Zukunft — ein Verlaufsbericht reicht höchstens bis heute (${fmt.date(today)})`,
    missingId:
      "die ID der teilnehmenden Person fehlt — eine angeben (z. B. 'insat report progress p012') oder --out VERZEICHNIS/, um die Berichte aller aktiven Teilnehmenden in ein Verzeichnis zu schreiben",
    nobody: (day) => `niemand hat am ${fmt.date(day)} einen Platz — mit --to einen anderen Tag wählen`,
    fromAfterEnd: (from, end) =>
      `--from ${fmt.date(from)} liegt nach dem Ende des Zeitraums (${fmt.date(end)}) — ein früheres --from wählen`,
  },
  application: {
    description:
      'Jahresantrag (Antrag) auf Durchführung der AGH in einem Jahr, mit Kostenplan und den Zahlen des Vorjahres',
    optYear: 'das beantragte Jahr (Standard: nächstes Jahr)',
    gaps: (count, lines) =>
      `für den Jahresantrag ${count === 1 ? 'fehlt eine Einstellung' : `fehlen ${count} Einstellungen`} — ${count === 1 ? 'sie' : 'jede'} setzen und erneut ausführen:\n${lines}`,
  },
  attendance: {
    description: 'Anwesenheitslisten eines Monats: eine Seite je teilnehmender Person, zum Unterschreiben',
    optParticipant: 'nur eine teilnehmende Person',
    noSeat: (id, month) =>
      `${id} hat im ${fmt.month(month)} keinen Platz — einen Monat der Zuweisung wählen (siehe 'insat participant show ${id}')`,
    nobody: (month) => `niemand hat im ${fmt.month(month)} einen Platz — einen anderen Monat wählen`,
  },
  groups: {
    description:
      'Teilnahmelisten des Unterrichts und der Gruppenangebote (Maßnahme nach § 45 SGB III) eines Monats: eine Seite je Angebot, zum Unterschreiben',
    none: (month) =>
      `keine Gruppenangebote im ${fmt.month(month)} — einen anderen Monat wählen (siehe 'insat group list')`,
  },
  outMissingDir: (out, dir) =>
    `--out '${out}': das Verzeichnis ${dir} gibt es nicht — es anlegen oder --out mit / beenden, dann wird es angelegt`,
  outNotPdf: (out) =>
    `--out '${out}' ist weder ein Verzeichnis noch eine .pdf-Datei — mit / für ein Verzeichnis oder mit .pdf für eine Datei beenden`,
  wrote: (file, pages) => `geschrieben: ${file} (${fmt.count(pages, 'Seite', 'Seiten')})`,
};
