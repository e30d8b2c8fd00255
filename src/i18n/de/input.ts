import type { input as en } from '../en/input.js';
import { fmt } from './format.js';

export const input: typeof en = {
  needsDate: (flag) => `${flag} braucht ein Datum — JJJJ-MM-TT oder TT.MM.JJJJ angeben`,
  notDate: (flag, value) =>
    `${flag} '${value}' ist kein Datum — JJJJ-MM-TT oder TT.MM.JJJJ angeben (auch TT.MM.JJ, heute, gestern)`,
  notMonth: (flag, value) => `${flag} '${value}' ist kein Monat — JJJJ-MM angeben, z. B. 2026-11`,
  notWeek: (flag, value) => `${flag} '${value}' ist keine Kalenderwoche — JJJJ-Www angeben, z. B. 2026-W47`,
  notHours: (flag, value) => `${flag} '${value}' ist keine Stundenzahl — 6,5, 6.5 oder 6:30 angeben`,
  notQuarterHour: (flag, value) => `${flag} '${value}' ist nicht in Viertelstunden — auf :00, :15, :30 oder :45 runden`,
  theRate: 'der Satz',
  notEuros: (what, value) => `${what} '${value}' ist kein Euro-Betrag — 2,00 oder 2.00 angeben`,
  notArea: (flag, value, areas) =>
    `${flag} '${value}' ist kein Praxisbereich — einen davon angeben: ${areas} (oder Holz, Küche, Gestaltung)`,
  notAbsence: (flag, value, codes, german) =>
    `${flag} '${value}' ist kein Fehlzeiten-Code — einen davon angeben: ${codes} (oder ${german})`,
  notWholeNumber: (flag, value, min, max) => `${flag} '${value}' ist keine ganze Zahl von ${min} bis ${max}`,
  notWeeklyHours: (flag, value, min, max) =>
    `${flag} '${value}' sind keine gültigen Wochenstunden — ganze Stunden im Rahmen der Maßnahme von ${min} bis ${max} angeben (Einstellungen weeklyHours.min und weeklyHours.max)`,
  notId: (what, value) =>
    `${what} '${value}' ist keine Kennung — Kennungen sehen aus wie p012 (siehe 'insat participant list' oder 'insat applicant list')`,
  notPersonId: (what, value) =>
    `${what} '${value}' ist keine Kennung einer bewerbenden oder teilnehmenden Person — solche Kennungen sehen aus wie p012 (siehe 'insat participant list' oder 'insat applicant list')`,
  emptyValue: (flag) => `${flag} braucht einen Wert — er darf nicht leer sein`,
  badToday: (value) => `INSAT_TODAY='${value}' ist kein Datum — JJJJ-MM-TT angeben`,
  noPerson: (id) =>
    `keine Interessierte und keine Teilnehmende '${id}' — siehe 'insat applicant list' oder 'insat participant list'`,
  notParticipant: (id) =>
    `${id} ist interessiert, aber noch nicht teilnehmend — zuerst mit 'insat enrol ${id} …' aufnehmen`,
  out: {
    exists: (path) => `${path} gibt es schon — mit --force ersetzen oder ein anderes --out wählen`,
    manyExist: (n, paths) =>
      `${n} Dateien gibt es schon: ${paths} — mit --force ersetzen oder ein anderes --out-Verzeichnis wählen`,
    cannotWrite: (path, why, fix) => `${path} kann nicht geschrieben werden: ${why} — ${fix}`,
    diskFull: 'Platz auf dem Datenträger schaffen',
    isDirectory: 'einen Dateinamen wählen, der kein Verzeichnis ist',
    other: 'prüfen, ob das Verzeichnis existiert und beschreibbar ist',
    outIsDirectory: (out, example) => `--out '${out}' ist ein Verzeichnis — einen Dateinamen angeben, z. B. ${example}`,
    noDirectory: (out, dir) => `--out '${out}': das Verzeichnis ${dir} gibt es nicht — zuerst anlegen`,
    notADirectory: (out, path) =>
      `--out '${out}': ${path} ist eine Datei, kein Verzeichnis — ein Verzeichnis angeben, das es gibt oder das angelegt werden kann, oder einen Dateinamen darin`,
    notRegular: (path, kind) =>
      `${path} ist ${kind}, keine normale Datei — insat ersetzt nur normale Dateien, auch mit --force; ein anderes --out wählen`,
    manyNotRegular: (n, paths) =>
      `${n} Ziele sind keine normalen Dateien: ${paths} — insat ersetzt nur normale Dateien, auch mit --force; ein anderes --out-Verzeichnis wählen`,
    kinds: {
      directory: 'ein Verzeichnis',
      symlink: 'ein symbolischer Link',
      fifo: 'eine benannte Pipe (FIFO)',
      device: 'eine Gerätedatei',
      socket: 'ein Socket',
      other: 'eine Spezialdatei',
    },
    pathNotDirectory: 'ein Teil des Pfads ist eine Datei, kein Verzeichnis — einen Pfad durch Verzeichnisse wählen',
  },
  freeText: {
    empty: (flag) => `${flag} braucht einen Wert — er darf nicht leer sein`,
    notUtf8: (flag) =>
      `${flag} ist kein gültiges UTF-8 (enthält U+FFFD, wo Bytes nicht gelesen werden konnten) — in einem UTF-8-Terminal oder -Skript erneut eingeben`,
    lineBreak: (flag) => `${flag} darf nicht über mehrere Zeilen gehen — in einer Zeile schreiben`,
    control: (flag) => `${flag} enthält Steuerzeichen — einfachen Text eingeben`,
    bidi: (flag, codePoint) =>
      `${flag} enthält ein Steuerzeichen für die Schreibrichtung (${codePoint}), das Text verschleiern kann — es entfernen`,
    invisible: (flag, codePoint) =>
      `${flag} enthält ein unsichtbares Zeichen (${codePoint}), mit dem ein Name wie ein anderer aussieht — den Wert ohne es neu eingeben`,
    tooLong: (flag, length, max) =>
      `${flag} ist ${fmt.int(length)} Zeichen lang — höchstens ${fmt.int(max)} sind erlaubt`,
  },
};
