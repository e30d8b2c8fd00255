import type { letters as en } from '../en/letters.js';
import { fmt } from './format.js';

const days = (n: number) => fmt.count(n, 'zugewiesener Arbeitstag', 'zugewiesene Arbeitstage');

export const letters: typeof en = {
  absences: {
    description:
      'die monatliche Fehlzeitenmeldung (§ 61 SGB II) als Brief: eine Seite je Integrationsfachkraft oder eine Liste (Einstellung absenceReportLayout)',
    optMonth: 'der Monat',
    optAllowGaps: 'einen Monat melden, in dem noch Arbeitstage nicht erfasst sind (sie erscheinen als „nicht erfasst“)',
    optOut:
      'die PDF-Datei oder ein Verzeichnis für Fehlzeitenmeldung_<jjjj-mm>.pdf (Standard: das aktuelle Verzeichnis)',
    help: `
Die Zahlen sind die von 'insat absences --month M': je Teilnehmer/in die Kundennummer des Jobcenters
und die Fehltage nach Kategorie (krank mit AU, krank ohne AU, entschuldigt, unentschuldigt, Urlaub) mit
ihren Daten und Hinweisen; nur Kategorien, nie eine Diagnose, nie eine Notiz. Ein Monat mit zugewiesenen
Arbeitstagen ohne Buchung wird abgelehnt (Exit 3) und nennt diese Tage, außer mit --allow-gaps; ebenso ein Monat,
der noch nicht vorbei ist.
'insat config set absenceReportLayout list' druckt eine Liste statt einer Seite je Integrationsfachkraft.`,
    nobody: (month) => `im Monat ${month} hatte niemand einen Platz — einen anderen Monat wählen`,
    notOver: (month, last, first) =>
      `der Monat ${month} ist noch nicht vorbei (sein letzter Tag ist der ${fmt.date(last)}): die Meldung gäbe die kommenden Tage als fehlzeitenfrei an — sie ab dem ${fmt.date(first)} schreiben`,
    unbookedOf: (id, dates) => `${id} ${dates.map(fmt.date).join(', ')}`,
    gaps: (month, n, list) =>
      `${days(n)} im Monat ${month} nicht erfasst (${list.join('; ')}): die Fehlzeitenmeldung wäre unvollständig — zuerst buchen ('insat hours missing --month ${month}' listet sie) oder mit --allow-gaps als „nicht erfasst“ melden`,
    gapsReported: (month, n) =>
      `${days(n)} im Monat ${month} nicht erfasst: als „nicht erfasst“ gemeldet, nie als Fehlzeit`,
  },
  vacancy: {
    description:
      'die Platzfreimeldung: je Praxisbereich die freien Plätze und ab wann, in 4 und 8 Wochen frei werdende Plätze, wartende geeignete Interessierte',
    optDate: 'der Stichtag der Meldung (Standard: heute)',
    optOut:
      'die PDF-Datei oder ein Verzeichnis für Platzfreimeldung_<jjjj-mm-tt>.pdf (Standard: das aktuelle Verzeichnis)',
  },
  badLayout: (key, value, layouts) => `${key} '${value}' ist keine Anordnung — ${fmt.alternatives(layouts)} verwenden`,
};
