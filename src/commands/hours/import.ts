// `insat hours import FILE.csv`: the timesheet an area's instructor keeps, one row per person and day
// (read by src/cli/timesheet.ts). Every row is checked first — its form, then the programme's rules
// against the store and the file's other rows; one bad row and nothing is booked.
import { sayViolation } from '../../i18n/active.js';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Ctx } from '../../cli/context.js';
import { reply } from '../../cli/output.js';
import { change } from '../../cli/store-access.js';
import { decode, parseTimesheet, type BadRow } from '../../cli/timesheet.js';
import { RuleError, UsageError } from '../../errors.js';
import { batchViolations } from '../../model/booking.js';
import { absenceBookingsOf, absencesByCode, participantCount, workedMinutesOf } from '../../model/booking-sums.js';
import type { Booking } from '../../model/types.js';
import { violation } from '../../model/violations.js';
import type { Text } from '../../i18n/text.js';
import type { ImportOptions } from './index.js';
import { attendedOfferWarnings, bookingsOfWeeks, makeBooking, putBookings, rulesOf } from './shared.js';

export async function runImport(ctx: Ctx, file: string, opts: ImportOptions): Promise<void> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw new UsageError((m) => m.hours.import.unreadable(file, m.fmt.systemError(err.code, err.message)));
  }
  const name = basename(file);
  const { rows, bad } = parseTimesheet(decode(bytes, name), name);
  const dryRun = Boolean(opts.dryRun);
  const total = rows.length + bad.length;

  const { result } = await change(
    ctx,
    `hours import ${name} (${total} rows)`,
    dryRun,
    async (tx) => {
      const people = new Set(tx.main.people.map((p) => p.id));
      const known = rows.filter((r) => {
        if (people.has(r.participantId)) return true;
        bad.push({
          line: r.line,
          reason: (m) => m.hours.import.noParticipant(r.participantId),
          kind: 'rule',
        });
        return false;
      });
      const bookings = known.map((r) =>
        makeBooking(tx.main, r.participantId, r.date, r.minutes, r.absence, Boolean(opts.force)),
      );
      const checked = batchViolations(
        bookings,
        rulesOf(tx.main, ctx.today),
        await bookingsOfWeeks(
          tx,
          bookings.map((b) => b.date),
        ),
        Boolean(opts.replace),
      );
      checked.forEach((item, i) => {
        if (item.violations.length === 0) return;
        const b = bookings[i]!;
        const duplicateOf = item.duplicateOf;
        const reason: Text =
          duplicateOf !== null
            ? (m) => m.hours.import.twice(b.participantId, b.date, known[duplicateOf]!.line)
            : () => item.violations.map(sayViolation).join('; ');
        bad.push({ line: known[i]!.line, reason, kind: 'rule' });
      });
      if (bad.length > 0) refuseRows(ctx, name, total, bad);
      const replaced = await putBookings(tx, bookings);
      return { bookings, replaced, offers: attendedOfferWarnings(tx.main, bookings) };
    },
    { bookingsOnly: true },
  );
  render(ctx, dryRun, name, result.bookings, result.replaced);
  for (const w of result.offers) ctx.warn(w(ctx.m));
}

function refuseRows(ctx: Ctx, file: string, total: number, bad: BadRow[]): never {
  bad.sort((x, y) => x.line - y.line);
  for (const b of bad) ctx.err(ctx.m.hours.import.line(b.line, b.reason(ctx.m)));
  const summary: Text = (m) => m.hours.import.badRows(bad.length, total, file);
  if (bad.some((b) => b.kind === 'malformed')) throw new UsageError(summary);
  throw new RuleError([violation('import', summary)]);
}

function render(ctx: Ctx, dryRun: boolean, file: string, bookings: Booking[], replaced: Booking[]): void {
  const worked = workedMinutesOf(bookings);
  const absences = absencesByCode(bookings);
  const absent = absenceBookingsOf(bookings);
  const dates = bookings.map((b) => b.date).sort();
  const figures = {
    bookings: bookings.length,
    file,
    people: participantCount(bookings),
    from: dates[0]!,
    to: dates[dates.length - 1]!,
    worked,
    absent,
    replaced: replaced.length,
  };
  reply(ctx, {
    json: { file, dryRun, bookings: bookings.length, replaced: replaced.length, workedMinutes: worked, absences },
    done: ctx.m.hours.import.imported(figures),
    wouldDo: ctx.m.hours.import.wouldImport(figures),
    dryRun,
  });
}
