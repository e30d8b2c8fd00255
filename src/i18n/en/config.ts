import type { IsoDate } from '../../model/dates.js';
import type { Minutes } from '../../model/durations.js';
import { fmt } from './format.js';

interface DueWords {
  assignmentEndWeeks: number;
  progressReportMonths: number;
  absenceReportDay: number;
  applicationDeadline: string;
  applicantDays: number;
}

/** The languages in words; the code stays beside them (what `config set language` takes). */
const LANGUAGES: Readonly<Record<string, string>> = { de: 'German', en: 'English' };

export const config = {
  description: 'programme settings: seats, hours, allowance rate, provider and Jobcenter details',
  show: 'print all settings',
  set: 'change one setting (see the keys below)',
  optFrom: 'for seats.* and workKinds.*: the day the new seat plan or list of kinds starts (default: today)',
  optForce: 'allow a seat plan or closing days before today (figures already reported change)',
  keysHelp: `
Keys:
  seats.total, seats.holz, seats.kueche, seats.gestaltung   seats from --from on (dated: history is kept)
  weeklyHours.min, weeklyHours.max                          whole hours per week
  dailyMax                                                  hours per day, e.g. 8 or 7,5
  leaveDaysPerFullMonth                                     leave earned per full month of participation
  closingDays                                               comma-separated dates, e.g. 2026-12-24,2026-12-31
  provider.<field>, jobcenter.<field>                       name, street, city, phone, email, contactPerson
                                                            (provider also measureName, measureNumber)
  caseloadTarget                                            participants per social worker (insat caseload; default 17)
  flatRate.<name>                                           euros per seat and month for the cost plan
                                                            (e.g. flatRate.personnel 450,00); 0 removes it; names:
                                                            personnel, material, rent, insurance, office, income
                                                            (German: personal, miete, verwaltung, erloese)
  customerTypes                                             comma-separated kinds of customer (added to the built-in ones)
  workKinds.<area>                                          comma-separated kinds of work the area lists, from --from on
                                                            (dated: an order is judged by the list of the day it came in)
  aghCap.warnWeeksAhead                                     weeks before 24 / 36 months of AGH to warn (default 8)
  bookingGraceDays                                          working days a day may stay unbooked before check warns (default 5)
  language                                                  what people read: de or en (a new store: de)
  absenceReportLayout                                       report absences: per-officer (a page each, default) or list
  retention.notesYearsAfterExit                             purge: years after the exit (default 3)
  retention.recordsYearsAfterFundingYear                    purge: years after the funding year (default 6)
  retention.applicantsMonthsAfterDecision                   purge: months after the decision (default 6)
  due.assignmentEndWeeks                                    insat due: final report or extension request, weeks before the end (default 6)
  due.progressReportMonths                                  insat due: months between progress reports from the start (default 6)
  due.absenceReportDay                                      insat due: the absence report by this day of the next month (default 5)
  due.applicationDeadline                                   insat due: the annual application by this day, MM-DD (default 09-30)
  due.applicantDays                                         insat due: days to the information appointment and on to the decision (default 14)`,
  rate: 'the hourly allowance (MAE) rate, valid from a date',
  rateSet: 'a new rate from a date on; earlier rates are kept',
  rateFrom: 'the first day the rate applies',
  rateForce: 'allow a start before today or before a month with bookings (re-prices them)',
  rateDryRun: 'show what would change (each re-priced month), change nothing',
  exampleRepriced: 'each re-priced month, old → new total',
  exampleRateList: 'the rates and the day each applies from',
  exampleRateSet: 'a new rate from 1 January on; the rates before stay',
  exampleRateDelete: 'show what removing a wrong entry would re-price, change nothing',
  rateDelete: 'remove a wrong entry of the rate history',
  rateDeleteFrom: 'the first day of the entry to remove',
  rateDeleteForce: 'allow it when the entry starts before today or before a month with bookings (re-prices them)',
  rateList: 'the rate history',
  rateColumns: { from: 'from', cents: 'euros per hour' },
  notMonthDay: (key: string, value: string) =>
    `${key} '${value}' is not a day of the year — use MM-DD, e.g. 09-30 (or 30.09.)`,
  unknownKey: (key: string, keys: string) => `unknown setting '${key}' — the keys are: ${keys}`,
  unknownKeyHelp: (key: string) => `unknown setting '${key}' — see 'insat config set --help' for the keys`,
  /** `config set` says what it set: "seats.holz = 12 from 2027-01-01" */
  kindsFrom: (key: string, kinds: readonly string[], from: IsoDate) =>
    `${key} = ${kinds.join(', ')} from ${fmt.date(from)}`,
  noKinds: (key: string) =>
    `${key} needs at least one kind of work — e.g. insat config set ${key} "Möbelbau, Reparatur"`,
  seatsFrom: (key: string, n: number, from: IsoDate) => `${key} = ${n} from ${fmt.date(from)}`,
  hours: (key: string, minutes: Minutes) => `${key} = ${fmt.hours(minutes)} h`,
  perSeatMonth: (key: string, cents: number) => `${key} = ${fmt.euro(cents)} per seat and month`,
  setDone: (described: string) => `set ${described}`,
  setWould: (described: string) => `set ${described}`,
  summarySet: (key: string) => `config set ${key}`,
  noneRepriced: 'no booked month is re-priced',
  repricedHeading: 'month      old total → new total',
  summaryRateSet: (euros: string, from: IsoDate) => `config rate set ${euros} from ${from}`,
  summaryRateDelete: (from: IsoDate) => `config rate delete from ${from}`,
  rateSetDone: (cents: number, from: IsoDate) =>
    `set the allowance rate to ${fmt.euro(cents)}/h from ${fmt.date(from)}`,
  /** the infinitive, for the dry-run line */
  rateSetWould: (cents: number, from: IsoDate) =>
    `set the allowance rate to ${fmt.euro(cents)}/h from ${fmt.date(from)}`,
  rateDeleteDone: (from: IsoDate) => `removed the allowance rate that started on ${fmt.date(from)}`,
  rateDeleteWould: (from: IsoDate) => `remove the allowance rate that started on ${fmt.date(from)}`,
  shown: {
    seatsToday: (total: number, areas: string, from: IsoDate) =>
      `seats today        ${total} (${areas}) since ${fmt.date(from)}`,
    seatsPlanned: (total: number, areas: string, from: IsoDate) =>
      `seats planned      ${total} (${areas}) from ${fmt.date(from)}`,
    weeklyHours: (min: number, max: number) => `weekly hours       ${min}–${max}`,
    dailyMax: (minutes: Minutes) => `daily maximum      ${fmt.hours(minutes)} h`,
    rate: (cents: number | null, from: IsoDate | null) =>
      `allowance rate     ${cents !== null && from ? `${fmt.euro(cents)}/h since ${fmt.date(from)}` : 'none'}`,
    closingDays: (days: IsoDate[]) => `closing days       ${days.map(fmt.date).join(', ') || 'none'}`,
    leave: (days: number) => `leave              ${days} days per full month`,
    deadlines: (d: DueWords) =>
      `deadlines          final report/extension ${d.assignmentEndWeeks} weeks before the end; progress report every ${d.progressReportMonths} months; absence report by day ${d.absenceReportDay}; application by ${d.applicationDeadline}; applicants ${d.applicantDays} days per step`,
    aghCap: (months: number, years: number, extended: number) =>
      `AGH cap            ${months} months in ${years} years (up to ${extended} with a Jobcenter decision)`,
    bookingGrace: (days: number) => `unbooked days      'insat check' warns after ${days} working days`,
    provider: (text: string) => `provider           ${text}`,
    measure: (text: string) => `measure            ${text}`,
    jobcenter: (text: string) => `jobcenter          ${text}`,
    flatRates: (text: string) => `flat rates         ${text || 'none'}`,
    language: (lang: string) => `language           ${LANGUAGES[lang] ?? lang} (${lang})`,
    absenceReportLayout: (layout: string) =>
      `absence report     ${layout === 'list' ? 'one list' : 'a page per integration officer'}`,
  },
};
