// `insat hours import FILE.csv`: the timesheet an area's instructor keeps, one row per person and day
// (read by src/cli/timesheet.ts). Every row is checked first — its form, then the programme's rules
// against the store and the file's other rows; one bad row and nothing is booked.
import { sayViolation } from '../../i18n/active.js';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Ctx } from '../../cli/context.js';
import { doneLine } from '../../cli/output.js';
import { change } from '../../cli/store-access.js';
import { decode, parseTimesheet, type BadRow } from '../../cli/timesheet.js';
import { RuleError, UsageError } from '../../errors.js';
import { batchViolations } from '../../model/booking.js';
import { noAbsences } from '../../model/allowance.js';
import { formatDateDe } from '../../model/dates.js';
import { minutesToDecimalHours } from '../../model/durations.js';
import type { Booking } from '../../model/types.js';
import { violation } from '../../model/violations.js';
import type { ImportOptions } from './index.js';
import { bookingsOfWeeks, makeBooking, putBookings, rulesOf } from './shared.js';

export async function runImport(ctx: Ctx, file: string, opts: ImportOptions): Promise<void> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw new UsageError(
      `cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message} — check the path`,
    );
  }
  const name = basename(file);
  const { rows, bad } = parseTimesheet(decode(bytes, name), name);
  const dryRun = Boolean(opts.dryRun);
  const total = rows.length + bad.length;

  const { result } = await change(ctx, `hours import ${name} (${total} rows)`, dryRun, async (tx) => {
    const people = new Set(tx.main.people.map((p) => p.id));
    const known = rows.filter((r) => {
      if (people.has(r.participantId)) return true;
      bad.push({
        line: r.line,
        reason: `no participant '${r.participantId}' — see 'insat participant list --all'`,
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
      const reason =
        item.duplicateOf !== null
          ? `${bookings[i]!.participantId} is booked twice on ${formatDateDe(bookings[i]!.date)} — also on line ${known[item.duplicateOf]!.line}`
          : item.violations.map(sayViolation).join('; ');
      bad.push({ line: known[i]!.line, reason, kind: 'rule' });
    });
    if (bad.length > 0) refuseRows(ctx, name, total, bad);
    const replaced = await putBookings(tx, bookings);
    return { bookings, replaced };
  });
  render(ctx, dryRun, name, result.bookings, result.replaced);
}

function refuseRows(ctx: Ctx, file: string, total: number, bad: BadRow[]): never {
  bad.sort((x, y) => x.line - y.line);
  for (const b of bad) ctx.err(`line ${b.line}: ${b.reason}`);
  const summary = `${bad.length} of ${total} rows of ${file} ${bad.length === 1 ? 'is' : 'are'} bad (listed above); nothing was imported — correct ${bad.length === 1 ? 'it' : 'them'} and import the file again`;
  if (bad.some((b) => b.kind === 'malformed')) throw new UsageError(summary);
  throw new RuleError([violation('import', summary)]);
}

function render(ctx: Ctx, dryRun: boolean, file: string, bookings: Booking[], replaced: Booking[]): void {
  const worked = bookings.reduce((s, b) => s + b.minutes, 0);
  const absences = noAbsences();
  for (const b of bookings) if (b.absence) absences[b.absence] += 1;
  const absent = bookings.filter((b) => b.absence !== null).length;
  if (ctx.json) {
    ctx.out(
      JSON.stringify(
        { file, dryRun, bookings: bookings.length, replaced: replaced.length, workedMinutes: worked, absences },
        null,
        2,
      ),
    );
    return;
  }
  const people = new Set(bookings.map((b) => b.participantId)).size;
  const dates = bookings.map((b) => b.date).sort();
  doneLine(
    ctx,
    dryRun,
    `${dryRun ? 'import' : 'imported'} ${bookings.length} booking${bookings.length === 1 ? '' : 's'} from ${file} for ${people} participant${people === 1 ? '' : 's'}, ${formatDateDe(dates[0]!)}–${formatDateDe(dates[dates.length - 1]!)}: ${bookings.length - absent} days worked (${minutesToDecimalHours(worked, ',')} h), ${absent} absence day${absent === 1 ? '' : 's'}${replaced.length ? `, ${replaced.length} replaced` : ''}`,
  );
}
