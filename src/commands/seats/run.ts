import type { Ctx } from '../../cli/context.js';
import { emit, formatOf, paint } from '../../cli/output.js';
import { dateArg } from '../../cli/parse.js';
import { openStore } from '../../cli/store-access.js';
import { formatDateDe } from '../../model/dates.js';
import { seatSummary, type SeatSummary } from '../../model/seats.js';
import { AREA_LABELS } from '../../model/types.js';

export async function runSeats(ctx: Ctx, opts: { date?: string; format?: string }): Promise<void> {
  const format = formatOf(ctx, opts.format);
  const date = opts.date ? dateArg(opts.date, '--date') : ctx.today;
  const s = seatSummary((await openStore(ctx)).main, date);
  await emit(ctx, format, {
    json: () => ({
      date: s.date,
      capacity: s.capacity,
      occupied: s.occupied,
      free: s.free,
      waitlist: s.waitlist,
      freeingIn4Weeks: s.freeingIn4Weeks,
      freeingIn8Weeks: s.freeingIn8Weeks,
      startingIn4Weeks: s.startingIn4Weeks,
      areas: s.areas.map((a) => ({
        area: a.area,
        capacity: a.capacity,
        occupied: a.occupied,
        free: a.free,
        freeingIn4Weeks: a.freeingIn4Weeks,
        freeingIn8Weeks: a.freeingIn8Weeks,
      })),
      waiting: s.waiting.map((w) => ({ id: w.id, since: w.since, referredBy: w.referredBy })),
    }),
    tabular: () => ({
      columns: [
        { key: 'area', header: 'area', kind: 'text' },
        { key: 'capacity', header: 'seats', kind: 'int' },
        { key: 'occupied', header: 'occupied', kind: 'int' },
        { key: 'free', header: 'free', kind: 'int' },
        { key: 'in4', header: 'freeing ≤4 wk', kind: 'int' },
        { key: 'in8', header: 'freeing ≤8 wk', kind: 'int' },
        { key: 'starting', header: 'starting ≤4 wk', kind: 'int' },
      ],
      rows: [
        ...s.areas.map((a) => ({
          area: AREA_LABELS[a.area],
          capacity: a.capacity,
          occupied: a.occupied,
          free: a.free,
          in4: a.freeingIn4Weeks,
          in8: a.freeingIn8Weeks,
          starting: a.startingIn4Weeks,
        })),
        {
          area: 'total',
          capacity: s.capacity,
          occupied: s.occupied,
          free: s.free,
          in4: s.freeingIn4Weeks,
          in8: s.freeingIn8Weeks,
          starting: s.startingIn4Weeks,
        },
      ],
    }),
    text: format === 'table' ? () => footer(ctx, s) : undefined,
  });
}

async function footer(ctx: Ctx, s: SeatSummary): Promise<string> {
  const lines = [
    await paint(
      ctx,
      'bold',
      `Seats on ${formatDateDe(s.date)}: ${s.occupied} of ${s.capacity} occupied, ${s.free} free`,
    ),
  ];
  if (s.upcomingEnds.length) {
    lines.push('Ending within 8 weeks:');
    for (const e of s.upcomingEnds) lines.push(`  ${e.id}  ${e.area.padEnd(11)} last day ${formatDateDe(e.lastDay)}`);
  }
  lines.push(
    s.waiting.length
      ? `Waiting list (${s.waiting.length}, decided suitable, oldest first):`
      : 'Waiting list: nobody is waiting — free seats need new applicants',
  );
  for (const w of s.waiting) lines.push(`  ${w.id}  ${w.name}  since ${formatDateDe(w.since)} (${w.referredBy})`);
  return lines.join('\n');
}
