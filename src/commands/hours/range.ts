// `insat hours book ID --from D --to D (--absent CODE | --hours H)`: every working day of a range for
// one person — weekends, public holidays, closing days and weekdays the person's distribution plans
// no hours for are left out. One step; refused as a whole when one day breaks a rule (the day is named).
import type { Ctx } from '../../cli/context.js';
import { doneLine, jsonText } from '../../cli/output.js';
import { absenceArg, dateArg, hoursArg, idArg } from '../../cli/parse.js';
import { change, findPerson } from '../../cli/store-access.js';
import { refuseIf, UsageError } from '../../errors.js';
import { coversDay } from '../../model/assignment.js';
import { batchViolations } from '../../model/booking.js';
import { daysInclusive, eachDay, type IsoDate } from '../../model/dates.js';
import { isWorkingDay } from '../../model/holidays.js';
import type { Assignment, Booking } from '../../model/types.js';
import { violation } from '../../model/violations.js';
import { plannedMinutesOfWeekday } from '../../model/weekday-pattern.js';
import type { BookOptions } from './index.js';
import { attendedOfferWarnings, bookingsOfWeeks, leaveWarning, makeBooking, putBookings, rulesOf } from './shared.js';

/** The days of the range to book: working days, and of those only the ones the person's distribution plans. */
export function rangeDays(
  mine: readonly Assignment[],
  from: IsoDate,
  to: IsoDate,
  closingDays: readonly IsoDate[],
): { days: IsoDate[]; skipped: IsoDate[] } {
  const days: IsoDate[] = [];
  const skipped: IsoDate[] = [];
  for (const d of eachDay(from, to)) {
    const a = mine.find((x) => coversDay(x, d));
    // a day outside every assignment stays in: the booking rules refuse it, naming the day
    if (isWorkingDay(d, closingDays) && (!a || plannedMinutesOfWeekday(a, d) > 0)) days.push(d);
    else skipped.push(d);
  }
  return { days, skipped };
}

export async function runRange(ctx: Ctx, rawId: string | undefined, opts: BookOptions): Promise<void> {
  if (opts.from === undefined || opts.to === undefined) throw new UsageError((m) => m.weekdays.range.needsBoth);
  if (opts.date !== undefined) throw new UsageError((m) => m.weekdays.range.withDate);
  if (opts.hours === undefined && opts.absent === undefined) throw new UsageError((m) => m.weekdays.range.needsValue);
  const id = idArg(rawId);
  const from = dateArg(opts.from, '--from');
  const to = dateArg(opts.to, '--to');
  if (to < from) throw new UsageError((m) => m.weekdays.range.backwards(from, to));
  if (daysInclusive(from, to) > 366) throw new UsageError((m) => m.weekdays.range.tooLong(daysInclusive(from, to)));
  const absence = opts.absent !== undefined ? absenceArg(opts.absent) : null;
  const minutes = absence === null ? hoursArg(opts.hours!) : 0;
  if (absence === null && minutes === 0) throw new UsageError((m) => m.weekdays.range.needsValue);
  const dryRun = Boolean(opts.dryRun);

  const { result } = await change(
    ctx,
    `hours book ${id} from ${from} to ${to}: ${absence ?? `${minutes} min`}`,
    dryRun,
    async (tx) => {
      findPerson(tx.main, id);
      const mine = tx.main.assignments.filter((a) => a.personId === id);
      const { days, skipped } = rangeDays(mine, from, to, tx.main.settings.closingDays);
      if (days.length === 0) refuseIf([violation('booking-range', (m) => m.weekdays.range.noDays(id, from, to), [id])]);
      const batch = days.map((d) => makeBooking(tx.main, id, d, minutes, absence, Boolean(opts.force)));
      const existing = await bookingsOfWeeks(tx, days);
      refuseIf(
        batchViolations(batch, rulesOf(tx.main, ctx.today), existing, Boolean(opts.replace)).flatMap(
          (item) => item.violations,
        ),
      );
      const replaced = await putBookings(tx, batch);
      const overLeave = absence === 'holiday' ? await leaveWarning(tx, id, days) : null;
      return { booked: batch, replaced, skipped, overLeave, offers: attendedOfferWarnings(tx.main, batch) };
    },
    { bookingsOnly: true },
  );
  const { overLeave, offers, ...booked } = result;
  render(ctx, dryRun, id, from, to, booked);
  if (overLeave) ctx.warn(overLeave(ctx.m));
  for (const w of offers) ctx.warn(w(ctx.m));
}

function render(
  ctx: Ctx,
  dryRun: boolean,
  id: string,
  from: IsoDate,
  to: IsoDate,
  r: { booked: Booking[]; replaced: Booking[]; skipped: IsoDate[] },
): void {
  if (ctx.json) {
    ctx.io.stdout.write(jsonText({ participantId: id, from, to, dryRun, ...r }));
    return;
  }
  const words = ctx.m.weekdays.range;
  doneLine(ctx, dryRun, words.done(dryRun, id, r.booked.length, from, to, ctx.m.booking.describe(r.booked[0]!)));
  if (r.skipped.length > 0) ctx.out(`  ${words.skipped(r.skipped.length)}`);
  if (r.replaced.length > 0)
    ctx.out(
      `  ${words.replaced(r.replaced.map((b) => `${ctx.m.fmt.date(b.date)} (${ctx.m.booking.describe(b)})`).join(', '))}`,
    );
}
