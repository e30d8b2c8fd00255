// `insat hours delete ID --date D`: removes one booking (one undoable step).
import type { Ctx } from '../../cli/context.js';
import { reply } from '../../cli/output.js';
import { dateArg, idArg } from '../../cli/parse.js';
import { change, findPerson } from '../../cli/store-access.js';
import { NotFoundError } from '../../errors.js';

export async function runDelete(ctx: Ctx, rawId: string, opts: { date: string; dryRun?: boolean }): Promise<void> {
  const id = idArg(rawId);
  const date = dateArg(opts.date, '--date');
  const dryRun = Boolean(opts.dryRun);
  const { result: deleted } = await change(
    ctx,
    `hours delete ${id} on ${date}`,
    dryRun,
    async (tx) => {
      findPerson(tx.main, id);
      const stored = await tx.bookingsOfMonth(date.slice(0, 7));
      const i = stored.findIndex((b) => b.participantId === id && b.date === date);
      if (i < 0) throw new NotFoundError((m) => m.hours.delete.noBooking(id, date));
      return stored.splice(i, 1)[0]!;
    },
    { bookingsOnly: true },
  );
  const words = ctx.m.hours.delete;
  const what = ctx.m.booking.describe(deleted);
  reply(ctx, {
    json: { deleted, dryRun },
    done: words.deleted(id, date, what),
    wouldDo: words.wouldDelete(id, date, what),
    dryRun,
  });
}
