// `insat hours book --area A --date D --as-planned [--except ID=H|ID=CODE,…]`: everybody with a seat
// in the area that day, with their planned hours of that weekday and the exceptions — one step, all
// or none. `--absent closed` instead of `--as-planned` books the area's closing day for everybody.
// People already booked that day are reported and left as they are; people whose weekday
// distribution plans no hours that day are left out (it is no working day of theirs).
import type { Ctx } from '../../cli/context.js';
import { jsonText } from '../../cli/output.js';
import { absenceArg, areaArg, clip, dateArg, hoursArg, idArg } from '../../cli/parse.js';
import { refuseMissing } from '../../cli/required.js';
import { change, findPerson } from '../../cli/store-access.js';
import { refuseIf, UsageError } from '../../errors.js';
import { coversDay, seatAreaOn } from '../../model/assignment.js';
import { batchViolations, BookingIndex, isoWeekSpan, minutesAsPlanned, nonWorkingDay } from '../../model/booking.js';
import { minutesToDecimalHours, type Minutes } from '../../model/durations.js';
import type { AbsenceCode, Assignment, Booking } from '../../model/types.js';
import { absenceOfWord } from '../../model/words.js';
import { violation, type Violation } from '../../model/violations.js';
import type { BookOptions } from './index.js';
import type { Text } from '../../i18n/text.js';
import {
  attendedOfferWarnings,
  bookingsOfWeeks,
  makeBooking,
  putBookings,
  rulesOf,
  splitAssignments,
} from './shared.js';
import { compareIds } from '../../model/compare.js';
import { minutesThatFitTheWeek } from '../../model/weekly-hours.js';
import { workedMinutesOf } from '../../model/booking-sums.js';

type Exception = { minutes: Minutes; absence: AbsenceCode | null };

/** `p003=4,p007=sick,p009=6:30` → id → hours or absence. */
export function parseExceptions(lists: readonly string[]): Map<string, Exception> {
  const out = new Map<string, Exception>();
  for (const item of lists.flatMap(splitAssignments)) {
    const m = /^([^=\s]+)\s*=\s*(.+)$/.exec(item);
    if (!m) throw new UsageError((m) => m.hours.roster.exceptForm(clip(item)));
    const id = idArg(m[1], '--except ID');
    if (out.has(id)) throw new UsageError((m) => m.hours.roster.exceptTwice(id));
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
  /** Absences booked for people recorded present at an offer that day. */
  offers: Text[];
}

export async function runRoster(ctx: Ctx, opts: BookOptions): Promise<void> {
  if (opts.area === undefined) throw new UsageError((m) => m.hours.roster.needsArea);
  if (opts.from !== undefined || opts.to !== undefined) throw new UsageError((m) => m.weekdays.roster.noRange);
  const closedDay = areaAbsence(ctx, opts);
  // without --as-planned (or --absent closed) and --date: both named in one error
  if (!opts.asPlanned && !closedDay)
    refuseMissing(
      [
        { flag: '--as-planned|--absent closed', with: '--area', alone: (m) => m.hours.roster.needsAsPlanned },
        ...(opts.date === undefined ? [{ flag: '--date' }] : []),
      ],
      'insat hours book',
    );
  if (opts.hours !== undefined || (opts.absent !== undefined && opts.asPlanned))
    throw new UsageError((m) => m.hours.roster.notForArea);
  const area = areaArg(opts.area);
  if (opts.date === undefined) throw new UsageError((m) => m.hours.roster.missingDate);
  const date = dateArg(opts.date, '--date');
  const exceptions = parseExceptions(opts.except ?? []);
  for (const [id, e] of exceptions)
    if (e.absence === null && e.minutes === 0) throw new UsageError((m) => m.hours.roster.exceptZero(id));
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
        if (roster.some((a) => a.personId === id)) continue;
        // an id nobody has is not found (exit 4), as for `hours book ID`; a person without a seat there is refused
        findPerson(tx.main, id);
        problems.push(violation('roster-exception', (m) => m.hours.roster.exceptNoSeat(id, area, date), [id]));
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
        const planned = minutesAsPlanned(a, date);
        if (planned === 0 && !exceptions.has(a.personId)) {
          dayOff.push(a.personId);
          continue;
        }
        const e = exceptions.get(a.personId) ?? (closedDay ? CLOSED : { minutes: planned, absence: null });
        batch.push(makeBooking(tx.main, a.personId, date, e.minutes, e.absence, Boolean(opts.force)));
      }
      const why = nonWorkingDay(date, tx.main.settings.closingDays);
      if (why && !opts.force && batch.some((b) => b.minutes > 0)) {
        problems.push(
          violation(
            'working-day',
            (m) => m.hours.roster.nonWorking(date, m.booking.nonWorking(why)),
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
        offers: attendedOfferWarnings(tx.main, batch),
      };
    },
    // the seats of the day, the bookings of its ISO week and the people the exceptions name are all the roster reads
    { bookingsOnly: true, needs: { from: isoWeekSpan(date).from, people: [...exceptions.keys()] } },
  );
  render(ctx, dryRun, area, date, exceptions, result, closedDay !== null);
  for (const w of result.offers) ctx.warn(w(ctx.m));
}

const CLOSED: Exception = { minutes: 0, absence: 'closed' };

/** `--area A --absent closed`: the one absence a whole area gets (null when --absent is not given). */
function areaAbsence(ctx: Ctx, opts: BookOptions): AbsenceCode | null {
  if (opts.absent === undefined || opts.asPlanned) return null;
  const code = absenceArg(opts.absent);
  if (code !== 'closed') throw new UsageError((m) => m.weekdays.roster.onlyClosed(code));
  return code;
}

/** A roster booking over the week limit says which `--except ID=H` fits (or that only an absence does). */
function withWeekHint(v: Violation, b: Booking, assignments: readonly Assignment[], index: BookingIndex): Violation {
  if (v.rule !== 'weekly-hours') return v;
  const a = assignments.find((x) => x.personId === b.participantId && coversDay(x, b.date));
  if (!a) return v;
  const fits = minutesThatFitTheWeek(a, b.date, index.weekMinutesBesides(b.participantId, b.date), b.minutes);
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
  const worked = workedMinutesOf(r.booked);
  if (ctx.json) {
    ctx.io.stdout.write(
      jsonText({
        area,
        date,
        dryRun,
        workedMinutes: worked,
        booked: r.booked,
        alreadyBooked: r.already,
        dayOff: r.dayOff,
      }),
    );
    return;
  }
  const words = ctx.m.hours.roster;
  const describe = ctx.m.booking.describe;
  if (r.booked.length === 0 && r.already.length === 0 && r.dayOff.length === 0) {
    ctx.out(words.nobody(area, date));
    return;
  }
  if (r.booked.length > 0) {
    const planned = r.booked.filter((b) => !exceptions.has(b.participantId)).length;
    const list = r.booked.map((b) => `${b.participantId} ${describe(b)}`).join(', ');
    ctx.out(
      dryRun
        ? ctx.m.cli.dryRun(words.wouldBook(r.booked.length, area, date, planned, closed, worked))
        : words.booked(r.booked.length, area, date, planned, closed, worked),
    );
    ctx.out(`  ${list}`);
  } else if (r.already.length > 0) {
    ctx.out(words.allBooked(area, date));
  } else {
    ctx.out(ctx.m.weekdays.roster.nobodyPlanned(area, date));
  }
  if (r.dayOff.length > 0) ctx.out(ctx.m.weekdays.roster.dayOff(r.dayOff));
  if (r.already.length > 0)
    ctx.out(words.alreadyBooked(r.already.map((b) => `${b.participantId} (${describe(b)})`).join(', ')));
  for (const id of r.ignoredExceptions) {
    const e = exceptions.get(id)!;
    const hours = minutesToDecimalHours(e.minutes, ',');
    ctx.out(
      words.exceptionNotApplied(id, e.absence ?? hours, date, e.absence ? `--absent ${e.absence}` : `--hours ${hours}`),
    );
  }
}
