import type { booking as en } from '../en/booking.js';
import type { IsoDate } from '../../model/dates.js';
import { formatMinutesClock, type Minutes } from '../../model/durations.js';
import type { NonWorkingDay } from '../../model/booking.js';
import { fmt } from './format.js';
import { ABSENCE_LABELS_DE } from '../../model/attendance.js';
import type { AbsenceCode } from '../../model/types.js';

type Booked = { minutes: Minutes; absence: string | null };

const describe = (b: Booked): string =>
  b.absence !== null ? (ABSENCE_LABELS_DE[b.absence as AbsenceCode] ?? b.absence) : `${fmt.hours(b.minutes)} h`;

const nonWorking = (d: NonWorkingDay): string =>
  d.kind === 'saturday'
    ? 'ein Samstag'
    : d.kind === 'sunday'
      ? 'ein Sonntag'
      : d.kind === 'holiday'
        ? `ein Feiertag (${d.holiday})`
        : 'ein Schließtag des Trägers';

const ABSENCE_WORDS: Record<string, string> = {
  holiday: 'Urlaub',
  excused: 'eine entschuldigte Fehlzeit',
  unexcused: 'eine unentschuldigte Fehlzeit',
  closed: 'ein Schließtag',
};

const week = (from: IsoDate, to: IsoDate) => `${fmt.date(from)}–${fmt.date(to)}`;
const limit = (minutes: Minutes) => `${fmt.hours(minutes)} Wochenstunden der Zuweisung`;

export const booking: typeof en = {
  describe,
  nonWorking,
  absenceWithMinutes: (id, date, minutes) =>
    `${id}: die Fehlzeit am ${fmt.date(date)} hat ${minutes} gearbeitete Minuten — ein Fehltag hat keine Arbeitszeit`,
  noHours: (id, date) =>
    `${id}: die Buchung am ${fmt.date(date)} hat keine Stunden — Arbeitsstunden oder einen Fehlzeit-Code buchen`,
  quarterHour: (id, minutes, date) =>
    `${id}: ${formatMinutesClock(minutes)} h am ${fmt.date(date)} sind keine Viertelstunden — auf :00, :15, :30 oder :45 runden`,
  future: (id, date) =>
    `${id}: der ${fmt.date(date)} liegt in der Zukunft — Stunden und Fehlzeiten am Tag selbst oder danach buchen, nie im Voraus`,
  neverEnrolled: (id) => `${id} war nie zugewiesen — nur Teilnehmende können gebucht werden`,
  noAssignment: (id, date, spans) =>
    `${id} hat am ${fmt.date(date)} keine Zuweisung — gebucht werden kann vom Beginn bis zum Ende oder Austritt der Zuweisung (${spans.map((s) => `${fmt.date(s.from)} bis ${fmt.date(s.to)}`).join(', ')})`,
  dailyMax: (id, b, date, maxMinutes) =>
    `${id}: ${describe(b)} am ${fmt.date(date)} sind mehr als die Tageshöchstzeit von ${fmt.hours(maxMinutes)} h`,
  workingDay: (id, date, why) =>
    `${id}: der ${fmt.date(date)} ist ${nonWorking(why)} — Arbeitsstunden an diesem Tag nur mit --force`,
  absenceDay: (id, date, why, absence) =>
    `${id}: der ${fmt.date(date)} ist ${nonWorking(why)} — ${ABSENCE_WORDS[absence] ?? absence} wird nur an Arbeitstagen gebucht; den Tag ohne Buchung lassen`,
  weeklyWouldMake: (id, b, date, worked, from, to, limitMinutes, left) =>
    `${id}: ${describe(b)} am ${fmt.date(date)} ergäben ${fmt.hours(worked)} h in der Woche ${week(from, to)}, mehr als die ${limit(limitMinutes)} (an dem Tag noch ${fmt.hours(left)} h möglich)`,
  weeklyBooked: (id, worked, from, to, limitMinutes) =>
    `${id}: ${fmt.hours(worked)} h gebucht in der Woche ${week(from, to)}, mehr als die ${limit(limitMinutes)}`,
  duplicate: (id, date, existing) =>
    `${id} ist am ${fmt.date(date)} schon gebucht (${describe(existing)}) — mit --replace korrigieren`,
  duplicateInBatch: (id, date) => `${id} ist am ${fmt.date(date)} im selben Stapel doppelt gebucht`,
  twoBookings: (id, date) => `${id} hat am ${fmt.date(date)} zwei Buchungen — eine mit 'insat hours delete' löschen`,
  afterExit: (id, exitDate, dates) =>
    `${id} hat Buchungen nach dem Austrittstag ${fmt.date(exitDate)}: ${dates.slice(0, 10).map(fmt.date).join(', ')}${dates.length > 10 ? ` und ${dates.length - 10} weitere` : ''} — zuerst mit 'insat hours delete ${id} --date TAG' löschen oder einen späteren Austrittstag eintragen`,
  unbooked: (id, dates, grace) =>
    `${id}: ${dates.length} ${dates.length === 1 ? 'zugewiesener Arbeitstag' : 'zugewiesene Arbeitstage'} nicht erfasst, älter als ${grace} Arbeitstage (${dates.slice(0, 5).map(fmt.date).join(', ')}${dates.length > 5 ? ` und ${dates.length - 5} weitere` : ''}) — bitte buchen; 'insat hours missing --participant ${id} --from ${dates[dates.length - 1]} --to ${dates[0]}' listet sie`,
};
