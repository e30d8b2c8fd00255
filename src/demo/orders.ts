// The demo's customers and a year of their orders: benches for a Kita, catering for a parish
// festival, a mural in a counselling centre. Drawn from their own random source, after everything
// else, so that the demo's people, assignments and bookings stay exactly what they were.
import { seatAreaOn } from '../model/assignment.js';
import { addDays, type IsoDate } from '../model/dates.js';
import { isWorkingDay } from '../model/holidays.js';
import type { Area, Customer, MainData, Order } from '../model/types.js';
import type { Rng } from './random.js';

type Seed = Omit<Customer, 'id' | 'created'>;

const CUSTOMERS: Seed[] = [
  {
    name: 'Kita Sonnenschein Weitmar',
    kind: 'non-profit',
    type: 'Kita',
    address: 'Hattinger Straße 210, 44795 Bochum',
    contact: 'Frau Berg',
  },
  {
    name: 'Städtische Kita Am Kortländer',
    kind: 'public',
    type: 'Kita',
    address: 'Am Kortländer 4, 44787 Bochum',
    contact: 'Frau Nowak',
  },
  {
    name: 'Familienzentrum Regenbogen',
    kind: 'non-profit',
    type: 'Familienzentrum',
    address: 'Dorstener Straße 150, 44809 Bochum',
    contact: 'Herr Peters',
  },
  {
    name: 'Grundschule Feldsieper Straße',
    kind: 'public',
    type: 'Schule',
    address: 'Feldsieper Straße 85, 44809 Bochum',
    contact: 'Frau Schmitz',
  },
  {
    name: 'Offene Ganztagsschule Laer',
    kind: 'non-profit',
    type: 'Offene Ganztagsschule',
    address: 'Alte Wittener Straße 18, 44803 Bochum',
    contact: 'Herr Kaya',
  },
  {
    name: 'Stadt Bochum, Grünflächenamt',
    kind: 'public',
    type: 'Stadt Bochum',
    address: 'Hans-Böckler-Straße 19, 44787 Bochum',
    contact: 'Herr Wagner',
  },
  {
    name: 'Bezirksvertretung Bochum-Mitte',
    kind: 'public',
    type: 'Bezirksvertretung',
    address: 'Willy-Brandt-Platz 2, 44777 Bochum',
    contact: 'Frau Hoffmann',
  },
  {
    name: 'Bürgerverein Hamme e. V.',
    kind: 'non-profit',
    type: 'Verein',
    address: 'Amtsstraße 12, 44809 Bochum',
    contact: 'Herr Becker',
  },
  {
    name: 'Kleingartenverein Glück Auf e. V.',
    kind: 'non-profit',
    type: 'Verein',
    address: 'Kemnader Straße 300, 44797 Bochum',
    contact: 'Frau Lange',
  },
  {
    name: 'Ev. Kirchengemeinde Bochum-Langendreer',
    kind: 'non-profit',
    type: 'Kirchengemeinde',
    address: 'Alte Bahnhofstraße 166, 44892 Bochum',
    contact: 'Pfarrerin Krüger',
  },
  {
    name: 'Kath. Pfarrei St. Peter und Paul',
    kind: 'non-profit',
    type: 'Kirchengemeinde',
    address: 'Bleichstraße 12, 44787 Bochum',
    contact: 'Herr Yilmaz',
  },
  {
    name: 'Diakonie Ruhr, Wohnungslosenhilfe',
    kind: 'non-profit',
    type: 'Wohlfahrtsverband',
    address: 'Westring 26, 44787 Bochum',
    contact: 'Frau Schulz',
  },
  {
    name: 'Caritasverband Bochum',
    kind: 'non-profit',
    type: 'Wohlfahrtsverband',
    address: 'Huestraße 15, 44787 Bochum',
    contact: 'Herr Lehmann',
  },
  {
    name: 'Kontaktcafé der Krisenhilfe',
    kind: 'non-profit',
    type: 'Einrichtung der Suchthilfe',
    address: 'Viktoriastraße 67, 44787 Bochum',
    contact: 'Frau Wolf',
  },
  {
    name: 'Suchtberatung Bochum-Wattenscheid',
    kind: 'non-profit',
    type: 'Beratungsstelle',
    address: 'Hochstraße 5, 44866 Bochum',
    contact: 'Herr Schröder',
  },
  {
    name: 'Stadtteiltreff Hustadt',
    kind: 'non-profit',
    type: 'Stadtteiltreff',
    address: 'Brantropstraße 11, 44801 Bochum',
    contact: 'Frau Demir',
  },
];

/** What each area makes: [kind of work, title, customer types that order it, material euros lo–hi]. */
const WORK: Record<Area, [string, string, string[], number, number][]> = {
  holz: [
    ['Möbelbau', 'Sitzbänke für den Außenbereich', ['Kita', 'Familienzentrum', 'Schule', 'Verein'], 60, 240],
    ['Möbelbau', 'Regal für die Bücherecke', ['Kita', 'Schule', 'Offene Ganztagsschule', 'Stadtteiltreff'], 40, 120],
    ['Spielgeräte', 'Spielküche aus Holz', ['Kita', 'Familienzentrum'], 50, 150],
    ['Gartenholz', 'Hochbeete für den Schulgarten', ['Schule', 'Offene Ganztagsschule', 'Kita'], 80, 200],
    ['Gartenholz', 'Nistkästen und Insektenhotels', ['Stadt Bochum', 'Verein'], 30, 90],
    [
      'Reparatur',
      'Aufarbeitung gespendeter Möbel',
      ['Wohlfahrtsverband', 'Einrichtung der Suchthilfe', 'Beratungsstelle'],
      0,
      60,
    ],
    ['Schilder und Tafeln', 'Hinweistafeln für den Spielplatz', ['Stadt Bochum', 'Bezirksvertretung'], 40, 110],
    ['Kleinteile', 'Krippenfiguren für den Adventsmarkt', ['Kirchengemeinde'], 20, 70],
  ],
  kueche: [
    ['Catering', 'Catering zum Gemeindefest', ['Kirchengemeinde'], 150, 420],
    ['Catering', 'Verpflegung bei der Bürgerversammlung', ['Bezirksvertretung', 'Stadt Bochum'], 120, 300],
    ['Catering', 'Imbiss zur Fortbildung', ['Wohlfahrtsverband', 'Beratungsstelle'], 80, 220],
    [
      'Mittagstisch',
      'Mittagessen für den Tagesaufenthalt',
      ['Einrichtung der Suchthilfe', 'Wohlfahrtsverband'],
      100,
      350,
    ],
    ['Backwaren', 'Kuchen für das Sommerfest', ['Kita', 'Familienzentrum', 'Verein', 'Stadtteiltreff'], 40, 120],
    ['Koch- und Backaktion', 'Backaktion mit Kindern', ['Kita', 'Schule', 'Offene Ganztagsschule'], 30, 80],
  ],
  gestaltung: [
    ['Wandgestaltung', 'Wandbild im Treppenhaus', ['Kita', 'Schule', 'Stadtteiltreff'], 90, 260],
    [
      'Malerarbeiten',
      'Renovierung des Aufenthaltsraums',
      ['Beratungsstelle', 'Einrichtung der Suchthilfe', 'Wohlfahrtsverband'],
      120,
      380,
    ],
    [
      'Druck und Plakate',
      'Plakate und Flyer zum Stadtteilfest',
      ['Verein', 'Bezirksvertretung', 'Stadtteiltreff'],
      30,
      90,
    ],
    ['Dekoration', 'Dekoration für den Weihnachtsbasar', ['Kirchengemeinde', 'Verein'], 25, 80],
    ['Textilarbeiten', 'Banner für das Vereinsheim', ['Verein', 'Kirchengemeinde'], 40, 110],
    ['Ausstellungsbau', 'Stellwände für eine Ausstellung', ['Stadt Bochum', 'Schule'], 70, 200],
  ],
};

const ORDERS_PER_AREA: Record<Area, [number, number]> = { holz: [30, 38], kueche: [28, 36], gestaltung: [24, 32] };

/** The working days of the year before `today`, ascending. */
function workingDays(from: IsoDate, today: IsoDate, closingDays: readonly IsoDate[]): IsoDate[] {
  const out: IsoDate[] = [];
  for (let d = from; d < today; d = addDays(d, 1)) if (isWorkingDay(d, closingDays)) out.push(d);
  return out;
}

export function demoCustomersAndOrders(main: MainData, today: IsoDate, rng: Rng): void {
  const created = addDays(today, -400);
  main.customers = CUSTOMERS.map((c, i) => ({ id: `c${String(i + 1).padStart(3, '0')}`, ...c, created }));
  const days = workingDays(addDays(today, -365), today, main.settings.closingDays);
  const orders: Omit<Order, 'id'>[] = [];
  for (const area of ['holz', 'kueche', 'gestaltung'] as const) {
    const n = rng.int(...ORDERS_PER_AREA[area]);
    for (let i = 0; i < n; i++) {
      const [kind, title, types, lo, hi] = rng.pick(WORK[area]);
      const candidates = main.customers.filter((c) => types.includes(c.type));
      const customer = rng.pick(candidates.length ? candidates : main.customers);
      const received = rng.pick(days);
      const later = (d: IsoDate, lo2: number, hi2: number): IsoDate | null => {
        const next = addDays(d, rng.int(lo2, hi2));
        return next < today ? next : null;
      };
      const o: Omit<Order, 'id'> = {
        customerId: customer.id,
        area,
        title,
        kind,
        kindReason: '',
        received,
        due: addDays(received, rng.int(14, 42)),
        materialCents: hi === 0 ? 0 : rng.int(lo, hi) * 100 + (rng.chance(0.3) ? 50 : 0),
        status: 'received',
        started: null,
        done: null,
        delivered: null,
        cancelled: null,
        participants: [],
      };
      if (rng.chance(0.05)) {
        o.cancelled = later(received, 1, 10);
        if (o.cancelled) o.status = 'cancelled';
      } else {
        o.started = later(received, 1, 7);
        o.done = o.started && later(o.started, 3, 25);
        o.delivered = o.done && later(o.done, 0, 5);
        o.status = o.delivered ? 'delivered' : o.done ? 'done' : o.started ? 'in-progress' : 'received';
      }
      if (o.started) {
        const seated = [
          ...new Set(main.assignments.filter((a) => seatAreaOn(a, o.started!) === area).map((a) => a.personId)),
        ].sort();
        o.participants = rng.shuffle(seated).slice(0, rng.int(1, 3)).sort();
      }
      orders.push(o);
    }
  }
  orders.sort((a, b) => a.received.localeCompare(b.received) || a.area.localeCompare(b.area));
  main.orders = orders.map((o, i) => ({ id: `o${String(i + 1).padStart(3, '0')}`, ...o }));
  main.counters.customer = main.customers.length;
  main.counters.order = main.orders.length;
}
