// Stores as insat wrote them before month files (schema 1): bookings in bookings/YYYY.json. The
// migration tests turn a store made by today's insat back into that layout, as an old insat left it.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface Booking {
  participantId: string;
  date: string;
}

/** Rewrites `dir`'s month files as year files and its main file as schema 1 (as an old insat wrote them). */
export function toYearLayout(dir: string): void {
  const b = join(dir, 'bookings');
  const years = new Map<number, Booking[]>();
  for (const f of readdirSync(b).filter((x) => /^\d{4}-\d{2}\.json$/.test(x))) {
    const file = JSON.parse(readFileSync(join(b, f), 'utf8')) as { bookings: Booking[] };
    const y = Number(f.slice(0, 4));
    years.set(y, [...(years.get(y) ?? []), ...file.bookings]);
    rmSync(join(b, f));
  }
  for (const [year, bookings] of years) {
    bookings.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : x.participantId < y.participantId ? -1 : 1));
    writeFileSync(join(b, `${year}.json`), JSON.stringify({ schemaVersion: 1, year, bookings }, null, 1) + '\n', {
      mode: 0o600,
    });
  }
  const main = JSON.parse(readFileSync(join(dir, 'insat.json'), 'utf8')) as Record<string, unknown>;
  writeFileSync(join(dir, 'insat.json'), JSON.stringify({ ...main, schemaVersion: 1 }, null, 1) + '\n', { mode: 0o600 });
}

/** The store's data as one text, whatever the layout: the main file without its schema version, and every booking by day. */
export function layoutFreeData(dir: string): string {
  const { schemaVersion: _v, ...main } = JSON.parse(readFileSync(join(dir, 'insat.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  const bookings: Booking[] = [];
  const b = join(dir, 'bookings');
  for (const f of readdirSync(b).filter((x) => /^\d{4}(-\d{2})?\.json$/.test(x)))
    bookings.push(...(JSON.parse(readFileSync(join(b, f), 'utf8')) as { bookings: Booking[] }).bookings);
  bookings.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : x.participantId < y.participantId ? -1 : 1));
  return JSON.stringify({ main, bookings });
}
