import type { occupancy as en } from '../en/occupancy.js';
import { fmt } from './format.js';
import { AREA_LABELS } from '../../model/types.js';

export const occupancy: typeof en = {
  description:
    'Auslastung je Praxisbereich und insgesamt, ohne Namen (Standard: die letzte vollständige Kalenderwoche)',
  helpAfter: `
Auslastung = belegte Platztage ÷ verfügbare Platztage, beide nur an Arbeitstagen gezählt (Montag bis
Freitag, kein Feiertag in NRW, kein Schließtag). Ein Platz ist vom Beginn der Zuweisung bis zu ihrem
Ende oder Austritt belegt, beide Tage eingeschlossen; verfügbar sind die Plätze des am Tag gültigen
Platzplans. Anwesenheit = Tage mit Arbeitsstunden ÷ Arbeitstage mit Platz. Die Warteliste wird so
gezählt, wie der Datenbestand jetzt steht.
Für cron: fragt nie nach, keine Farbe außer im Terminal, nichts auf stderr, wenn alles in Ordnung ist.`,
  exampleMailSubject: 'INSAT Auslastung',
  exitGroups: {
    regular: 'reguläres Ende',
    integration: 'Arbeit/Ausbildung',
    'further-support': 'weitere Förderung',
    other: 'Sonstiges',
  },
  total: 'Gesamt',
  areaWords: { ...AREA_LABELS, total: 'Gesamt' },
  heading: (label, from, to, workingDays) =>
    `INSAT-Auslastung ${label === null ? fmt.range(from, to) : `${label} (${fmt.range(from, to)})`}, ${workingDays} ${workingDays === 1 ? 'Arbeitstag' : 'Arbeitstage'}`,
  seatDays: (occupied, capacity) => `${occupied} von ${capacity} Platztagen`,
  freeAtEnd: (free, seats) => `${free} von ${seats} Plätzen am Ende frei`,
  notOver: (today) =>
    `Der Zeitraum ist noch nicht vorbei (heute ist der ${fmt.date(today)}): Plätze ab heute zählen wie geplant.`,
  entries: 'Eintritte',
  exits: 'Austritte',
  freeingUp: 'Frei werdend',
  waitingList: 'Warteliste',
  hoursWorked: 'Arbeitsstunden',
  freeing: (n, to) => `${n} ${n === 1 ? 'Platz' : 'Plätze'} in den 4 Wochen nach dem ${fmt.date(to)}`,
  waiting: (suitable, awaiting) =>
    `${suitable} als geeignet entschieden, ${awaiting} ${awaiting === 1 ? 'wartet' : 'warten'} auf einen Informationstermin`,
  worked: (minutes, workedDays, assignedDays) =>
    `${fmt.hours(minutes)} h, Anwesenheit ${fmt.percent(workedDays, assignedDays)} (an ${workedDays} von ${assignedDays} zugewiesenen Arbeitstagen gearbeitet)`,
  columns: {
    from: 'von',
    to: 'bis',
    area: 'Praxisbereich',
    workingDays: 'Arbeitstage',
    seats: 'Plätze',
    occupiedSeatDays: 'belegte Platztage',
    capacitySeatDays: 'verfügbare Platztage',
    rate: 'Auslastung',
    freeAtEnd: 'frei am Ende',
    entries: 'Eintritte',
    exits: 'Austritte',
    exitGroup: (group) => `Austritte ${group}`,
    freeingShort: 'frei in ≤4 Wo.',
    freeingIn4Weeks: 'frei in 4 Wochen',
    hours: 'Stunden',
    workedDays: 'Arbeitstage gearbeitet',
    assignedWorkingDays: 'zugewiesene Arbeitstage',
    attendance: 'Anwesenheit',
    waitlist: 'Warteliste',
    awaitingInfoAppointment: 'warten auf Informationstermin',
  },
};
