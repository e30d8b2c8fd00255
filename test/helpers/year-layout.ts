// Stores as insat wrote them before month files (schema 1): bookings in bookings/YYYY.json, history
// entries naming `bookings/YYYY`. The migration tests turn a store made by today's insat back into
// that layout, as an old insat left it.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface Booking {
  participantId: string;
  date: string;
}

const byDay = (x: Booking, y: Booking) =>
  x.date < y.date ? -1 : x.date > y.date ? 1 : x.participantId < y.participantId ? -1 : 1;

function dataFilesToYears(root: string): void {
  const b = join(root, 'bookings');
  const years = new Map<number, Booking[]>();
  for (const f of readdirSync(b).filter((x) => /^\d{4}-\d{2}\.json$/.test(x))) {
    const file = JSON.parse(readFileSync(join(b, f), 'utf8')) as { bookings: Booking[] };
    const y = Number(f.slice(0, 4));
    years.set(y, [...(years.get(y) ?? []), ...file.bookings]);
    rmSync(join(b, f));
  }
  for (const [year, bookings] of years) {
    const text = JSON.stringify({ schemaVersion: 1, year, bookings: bookings.sort(byDay) }, null, 1) + '\n';
    writeFileSync(join(b, `${year}.json`), text, { mode: 0o600 });
  }
  const main = JSON.parse(readFileSync(join(root, 'insat.json'), 'utf8')) as Record<string, unknown>;
  writeFileSync(join(root, 'insat.json'), JSON.stringify({ ...main, schemaVersion: 1 }, null, 1) + '\n', {
    mode: 0o600,
  });
}

/** Rewrites `dir` (its data files, its backups and its history) as an insat before month files left it. */
export function toYearLayout(dir: string): void {
  dataFilesToYears(dir);
  const backups = join(dir, 'backups');
  if (existsSync(backups)) for (const name of readdirSync(backups)) dataFilesToYears(join(backups, name));
  const history = join(dir, 'history.jsonl');
  if (existsSync(history))
    writeFileSync(history, readFileSync(history, 'utf8').replace(/"bookings\/(\d{4})-\d{2}"/g, '"bookings/$1"'));
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
  return JSON.stringify({ main, bookings: bookings.sort(byDay) });
}

/** The names in the store's bookings folder. */
export function bookingFiles(dir: string): string[] {
  return readdirSync(join(dir, 'bookings')).sort();
}
