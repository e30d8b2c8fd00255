// The store seen as records with keys, so that a change can be recorded, shown and reverted per
// record: main-file collections by id, bookings by participant and day.
import type { Booking, MainData } from '../model/types.js';

export interface ChangeRecord {
  /** `main` or `bookings/YYYY-MM` (`bookings/YYYY` in entries written before month files) */
  file: string;
  collection: string;
  key: string;
  before: unknown;
  after: unknown;
}

export const MAIN_COLLECTIONS = [
  'people',
  'assignments',
  'goals',
  'notes',
  'customers',
  'orders',
  'groupOffers',
  'certifications',
  'staff',
] as const;

/** Collections added after the first stores were written: a store without them has none yet. */
export function addMissingCollections(data: MainData): MainData {
  data.customers ??= [];
  data.orders ??= [];
  data.groupOffers ??= [];
  data.certifications ??= [];
  data.staff ??= [];
  return data;
}
export const MAIN_SINGLETONS = ['settings', 'counters'] as const;
type MainCollection = (typeof MAIN_COLLECTIONS)[number];
type MainSingleton = (typeof MAIN_SINGLETONS)[number];

export function bookingKey(b: Pick<Booking, 'participantId' | 'date'>): string {
  return `${b.participantId}|${b.date}`;
}

/** key → JSON text of every record of the main file. */
export function snapshotMain(data: MainData): Map<string, string> {
  const snap = new Map<string, string>();
  for (const s of MAIN_SINGLETONS) snap.set(`${s}\u0000`, JSON.stringify(data[s]));
  for (const c of MAIN_COLLECTIONS) for (const r of data[c]) snap.set(`${c}\u0000${r.id}`, JSON.stringify(r));
  return snap;
}

export function snapshotBookings(bookings: readonly Booking[]): Map<string, string> {
  const snap = new Map<string, string>();
  for (const b of bookings) snap.set(`bookings\u0000${bookingKey(b)}`, JSON.stringify(b));
  return snap;
}

export function diffSnapshots(file: string, before: Map<string, string>, after: Map<string, string>): ChangeRecord[] {
  const out: ChangeRecord[] = [];
  const split = (k: string) => {
    const i = k.indexOf('\u0000');
    return [k.slice(0, i), k.slice(i + 1)] as const;
  };
  for (const [k, v] of after) {
    const old = before.get(k);
    if (old !== v) {
      const [collection, key] = split(k);
      out.push({ file, collection, key, before: old === undefined ? null : JSON.parse(old), after: JSON.parse(v) });
    }
  }
  for (const [k, old] of before) {
    if (!after.has(k)) {
      const [collection, key] = split(k);
      out.push({ file, collection, key, before: JSON.parse(old), after: null });
    }
  }
  return out;
}

export function getMainRecord(data: MainData, collection: string, key: string): unknown {
  if ((MAIN_SINGLETONS as readonly string[]).includes(collection)) return data[collection as MainSingleton];
  const list = data[collection as MainCollection] as { id: string }[];
  return list.find((r) => r.id === key) ?? null;
}

export function setMainRecord(data: MainData, collection: string, key: string, value: unknown): void {
  if ((MAIN_SINGLETONS as readonly string[]).includes(collection)) {
    (data as unknown as Record<string, unknown>)[collection] = value;
    return;
  }
  const list = data[collection as MainCollection] as { id: string }[];
  const i = list.findIndex((r) => r.id === key);
  if (value === null) {
    if (i >= 0) list.splice(i, 1);
  } else if (i >= 0) list[i] = value as { id: string };
  else list.push(value as { id: string });
}

export function getBookingRecord(bookings: readonly Booking[], key: string): Booking | null {
  return bookings.find((b) => bookingKey(b) === key) ?? null;
}

export function setBookingRecord(bookings: Booking[], key: string, value: Booking | null): void {
  const i = bookings.findIndex((b) => bookingKey(b) === key);
  if (value === null) {
    if (i >= 0) bookings.splice(i, 1);
  } else if (i >= 0) bookings[i] = value;
  else bookings.push(value);
}
