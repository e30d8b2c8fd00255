// Small helpers for the model's collections, written once.
import { AREAS, type Area } from './types.js';

/** The items grouped by a key, each group in the items' order. */
export function groupBy<T, K>(items: Iterable<T>, key: (item: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/** One value per work area. */
export function perArea<T>(make: (area: Area) => T): Record<Area, T> {
  return Object.fromEntries(AREAS.map((a) => [a, make(a)])) as Record<Area, T>;
}
