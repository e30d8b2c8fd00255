// The words of `insat hours` (book, import, list, missing, delete) and of the period options the
// summaries share (src/cli/period.ts).
import type { IsoDate } from '../../model/dates.js';
import type { Minutes } from '../../model/durations.js';
import { fmt } from './format.js';

const s = (n: number) => (n === 1 ? '' : 's');

export const hours = {
  description: 'book worked hours and absences: one person, a whole work area, or a timesheet',
  book: {
    description:
      'book one participant for one day (--hours or --absent), or a whole work area with --area … --as-planned',
    optDate: 'the day (YYYY-MM-DD or dd.MM.yyyy)',
    optHours: 'worked hours: 6.5, 6,5 or 6:30 (quarter-hour steps)',
    optAbsent: (codes: string) =>
      `an absence instead of hours: ${codes}; with --area only closed (the area's closing day)`,
    optReplace: 'correct an existing booking of that day',
    optForce: 'allow worked hours on a weekend, public holiday or closing day',
    optArea: 'book everybody with a seat in this work area that day (with --as-planned)',
    optAsPlanned: "each person's planned hours of that weekday (the weekday distribution of the assignment)",
    optExcept: 'exceptions to the plan: ID=H or ID=CODE, comma-separated (repeatable)',
    helpAfter: `
Absence codes: sick (no certificate yet), sick-certified, excused, holiday (leave), unexcused, closed (closing day).
Rules: only inside the assignment and never in the future; at most the daily maximum; the week's worked
hours never above the person's weekly hours; worked hours on weekends, NRW public holidays and closing
days only with --force; a second booking for a day only with --replace. A roster booking is one step
('insat undo' reverts it whole) and leaves people already booked that day as they are; people whose
weekday distribution plans no hours that day are left out. A range (--from/--to) books the person's
working days only (no weekends, public holidays, closing days or days without planned hours), in one
step, and is refused whole when one day breaks a rule, naming the day.`,
    exampleSaturday: '# a Saturday',
    idAndArea: (id: string) =>
      `give either a participant ID or --area, not both — 'insat hours book ${id} --date …' books one person, '--area A --as-planned' a whole area`,
    hoursAndAbsent: '--hours and --absent exclude each other — a day is either worked or an absence',
    askParticipant: 'Participant',
    askDay: 'Day',
    zeroHours: (id: string, date: IsoDate) =>
      `--hours 0 books nothing — book an absence with --absent CODE, or delete a booking with 'insat hours delete ${id} --date ${date}'`,
    forced: ' (forced: no working day)',
    unchanged: (id: string, date: IsoDate, what: string) =>
      `${id} was already booked on ${fmt.date(date)} with ${what} — nothing changed`,
    presentAtOffer: (id: string, absence: string, date: IsoDate, offer: string) =>
      `${id} is booked ${absence} on ${fmt.date(date)} but recorded present at offer ${offer} that day — if ${id} did not come, record the offer anew: 'insat group attend ${offer} … --absent ${id}=${absence} --replace'`,
    booked: (id: string, date: IsoDate, what: string, was: string | null) =>
      `booked ${id} on ${fmt.date(date)}: ${what}${was !== null ? ` (was ${was})` : ''}`,
    wouldBook: (id: string, date: IsoDate, what: string, was: string | null) =>
      `book ${id} on ${fmt.date(date)}: ${what}${was !== null ? ` (was ${was})` : ''}`,
  },
  roster: {
    exceptForm: (item: string) => `--except '${item}' is not ID=HOURS or ID=CODE — e.g. --except p003=4,p007=sick`,
    exceptTwice: (id: string) => `--except names ${id} twice — give one value per person`,
    needsArea: '--as-planned and --except book a whole work area — add --area holz|kueche|gestaltung',
    needsAsPlanned:
      '--area books everybody in the area with their planned hours — add --as-planned (and --except for the ones who differ), or --absent closed for a closing day',
    notForArea:
      '--hours and --absent are for one person — for the area use --as-planned and --except ID=H|ID=CODE, or --absent closed alone',
    missingDate: 'missing --date — pass the day to book',
    exceptZero: (id: string) => `--except ${id}=0 books nothing — give an absence code instead`,
    exceptNoSeat: (id: string, area: string, date: IsoDate) =>
      `--except ${id}: ${id} has no seat in ${area} on ${fmt.date(date)} — book them on their own with 'insat hours book ${id} …'`,
    nonWorking: (date: IsoDate, why: string) =>
      `${fmt.date(date)} is ${why} — worked hours on that day need --force (or book absences with --except ID=CODE)`,
    nobody: (area: string, date: IsoDate) => `nobody has a seat in ${area} on ${fmt.date(date)} — nothing to book`,
    /** `closed`: the area's closing day (--absent closed) instead of the planned hours. */
    booked: (count: number, area: string, date: IsoDate, planned: number, closed: boolean, worked: Minutes) =>
      `booked ${rosterFigures(count, area, date, planned, closed, worked)}`,
    wouldBook: (count: number, area: string, date: IsoDate, planned: number, closed: boolean, worked: Minutes) =>
      `book ${rosterFigures(count, area, date, planned, closed, worked)}`,
    allBooked: (area: string, date: IsoDate) =>
      `everybody in ${area} is already booked on ${fmt.date(date)} — nothing changed`,
    alreadyBooked: (list: string) => `already booked, left as is: ${list}`,
    exceptionNotApplied: (id: string, value: string, date: IsoDate, flag: string) =>
      `  the exception ${id}=${value} was not applied — to change that booking: insat hours book ${id} --date ${date} ${flag} --replace`,
  },
  import: {
    description: 'book a timesheet (CSV: participant,date,hours or participant,date,code); all rows or none',
    optReplace: 'rows for days already booked replace those bookings',
    optForce: 'allow worked hours on weekends, public holidays and closing days',
    helpAfter: `
The file: one row per person and day, a header row first. Columns participant,date,hours or
participant,date,code (or participant,date,hours,code with one of the two filled); German headers
Teilnehmer;Datum;Stunden;Code work too. Comma or semicolon separated (German Excel), with or without
BOM; dates YYYY-MM-DD or dd.MM.yyyy; hours 6.5, 6,5 or 6:30. Every row is checked first: if one is
bad, nothing is booked and every bad row is listed as 'line N: reason' (exit 2 when a row is
malformed, 3 when a programme rule refuses it).`,
    unreadable: (file: string, code: string) => `cannot read ${file}: ${code} — check the path`,
    noParticipant: (id: string) => `no participant '${id}' — see 'insat participant list --all'`,
    twice: (id: string, date: IsoDate, line: number) =>
      `${id} is booked twice on ${fmt.date(date)} — also on line ${line}`,
    line: (line: number, reason: string) => `line ${line}: ${reason}`,
    badRows: (bad: number, total: number, file: string) =>
      `${bad} of ${total} rows of ${file} ${bad === 1 ? 'is' : 'are'} bad (listed above); nothing was imported — correct ${bad === 1 ? 'it' : 'them'} and import the file again`,
    imported: (r: ImportFigures) => `imported ${importFigures(r)}`,
    wouldImport: (r: ImportFigures) => `import ${importFigures(r)}`,
    // the timesheet's rows (src/cli/timesheet.ts)
    notUtf8: (file: string, byte: string, at: number) =>
      `${file} is not valid UTF-8 (byte 0x${byte} at offset ${at}) — save it again as "CSV UTF-8"`,
    /** Why csv-parse refused the file, by its error code; English keeps csv-parse's own words. */
    csvProblem: (_code: string | undefined, message: string) => message,
    notCsv: (file: string, line: number | undefined, why: string) =>
      `${file} is no readable CSV${line ? ` (line ${line})` : ''}: ${why} — save it again as CSV (comma or semicolon separated)`,
    empty: (file: string) =>
      `${file} is empty — it needs a header row (participant,date,hours or participant,date,code) and one row per person and day`,
    noRows: (file: string) => `${file} has a header but no rows — nothing to import`,
    noParticipantCell: 'the participant is missing',
    notAnId: (value: string) => `'${value}' is not a participant id (like p012)`,
    noDate: 'the date is missing',
    notADate: (value: string) => `'${value}' is not a date (YYYY-MM-DD or dd.MM.yyyy)`,
    hoursAndCode: (h: string, code: string) =>
      `both hours (${h}) and an absence code (${code}) — a day is either worked or an absence`,
    neither: 'neither hours nor an absence code',
    notHours: (value: string) => `'${value}' is not a number of hours (6.5, 6,5 or 6:30)`,
    notQuarter: (value: string) => `${value} h is not in quarter-hour steps`,
    zero: '0 hours books nothing — give an absence code instead',
    notACode: (value: string, codes: string, german: string) =>
      `'${value}' is not an absence code (${codes}, or ${german})`,
    /** the missing columns of the header */
    columnParticipant: 'participant',
    columnDate: 'date',
    columnHoursOrCode: 'hours or code',
    badHeader: (file: string, header: string, missing: readonly string[]) =>
      `the header of ${file} (line 1: ${header}) has no column ${missing.join(', ')} — use participant,date,hours or participant,date,code (German: Teilnehmer;Datum;Stunden;Code)`,
  },
  list: {
    description: "bookings of a period (default: this month; with --participant, the person's whole assignment)",
    optParticipant: 'one participant',
    optFrom: 'first day',
    optTo: 'last day (default: today)',
    optMonth: 'one month',
    optArea: 'one work area',
    monthAndRange: '--month and --from/--to exclude each other — give one period',
    fromAfterTo: (from: IsoDate, to: IsoDate) => `--from ${from} lies after --to ${to} — swap them`,
    columns: {
      date: 'date',
      pseudonym: 'pseudonym',
      id: 'id',
      name: 'name',
      area: 'area',
      hours: 'hours',
      absence: 'absence',
      forced: 'forced',
    },
    yes: 'yes',
    /** English keeps the codes in these cells. */
    areaWords: {} as Record<string, string>,
    absenceWords: {} as Record<string, string>,
    summary: (count: number, from: IsoDate, to: IsoDate, worked: Minutes, absenceDays: number) =>
      `${count} booking${s(count)} from ${fmt.date(from)} to ${fmt.date(to)}: ${fmt.hours(worked)} h worked, ${absenceDays} absence day${s(absenceDays)}`,
  },
  missing: {
    description:
      'assigned working days in the past that nobody booked, per person, newest first (default: the last 10 working days)',
    optArea: 'one work area',
    optParticipant: 'one participant',
    helpAfter: `
A day counts when the person had a seat, it was a working day (Monday to Friday, not a public
holiday or closing day) and it lies before today. Such a day is "not booked" (nicht erfasst) —
neither worked nor absent — until worked hours or an absence code are booked for it. Exit 0, also
when nothing is missing.`,
    columns: { id: 'id', name: 'name', area: 'area', date: 'date' },
    allBooked: (from: IsoDate, to: IsoDate) =>
      `All assigned working days of ${fmt.date(from)} – ${fmt.date(to)} before today are booked.`,
    summary: (count: number, from: IsoDate, to: IsoDate, people: number) =>
      `${count} assigned working day${s(count)} of ${fmt.date(from)} – ${fmt.date(to)} without a booking (${people} participant${s(people)}) — book each with 'insat hours book ID --date DATE --hours H' or '--absent CODE'`,
  },
  delete: {
    description: "delete one participant's booking of one day",
    optDate: 'the day',
    noBooking: (id: string, date: IsoDate) =>
      `${id} has no booking on ${fmt.date(date)} — see 'insat hours list --participant ${id}'`,
    deleted: (id: string, date: IsoDate, what: string) => `deleted the booking of ${id} on ${fmt.date(date)} (${what})`,
    wouldDelete: (id: string, date: IsoDate, what: string) =>
      `delete the booking of ${id} on ${fmt.date(date)} (${what})`,
  },
  /** The period options of the summaries (src/cli/period.ts): one wording wherever they appear. */
  period: {
    optDate: 'one day',
    optWeek: 'one ISO week, e.g. 2026-W47',
    optMonth: 'one calendar month',
    optFrom: 'first day of the period (with --to)',
    optTo: 'last day of the period (with --from)',
    and: ' and ',
    twoPeriods: (given: string) => `${given} both choose the period — give only one of them`,
    halfRange: (missing: string) => `${missing} is missing — give the period as --from DATE --to DATE`,
    toBeforeFrom: (from: IsoDate, to: IsoDate) => `--to ${to} lies before --from ${from} — swap the two dates`,
  },
};

export interface ImportFigures {
  bookings: number;
  file: string;
  people: number;
  from: IsoDate;
  to: IsoDate;
  worked: Minutes;
  absent: number;
  replaced: number;
}

function importFigures(r: ImportFigures): string {
  return `${r.bookings} booking${s(r.bookings)} from ${r.file} for ${r.people} participant${s(r.people)}, ${fmt.date(r.from)}–${fmt.date(r.to)}: ${r.bookings - r.absent} days worked (${fmt.hours(r.worked)} h), ${r.absent} absence day${s(r.absent)}${r.replaced ? `, ${r.replaced} replaced` : ''}`;
}

function rosterFigures(count: number, area: string, date: IsoDate, planned: number, closed: boolean, worked: Minutes) {
  return `${count} of ${area} on ${fmt.date(date)} (${planned} ${closed ? 'closed' : 'as planned'}, ${count - planned} exception${s(count - planned)}), ${fmt.hours(worked)} h worked`;
}
