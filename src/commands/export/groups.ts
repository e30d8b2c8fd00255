// `insat export groups`: the attendance evidence of the § 45 measure, one row per offer and
// participant (an offer without recorded attendance: one row without participant). Pseudonymised:
// the pseudonym instead of id and name.
import type { Ctx } from '../../cli/context.js';
import { emit, formatOf } from '../../cli/output.js';
import { dateArg, idArg, monthArg } from '../../cli/parse.js';
import { openStore } from '../../cli/store-access.js';
import { UsageError } from '../../errors.js';
import { monthPeriod, type Period } from '../../model/dates.js';
import { formatClock, offerMinutes } from '../../model/groups.js';
import type { ExportOptions } from './index.js';
import { pseudonymsFor } from './pseudonyms.js';
import { compareText } from '../../model/compare.js';

function periodOf(opts: ExportOptions): Period | null {
  if (opts.month !== undefined) {
    if (opts.from !== undefined || opts.to !== undefined)
      throw new UsageError('--month and --from/--to exclude each other — give one of them');
    return monthPeriod(monthArg(opts.month));
  }
  if (opts.from === undefined && opts.to === undefined) return null;
  return {
    from: opts.from === undefined ? '0000-01-01' : dateArg(opts.from, '--from'),
    to: opts.to === undefined ? '9999-12-31' : dateArg(opts.to, '--to'),
  };
}

export async function runExport(ctx: Ctx, opts: ExportOptions): Promise<void> {
  const format = formatOf(ctx, opts.format, ['csv', 'csv-de', 'json']);
  const period = periodOf(opts);
  const only = opts.participant === undefined ? undefined : idArg(opts.participant, 'participant');
  const data = (await openStore(ctx)).main;
  const alias = pseudonymsFor(ctx, opts.pseudonymize);
  const names = new Map(data.people.map((p) => [p.id, p.name]));
  const nameOf = (id: string) => (alias ? alias(id) : (names.get(id) ?? ''));
  const offers = data.groupOffers
    .filter((o) => !period || (o.date >= period.from && o.date <= period.to))
    .sort((a, b) => compareText(a.date, b.date) || a.fromMinutes - b.fromMinutes || compareText(a.id, b.id));
  type Row = {
    offer: string;
    date: string;
    from: string;
    to: string;
    kind: string;
    topic: string;
    ledBy: string;
    area: string;
    participant: string | null;
    name: string | null;
    present: number | null;
    absence: string | null;
    minutes: number | null;
  };
  const rows = offers.flatMap((o): Row[] => {
    const base = {
      offer: o.id,
      date: o.date,
      from: formatClock(o.fromMinutes),
      to: formatClock(o.toMinutes),
      kind: o.kind,
      topic: o.topic,
      ledBy: o.ledBy,
      area: o.area,
    };
    const people = (o.attendance ?? []).filter((a) => !only || a.participantId === only);
    if (people.length === 0)
      return only ? [] : [{ ...base, participant: null, name: null, present: null, absence: null, minutes: null }];
    return people.map((a) => ({
      ...base,
      participant: alias ? null : a.participantId,
      name: nameOf(a.participantId),
      present: a.absence ? 0 : 1,
      absence: a.absence,
      minutes: a.absence ? 0 : offerMinutes(o),
    }));
  });
  await emit(
    ctx,
    format,
    {
      json: () => ({
        from: period?.from ?? null,
        to: period?.to ?? null,
        rows: rows.map(({ participant, name, ...r }) => ({
          ...(alias ? { pseudonym: name } : { participant, name }),
          ...r,
          present: r.present === null ? null : r.present === 1,
        })),
      }),
      tabular: () => ({
        columns: [
          { key: 'offer', header: 'offer', kind: 'text' },
          { key: 'date', header: 'date', kind: 'date' },
          { key: 'from', header: 'from', kind: 'text' },
          { key: 'to', header: 'to', kind: 'text' },
          { key: 'kind', header: 'kind', kind: 'text' },
          { key: 'topic', header: 'topic', kind: 'text' },
          { key: 'ledBy', header: 'led by', kind: 'text' },
          { key: 'area', header: 'area', kind: 'text' },
          ...(alias
            ? [{ key: 'name', header: 'pseudonym', kind: 'text' as const }]
            : [
                { key: 'participant', header: 'participant', kind: 'text' as const },
                { key: 'name', header: 'name', kind: 'text' as const },
              ]),
          { key: 'present', header: 'present', kind: 'int' },
          { key: 'absence', header: 'absence', kind: 'text' },
          { key: 'minutes', header: 'hours', kind: 'hours' },
        ],
        rows,
      }),
    },
    { out: opts.out, force: opts.force },
  );
}
