import type { participant as en } from '../en/participant.js';
import { AREA_LABELS, type Area } from '../../model/types.js';
import { EXIT_GROUP_LABELS, EXIT_REASONS } from '../../model/exit-reasons.js';
import { fmt } from './format.js';

const exitReasonWord = (code: string): string => EXIT_REASONS[code]?.label ?? code;

const tenths = (t: number) => `${Math.floor(t / 10)},${t % 10}`;
const areaWord = (area: string) => AREA_LABELS[area as Area] ?? area;

export const participant: typeof en = {
  description:
    'Teilnehmende und Änderungen ihrer Zuweisung: auflisten, anzeigen, verlängern, wechseln, korrigieren, Wochenstunden, Austritt',
  list: {
    description: 'Teilnehmende mit einem Platz an einem Tag (Standard: heute) oder mit --all alle',
    optActiveOn: 'nur die mit einem Platz an diesem Tag (Standard: heute)',
    optArea: 'nur ein Praxisbereich',
    optAll: 'alle, die je eine Zuweisung hatten, mit Stand',
    nobody: (day) =>
      `am ${fmt.date(day)} hat niemand einen Platz — 'insat participant list --all' listet alle, die je eine Zuweisung hatten, '--active-on DATUM' einen anderen Tag`,
    columns: {
      id: 'Nr.',
      name: 'Name',
      area: 'Praxisbereich',
      status: 'Stand',
      start: 'Beginn',
      until: 'Ende',
      hoursPerWeek: 'Std./Woche',
      exit: 'Austritt',
      reason: 'Grund',
    },
  },
  show: {
    description:
      'Zuweisung, Praxisbereiche, Verlängerungen, Austritt und bisherige AGH-Zeit einer teilnehmenden Person',
    labels: {
      status: 'Stand',
      area: 'Praxisbereich',
      assignment: 'Zuweisung',
      weekdays: 'Wochentage',
      jobcenter: 'Jobcenter',
      socialWorker: 'Sozialarbeiter/in',
      instructor: 'Anleiter/in',
      extension: 'Verlängerung',
      exit: 'Austritt',
      agh: 'AGH-Zeit',
      warning: 'Warnung',
      earlier: 'frühere AGH',
      assignments: 'Zuweisungen',
    },
    statuses: { planned: 'geplant', active: 'aktiv', ended: 'beendet', exited: 'ausgetreten' },
    areaWords: AREA_LABELS,
    exitReasonWords: Object.fromEntries(Object.entries(EXIT_REASONS).map(([code, r]) => [code, r.label])),
    exitGroupWords: EXIT_GROUP_LABELS,
    hoursChange: (from, hours) => `, ab ${fmt.date(from)} ${hours} Wochenstunden`,
    socialWorkerChange: (from, who) => `; ab ${fmt.date(from)} ${who}`,
    born: (date) => ` (geboren am ${fmt.date(date)})`,
    areaFrom: (area, from) => `${areaWord(area)} ab ${fmt.date(from)}`,
    assignment: (start, until, hours) => `${fmt.range(start, until)}, ${hours} Wochenstunden`,
    jobcenter: (ref, customerNo, officer) =>
      `Aktenzeichen ${ref}, Kundennummer ${customerNo}, Integrationsfachkraft ${officer}`,
    extension: (from, to, reason) => `${fmt.date(from)} → ${fmt.date(to)}${reason ? ` (${reason})` : ''}`,
    extensionDecision: (decided, text) => `, Entscheidung des Jobcenters vom ${fmt.date(decided)}: ${text}`,
    exit: (date, reason, label, text) => `${fmt.date(date)}: ${label} (${reason})${text ? ` – ${text}` : ''}`,
    frame: (from, to) => `in den 5 Jahren vom ${fmt.date(from)} bis ${fmt.date(to)}`,
    agh: (used, planned, limit, frame) =>
      `${tenths(used)} Monate bisher genutzt, ${tenths(planned)} bis zum Ende der Zuweisung geplant, von ${limit} Monaten ${frame}`,
    decision: (decided, text) =>
      `über 24 Monate durch die Entscheidung des Jobcenters vom ${fmt.date(decided)}: ${text}`,
    earlier: (from, to, provider) => `${fmt.range(from, to)} bei ${provider}`,
    period: (from, to) => `${fmt.date(from)}–${fmt.date(to)}`,
  },
  extend: {
    description: 'die laufende Zuweisung bis zu einem späteren Ende verlängern',
    optUntil: 'der neue letzte Tag',
    optReason: 'warum (freier Text, für die Akte)',
    optCapDecision:
      'die Entscheidung des Jobcenters, über 24 Monate AGH hinauszugehen (bis 36); nur wenn die Verlängerung 24 Monate überschreitet',
    optDecided: 'der Tag dieser Entscheidung (Standard: heute)',
    exampleSameEnd: 'gleiches Ende: erfasst nur die Entscheidung',
    repaired: (id, decided) =>
      `die Angaben zur AGH-Höchstdauer von ${id} erfasst${decided ? `, mit der Entscheidung des Jobcenters vom ${fmt.date(decided)}` : ''}`,
    wouldRepair: (id, decided) =>
      `die Angaben zur AGH-Höchstdauer von ${id} würden erfasst${decided ? `, mit der Entscheidung des Jobcenters vom ${fmt.date(decided)}` : ''}`,
    done: (id, until) => `Zuweisung von ${id} bis ${fmt.date(until)} verlängert`,
    wouldDo: (id, until) => `Zuweisung von ${id} würde bis ${fmt.date(until)} verlängert`,
  },
  move: {
    description: 'eine teilnehmende Person ab einem Tag in einen anderen Praxisbereich wechseln lassen',
    optArea: 'der neue Praxisbereich',
    optFrom: 'erster Tag im neuen Praxisbereich',
    optInstructor:
      'die zuständige Anleiterin / der zuständige Anleiter ab dem Wechsel: ein Kürzel aus dem neuen Praxisbereich',
    instructorLost: (id, s, area, from) =>
      `ab ${fmt.date(from)} arbeitet ${id} im Bereich ${AREA_LABELS[area]}, Anleiter/in ${s.id} (${s.name}) leitet aber im Bereich ${AREA_LABELS[s.area!]} an — im selben Schritt mit --instructor KÜRZEL eine Anleiterin oder einen Anleiter aus ${AREA_LABELS[area]} nennen (siehe 'insat staff list') oder zuerst mit 'insat participant edit ${id} --clear instructor' die bisherige Angabe entfernen`,
    instructorNotYet: (id, area, from) =>
      `${id} wechselt erst am ${fmt.date(from)} in den Bereich ${AREA_LABELS[area]}, --instructor gilt aber ab heute — --instructor weglassen und an dem Tag mit 'insat participant edit ${id} --instructor KÜRZEL' eine Anleiterin oder einen Anleiter aus ${AREA_LABELS[area]} eintragen`,
    done: (id, area, from) => `${id} wechselt ab ${fmt.date(from)} in den Praxisbereich ${areaWord(area)}`,
    wouldDo: (id, area, from) => `${id} würde ab ${fmt.date(from)} in den Praxisbereich ${areaWord(area)} wechseln`,
  },
  exit: {
    description: 'den Austritt einer teilnehmenden Person erfassen; der Platz ist ab dem nächsten Tag frei',
    optDate: 'der letzte Tag der Teilnahme',
    optReason: 'Austrittsgrund',
    optText: "Einzelheiten; beim Grund 'other' erforderlich",
    reasons: 'Austrittsgründe:',
    reasonLine: (label, group) => `${label} (${EXIT_GROUP_LABELS[group]})`,
    done: (id, date, reason) =>
      `Austritt von ${id} am ${fmt.date(date)} erfasst (${exitReasonWord(reason)}); der Platz ist ab dem nächsten Tag frei`,
    wouldDo: (id, date, reason) =>
      `Austritt von ${id} am ${fmt.date(date)} würde erfasst (${exitReasonWord(reason)}); der Platz wäre ab dem nächsten Tag frei`,
  },
};
