import { basename } from 'node:path';
import type { Ctx } from '../../cli/context.js';
import { refuseExisting } from '../../cli/output-file.js';
import { idArg, optionalDate } from '../../cli/parse.js';
import { findAssignment, openStore } from '../../cli/store-access.js';
import { refuseIf, UsageError } from '../../errors.js';
import { coversDay } from '../../model/assignment.js';
import { spanOf, type Period } from '../../model/dates.js';
import {
  defaultKind,
  defaultPeriod,
  progressReport,
  progressReportViolations,
  type ReportKind,
} from '../../model/progress.js';
import type { Assignment, MainData } from '../../model/types.js';
import { violation } from '../../model/violations.js';
import { progressReportPdf } from '../../reports/pdf/progress-report.js';
import type { ProgressOptions } from './index.js';
import { isDirectoryTarget, progressLine, reportWritten, targetPath, writePdf, type Written } from './output.js';
import { compareText } from '../../model/compare.js';

interface Job {
  assignment: Assignment;
  period: Period;
}

function periodOf(a: Assignment, from: string | undefined, to: string | undefined, today: string): Period {
  const d = defaultPeriod(a, today);
  return { from: from ?? d.from, to: to ?? d.to };
}

function byName(main: MainData) {
  const name = (a: Assignment) => main.people.find((p) => p.id === a.personId)?.name ?? '';
  return (x: Assignment, y: Assignment) => name(x).localeCompare(name(y), 'de') || compareText(x.personId, y.personId);
}

export async function runProgress(ctx: Ctx, rawId: string | undefined, opts: ProgressOptions): Promise<void> {
  const from = optionalDate(opts.from, '--from');
  const to = optionalDate(opts.to, '--to');
  if (from && to && to < from) throw new UsageError((m) => m.report.progress.toBeforeFrom(to, from));
  const today = ctx.today;
  if (to && to > today) throw new UsageError((m) => m.report.progress.toInFuture(to, today));
  const batch = rawId === undefined;
  if (batch && (opts.out === undefined || !isDirectoryTarget(opts.out))) {
    throw new UsageError((m) => m.report.progress.missingId);
  }
  const id = batch ? undefined : idArg(rawId);
  const store = await openStore(ctx);
  const main = store.main;
  const day = to ?? ctx.today;
  const jobs: Job[] = (
    batch
      ? main.assignments.filter((a) => coversDay(a, day)).sort(byName(main))
      : [findAssignment(main, id!, day).assignment]
  ).map((a) => ({ assignment: a, period: periodOf(a, from, to, ctx.today) }));
  if (jobs.length === 0) refuseIf([violation('no-participants', (m) => m.report.progress.nobody(day))]);
  for (const { assignment: a, period } of jobs) {
    refuseIf(
      progressReportViolations(
        main.people.find((p) => p.id === a.personId),
        a,
        period,
        ctx.today,
      ),
    );
    if (period.to < period.from) throw new UsageError((m) => m.report.progress.fromAfterEnd(period.from, period.to));
  }
  const span = spanOf(jobs.map((j) => j.period));
  const bookings = await store.bookingsBetween(span.from, span.to);
  const force = Boolean(opts.force);
  // A batch names every file it would replace before it writes any.
  const files = jobs.map(({ assignment: a, period }) =>
    targetPath(opts.out, `Verlaufsbericht_${a.personId}_${period.to}.pdf`),
  );
  refuseExisting(files, force);
  const progress = progressLine(ctx);
  const written: (Written & { from: string; to: string; kind: ReportKind })[] = [];
  for (const [i, { assignment: a, period }] of jobs.entries()) {
    const kind = (opts.type as ReportKind | undefined) ?? defaultKind(a, period);
    const file = files[i]!;
    progress.step(i + 1, jobs.length, basename(file));
    const report = progressReport(
      main,
      a,
      bookings.filter((b) => b.participantId === a.personId),
      period,
      ctx.today,
      kind,
    );
    const { pdf, pages } = await progressReportPdf(report, main.settings);
    writePdf(file, pdf, force);
    written.push({ id: a.personId, file, pages, from: period.from, to: period.to, kind });
  }
  progress.end();
  reportWritten(ctx, written, batch);
}
