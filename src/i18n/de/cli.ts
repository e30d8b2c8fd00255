import type { cli as en } from '../en/cli.js';
import { fmt } from './format.js';

export const cli: typeof en = {
  program: 'Verwaltung für INSAT, die Arbeitsgelegenheit (AGH) in Bochum',
  errorPrefix: 'Fehler: ',
  warningPrefix: 'Warnung: ',
  cancelled: 'abgebrochen — nichts wurde geändert',
  internal: (what) =>
    `${what} — das ist ein Fehler in insat; bitte mit INSAT_DEBUG=1 erneut ausführen und die Ausgabe melden`,
  outputFailed: (code) =>
    `die Ausgabe konnte nicht geschrieben werden: ${code} — Platz auf dem Datenträger schaffen oder die Ausgabe woandershin schreiben`,
  seeHelp: (command) => `siehe '${command} --help'`,
  missingFlags: (flags, command) =>
    `es ${flags.length > 1 ? 'fehlen' : 'fehlt'} ${flags.map((f) => fmt.alternatives(f.flag.split('|')) + (f.with ? ` (bei ${f.with})` : '')).join(', ')} — auf der Befehlszeile angeben (siehe '${command} --help')`,
  dryRun: (what) => `Probelauf: ${what} — nichts wurde geändert`,
  wroteFile: (file) => `geschrieben: ${file}`,
  badLang: (value, source) => `${source} '${value}' ist keine Sprache — de oder en angeben`,
  help: {
    titles: {
      'Usage:': 'Aufruf:',
      'Options:': 'Optionen:',
      'Commands:': 'Befehle:',
      'Arguments:': 'Argumente:',
      'Global Options:': 'Globale Optionen:',
    },
    examples: 'Beispiele:',
    usage: { '[options]': '[Optionen]', '[command]': '[Befehl]' },
    helpOption: 'Hilfe zu diesem Befehl anzeigen',
    helpCommand: 'Hilfe zu einem Befehl anzeigen',
    version: 'Versionsnummer anzeigen',
    default: (value) => `Standard: ${value}`,
    choices: (values) => `Auswahl: ${values}`,
  },
  options: {
    data: 'Datenverzeichnis (Standard: $INSAT_DATA, sonst $XDG_DATA_HOME/insat)',
    json: 'ein JSON-Dokument auf stdout ausgeben',
    noColor: 'Ausgabe nie einfärben',
    lang: 'Sprache der Texte: de oder en (Standard: $INSAT_LANG, sonst die Einstellung im Datenbestand, sonst de)',
    dryRun: 'zeigen, was sich ändern würde, nichts ändern',
    format: (formats) => `${fmt.alternatives(formats)} (Standard ${formats[0]})`,
    area: (what, areas) => `${what}: ${areas} (oder Holz, Küche, Gestaltung)`,
    formatNotHere: (requested, allowed) =>
      `--format '${requested}' gibt es hier nicht — eines davon angeben: ${allowed.join(', ')}`,
  },
  programHelp: `
Beispiele:
  $ insat init --demo                 Datenbestand mit dem Demo-Programm anlegen
  $ insat seats                       freie und belegte Plätze heute
  $ insat applicant add --name "Max Muster" --birth-date 1980-05-01 --referred-by jobcenter
  $ insat enrol p012 --area holz --start 2026-12-01 --until 2027-11-30 --hours-per-week 20
  $ insat hours book --area kueche --date 2026-11-24 --as-planned
  $ insat occupancy --format text     Auslastung der letzten Woche, für cron

Exit-Codes: 0 erledigt · 1 interner Fehler · 2 Aufruf falsch · 3 von einer Programmregel abgelehnt · 4 nicht gefunden · 5 belegt · 6 Datenbestand unlesbar
Umgebung: INSAT_DATA (Datenbestand), INSAT_LANG (de oder en), INSAT_TODAY (festes Datum), NO_COLOR, INSAT_DEBUG=1 (Stacktraces)`,
  commander: {
    unknownOption: (flag, suggestion) => `unbekannte Option '${flag}'${suggestion}`,
    unknownCommand: (name, suggestion) => `unbekannter Befehl '${name}'${suggestion}`,
    didYouMean: (what) => `(Meinten Sie ${what}?)`,
    missingCommand: (command, commands) => `'${command}' braucht einen Befehl${commands ? `: ${commands}` : ''}`,
    missingArgument: (name) => `Argument '${name}' fehlt`,
    optionArgumentMissing: (flags) => `Option '${flags}' braucht einen Wert`,
    requiredOption: (flags) => `Pflichtoption '${flags}' fehlt`,
    tooManyArguments: (expected, got, forCommand) =>
      `zu viele Argumente${forCommand}: erwartet ${expected}, angegeben ${got}.`,
    forCommand: (name) => ` für '${name}'`,
    invalidOption: (flags, value, why) => `Option '${flags}': Wert '${value}' ist ungültig. ${why}`,
    invalidArgument: (name, value, why) => `Argument '${name}': Wert '${value}' ist ungültig. ${why}`,
    conflict: (a, b) => `${a} und ${b} gehen nicht zusammen`,
    allowedChoices: (choices) => `Möglich sind: ${choices}.`,
  },
};
