// `insat absences --month M`: the monthly absence report (§ 61 SGB II).
import type { Ctx } from '../../cli/context.js';
import { emit, formatOf, type Format } from '../../cli/output.js';
import { idArg, monthArg } from '../../cli/parse.js';
import { askMissing } from '../../cli/prompts.js';
import { findPerson, openStore } from '../../cli/store-access.js';
import { CATEGORY_LABELS, type AbsenceDay, type AbsenceReport } from '../../model/absences.js';
import { dayNumber, formatDateDe, parseMonth } from '../../model/dates.js';
import { refuseIf } from '../../errors.js';
import { violation } from '../../model/violations.js';
import type { Tabular } from '../../reports/tabular.js';
import type { AbsencesOptions } from './index.js';
import { monthAbsenceReport } from './month-report.js';

export async function runAbsences(ctx: Ctx, opts: AbsencesOptions): Promise<void> {
  const format = formatOf(ctx, opts.format);
  const asked = await askMissing(
    ctx,
    opts.month === undefined
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
  const month = monthArg(opts.month ?? asked['--month']);
  const participant = opts.participant !== undefined ? idArg(opts.participant, '--participant') : undefined;
  const store = await openStore(ctx);
  if (participant !== undefined) findPerson(store.main, participant);
  const report = await monthAbsenceReport(store, month, participant, ctx.today);
  if (report.unbookedDays > 0) {
    const people = report.participants.filter((p) => p.unbookedDates.length > 0).length;
    const what = `${report.unbookedDays} assigned working day${report.unbookedDays === 1 ? '' : 's'} of ${month} nobody booked (${people} participant${people === 1 ? '' : 's'})`;
    if (!opts.allowGaps) {
      refuseIf([
        violation(
          'unbooked-days',
          `${what}: the absence report would be incomplete — book them first ('insat hours missing --month ${month}' lists them), or pass --allow-gaps to report them as not booked`,
        ),
      ]);
    }
    ctx.warn(`${what}: reported as not booked, never as absence`);
  }
  await emit(ctx, format, {
    json: () => report,
    tabular: () => absencesTabular(report, format),
    text: () => footer(report),
  });
}

/** Runs of the same code on consecutive days: "02.11.2026–04.11.2026 certified sick, 09.11.2026 excused". */
function daysText(days: readonly AbsenceDay[], format: Format): string {
  const runs: { from: string; to: string; day: AbsenceDay }[] = [];
  for (const d of days) {
    const last = runs[runs.length - 1];
    if (last && last.day.code === d.code && dayNumber(d.date) === dayNumber(last.to) + 1) last.to = d.date;
    else runs.push({ from: d.date, to: d.date, day: d });
  }
  const date = (x: string) => (format === 'csv' ? x : formatDateDe(x));
  return runs
    .map(
      (r) => `${r.from === r.to ? date(r.from) : `${date(r.from)}–${date(r.to)}`} ${CATEGORY_LABELS[r.day.category]}`,
    )
    .join(', ');
}

export function absencesTabular(r: AbsenceReport, format: Format): Tabular {
  const detail = format !== 'table';
  return {
    columns: [
      { key: 'id', header: 'id', kind: 'text' },
      { key: 'name', header: 'name', kind: 'text' },
      { key: 'area', header: 'area', kind: 'text' },
      { key: 'sick-certified', header: 'certified sick', kind: 'int' },
      { key: 'sick', header: 'sick, no certificate', kind: 'int' },
      { key: 'excused', header: 'excused', kind: 'int' },
      { key: 'unexcused', header: 'unexcused', kind: 'int' },
      { key: 'holiday', header: 'leave', kind: 'int' },
      { key: 'closed', header: 'closing days', kind: 'int' },
      { key: 'absenceDays', header: 'absence days', kind: 'int' },
      { key: 'unbookedDays', header: 'not booked', kind: 'int' },
      ...(detail
        ? [
            { key: 'leaveEarned', header: 'leave earned', kind: 'int' as const },
            { key: 'leaveTaken', header: 'leave taken', kind: 'int' as const },
          ]
        : []),
      { key: 'leaveLeft', header: 'leave left', kind: 'int' },
      ...(detail
        ? [
            { key: 'days', header: 'days', kind: 'text' as const },
            { key: 'flags', header: 'flags', kind: 'text' as const },
          ]
        : [{ key: 'flagCount', header: 'flags', kind: 'int' as const }]),
    ],
    rows: r.participants.map((p) => ({
      id: p.id,
      name: p.name,
      area: p.area,
      ...p.absences,
      absenceDays: p.absenceDays,
      unbookedDays: p.unbookedDates.length,
      leaveEarned: p.leave?.earned,
      leaveTaken: p.leave?.taken,
      leaveLeft: p.leave?.left,
      days: daysText(p.days, format),
      flags: p.flags.map((f) => f.message.replace(`${p.id}: `, '')).join(' | '),
      flagCount: p.flags.length || null,
    })),
  };
}

function footer(r: AbsenceReport): string {
  const lines = [
    `absence report ${formatDateDe(r.from)}–${formatDateDe(r.to)}: ${r.participants.length} participants, ${r.participants.reduce((s, p) => s + p.absenceDays, 0)} absence days on working days (closing days apart: ${r.totals.closed}); reason categories only, never a diagnosis`,
  ];
  if (r.unbookedDays > 0)
    lines.push(
      `${r.unbookedDays} working day${r.unbookedDays === 1 ? '' : 's'} not booked (column 'not booked'): neither present nor absent`,
    );
  if (r.flagCount === 0) lines.push('no flags');
  else {
    lines.push(`${r.flagCount} flag${r.flagCount === 1 ? '' : 's'}:`);
    for (const p of r.participants) for (const f of p.flags) lines.push(`  ${f.message}`);
  }
  return lines.join('\n');
}
