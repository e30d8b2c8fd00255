// `insat hours missing`: assigned working days in the past that nobody booked — what the office
// still has to book (worked hours or an absence), per person, newest first.
import type { Ctx } from '../../cli/context.js';
import { emit, formatOf } from '../../cli/output.js';
import { areaArg, idArg } from '../../cli/parse.js';
import { periodOf, type LabelledPeriod, type PeriodOptions } from '../../cli/period.js';
import { findPerson, openStore } from '../../cli/store-access.js';
import { formatDateDe } from '../../model/dates.js';
import { AREA_LABELS } from '../../model/types.js';
import { lastWorkingDays, unbookedDays } from '../../model/unbooked.js';

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
    return { ...p, label: `${formatDateDe(p.from)} – ${formatDateDe(p.to)}` };
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
  const people = new Set(rows.map((r) => r.id)).size;
  await emit(ctx, format, {
    json: () => ({ from: period.from, to: period.to, count: rows.length, participants: people, missing: rows }),
    tabular:
      format === 'table' && rows.length === 0
        ? undefined
        : () => ({
            columns: [
              { key: 'id', header: 'id', kind: 'text' },
              { key: 'name', header: 'name', kind: 'text' },
              { key: 'area', header: 'area', kind: 'text' },
              { key: 'date', header: 'date', kind: 'date' },
            ],
            rows: format === 'table' ? rows.map((r) => ({ ...r, area: AREA_LABELS[r.area] })) : rows,
          }),
    text: format === 'table' ? () => summary(period, rows.length, people) : undefined,
  });
}

function summary(period: LabelledPeriod, count: number, people: number): string {
  const upTo = `${formatDateDe(period.from)} – ${formatDateDe(period.to)}`;
  if (count === 0) return `All assigned working days of ${upTo} before today are booked.`;
  return `${count} assigned working day${count === 1 ? '' : 's'} of ${upTo} without a booking (${people} participant${people === 1 ? '' : 's'}) — book each with 'insat hours book ID --date DATE --hours H' or '--absent CODE'`;
}
