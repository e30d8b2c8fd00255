import type { absences as en } from '../en/absences.js';
import type { IsoDate } from '../../model/dates.js';
import { formatDateDe } from '../../model/dates.js';
import { fmt } from './format.js';

const personen = (n: number) => (n === 1 ? '1 Person' : `${n} Personen`);

/** "02.11.–04.11.2026", ein Tag wie er ist. */
function span(dates: readonly IsoDate[]): string {
  if (dates.length === 1) return fmt.date(dates[0]!);
  return `${formatDateDe(dates[0]!).slice(0, 6)}–${fmt.date(dates[dates.length - 1]!)}`;
}

const tage = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const absences: typeof en = {
  description:
    'die monatliche Fehlzeitenmeldung für das Jobcenter (§ 61 SGB II): die Fehltage jeder Person nach Kategorie, mit Hinweisen',
  optMonth: 'der Monat',
  optParticipant: 'eine Teilnehmerin oder ein Teilnehmer',
  optAllowGaps:
    'auch einen Monat melden, in dem noch Arbeitstage nicht erfasst sind (sie erscheinen als nicht erfasst)',
  helpAfter: `
Kategorien: krank mit AU (sick-certified), krank noch ohne AU (sick), entschuldigt (excused),
unentschuldigt (unexcused); Urlaub (holiday) und Schließtage (closed) gesondert. Nur Kategorien von
Gründen, nie eine Diagnose.
Hinweise (Tatsachen für das Jobcenter, keine Ablehnungen): krank ohne AU über den 3. Kalendertag einer
Erkrankung hinaus; mehr als 14 Kalendertage am Stück krank; mehr Urlaub genommen als erworben
(leaveDaysPerFullMonth Tage je vollem Teilnahmemonat, eine Einstellung).
Ein Arbeitstag mit Platz, den niemand gebucht hat, ist "nicht erfasst", nie eine Fehlzeit: ein Monat
mit solchen Tagen vor heute wird abgelehnt (Exit 3), bis sie gebucht sind — 'insat hours missing
--month M' listet sie —, oder --allow-gaps meldet sie in der Spalte 'nicht erfasst'.`,
  askMonth: 'Monat (JJJJ-MM)',
  monthFormat: 'JJJJ-MM verwenden',
  categories: {
    'certified-sick': 'krank mit AU',
    'sick-no-certificate': 'krank ohne AU',
    excused: 'entschuldigt',
    unexcused: 'unentschuldigt',
    leave: 'Urlaub',
    closed: 'Schließtag',
  },
  unbookedWhat: (days, month, people) =>
    `${tage(days, 'zugewiesener Arbeitstag', 'zugewiesene Arbeitstage')} im ${fmt.month(month)} nicht erfasst (${personen(people)})`,
  unbookedRefused: (what, month) =>
    `${what}: die Fehlzeitenmeldung wäre unvollständig — zuerst buchen ('insat hours missing --month ${month}' listet sie) oder mit --allow-gaps als nicht erfasst melden`,
  unbookedReported: (what) => `${what}: als nicht erfasst gemeldet, nie als Fehlzeit`,
  columns: {
    id: 'ID',
    name: 'Name',
    area: 'Praxisbereich',
    sickCertified: 'krank mit AU',
    sick: 'krank ohne AU',
    excused: 'entschuldigt',
    unexcused: 'unentschuldigt',
    leave: 'Urlaub',
    closed: 'Schließtage',
    absenceDays: 'Fehltage',
    notBooked: 'nicht erfasst',
    leaveEarned: 'Urlaub erworben',
    leaveTaken: 'Urlaub genommen',
    leaveLeft: 'Resturlaub',
    days: 'Tage',
    flags: 'Hinweise',
  },
  heading: (from, to, participants, absenceDays, closed) =>
    `Fehlzeitenmeldung ${fmt.date(from)}–${fmt.date(to)}: ${personen(participants)}, ${tage(absenceDays, 'Fehltag', 'Fehltage')} an Arbeitstagen (Schließtage gesondert: ${closed}); nur Kategorien, nie eine Diagnose`,
  notBooked: (days) =>
    `${tage(days, 'Arbeitstag', 'Arbeitstage')} nicht erfasst (Spalte 'nicht erfasst'): weder anwesend noch abwesend`,
  noFlags: 'keine Hinweise',
  flagCount: (n) => `${n} ${n === 1 ? 'Hinweis' : 'Hinweise'}:`,
  sickWithoutCertificate: (id, late, due) =>
    `${id}: krank ohne ärztliche AU über den 3. Kalendertag hinaus an ${tage(late.length, 'Tag', 'Tagen')} (${span(late)}); die AU war fällig bis ${fmt.date(due)}`,
  longSickness: (id, days, from, to) =>
    `${id}: ${days} Kalendertage am Stück krank (${fmt.date(from)}–${fmt.date(to)}), mehr als 14 — dem Jobcenter melden`,
  leaveBeyondEarned: (id, over, taken, earned, on) =>
    `${id}: ${tage(over.length, 'Urlaubstag', 'Urlaubstage')} mehr als erworben (${span(over)}): ${taken} genommen, ${earned} erworben bis ${fmt.date(on)}`,
};
