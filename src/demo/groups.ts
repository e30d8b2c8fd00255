// The demo's group offers: a lesson every Tuesday and a group offer every Thursday for everyone
// with a seat, now and then an excursion — a year back and two weeks ahead. Attendance follows the
// day's booking (an absence there is an absence here) and is recorded for past offers only.
import { plannedForOffer } from '../model/groups.js';
import { addDays, isoWeekday, type IsoDate } from '../model/dates.js';
import { isWorkingDay } from '../model/holidays.js';
import type { Booking, GroupKind, GroupOffer, MainData } from '../model/types.js';
import type { Rng } from './random.js';

const LESSONS = [
  'Bewerbungstraining',
  'Lebenslauf am Computer',
  'Umgang mit Behördenpost',
  'Deutsch im Arbeitsalltag',
  'Rechnen im Alltag',
  'Gesunde Ernährung',
  'Erste Hilfe',
  'Arbeitssicherheit',
];
const GROUPS = [
  'Gesprächsgruppe Tagesstruktur',
  'Stressbewältigung',
  'Freizeit ohne Suchtmittel',
  'Umgang mit Geld',
  'Kommunikation im Team',
];
const EXCURSIONS = [
  'Besuch im Bergbaumuseum',
  'Besuch im Berufsinformationszentrum',
  'Stadtführung Bochum',
  'Besuch der Tafel Bochum',
];
const LEADERS = ['Frau Kaya', 'Herr Brandt'];

export function demoGroupOffers(main: MainData, bookings: readonly Booking[], today: IsoDate, rng: Rng): void {
  const absent = new Map<string, Booking>();
  for (const b of bookings) if (b.absence) absent.set(`${b.participantId}|${b.date}`, b);
  const offers: Omit<GroupOffer, 'id'>[] = [];
  for (let d = addDays(today, -364); d <= addDays(today, 14); d = addDays(d, 1)) {
    const weekday = isoWeekday(d);
    if ((weekday !== 2 && weekday !== 4) || !isWorkingDay(d, main.settings.closingDays)) continue;
    const excursion = weekday === 4 && rng.chance(0.12);
    const kind: GroupKind = excursion ? 'excursion' : weekday === 2 ? 'lesson' : 'group';
    const topic = rng.pick(kind === 'lesson' ? LESSONS : kind === 'group' ? GROUPS : EXCURSIONS);
    const from = kind === 'excursion' ? 9 * 60 : weekday === 2 ? 10 * 60 : 13 * 60;
    const offer: Omit<GroupOffer, 'id'> = {
      date: d,
      topic,
      kind,
      fromMinutes: from,
      toMinutes: from + (kind === 'excursion' ? 240 : 90),
      ledBy: rng.pick(LEADERS),
      area: 'all',
      attendance: null,
    };
    if (d < today) {
      offer.attendance = plannedForOffer(offer, main.assignments).map((participantId) => {
        const booked = absent.get(`${participantId}|${d}`);
        const code =
          booked?.absence === 'closed'
            ? 'excused'
            : (booked?.absence ?? (rng.chance(0.08) ? rng.pick(['excused', 'unexcused'] as const) : null));
        return { participantId, absence: code };
      });
    }
    offers.push(offer);
  }
  main.groupOffers = offers.map((o, i) => ({ id: `u${String(i + 1).padStart(3, '0')}`, ...o }));
  main.counters.groupOffer = main.groupOffers.length;
}
