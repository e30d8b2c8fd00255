import type { Ctx } from '../../cli/context.js';
import { emit, formatOf, paint } from '../../cli/output.js';
import { dateArg } from '../../cli/parse.js';
import { openStore } from '../../cli/store-access.js';
import { seatSummary, type SeatSummary } from '../../model/seats.js';
import { AREA_LABELS } from '../../model/types.js';

export async function runSeats(ctx: Ctx, opts: { date?: string; format?: string }): Promise<void> {
  const format = formatOf(ctx, opts.format);
  const date = opts.date ? dateArg(opts.date, '--date') : ctx.today;
  // Nobody whose stay ended before `date` counts: the main file alone holds the seats of that day on.
  const s = seatSummary((await openStore(ctx, { from: date })).main, date);
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
    tabular: () => {
      const words = ctx.m.seats.columns;
      return {
        columns: [
          { key: 'area', header: 'area', label: words.area, kind: 'text', words: { total: ctx.m.seats.total } },
          { key: 'capacity', header: 'seats', label: words.capacity, kind: 'int' },
          { key: 'occupied', header: 'occupied', label: words.occupied, kind: 'int' },
          { key: 'free', header: 'free', label: words.free, kind: 'int' },
          { key: 'in4', header: 'freeing ≤4 wk', label: words.in4, kind: 'int' },
          { key: 'in8', header: 'freeing ≤8 wk', label: words.in8, kind: 'int' },
          { key: 'starting', header: 'starting ≤4 wk', label: words.starting, kind: 'int' },
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
      };
    },
    text: format === 'table' ? () => footer(ctx, s) : undefined,
  });
}

async function footer(ctx: Ctx, s: SeatSummary): Promise<string> {
  const words = ctx.m.seats;
  const lines = [await paint(ctx, 'bold', words.heading(s.date, s.occupied, s.capacity, s.free))];
  if (s.upcomingEnds.length) {
    lines.push(words.endingSoon);
    for (const e of s.upcomingEnds)
      lines.push(`  ${e.id}  ${AREA_LABELS[e.area].padEnd(11)} ${words.lastDay(e.lastDay)}`);
  }
  lines.push(s.waiting.length ? words.waiting(s.waiting.length) : words.nobodyWaiting);
  for (const w of s.waiting)
    lines.push(
      `  ${w.id}  ${w.name}  ${words.waitingSince(w.since, ctx.m.applicant.list.referralWords[w.referredBy])}`,
    );
  return lines.join('\n');
}
