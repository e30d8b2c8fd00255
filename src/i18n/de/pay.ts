import type { pay as en } from '../en/pay.js';
import { formatDateDe } from '../../model/dates.js';
import { fmt } from './format.js';

const personen = (n: number) => (n === 1 ? '1 Person' : `${n} Personen`);

export const pay: typeof en = {
  description:
    'die monatliche Abrechnung der Mehraufwandsentschädigung (MAE): gearbeitete Stunden × der am Tag gültige Satz, je Teilnehmer/in',
  optMonth: 'der Monat',
  optParticipant: 'eine Teilnehmerin oder ein Teilnehmer',
  helpAfter: `
Die Mehraufwandsentschädigung wird nur für tatsächlich gearbeitete Stunden gezahlt: die Stunden jedes
Tages × der an dem Tag gültige Satz ('insat config rate list'), genau summiert und einmal je Person
und Monat kaufmännisch gerundet. Fehltage bringen nichts und werden je Code gezählt. Aufgeführt ist
jede Person, die an einem Tag des Monats einen Platz hatte.`,
  askMonth: 'Monat (JJJJ-MM)',
  monthFormat: 'JJJJ-MM verwenden',
  noRate: (dates) =>
    `für ${dates.map(fmt.date).join(', ')} ist kein MAE-Satz hinterlegt; diese Stunden zählen 0 € — einen Satz setzen mit 'insat config rate set EURO --from DATUM'`,
  unbooked: (days, month, people) =>
    `${days} ${days === 1 ? 'zugewiesener Arbeitstag' : 'zugewiesene Arbeitstage'} im ${fmt.month(month)} ${days === 1 ? 'ist' : 'sind'} noch nicht erfasst (${personen(people)}, Spalte 'nicht erfasst'): die Abrechnung zahlt nur gebuchte Stunden — siehe 'insat hours missing --month ${month}'`,
  nobody: (month) => `im ${fmt.month(month)} hatte niemand einen Platz oder eine Buchung — nichts auszuzahlen`,
  total: (cents, worked, working, all, from, to) =>
    `gesamt ${fmt.euro(cents)} für ${fmt.hours(worked)} gearbeitete Stunden von ${working} der ${all} Teilnehmenden, ${fmt.date(from)}–${fmt.date(to)}`,
  seatFrom: (date) => `ab ${formatDateDe(date).slice(0, 6)}`,
  seatTo: (date) => `bis ${formatDateDe(date).slice(0, 6)}`,
  noSeat: 'kein Platz',
  columns: {
    pseudonym: 'Pseudonym',
    id: 'ID',
    name: 'Name',
    area: 'Praxisbereich',
    from: 'von',
    to: 'bis',
    seat: 'Platz',
    daysWorked: 'Arbeitstage',
    hours: 'Stunden',
    rate: 'Euro je Stunde',
    amount: 'Betrag',
    sickCertified: 'krank mit AU',
    sick: 'krank ohne AU',
    excused: 'entschuldigt',
    unexcused: 'unentschuldigt',
    leave: 'Urlaub',
    closed: 'Schließtag',
    absenceDays: 'Fehltage',
    notBooked: 'nicht erfasst',
  },
};
