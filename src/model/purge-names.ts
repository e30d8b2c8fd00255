// A purged person's name can stand in what others wrote: a note on another participant ("with Erika
// Muster in the workshop"), a goal's review, an exit text. Purge replaces every whole-word occurrence of
// the names by the person's pseudonym there too — in the store, the trail and the backups alike.
import type { MainData } from './types.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Replaces whole-word occurrences of the names (name → pseudonym) in a text. */
export function nameReplacer(names: ReadonlyMap<string, string>): (text: string) => string {
  const list = [...names.keys()].filter((n) => n.trim().length > 0).sort((a, b) => b.length - a.length);
  if (list.length === 0) return (t) => t;
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${list.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return (t) => t.replace(re, (m) => names.get(m) ?? m);
}

/** Every string inside a JSON value with the names replaced (a new value; the old one is left alone). */
export function replaceNamesDeep<T>(value: T, replace: (text: string) => string): T {
  if (typeof value === 'string') return replace(value) as T;
  if (Array.isArray(value)) return value.map((v) => replaceNamesDeep(v, replace)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, replaceNamesDeep(v, replace)]),
    ) as T;
  }
  return value;
}

/**
 * Replaces the names in the free texts of the store, in place: notes, goals, assignments, and what
 * the team wrote about orders, customers, group offers and certification dates (a title, a contact,
 * a topic, who led an offer). Staff records keep their names: a team member is not the person purged.
 */
export function replaceNamesInTexts(data: MainData, replace: (text: string) => string): void {
  for (const n of data.notes) n.text = replace(n.text);
  for (const g of data.goals) {
    g.text = replace(g.text);
    for (const r of g.reviews) r.comment = replace(r.comment);
  }
  for (const a of data.assignments) {
    a.capExtensionReason = replace(a.capExtensionReason);
    if (a.exit) a.exit.text = replace(a.exit.text);
    for (const e of a.extensions) e.reason = replace(e.reason);
  }
  for (const o of data.orders ?? []) {
    o.title = replace(o.title);
    o.kindReason = replace(o.kindReason);
  }
  for (const c of data.customers ?? []) {
    c.name = replace(c.name);
    c.address = replace(c.address);
    c.contact = replace(c.contact);
  }
  for (const g of data.groupOffers ?? []) {
    g.topic = replace(g.topic);
    g.ledBy = replace(g.ledBy);
  }
  for (const z of data.certifications ?? []) z.note = replace(z.note);
}
