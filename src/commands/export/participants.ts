import type { Ctx } from '../../cli/context.js';
import { emit, formatOf } from '../../cli/output.js';
import { openStore } from '../../cli/store-access.js';
import { areaOn, assignmentStatus, lastDay } from '../../model/assignment.js';
import { EXIT_REASONS } from '../../model/exit-reasons.js';
import { pseudonym } from '../../reports/pseudonym.js';
import type { ExportOptions } from './index.js';

export async function runExport(ctx: Ctx, opts: ExportOptions): Promise<void> {
  const format = formatOf(ctx, opts.format, ['csv', 'csv-de', 'json']);
  const data = (await openStore(ctx)).main;
  const people = new Map(data.people.map((p) => [p.id, p]));
  const rows = [...data.assignments]
    .sort((a, b) => a.start.localeCompare(b.start) || a.personId.localeCompare(b.personId))
    .map((a) => {
      const p = people.get(a.personId)!;
      return {
        id: p.id,
        name: opts.pseudonymize ? pseudonym(p.id) : p.name,
        birthDate: opts.pseudonymize ? null : p.birthDate,
        area: areaOn(a, lastDay(a)),
        status: assignmentStatus(a, ctx.today),
        start: a.start,
        until: a.until,
        hoursPerWeek: a.hoursPerWeek,
        exitDate: a.exit?.date ?? null,
        exitReason: a.exit?.reason ?? null,
        exitGroup: a.exit ? EXIT_REASONS[a.exit.reason]?.group ?? 'other' : null,
        referredBy: p.referredBy,
      };
    });
  await emit(ctx, format, {
    json: () => ({ participants: rows }),
    tabular: () => ({
      columns: [
        { key: 'id', header: 'id', kind: 'text' }, { key: 'name', header: opts.pseudonymize ? 'pseudonym' : 'name', kind: 'text' },
        ...(opts.pseudonymize ? [] : [{ key: 'birthDate', header: 'birth date', kind: 'date' as const }]),
        { key: 'area', header: 'area', kind: 'text' }, { key: 'status', header: 'status', kind: 'text' },
        { key: 'start', header: 'start', kind: 'date' }, { key: 'until', header: 'until', kind: 'date' },
        { key: 'hoursPerWeek', header: 'hours per week', kind: 'int' }, { key: 'exitDate', header: 'exit', kind: 'date' },
        { key: 'exitReason', header: 'exit reason', kind: 'text' }, { key: 'exitGroup', header: 'exit group', kind: 'text' },
        { key: 'referredBy', header: 'referred by', kind: 'text' },
      ],
      rows,
    }),
  }, { out: opts.out, force: opts.force });
}
