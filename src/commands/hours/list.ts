// `insat hours list`: the bookings of a period, as a table, csv, csv-de or json. `insat export hours`
// renders the same rows.
import type { Ctx } from '../../cli/context.js';
import { emit, formatOf, type Format } from '../../cli/output.js';
import { areaArg, dateArg, idArg, monthArg } from '../../cli/parse.js';
import { findPerson, openStore } from '../../cli/store-access.js';
import { UsageError } from '../../errors.js';
import { m } from '../../i18n/active.js';
import type { Catalogue } from '../../i18n/text.js';
import { areaOn, assignmentsOf, lastDay } from '../../model/assignment.js';
import { assignmentsByPerson } from '../../model/booking.js';
import { absenceBookingsOf, workedMinutesOf } from '../../model/booking-sums.js';
import { minDate, monthPeriod, type IsoDate, type Period } from '../../model/dates.js';
import type { Area, Booking, MainData } from '../../model/types.js';
import type { Pseudonymizer } from '../../reports/pseudonym.js';
import type { Tabular } from '../../reports/tabular.js';
import type { ListOptions } from './index.js';
import { compareIds, compareText } from '../../model/compare.js';

export interface BookingRow {
  participantId: string;
  name: string;
  area: Area | null;
  date: IsoDate;
  minutes: number;
  absence: string | null;
  forced: boolean;
}

/**
 * The period asked for: --month, or --from/--to (--to defaults to today), else the participant's
 * assignments up to today, else this month up to today.
 */
export function periodOf(
  main: MainData,
  today: IsoDate,
  opts: { month?: string; from?: string; to?: string },
  participant?: string,
): Period {
  if (opts.month !== undefined) {
    if (opts.from !== undefined || opts.to !== undefined) throw new UsageError((m) => m.hours.list.monthAndRange);
    return monthPeriod(monthArg(opts.month));
  }
  if (opts.from !== undefined || opts.to !== undefined) {
    const to = opts.to !== undefined ? dateArg(opts.to, '--to') : today;
    const from = opts.from !== undefined ? dateArg(opts.from, '--from') : `${to.slice(0, 7)}-01`;
    if (from > to) throw new UsageError((m) => m.hours.list.fromAfterTo(from, to));
    return { from, to };
  }
  if (participant !== undefined) {
    const mine = assignmentsOf(main.assignments, participant);
    if (mine.length > 0) {
      const from = mine[0]!.start;
      const end = mine.map(lastDay).sort().at(-1)!;
      const to = minDate(end, today);
      return { from, to: to < from ? end : to };
    }
  }
  return { from: `${today.slice(0, 7)}-01`, to: today };
}

/** With `alias` (a pseudonymised export), `name` holds the pseudonym; the renderings then drop the id. */
export function bookingRows(main: MainData, bookings: readonly Booking[], alias?: Pseudonymizer): BookingRow[] {
  const names = new Map(main.people.map((p) => [p.id, p.name]));
  const byPerson = assignmentsByPerson(main.assignments);
  return [...bookings]
    .sort((x, y) => compareText(x.date, y.date) || compareIds(x.participantId, y.participantId))
    .map((b) => {
      const a = byPerson.get(b.participantId)?.find((x) => x.start <= b.date && b.date <= lastDay(x));
      return {
        participantId: b.participantId,
        name: alias ? alias(b.participantId) : (names.get(b.participantId) ?? ''),
        area: a ? areaOn(a, b.date) : null,
        date: b.date,
        minutes: b.minutes,
        absence: b.absence,
        forced: b.forced,
      };
    });
}

/** `words`: the run's catalogue (the export renders the same table). */
export function bookingsTabular(rows: readonly BookingRow[], pseudonymize = false, words: Catalogue = m()): Tabular {
  const label = words.hours.list.columns;
  return {
    columns: [
      { key: 'date', header: 'date', label: label.date, kind: 'date' },
      ...(pseudonymize
        ? [{ key: 'name', header: 'pseudonym', label: label.pseudonym, kind: 'text' as const }]
        : [
            { key: 'participantId', header: 'id', label: label.id, kind: 'text' as const },
            { key: 'name', header: 'name', label: label.name, kind: 'text' as const },
          ]),
      { key: 'area', header: 'area', label: label.area, kind: 'text', words: words.hours.list.areaWords },
      { key: 'minutes', header: 'hours', label: label.hours, kind: 'hours' },
      { key: 'absence', header: 'absence', label: label.absence, kind: 'text', words: words.hours.list.absenceWords },
      { key: 'forced', header: 'forced', label: label.forced, kind: 'text', words: { yes: words.hours.list.yes } },
    ],
    rows: rows.map((r) => ({
      ...r,
      minutes: r.absence ? null : r.minutes,
      forced: r.forced ? 'yes' : '',
    })),
  };
}

export function bookingsJson(period: Period, rows: readonly BookingRow[], pseudonymize = false) {
  return {
    from: period.from,
    to: period.to,
    workedMinutes: workedMinutesOf(rows),
    absenceDays: absenceBookingsOf(rows),
    bookings: pseudonymize ? rows.map(({ participantId: _id, name, ...rest }) => ({ pseudonym: name, ...rest })) : rows,
  };
}

/** Reads the bookings of a period for the list and the export; only the years it covers. */
export async function loadBookingRows(
  ctx: Ctx,
  opts: ListOptions,
  alias?: Pseudonymizer,
): Promise<{ period: Period; rows: BookingRow[] }> {
  const participant = opts.participant !== undefined ? idArg(opts.participant, '--participant') : undefined;
  const area = opts.area !== undefined ? areaArg(opts.area) : undefined;
  const store = await openStore(ctx);
  if (participant !== undefined) findPerson(store.main, participant);
  const period = periodOf(store.main, ctx.today, opts, participant);
  const bookings = (await store.bookingsBetween(period.from, period.to)).filter(
    (b) => participant === undefined || b.participantId === participant,
  );
  const rows = bookingRows(store.main, bookings, alias).filter((r) => area === undefined || r.area === area);
  return { period, rows };
}

export async function runList(ctx: Ctx, opts: ListOptions): Promise<void> {
  const format: Format = formatOf(ctx, opts.format);
  const { period, rows } = await loadBookingRows(ctx, opts);
  const json = bookingsJson(period, rows);
  await emit(ctx, format, {
    json: () => json,
    tabular: () => bookingsTabular(rows, false, ctx.m),
    text: () => ctx.m.hours.list.summary(rows.length, period.from, period.to, json.workedMinutes, json.absenceDays),
  });
}
