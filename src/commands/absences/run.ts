// `insat absences --month M`: the monthly absence report (§ 61 SGB II).
import type { Ctx } from '../../cli/context.js';
import { emit, formatOf, type Format } from '../../cli/output.js';
import { idArg, monthArg } from '../../cli/parse.js';
import { askMissing } from '../../cli/prompts.js';
import { findPerson, openStore } from '../../cli/store-access.js';
import { participantAbsenceDays, withUnbookedDays, type AbsenceDay, type AbsenceReport } from '../../model/absences.js';
import { dayNumber, formatDateDe, parseMonth } from '../../model/dates.js';
import type { Catalogue } from '../../i18n/text.js';
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
            message: ctx.m.absences.askMonth,
            kind: 'text',
            validate: (v) => (parseMonth(v) ? true : ctx.m.absences.monthFormat),
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
    const people = withUnbookedDays(report).length;
    const days = report.unbookedDays;
    if (!opts.allowGaps) {
      refuseIf([
        violation('unbooked-days', (m) =>
          m.absences.unbookedRefused(m.absences.unbookedWhat(days, month, people), month),
        ),
      ]);
    }
    ctx.warn(ctx.m.absences.unbookedReported(ctx.m.absences.unbookedWhat(days, month, people)));
  }
  await emit(ctx, format, {
    json: () => ({
      ...report,
      participants: report.participants.map((p) => ({
        ...p,
        flags: p.flags.map((f) => ({ flag: f.flag, message: f.message(ctx.m), dates: f.dates })),
      })),
    }),
    tabular: () => absencesTabular(report, format, ctx.m),
    text: () => footer(report, ctx.m),
  });
}

/** Runs of the same code on consecutive days: "02.11.2026–04.11.2026 certified sick, 09.11.2026 excused". */
function daysText(days: readonly AbsenceDay[], format: Format, words: Catalogue): string {
  const runs: { from: string; to: string; day: AbsenceDay }[] = [];
  for (const d of days) {
    const last = runs[runs.length - 1];
    if (last && last.day.code === d.code && dayNumber(d.date) === dayNumber(last.to) + 1) last.to = d.date;
    else runs.push({ from: d.date, to: d.date, day: d });
  }
  // csv keeps ISO dates, csv-de the German ones (as its date columns), the table the run's language
  const date = (x: string) => (format === 'csv' ? x : format === 'csv-de' ? formatDateDe(x) : words.fmt.date(x));
  // and csv the booking code, the same cell in every language
  const what = (d: AbsenceDay) => (format === 'csv' ? d.code : words.absences.categories[d.category]);
  return runs
    .map((r) => `${r.from === r.to ? date(r.from) : `${date(r.from)}–${date(r.to)}`} ${what(r.day)}`)
    .join(', ');
}

export function absencesTabular(r: AbsenceReport, format: Format, words: Catalogue): Tabular {
  const detail = format !== 'table';
  const label = words.absences.columns;
  return {
    columns: [
      { key: 'id', header: 'id', label: label.id, kind: 'text' },
      { key: 'name', header: 'name', label: label.name, kind: 'text' },
      { key: 'area', header: 'area', label: label.area, kind: 'text', words: words.participant.show.areaWords },
      { key: 'sick-certified', header: 'certified sick', label: label.sickCertified, kind: 'int' },
      { key: 'sick', header: 'sick, no certificate', label: label.sick, kind: 'int' },
      { key: 'excused', header: 'excused', label: label.excused, kind: 'int' },
      { key: 'unexcused', header: 'unexcused', label: label.unexcused, kind: 'int' },
      { key: 'holiday', header: 'leave', label: label.leave, kind: 'int' },
      { key: 'closed', header: 'closing days', label: label.closed, kind: 'int' },
      { key: 'absenceDays', header: 'absence days', label: label.absenceDays, kind: 'int' },
      { key: 'unbookedDays', header: 'not booked', label: label.notBooked, kind: 'int' },
      ...(detail
        ? [
            { key: 'leaveEarned', header: 'leave earned', label: label.leaveEarned, kind: 'int' as const },
            { key: 'leaveTaken', header: 'leave taken', label: label.leaveTaken, kind: 'int' as const },
          ]
        : []),
      { key: 'leaveLeft', header: 'leave left', label: label.leaveLeft, kind: 'int' },
      ...(detail
        ? [
            { key: 'days', header: 'days', label: label.days, kind: 'text' as const },
            { key: 'flags', header: 'flags', label: label.flags, kind: 'text' as const },
          ]
        : [{ key: 'flagCount', header: 'flags', label: label.flags, kind: 'int' as const }]),
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
      days: daysText(p.days, format, words),
      flags: p.flags.map((f) => f.message(words).replace(`${p.id}: `, '')).join(' | '),
      flagCount: p.flags.length || null,
    })),
  };
}

function footer(r: AbsenceReport, words: Catalogue): string {
  const w = words.absences;
  const lines = [w.heading(r.from, r.to, r.participants.length, participantAbsenceDays(r), r.totals.closed)];
  if (r.unbookedDays > 0) lines.push(w.notBooked(r.unbookedDays));
  if (r.flagCount === 0) lines.push(w.noFlags);
  else {
    lines.push(w.flagCount(r.flagCount));
    for (const p of r.participants) for (const f of p.flags) lines.push(`  ${f.message(words)}`);
  }
  return lines.join('\n');
}
