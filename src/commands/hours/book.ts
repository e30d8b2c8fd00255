// `insat hours book ID --date D (--hours H | --absent CODE) [--replace] [--force]`: one person, one day.
import type { Ctx } from '../../cli/context.js';
import { reply } from '../../cli/output.js';
import { absenceArg, dateArg, hoursArg, idArg } from '../../cli/parse.js';
import { askMissing, type Question } from '../../cli/prompts.js';
import { change, findPerson } from '../../cli/store-access.js';
import { refuseIf, UsageError } from '../../errors.js';
import { bookingViolations, isoWeekSpan } from '../../model/booking.js';
import { parseHours } from '../../model/durations.js';
import type { Booking } from '../../model/types.js';
import { absenceOfWord, GERMAN_ABSENCE_WORDS } from '../../model/words.js';
import type { BookOptions } from './index.js';
import { attendedOfferWarnings, bookingsOfWeeks, leaveWarning, makeBooking, putBookings, rulesOf } from './shared.js';

export async function runBook(ctx: Ctx, rawId: string | undefined, opts: BookOptions): Promise<void> {
  if (opts.area !== undefined || opts.asPlanned || (opts.except ?? []).length > 0) {
    if (rawId !== undefined) throw new UsageError((m) => m.hours.book.idAndArea(rawId));
    return (await import('./roster.js')).runRoster(ctx, opts);
  }
  if (opts.hours !== undefined && opts.absent !== undefined) throw new UsageError((m) => m.hours.book.hoursAndAbsent);
  if (opts.from !== undefined || opts.to !== undefined) return (await import('./range.js')).runRange(ctx, rawId, opts);
  const words = ctx.m.hours.book;
  const questions: Question[] = [];
  if (rawId === undefined) questions.push({ flag: 'ID', message: words.askParticipant, kind: 'text' });
  if (opts.date === undefined)
    questions.push({ flag: '--date', message: words.askDay, kind: 'date', default: ctx.today });
  if (opts.hours === undefined && opts.absent === undefined) {
    questions.push({
      flag: '--hours|--absent',
      message: ctx.m.weekdays.promptHoursOrAbsence,
      kind: 'text',
      validate: (v) =>
        parseHours(v) !== null || absenceOfWord(v)
          ? true
          : ctx.m.weekdays.promptHoursOrAbsenceInvalid(GERMAN_ABSENCE_WORDS),
    });
  }
  const asked = await askMissing(ctx, questions);

  const id = idArg(rawId ?? asked.ID);
  const date = dateArg(opts.date ?? asked['--date'], '--date');
  // the hours prompt takes an absence too: "krank", "urlaub", "sick-certified"
  const answer = asked['--hours|--absent'];
  const absent = opts.absent ?? (answer !== undefined && absenceOfWord(answer) ? answer : undefined);
  const absence = absent !== undefined ? absenceArg(absent) : null;
  const minutes = absence === null ? hoursArg(opts.hours ?? answer!) : 0;
  if (absence === null && minutes === 0) throw new UsageError((m) => m.hours.book.zeroHours(id, date));
  const dryRun = Boolean(opts.dryRun);

  const { result } = await change(
    ctx,
    `hours book ${id} on ${date}: ${absence ?? `${minutes} min`}`,
    dryRun,
    async (tx) => {
      findPerson(tx.main, id);
      const booking = makeBooking(tx.main, id, date, minutes, absence, Boolean(opts.force));
      refuseIf(
        bookingViolations(
          booking,
          rulesOf(tx.main, ctx.today),
          await bookingsOfWeeks(tx, [date]),
          Boolean(opts.replace),
        ),
      );
      const [replaced] = await putBookings(tx, [booking]);
      const overLeave = absence === 'holiday' ? await leaveWarning(tx, id, [date]) : null;
      return { booking, replaced: replaced ?? null, overLeave, offers: attendedOfferWarnings(tx.main, [booking]) };
    },
    // the person's own assignments and the bookings of the day's ISO week are all the rules read
    { bookingsOnly: true, needs: { from: isoWeekSpan(date).from, people: [id] } },
  );
  render(ctx, dryRun, result.booking, result.replaced);
  if (result.overLeave) ctx.warn(result.overLeave(ctx.m));
  for (const w of result.offers) ctx.warn(w(ctx.m));
}

function render(ctx: Ctx, dryRun: boolean, b: Booking, replaced: Booking | null): void {
  const words = ctx.m.hours.book;
  const describe = ctx.m.booking.describe;
  const what = `${describe(b)}${b.forced ? words.forced : ''}`;
  if (replaced && describe(replaced) === describe(b) && replaced.forced === b.forced && !ctx.json) {
    ctx.out(words.unchanged(b.participantId, b.date, what));
    return;
  }
  const was = replaced ? describe(replaced) : null;
  reply(ctx, {
    json: { ...b, replaced, dryRun },
    done: words.booked(b.participantId, b.date, what, was),
    wouldDo: words.wouldBook(b.participantId, b.date, what, was),
    dryRun,
  });
}
