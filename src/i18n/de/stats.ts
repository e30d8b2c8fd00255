import type { stats as en } from '../en/stats.js';
import { fmt } from './format.js';

export const stats: typeof en = {
  description: 'die Kennzahlen eines Jahres für den Jahresantrag (Standard: das Vorjahr), ohne Namen',
  optYear: 'das Kalenderjahr (Standard: das Vorjahr; das laufende Jahr ergibt die Zahlen bis heute)',
  helpAfter: `
Kennzahlen: genehmigte Plätze und durchschnittliche Auslastung (je Monat und Praxisbereich),
Teilnehmende, Eintritte, Austritte nach Grund und Gruppe (reguläres Ende, Arbeit oder Ausbildung,
weitere Förderung, Sonstiges), die Integrationsquote (Austritte in Arbeit, Selbständigkeit oder
Ausbildung ÷ alle Austritte, mit und ohne reguläre Beendigungen, Code regular-end), durchschnittliche
und mittlere Verweildauer
der Ausgetretenen, Arbeitsstunden, Anwesenheit, gezahlte Mehraufwandsentschädigung (die monatlichen
Abrechnungen summiert), Fehltage je Art und die Fehlzeitenquote. Eine Zuweisung, die ohne
eingetragenen Austritt bis zu ihrem Ende lief, zählt als Austritt mit dem Grund „Zuweisungszeitraum
beendet“ (regular-end).`,
  notBegun: (year, thisYear) =>
    `--year ${year} hat noch nicht begonnen — ${thisYear} (bis heute) oder ein früheres Jahr angeben`,
  heading: (year, from, to, complete) =>
    `INSAT-Kennzahlen ${year} (${fmt.range(from, to)}${complete ? '' : ', bis heute'})`,
  oneDecimal: (x) => x.toFixed(1).replace('.', ','),
  labels: {
    seatsApproved: 'Genehmigte Plätze',
    averageOccupancy: 'Auslastung (Ø)',
    participants: 'Teilnehmende',
    entries: 'Eintritte',
    exits: 'Austritte',
    integrationRate: 'Integrationsquote',
    lengthOfStay: 'Verweildauer',
    hoursWorked: 'Arbeitsstunden',
    allowancePaid: 'MAE gezahlt',
    absenceDays: 'Fehltage',
    absenceRate: 'Fehlzeitenquote',
    occupancyByMonth: 'Auslastung je Monat',
    orders: 'Aufträge',
    customersByType: 'Kunden nach Art',
    income: 'Erlöse (Material)',
    groupOffers: 'Gruppenangebote',
    groupAttendance: 'Gruppen-Teilnahme',
  },
  averageOccupancy: (rate, occupied, seats, workingDays) =>
    `${rate}: ${occupied} von ${seats} Plätzen an einem durchschnittlichen Arbeitstag (${workingDays} Arbeitstage)`,
  participants: (n) => `${n} mit einem Platz an mindestens einem Tag`,
  integrationRate: (all, withoutRegular, n) =>
    `${all} aller Austritte, ${withoutRegular} ohne reguläre Beendigungen (${n} in Arbeit oder Ausbildung)`,
  stay: (average, median, stays) =>
    `durchschnittlich ${average} Tage, Median ${median} Tage (${stays} beendete Zuweisungen)`,
  // die Gründe enthalten selbst Kommas ("Entgiftung, Therapie oder Reha")
  reasons: (items) => items.join('; '),
  nobodyLeft: 'niemand ausgetreten',
  hoursWorked: (minutes, days, attendance, assigned) =>
    `${fmt.hours(minutes)} h an ${fmt.int(days)} Tagen, Anwesenheit ${attendance} von ${fmt.int(assigned)} zugewiesenen Arbeitstagen`,
  absenceRate: (rate, unexcused) =>
    `${rate} (krank ohne AU, krank mit AU, entschuldigt, unentschuldigt ÷ zugewiesene Arbeitstage); unentschuldigt ${unexcused}`,
  orders: (total, byArea, delivered, cancelled) =>
    `${total} (${byArea}); ${delivered} geliefert, ${cancelled} storniert`,
  none: 'keine',
  byMonth: (list) => ` (je Monat ${list})`,
  notRecorded: 'nicht erfasst',
  ofRecordedPlaces: (rate) => `${rate} der erfassten Plätze`,
  columns: {
    month: 'Monat',
    period: 'Zeitraum',
    from: 'von',
    to: 'bis',
    workingDays: 'Arbeitstage',
    averageSeatsShort: 'Ø belegte Plätze',
    capacitySeatDays: 'verfügbare Platztage',
    occupiedSeatDays: 'belegte Platztage',
    rate: 'Auslastung',
    averageSeats: 'durchschnittlich belegte Plätze',
    capacityOf: (area) => `verfügbare Platztage ${area}`,
    occupiedOf: (area) => `belegte Platztage ${area}`,
    rateOf: (area) => `Auslastung ${area}`,
    entries: 'Eintritte',
    exits: 'Austritte',
    exitsOf: (what) => `Austritte ${what}`,
    hours: 'Stunden',
    hoursWorked: 'Arbeitsstunden',
    daysWorked: 'Arbeitstage gearbeitet',
    allowance: 'MAE',
    unexcusedDays: 'unentschuldigte Tage',
    absenceDaysOf: (code) => `Fehltage ${code}`,
    approvedSeats: 'genehmigte Plätze',
    participants: 'Teilnehmende',
    integrationRate: 'Integrationsquote',
    integrationRateWithoutRegularEnd: 'Integrationsquote ohne reguläre Beendigungen',
    averageStayDays: 'Verweildauer Ø Tage',
    medianStayDays: 'Verweildauer Median Tage',
  },
};
