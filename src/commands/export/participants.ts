// `insat export participants`: every assignment with its person. --pseudonymize drops the id, the
// name and the birth date for the store's pseudonym, and shows a health-revealing exit reason as
// its group only.
import type { Ctx } from '../../cli/context.js';
import { emit, formatOf } from '../../cli/output.js';
import { openStore } from '../../cli/store-access.js';
import { areaOn, assignmentStatus, lastDay } from '../../model/assignment.js';
import { exitGroupOf, HEALTH_RELATED_EXITS } from '../../model/exit-reasons.js';
import type { Column } from '../../reports/tabular.js';
import type { ExportOptions } from './index.js';
import { pseudonymsFor } from './pseudonyms.js';
import { compareText } from '../../model/compare.js';
import { weeklyHoursOn } from '../../model/weekly-hours.js';

export async function runExport(ctx: Ctx, opts: ExportOptions): Promise<void> {
  const format = formatOf(ctx, opts.format, ['csv', 'csv-de', 'json']);
  const data = (await openStore(ctx)).main;
  const alias = pseudonymsFor(ctx, opts.pseudonymize);
  const people = new Map(data.people.map((p) => [p.id, p]));
  const rows = [...data.assignments]
    .sort((a, b) => compareText(a.start, b.start) || compareText(a.personId, b.personId))
    .map((a) => {
      const p = people.get(a.personId)!;
      const reason = a.exit?.reason ?? null;
      const who = alias ? { pseudonym: alias(p.id) } : { id: p.id, name: p.name, birthDate: p.birthDate };
      return {
        ...who,
        area: areaOn(a, lastDay(a)),
        status: assignmentStatus(a, ctx.today),
        start: a.start,
        until: a.until,
        hoursPerWeek: weeklyHoursOn(a, ctx.today),
        exitDate: a.exit?.date ?? null,
        exitReason: reason !== null && alias && HEALTH_RELATED_EXITS.has(reason) ? exitGroupOf(reason) : reason,
        exitGroup: reason === null ? null : exitGroupOf(reason),
        referredBy: p.referredBy,
      };
    });
  const words = ctx.m.exporting.participants;
  const who: Column[] = alias
    ? [{ key: 'pseudonym', header: 'pseudonym', label: words.pseudonym, kind: 'text' }]
    : [
        { key: 'id', header: 'id', label: words.id, kind: 'text' },
        { key: 'name', header: 'name', label: words.name, kind: 'text' },
        { key: 'birthDate', header: 'birth date', label: words.birthDate, kind: 'date' },
      ];
  await emit(
    ctx,
    format,
    {
      json: () => ({ participants: rows }),
      tabular: () => ({
        columns: [
          ...who,
          { key: 'area', header: 'area', label: words.area, kind: 'text', words: ctx.m.participant.show.areaWords },
          {
            key: 'status',
            header: 'status',
            label: words.status,
            kind: 'text',
            words: ctx.m.participant.show.statuses,
          },
          { key: 'start', header: 'start', label: words.start, kind: 'date' },
          { key: 'until', header: 'until', label: words.until, kind: 'date' },
          { key: 'hoursPerWeek', header: 'hours per week', label: words.hoursPerWeek, kind: 'int' },
          { key: 'exitDate', header: 'exit', label: words.exitDate, kind: 'date' },
          {
            key: 'exitReason',
            header: 'exit reason',
            label: words.exitReason,
            kind: 'text',
            words: ctx.m.participant.show.exitReasonWords,
          },
          {
            key: 'exitGroup',
            header: 'exit group',
            label: words.exitGroup,
            kind: 'text',
            words: ctx.m.participant.show.exitGroupWords,
          },
          {
            key: 'referredBy',
            header: 'referred by',
            label: words.referredBy,
            kind: 'text',
            words: ctx.m.applicant.list.referralWords,
          },
        ],
        rows,
      }),
    },
    { out: opts.out, force: opts.force },
  );
}
