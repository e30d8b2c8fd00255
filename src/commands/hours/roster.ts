// `insat hours book --area A --date D --as-planned [--except ID=H|ID=CODE,…]`: everybody with a seat
// in the area that day, with their planned hours of that weekday and the exceptions — one step, all
// or none. `--absent closed` instead of `--as-planned` books the area's closing day for everybody.
// People already booked that day are reported and left as they are; people whose weekday
// distribution plans no hours that day are left out (it is no working day of theirs).
import type { Ctx } from '../../cli/context.js';
import { doneLine } from '../../cli/output.js';
import { absenceArg, areaArg, clip, dateArg, hoursArg, idArg } from '../../cli/parse.js';
import { change } from '../../cli/store-access.js';
import { refuseIf, UsageError } from '../../errors.js';
import { coversDay, seatAreaOn } from '../../model/assignment.js';
import {
  batchViolations,
  BookingIndex,
  describeBooking,
  nonWorkingReason,
  plannedDailyMinutes,
} from '../../model/booking.js';
import { formatDateDe, isoWeekday, type IsoDate } from '../../model/dates.js';
import { minutesToDecimalHours, type Minutes } from '../../model/durations.js';
import type { AbsenceCode, Assignment, Booking } from '../../model/types.js';
import { plannedMinutesOfWeekday } from '../../model/weekday-pattern.js';
import { absenceOfWord } from '../../model/words.js';
import { violation, type Violation } from '../../model/violations.js';
import type { BookOptions } from './index.js';
import { bookingsOfWeeks, makeBooking, putBookings, rulesOf, splitAssignments } from './shared.js';
import { compareIds } from '../../model/compare.js';
import { weekLimitHours, weeklyHoursOn } from '../../model/weekly-hours.js';

type Exception = { minutes: Minutes; absence: AbsenceCode | null };

/** `p003=4,p007=sick,p009=6:30` → id → hours or absence. */
export function parseExceptions(lists: readonly string[]): Map<string, Exception> {
  const out = new Map<string, Exception>();
  for (const item of lists.flatMap(splitAssignments)) {
    const m = /^([^=\s]+)\s*=\s*(.+)$/.exec(item);
    if (!m)
      throw new UsageError(`--except '${clip(item)}' is not ID=HOURS or ID=CODE — e.g. --except p003=4,p007=sick`);
    const id = idArg(m[1], '--except ID');
    if (out.has(id)) throw new UsageError(`--except names ${id} twice — give one value per person`);
    const value = m[2]!.trim();
    if (absenceOfWord(value)) out.set(id, { minutes: 0, absence: absenceArg(value, `--except ${id}`) });
    else if (/^[\d.,:]+$/.test(value)) out.set(id, { minutes: hoursArg(value, `--except ${id}`), absence: null });
    else absenceArg(value, `--except ${id}`); // throws: neither hours nor an absence code
  }
  return out;
}

interface RosterResult {
  booked: Booking[];
  already: Booking[];
  /** People with a seat whose weekday distribution plans no hours that day. */
  dayOff: string[];
  ignoredExceptions: string[];
}

export async function runRoster(ctx: Ctx, opts: BookOptions): Promise<void> {
  if (opts.area === undefined)
    throw new UsageError('--as-planned and --except book a whole work area — add --area holz|kueche|gestaltung');
  if (opts.from !== undefined || opts.to !== undefined) throw new UsageError(ctx.m.weekdays.roster.noRange);
  const closedDay = areaAbsence(ctx, opts);
  if (!opts.asPlanned && !closedDay)
    throw new UsageError(
      `--area books everybody in the area with their planned hours — add --as-planned (and --except for the ones who differ), or --absent closed for a closing day`,
    );
  if (opts.hours !== undefined || (opts.absent !== undefined && opts.asPlanned))
    throw new UsageError(
      '--hours and --absent are for one person — for the area use --as-planned and --except ID=H|ID=CODE, or --absent closed alone',
    );
  const area = areaArg(opts.area);
  if (opts.date === undefined) throw new UsageError('missing --date — pass the day to book');
  const date = dateArg(opts.date, '--date');
  const exceptions = parseExceptions(opts.except ?? []);
  for (const [id, e] of exceptions)
    if (e.absence === null && e.minutes === 0)
      throw new UsageError(`--except ${id}=0 books nothing — give an absence code instead`);
  const dryRun = Boolean(opts.dryRun);

  const { result } = await change(
    ctx,
    `hours book ${area} on ${date} ${closedDay ? 'closed' : 'as planned'}`,
    dryRun,
    async (tx): Promise<RosterResult> => {
      const roster = tx.main.assignments
        .filter((a) => seatAreaOn(a, date) === area)
        .sort((x, y) => compareIds(x.personId, y.personId));
      const problems: Violation[] = [];
      for (const id of exceptions.keys()) {
        if (!roster.some((a) => a.personId === id))
          problems.push(
            violation(
              'roster-exception',
              `--except ${id}: ${id} has no seat in ${area} on ${formatDateDe(date)} — book them on their own with 'insat hours book ${id} …'`,
              [id],
            ),
          );
      }
      const existing = await bookingsOfWeeks(tx, [date]);
      const already: Booking[] = [];
      const batch: Booking[] = [];
      const dayOff: string[] = [];
      for (const a of roster) {
        const stored = existing.find((b) => b.participantId === a.personId && b.date === date);
        if (stored) {
          already.push(stored);
          continue;
        }
        const planned = rosterMinutes(a, date);
        if (planned === 0 && !exceptions.has(a.personId)) {
          dayOff.push(a.personId);
          continue;
        }
        const e = exceptions.get(a.personId) ?? (closedDay ? CLOSED : { minutes: planned, absence: null });
        batch.push(makeBooking(tx.main, a.personId, date, e.minutes, e.absence, Boolean(opts.force)));
      }
      const why = nonWorkingReason(date, tx.main.settings.closingDays);
      if (why && !opts.force && batch.some((b) => b.minutes > 0)) {
        problems.push(
          violation(
            'working-day',
            `${formatDateDe(date)} is ${why} — worked hours on that day need --force (or book absences with --except ID=CODE)`,
            batch.map((b) => b.participantId),
          ),
        );
      } else {
        const index = new BookingIndex(existing);
        batchViolations(batch, rulesOf(tx.main, ctx.today), existing).forEach((item, i) =>
          problems.push(...item.violations.map((v) => withWeekHint(v, batch[i]!, tx.main.assignments, index))),
        );
      }
      refuseIf(problems);
      await putBookings(tx, batch);
      return {
        booked: batch,
        already,
        dayOff,
        ignoredExceptions: already.filter((b) => exceptions.has(b.participantId)).map((b) => b.participantId),
      };
    },
  );
  render(ctx, dryRun, area, date, exceptions, result, closedDay !== null);
}

const CLOSED: Exception = { minutes: 0, absence: 'closed' };

/** `--area A --absent closed`: the one absence a whole area gets (null when --absent is not given). */
function areaAbsence(ctx: Ctx, opts: BookOptions): AbsenceCode | null {
  if (opts.absent === undefined || opts.asPlanned) return null;
  const code = absenceArg(opts.absent);
  if (code !== 'closed') throw new UsageError(ctx.m.weekdays.roster.onlyClosed(code));
  return code;
}

/**
 * The planned minutes of the day; on a weekend (booked only with --force) the weekly hours ÷ 5, as
 * the weekday distribution plans nothing there.
 */
function rosterMinutes(a: Assignment, date: IsoDate): Minutes {
  const hours = weeklyHoursOn(a, date);
  if (isoWeekday(date) >= 6) return plannedDailyMinutes(hours);
  return plannedMinutesOfWeekday(a, date, hours);
}

/** A roster booking over the week limit says which `--except ID=H` fits (or that only an absence does). */
function withWeekHint(v: Violation, b: Booking, assignments: readonly Assignment[], index: BookingIndex): Violation {
  if (v.rule !== 'weekly-hours') return v;
  const a = assignments.find((x) => x.personId === b.participantId && coversDay(x, b.date));
  if (!a) return v;
  const left = Math.max(0, weekLimitHours(a, b.date) * 60 - index.weekMinutesBesides(b.participantId, b.date));
  const fits = Math.min(left - (left % 15), b.minutes);
  const said = v.message;
  return {
    ...v,
    message: (m) =>
      `${typeof said === 'string' ? said : said(m)} — ${m.weekdays.roster.weekHint(b.participantId, fits)}`,
  };
}

function render(
  ctx: Ctx,
  dryRun: boolean,
  area: string,
  date: string,
  exceptions: Map<string, Exception>,
  r: RosterResult,
  closed: boolean,
): void {
  const worked = r.booked.reduce((s, b) => s + b.minutes, 0);
  if (ctx.json) {
    ctx.out(
      JSON.stringify(
        { area, date, dryRun, workedMinutes: worked, booked: r.booked, alreadyBooked: r.already, dayOff: r.dayOff },
        null,
        2,
      ),
    );
    return;
  }
  const day = formatDateDe(date);
  if (r.booked.length === 0 && r.already.length === 0 && r.dayOff.length === 0) {
    ctx.out(`nobody has a seat in ${area} on ${day} — nothing to book`);
    return;
  }
  if (r.booked.length > 0) {
    const planned = r.booked.filter((b) => !exceptions.has(b.participantId)).length;
    const list = r.booked.map((b) => `${b.participantId} ${describeBooking(b)}`).join(', ');
    doneLine(
      ctx,
      dryRun,
      `${dryRun ? 'book' : 'booked'} ${r.booked.length} of ${area} on ${day} (${planned} ${closed ? 'closed' : 'as planned'}, ${r.booked.length - planned} exception${r.booked.length - planned === 1 ? '' : 's'}), ${minutesToDecimalHours(worked, ',')} h worked`,
    );
    ctx.out(`  ${list}`);
  } else if (r.already.length > 0) {
    ctx.out(`everybody in ${area} is already booked on ${day} — nothing changed`);
  } else {
    ctx.out(ctx.m.weekdays.roster.nobodyPlanned(area, date));
  }
  if (r.dayOff.length > 0) ctx.out(ctx.m.weekdays.roster.dayOff(r.dayOff));
  if (r.already.length > 0)
    ctx.out(
      `already booked, left as is: ${r.already.map((b) => `${b.participantId} (${describeBooking(b)})`).join(', ')}`,
    );
  for (const id of r.ignoredExceptions) {
    const e = exceptions.get(id)!;
    ctx.out(
      `  the exception ${id}=${e.absence ?? minutesToDecimalHours(e.minutes, ',')} was not applied — to change that booking: insat hours book ${id} --date ${date} ${e.absence ? `--absent ${e.absence}` : `--hours ${minutesToDecimalHours(e.minutes, ',')}`} --replace`,
    );
  }
}
