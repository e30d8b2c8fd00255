// `insat hours delete ID --date D`: removes one booking (one undoable step).
import type { Ctx } from '../../cli/context.js';
import { doneLine } from '../../cli/output.js';
import { dateArg, idArg } from '../../cli/parse.js';
import { change, findPerson } from '../../cli/store-access.js';
import { NotFoundError } from '../../errors.js';
import { describeBooking } from '../../model/booking.js';
import { formatDateDe } from '../../model/dates.js';

export async function runDelete(ctx: Ctx, rawId: string, opts: { date: string; dryRun?: boolean }): Promise<void> {
  const id = idArg(rawId);
  const date = dateArg(opts.date, '--date');
  const dryRun = Boolean(opts.dryRun);
  const { result: deleted } = await change(ctx, `hours delete ${id} on ${date}`, dryRun, async (tx) => {
    findPerson(tx.main, id);
    const stored = await tx.bookingsOfYear(Number(date.slice(0, 4)));
    const i = stored.findIndex((b) => b.participantId === id && b.date === date);
    if (i < 0)
      throw new NotFoundError(
        `${id} has no booking on ${formatDateDe(date)} — see 'insat hours list --participant ${id}'`,
      );
    return stored.splice(i, 1)[0]!;
  });
  if (ctx.json) ctx.out(JSON.stringify({ deleted, dryRun }, null, 2));
  else
    doneLine(
      ctx,
      dryRun,
      `${dryRun ? 'delete' : 'deleted'} the booking of ${id} on ${formatDateDe(date)} (${describeBooking(deleted)})`,
    );
}
