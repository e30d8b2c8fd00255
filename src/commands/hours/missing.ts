// `insat hours missing`: assigned working days in the past that nobody booked — what the office
// still has to book (worked hours or an absence), per person, newest first.
import type { Ctx } from '../../cli/context.js';
import { emit, formatOf } from '../../cli/output.js';
import { areaArg, idArg } from '../../cli/parse.js';
import { periodOf, type LabelledPeriod, type PeriodOptions } from '../../cli/period.js';
import { findPerson, openStore } from '../../cli/store-access.js';
import { AREA_LABELS } from '../../model/types.js';
import { lastWorkingDays, unbookedDays } from '../../model/unbooked.js';
import { participantCount } from '../../model/booking-sums.js';

/** Without a period: the last ten working days before today. */
export const DEFAULT_WORKING_DAYS = 10;

export interface MissingOptions extends PeriodOptions {
  area?: string;
  participant?: string;
  format?: string;
}

export async function runMissing(ctx: Ctx, opts: MissingOptions): Promise<void> {
  const format = formatOf(ctx, opts.format);
  const area = opts.area !== undefined ? areaArg(opts.area) : undefined;
  const participant = opts.participant !== undefined ? idArg(opts.participant, '--participant') : undefined;
  const store = await openStore(ctx);
  const { main } = store;
  if (participant !== undefined) findPerson(main, participant);
  const period = periodOf(opts, ctx.today, (today): LabelledPeriod => {
    const p = lastWorkingDays(DEFAULT_WORKING_DAYS, today, main.settings.closingDays);
    return { ...p, label: `${p.from}/${p.to}`, named: false };
  });
  const assignments = main.assignments.filter((a) => participant === undefined || a.personId === participant);
  const bookings = await store.bookingsBetween(period.from, period.to);
  const days = unbookedDays(assignments, bookings, main.settings.closingDays, period, ctx.today).filter(
    (d) => area === undefined || d.area === area,
  );
  const names = new Map(main.people.map((p) => [p.id, p.name]));
  const rows = days.map((d) => ({
    id: d.participantId,
    name: names.get(d.participantId) ?? '',
    area: d.area,
    date: d.date,
  }));
  const people = participantCount(days);
  const words = ctx.m.hours.missing;
  await emit(ctx, format, {
    json: () => ({ from: period.from, to: period.to, count: rows.length, participants: people, missing: rows }),
    tabular:
      format === 'table' && rows.length === 0
        ? undefined
        : () => ({
            columns: [
              { key: 'id', header: 'id', label: words.columns.id, kind: 'text' },
              { key: 'name', header: 'name', label: words.columns.name, kind: 'text' },
              { key: 'area', header: 'area', label: words.columns.area, kind: 'text' },
              { key: 'date', header: 'date', label: words.columns.date, kind: 'date' },
            ],
            rows: format === 'table' ? rows.map((r) => ({ ...r, area: AREA_LABELS[r.area] })) : rows,
          }),
    text: format === 'table' ? () => summary(ctx, period, rows.length, people) : undefined,
  });
}

function summary(ctx: Ctx, period: LabelledPeriod, count: number, people: number): string {
  const words = ctx.m.hours.missing;
  if (count === 0) return words.allBooked(period.from, period.to);
  return words.summary(count, period.from, period.to, people);
}
