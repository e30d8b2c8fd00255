// `insat pay --month M [--participant ID]`: the monthly allowance statement.
import type { Ctx } from '../../cli/context.js';
import { emit, formatOf } from '../../cli/output.js';
import { idArg, monthArg } from '../../cli/parse.js';
import { askMissing } from '../../cli/prompts.js';
import { findPerson, openStore } from '../../cli/store-access.js';
import { payStatement, type PayStatement } from '../../model/allowance.js';
import { formatDateDe, monthPeriod, parseMonth } from '../../model/dates.js';
import { formatEuroDe } from '../../model/money.js';
import { formatHoursDe } from '../../model/durations.js';
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
            message: 'Month (YYYY-MM)',
            kind: 'text',
            validate: (v) => (parseMonth(v) ? true : 'use YYYY-MM'),
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
    ctx.warn(
      `no allowance rate was set for ${st.daysWithoutRate.map(formatDateDe).join(', ')}; those hours count 0 € — set one with 'insat config rate set EUROS --from DATE'`,
    );
  }
  if (st.unbookedDays > 0) {
    const people = st.participants.filter((p) => p.unbookedDays > 0).length;
    ctx.warn(
      `${st.unbookedDays} assigned working day${st.unbookedDays === 1 ? '' : 's'} of ${st.month} ${st.unbookedDays === 1 ? 'is' : 'are'} not booked yet (${people} participant${people === 1 ? '' : 's'}, column 'not booked'): the statement pays only booked hours — see 'insat hours missing --month ${st.month}'`,
    );
  }
  await emit(ctx, format, {
    json: () => payJson(st),
    tabular: () => payTabular(st, format),
    text: () =>
      st.participants.length === 0
        ? `nobody had a seat or a booking in ${st.month} — nothing to pay`
        : `total ${formatEuroDe(st.totalCents)} for ${formatHoursDe(st.workedMinutes)} h worked by ${st.participants.filter((p) => p.workedMinutes > 0).length} of ${st.participants.length} participants, ${formatDateDe(st.from)}–${formatDateDe(st.to)}`,
  });
}
