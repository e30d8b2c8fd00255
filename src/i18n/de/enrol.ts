import type { enrol as en } from '../en/enrol.js';
import { AREA_LABELS, type Area } from '../../model/types.js';
import { fmt } from './format.js';

const areaWord = (area: string) => AREA_LABELS[area as Area] ?? area;

const CAP_FLAG = '--cap-decision TEXT [--decided DATUM]';

export const enrol: typeof en = {
  description:
    'als geeignet entschiedene Interessierte einem Platz zuweisen (die Zuweisung des Jobcenters); fragt auf einem Terminal nach fehlenden Angaben',
  optArea: 'Praxisbereich',
  optStart: 'erster Tag der Zuweisung (ab dann ist der Platz belegt)',
  optUntil: 'letzter Tag der Zuweisung',
  optHoursPerWeek: 'Wochenstunden (innerhalb des eingestellten Rahmens)',
  optJobcenterRef: 'das Aktenzeichen des Jobcenters zur Zuweisung',
  optIntegrationOfficer: 'die Integrationsfachkraft des Jobcenters',
  optSocialWorker: 'die zuständige Sozialarbeiterin oder der zuständige Sozialarbeiter',
  optCapDecision:
    'die Entscheidung des Jobcenters, über 24 Monate AGH hinauszugehen (bis 36); nur wenn die Zuweisung 24 Monate überschreitet',
  optDecided: 'der Tag dieser Entscheidung (Standard: heute)',
  exampleAsk: 'auf einem Terminal: Interessierte und Praxisbereich aus Listen wählen',
  askApplicant: 'Welche interessierte Person?',
  suitableSince: (id, name, date) => `${id}  ${name} (geeignet seit ${fmt.date(date)})`,
  askArea: 'In welchem Praxisbereich?',
  askStart: 'Erster Tag der Zuweisung?',
  askUntil: 'Letzter Tag der Zuweisung?',
  done: (id, area, start, until, hours, week) =>
    `${id} wurde dem Praxisbereich ${areaWord(area)} zugewiesen, vom ${fmt.date(start)} bis ${fmt.date(until)}, ${hours} Wochenstunden (${week})`,
  wouldDo: (id, area, start, until, hours, week) =>
    `${id} würde dem Praxisbereich ${areaWord(area)} zugewiesen, vom ${fmt.date(start)} bis ${fmt.date(until)}, ${hours} Wochenstunden (${week})`,

  length: (months, days) =>
    `${months} ${months === 1 ? 'Monat' : 'Monate'}${days ? ` und ${days} ${days === 1 ? 'Tag' : 'Tage'}` : ''}`,
  overMax: (id, used, from, to, max, last) =>
    `${id} käme in den 5 Jahren vom ${fmt.date(from)} bis ${fmt.date(to)} auf ${used} AGH; erlaubt sind höchstens ${max} Monate (der letzte Tag darin ist der ${last ? fmt.date(last) : '–'}) — die Zuweisung früher enden lassen`,
  overBase: (id, used, from, to, base, last) =>
    `${id} käme in den 5 Jahren vom ${fmt.date(from)} bis ${fmt.date(to)} auf ${used} AGH, mehr als ${base} Monate (der letzte Tag darin ist der ${last ? fmt.date(last) : '–'}) — früher enden lassen oder die Entscheidung des Jobcenters für diesen Zeitraum mit ${CAP_FLAG} erfassen`,
  nearLimit: (id, used, limit, by, from, weeks, extended) =>
    `${id} hat bis zum ${fmt.date(by)} ${used} von ${limit} Monaten AGH (5 Jahre ab ${fmt.date(from)}): weniger als ${weeks} Wochen übrig — ${
      extended
        ? 'eine weitere Verlängerung ist nicht möglich'
        : `ein längerer Verbleib braucht die Entscheidung des Jobcenters (${CAP_FLAG})`
    }`,
  acrossFrame: (id, from, to) =>
    `die AGH-Zeit von ${id} reicht über das Ende des 5-Jahres-Zeitraums ${fmt.date(from)} – ${fmt.date(to)} hinaus: die Tage danach zählen in einem neuen Zeitraum — die Zuweisung mit dem Jobcenter klären`,
  decisionInFuture: (date) =>
    `die Entscheidung des Jobcenters kann nicht in der Zukunft liegen (${fmt.date(date)}) — den Tag der Entscheidung mit --decided angeben`,
  decisionNotNeeded: (id, months, used, from) =>
    `${id} bleibt innerhalb von ${months} Monaten AGH (${used} in den 5 Jahren ab ${fmt.date(from)}), eine Entscheidung des Jobcenters darüber hinaus ist nicht nötig — --cap-decision weglassen`,
};
