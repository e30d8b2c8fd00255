// `insat due`: one list of what is due in the next weeks, and what is overdue, for a person at the
// terminal and for cron (exit 0 also when the list is empty).
import type { Ctx } from '../../cli/context.js';
import { emit, formatOf } from '../../cli/output.js';
import { clip, dateArg } from '../../cli/parse.js';
import { openStore } from '../../cli/store-access.js';
import { UsageError } from '../../errors.js';
import { earliestRunningStart } from '../../model/assignment.js';
import { addDays } from '../../model/dates.js';
import { dueItems } from '../../model/due/due-list.js';
import type { DueOptions } from './index.js';

export const DEFAULT_WITHIN_DAYS = 28;

/** `4w`, `8w`, `30d` → days. */
export function withinArg(value: string): number {
  const m = /^(\d{1,3})\s*([wd])$/i.exec(value.trim());
  const days = m ? Number(m[1]) * (m[2]!.toLowerCase() === 'w' ? 7 : 1) : 0;
  if (days < 1 || days > 366) throw new UsageError((c) => c.due.badWithin(clip(value)));
  return days;
}

export async function runDue(ctx: Ctx, opts: DueOptions): Promise<void> {
  const words = ctx.m.due;
  const format = formatOf(ctx, opts.format);
  const days = opts.within === undefined ? DEFAULT_WITHIN_DAYS : withinArg(opts.within);
  const today = opts.date === undefined ? ctx.today : dateArg(opts.date, '--date');
  const to = addDays(today, days);
  const store = await openStore(ctx);
  const { main } = store;
  // leave and sick spells count from the start of the assignments that still run
  const from = earliestRunningStart(main.assignments, today);
  const bookings = await store.bookingsBetween(from, today);
  const items = dueItems(main, bookings, { today, to }).map((i) => ({
    ...i,
    subject: i.subject(ctx.m),
    detail: i.detail(ctx.m),
  }));
  const overdue = items.filter((i) => i.overdue).length;
  const table = format === 'table';
  await emit(ctx, format, {
    json: () => ({ date: today, to, count: items.length, overdue, items }),
    tabular:
      table && items.length === 0
        ? undefined
        : () => ({
            columns: [
              { key: 'date', header: 'date', label: words.columns.date, kind: 'date' },
              {
                key: 'status',
                header: 'status',
                label: words.columns.status,
                kind: 'text',
                words: { overdue: words.overdue },
              },
              { key: 'kind', header: 'kind', label: words.columns.kind, kind: 'text', words: words.kinds },
              { key: 'subject', header: 'subject', label: words.columns.subject, kind: 'text' },
              { key: 'ids', header: 'ids', label: words.columns.ids, kind: 'text' },
              { key: 'detail', header: 'detail', label: words.columns.detail, kind: 'text' },
            ],
            rows: items.map((i) => ({
              date: i.date,
              status: i.overdue ? 'overdue' : '',
              kind: i.kind,
              subject: i.subject,
              ids: i.ids.join(' '),
              detail: i.detail,
            })),
          }),
    text: table
      ? () => (items.length === 0 ? words.nothing(today, to) : words.summary(items.length, overdue, today, to))
      : undefined,
  });
}
