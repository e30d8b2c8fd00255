// `insat hours book ID --date D (--hours H | --absent CODE) [--replace] [--force]`: one person, one day.
import type { Ctx } from '../../cli/context.js';
import { doneLine } from '../../cli/output.js';
import { absenceArg, dateArg, hoursArg, idArg } from '../../cli/parse.js';
import { askMissing, type Question } from '../../cli/prompts.js';
import { change, findPerson } from '../../cli/store-access.js';
import { refuseIf, UsageError } from '../../errors.js';
import { bookingViolations, describeBooking } from '../../model/booking.js';
import { formatDateDe } from '../../model/dates.js';
import { parseHours } from '../../model/durations.js';
import type { Booking } from '../../model/types.js';
import { absenceOfWord, GERMAN_ABSENCE_WORDS } from '../../model/words.js';
import type { BookOptions } from './index.js';
import { bookingsOfWeeks, makeBooking, putBookings, rulesOf } from './shared.js';

export async function runBook(ctx: Ctx, rawId: string | undefined, opts: BookOptions): Promise<void> {
  if (opts.area !== undefined || opts.asPlanned || (opts.except ?? []).length > 0) {
    if (rawId !== undefined)
      throw new UsageError(
        `give either a participant ID or --area, not both — 'insat hours book ${rawId} --date …' books one person, '--area A --as-planned' a whole area`,
      );
    return (await import('./roster.js')).runRoster(ctx, opts);
  }
  if (opts.hours !== undefined && opts.absent !== undefined)
    throw new UsageError('--hours and --absent exclude each other — a day is either worked or an absence');
  if (opts.from !== undefined || opts.to !== undefined) return (await import('./range.js')).runRange(ctx, rawId, opts);
  const questions: Question[] = [];
  if (rawId === undefined) questions.push({ flag: 'ID', message: 'Participant', kind: 'text' });
  if (opts.date === undefined) questions.push({ flag: '--date', message: 'Day', kind: 'date', default: ctx.today });
  if (opts.hours === undefined && opts.absent === undefined) {
    questions.push({
      flag: '--hours or --absent',
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
  const answer = asked['--hours or --absent'];
  const absent = opts.absent ?? (answer !== undefined && absenceOfWord(answer) ? answer : undefined);
  const absence = absent !== undefined ? absenceArg(absent) : null;
  const minutes = absence === null ? hoursArg(opts.hours ?? answer!) : 0;
  if (absence === null && minutes === 0)
    throw new UsageError(
      `--hours 0 books nothing — book an absence with --absent CODE, or delete a booking with 'insat hours delete ${id} --date ${date}'`,
    );
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
      return { booking, replaced: replaced ?? null };
    },
  );
  render(ctx, dryRun, result.booking, result.replaced);
}

function render(ctx: Ctx, dryRun: boolean, b: Booking, replaced: Booking | null): void {
  if (ctx.json) {
    ctx.out(JSON.stringify({ ...b, replaced, dryRun }, null, 2));
    return;
  }
  const what = `${describeBooking(b)}${b.forced ? ' (forced: no working day)' : ''}`;
  if (replaced && describeBooking(replaced) === describeBooking(b) && replaced.forced === b.forced) {
    ctx.out(`${b.participantId} was already booked on ${formatDateDe(b.date)} with ${what} — nothing changed`);
    return;
  }
  doneLine(
    ctx,
    dryRun,
    `${dryRun ? 'book' : 'booked'} ${b.participantId} on ${formatDateDe(b.date)}: ${what}${replaced ? ` (was ${describeBooking(replaced)})` : ''}`,
  );
}
