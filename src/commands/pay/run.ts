// `insat pay --month M [--participant ID]`: the monthly allowance statement.
import type { Ctx } from '../../cli/context.js';
import { emit, formatOf } from '../../cli/output.js';
import { idArg, monthArg } from '../../cli/parse.js';
import { askMissing } from '../../cli/prompts.js';
import { findPerson, openStore } from '../../cli/store-access.js';
import {
  participantsWhoWorked,
  participantsWithUnbookedDays,
  payStatement,
  type PayStatement,
} from '../../model/allowance.js';
import { monthPeriod, parseMonth } from '../../model/dates.js';
import type { PayOptions } from './index.js';
import { payJson, payTabular } from './view.js';

/** Reads the month's bookings only (one year file) and computes the statement. */
export async function loadStatement(
  ctx: Ctx,
  rawMonth: string | undefined,
  rawParticipant: string | undefined,
): Promise<PayStatement> {
  const asked = await askMissing(
    ctx,
    rawMonth === undefined
      ? [
          {
            flag: '--month',
            message: ctx.m.pay.askMonth,
            kind: 'text',
            validate: (v) => (parseMonth(v) ? true : ctx.m.pay.monthFormat),
          },
        ]
      : [],
  );
  const month = monthArg(rawMonth ?? asked['--month']);
  const participant = rawParticipant !== undefined ? idArg(rawParticipant, '--participant') : undefined;
  const store = await openStore(ctx);
  if (participant !== undefined) findPerson(store.main, participant);
  const { from, to } = monthPeriod(month);
  return payStatement(store.main, month, await store.bookingsBetween(from, to), participant, ctx.today);
}

export async function runPay(ctx: Ctx, opts: PayOptions): Promise<void> {
  const format = formatOf(ctx, opts.format);
  const st = await loadStatement(ctx, opts.month, opts.participant);
  if (st.daysWithoutRate.length > 0) {
    ctx.warn(ctx.m.pay.noRate(st.daysWithoutRate));
  }
  if (st.unbookedDays > 0) {
    const people = participantsWithUnbookedDays(st);
    ctx.warn(ctx.m.pay.unbooked(st.unbookedDays, st.month, people));
  }
  await emit(ctx, format, {
    json: () => payJson(st),
    tabular: () => payTabular(st, format, undefined, ctx.m),
    text: () =>
      st.participants.length === 0
        ? ctx.m.pay.nobody(st.month)
        : ctx.m.pay.total(
            st.totalCents,
            st.workedMinutes,
            participantsWhoWorked(st),
            st.participants.length,
            st.from,
            st.to,
          ),
  });
}
