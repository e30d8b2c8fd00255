// The store seen as records with keys, so that a change can be recorded, shown and reverted per
// record: main-file collections by id, bookings by participant and day.
import { compareIds } from '../model/compare.js';
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

/**
 * key → a copy of every booking. A booking is flat (five plain values), so a copy keeps it as it
 * was at a fraction of the cost of its JSON text: a month of a busy year has ~2,000 of them, and a
 * booking copies those of the day's ISO week.
 */
export function snapshotBookings(bookings: readonly Booking[]): Map<string, Booking> {
  const snap = new Map<string, Booking>();
  for (const b of bookings) snap.set(bookingKey(b), { ...b });
  return snap;
}

/** What changed between a month's bookings as snapshotted and `now`, recorded as diffSnapshots does. */
export function diffBookings(
  file: string,
  before: ReadonlyMap<string, Booking>,
  now: readonly Booking[],
): ChangeRecord[] {
  const out: ChangeRecord[] = [];
  const seen = new Set<string>();
  for (const b of now) {
    const key = bookingKey(b);
    if (seen.has(key)) continue; // two of one day are refused by the rules; the first is recorded
    seen.add(key);
    const old = before.get(key);
    if (old === undefined || !sameFlat(old, b))
      out.push({ file, collection: 'bookings', key, before: old === undefined ? null : { ...old }, after: { ...b } });
  }
  if (seen.size !== before.size || out.some((c) => c.before === null))
    for (const [key, old] of before)
      if (!seen.has(key)) out.push({ file, collection: 'bookings', key, before: { ...old }, after: null });
  return out;
}

/** The same plain values under the same keys, as their JSON text would be (an undefined value is no value). */
function sameFlat(a: object, b: object): boolean {
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  for (const k in x) if (!sameValue(x[k], y[k])) return false;
  for (const k in y) if (!(k in x) && y[k] !== undefined) return false;
  return true;
}

function sameValue(u: unknown, v: unknown): boolean {
  if (u === v) return true;
  if (typeof u !== 'object' || typeof v !== 'object' || u === null || v === null) return false;
  return JSON.stringify(u) === JSON.stringify(v);
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
  else {
    // Back where it stood: a list holds its records in the order their ids were handed out, so that
    // undoing a deletion gives back the file as it was.
    const after = list.findIndex((r) => compareIds(r.id, key) > 0);
    list.splice(after < 0 ? list.length : after, 0, value as { id: string });
  }
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
