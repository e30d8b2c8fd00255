import type { config as en } from '../en/config.js';
import { fmt } from './format.js';

/** '09-30' → '30.09.' */
const dayMonth = (md: string): string => `${md.slice(3, 5)}.${md.slice(0, 2)}.`;

/** The languages in words; the code stays beside them (what `config set language` takes). */
const LANGUAGES: Readonly<Record<string, string>> = { de: 'Deutsch', en: 'Englisch' };

export const config: typeof en = {
  description: 'Einstellungen des Programms: Plätze, Stunden, MAE-Satz, Angaben zu Träger und Jobcenter',
  show: 'alle Einstellungen anzeigen',
  set: 'eine Einstellung ändern (die Schlüssel stehen unten)',
  optFrom:
    'für seats.* und workKinds.*: der Tag, an dem der neue Platzplan oder die neue Liste der Tätigkeiten beginnt (Standard: heute)',
  optForce: 'einen Platzplan oder Schließtage vor heute erlauben (schon gemeldete Zahlen ändern sich)',
  keysHelp: `
Schlüssel:
  seats.total, seats.holz, seats.kueche, seats.gestaltung   Plätze ab --from (datiert: der Verlauf bleibt)
  weeklyHours.min, weeklyHours.max                          ganze Stunden pro Woche
  dailyMax                                                  Stunden pro Tag, z. B. 8 oder 7,5
  leaveDaysPerFullMonth                                     Urlaubstage je vollem Teilnahmemonat
  closingDays                                               Schließtage, durch Komma getrennt, z. B. 2026-12-24,2026-12-31
  provider.<Feld>, jobcenter.<Feld>                         name, street, city, phone, email, contactPerson
                                                            (beim Träger auch measureName, measureNumber)
  caseloadTarget                                            Teilnehmende je Sozialarbeiter/in (insat caseload; Standard 17)
  flatRate.<Name>                                           Euro je Platz und Monat für den Kostenplan
                                                            (z. B. flatRate.personal 450,00); 0 entfernt sie; Namen:
                                                            personal, material, miete, insurance, verwaltung, erloese
                                                            (englisch: personnel, rent, office, income)
  customerTypes                                             Arten von Kunden, durch Komma getrennt (zusätzlich zu den eingebauten)
  workKinds.<Bereich>                                       Arbeiten, die der Praxisbereich aufführt, durch Komma getrennt, ab --from
                                                            (datiert: ein Auftrag gilt nach der Liste des Tages, an dem er einging)
  aghCap.warnWeeksAhead                                     Wochen vor 24 / 36 Monaten AGH, ab denen gewarnt wird (Standard 8)
  bookingGraceDays                                          Arbeitstage, die ein Tag unerfasst bleiben darf, bevor check warnt (Standard 5)
  language                                                  Sprache der Texte: de oder en (ein neuer Datenbestand: de)
  absenceReportLayout                                       Fehlzeitenmeldung: per-officer (je Integrationsfachkraft eine Seite, Standard) oder list
  retention.notesYearsAfterExit                             Löschung: Jahre nach dem Austritt (Standard 3)
  retention.recordsYearsAfterFundingYear                    Löschung: Jahre nach dem Förderjahr (Standard 6)
  retention.applicantsMonthsAfterDecision                   Löschung: Monate nach der Entscheidung (Standard 6)
  due.assignmentEndWeeks                                    insat due: Abschlussbericht oder Verlängerungsantrag, Wochen vor dem Ende (Standard 6)
  due.progressReportMonths                                  insat due: Monate zwischen Verlaufsberichten ab dem Beginn (Standard 6)
  due.absenceReportDay                                      insat due: Fehlzeitenmeldung bis zu diesem Tag des Folgemonats (Standard 5)
  due.applicationDeadline                                   insat due: Jahresantrag bis zu diesem Tag, MM-TT (Standard 09-30)
  due.applicantDays                                         insat due: Tage bis zum Informationstermin und weiter bis zur Entscheidung (Standard 14)`,
  rate: 'der MAE-Satz (Mehraufwandsentschädigung je Stunde), gültig ab einem Tag',
  rateSet: 'ein neuer Satz ab einem Tag; frühere Sätze bleiben erhalten',
  rateFrom: 'der erste Tag, an dem der Satz gilt',
  rateForce: 'einen Beginn vor heute oder vor einem Monat mit Buchungen erlauben (rechnet sie neu)',
  rateDryRun: 'zeigen, was sich ändern würde (jeden neu berechneten Monat), nichts ändern',
  exampleRepriced: 'jeder neu berechnete Monat, alte → neue Summe',
  exampleRateList: 'die Sätze und der Tag, ab dem jeder gilt',
  exampleRateSet: 'ein neuer Satz ab dem 1. Januar; die Sätze davor bleiben',
  exampleRateDelete: 'zeigen, was das Entfernen eines falschen Eintrags neu berechnet, ohne etwas zu ändern',
  rateDelete: 'einen falschen Eintrag im Verlauf der Sätze entfernen',
  rateDeleteFrom: 'der erste Tag des Eintrags, der entfernt wird',
  rateDeleteForce:
    'auch erlauben, wenn der Eintrag vor heute oder vor einem Monat mit Buchungen beginnt (rechnet sie neu)',
  rateList: 'der Verlauf der Sätze',
  rateColumns: { from: 'ab', cents: 'Euro je Stunde' },
  notMonthDay: (key, value) => `${key} '${value}' ist kein Tag im Jahr — MM-TT angeben, z. B. 09-30 (oder 30.09.)`,
  unknownKey: (key, keys) => `unbekannte Einstellung '${key}' — die Schlüssel sind: ${keys}`,
  unknownKeyHelp: (key) => `unbekannte Einstellung '${key}' — die Schlüssel zeigt 'insat config set --help'`,
  kindsFrom: (key, kinds, from) => `${key} = ${kinds.join(', ')} ab ${fmt.date(from)}`,
  noKinds: (key) => `${key} braucht mindestens eine Tätigkeit — z. B. insat config set ${key} "Möbelbau, Reparatur"`,
  seatsFrom: (key, n, from) => `${key} = ${n} ab ${fmt.date(from)}`,
  hours: (key, minutes) => `${key} = ${fmt.hours(minutes)} h`,
  perSeatMonth: (key, cents) => `${key} = ${fmt.euro(cents)} je Platz und Monat`,
  setDone: (described) => `gesetzt: ${described}`,
  setWould: (described) => `würde gesetzt: ${described}`,
  summarySet: (key) => `config set ${key}`,
  noneRepriced: 'kein gebuchter Monat wird neu berechnet',
  repricedHeading: 'Monat      alte Summe → neue Summe',
  summaryRateSet: (euros, from) => `config rate set ${euros.replace('.', ',')} ab ${fmt.date(from)}`,
  summaryRateDelete: (from) => `config rate delete ab ${fmt.date(from)}`,
  rateSetDone: (cents, from) => `MAE-Satz ab ${fmt.date(from)} auf ${fmt.euro(cents)}/h gesetzt`,
  rateSetWould: (cents, from) => `MAE-Satz ab ${fmt.date(from)} würde auf ${fmt.euro(cents)}/h gesetzt`,
  rateDeleteDone: (from) => `der MAE-Satz, der am ${fmt.date(from)} begann, ist entfernt`,
  rateDeleteWould: (from) => `der MAE-Satz, der am ${fmt.date(from)} beginnt, würde entfernt`,
  shown: {
    seatsToday: (total, areas, from) => `Plätze heute        ${total} (${areas}) seit ${fmt.date(from)}`,
    seatsPlanned: (total, areas, from) => `Plätze geplant      ${total} (${areas}) ab ${fmt.date(from)}`,
    weeklyHours: (min, max) => `Wochenstunden       ${min}–${max}`,
    dailyMax: (minutes) => `Tageshöchstzeit     ${fmt.hours(minutes)} h`,
    rate: (cents, from) =>
      `MAE-Satz            ${cents !== null && from ? `${fmt.euro(cents)}/h seit ${fmt.date(from)}` : 'keiner'}`,
    closingDays: (days) => `Schließtage         ${days.map(fmt.date).join(', ') || 'keine'}`,
    leave: (days) => `Urlaub              ${days} Tage je vollem Monat`,
    deadlines: (d) =>
      `Fristen             Abschlussbericht/Verlängerung ${d.assignmentEndWeeks} Wochen vor dem Ende; Verlaufsbericht alle ${d.progressReportMonths} Monate; Fehlzeitenmeldung bis zum ${d.absenceReportDay}.; Jahresantrag bis ${dayMonth(d.applicationDeadline)}; Interessierte ${d.applicantDays} Tage je Schritt`,
    aghCap: (months, years, extended) =>
      `AGH-Höchstdauer     ${months} Monate in ${years} Jahren (bis ${extended} mit Entscheidung des Jobcenters)`,
    bookingGrace: (days) => `Unerfasste Tage     'insat check' warnt nach ${days} Arbeitstagen`,
    provider: (text) => `Träger              ${text}`,
    measure: (text) => `Maßnahme            ${text}`,
    jobcenter: (text) => `Jobcenter           ${text}`,
    flatRates: (text) => `Pauschalen          ${text || 'keine'}`,
    language: (lang) => `Sprache             ${LANGUAGES[lang] ?? lang} (${lang})`,
    absenceReportLayout: (layout) =>
      `Fehlzeitenmeldung   ${layout === 'list' ? 'eine Liste' : 'eine Seite je Integrationsfachkraft'}`,
  },
};
