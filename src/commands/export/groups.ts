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
    if (opts.from !== undefined || opts.to !== undefined) throw new UsageError((m) => m.exporting.monthOrRange);
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
      tabular: () => {
        const words = ctx.m.group.columns;
        return {
          columns: [
            { key: 'offer', header: 'offer', label: words.id, kind: 'text' },
            { key: 'date', header: 'date', label: words.date, kind: 'date' },
            { key: 'from', header: 'from', label: words.from, kind: 'text' },
            { key: 'to', header: 'to', label: words.to, kind: 'text' },
            { key: 'kind', header: 'kind', label: words.kind, kind: 'text', words: ctx.m.group.kindWords },
            { key: 'topic', header: 'topic', label: words.topic, kind: 'text' },
            { key: 'ledBy', header: 'led by', label: words.ledBy, kind: 'text' },
            {
              key: 'area',
              header: 'area',
              label: words.area,
              kind: 'text',
              words: ctx.m.group.areaWords,
            },
            ...(alias
              ? [{ key: 'name', header: 'pseudonym', label: words.pseudonym, kind: 'text' as const }]
              : [
                  { key: 'participant', header: 'participant', label: words.participant, kind: 'text' as const },
                  { key: 'name', header: 'name', label: words.name, kind: 'text' as const },
                ]),
            { key: 'present', header: 'present', label: words.present, kind: 'int' },
            {
              key: 'absence',
              header: 'absence',
              label: words.absence,
              kind: 'text',
              words: ctx.m.hours.list.absenceWords,
            },
            { key: 'minutes', header: 'hours', label: words.minutes, kind: 'hours' },
          ],
          rows,
        };
      },
    },
    { out: opts.out, force: opts.force },
  );
}
