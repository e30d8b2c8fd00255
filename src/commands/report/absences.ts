// `insat report absences --month M`: the monthly absence report (§ 61 SGB II) as a letter to the
// Jobcenter. The figures are `insat absences`' (monthAbsenceReport), computed once.
import type { Ctx } from '../../cli/context.js';
import { refuseExisting } from '../../cli/output-file.js';
import { monthArg } from '../../cli/parse.js';
import { openStore } from '../../cli/store-access.js';
import { refuseIf } from '../../errors.js';
import { absenceLetter, absenceReportLayout, reportMonthViolations } from '../../model/absence-letter.js';
import { withUnbookedDays, type AbsenceReport } from '../../model/absences.js';
import { violation } from '../../model/violations.js';
import { absenceReportPdf } from '../../reports/pdf/absence-report.js';
import { monthAbsenceReport } from '../absences/month-report.js';
import type { AbsencesReportOptions } from './index.js';
import { reportWritten, targetPath, writePdf } from './output.js';
import type { Catalogue } from '../../i18n/text.js';

/** Each participant's days nobody booked, oldest first. */
function unbookedLists(m: Catalogue, report: AbsenceReport): string[] {
  return withUnbookedDays(report).map((p) => m.letters.absences.unbookedOf(p.id, p.unbookedDates));
}

export async function runAbsencesReport(ctx: Ctx, opts: AbsencesReportOptions): Promise<void> {
  const words = ctx.m.letters.absences;
  const month = monthArg(opts.month);
  refuseIf(reportMonthViolations(month, ctx.today));
  const store = await openStore(ctx);
  const report = await monthAbsenceReport(store, month, undefined, ctx.today);
  if (report.participants.length === 0)
    refuseIf([violation('no-participants', (m) => m.letters.absences.nobody(month))]);
  if (report.unbookedDays > 0) {
    if (!opts.allowGaps)
      refuseIf([
        violation(
          'unbooked-days',
          (m) => m.letters.absences.gaps(month, report.unbookedDays, unbookedLists(m, report)),
          withUnbookedDays(report).map((p) => p.id),
        ),
      ]);
    ctx.warn(words.gapsReported(month, report.unbookedDays));
  }
  const file = targetPath(opts.out, `Fehlzeitenmeldung_${month}.pdf`);
  refuseExisting([file], Boolean(opts.force));
  const letter = absenceLetter(store.main, report, absenceReportLayout(store.main.settings));
  const { pdf, pages } = await absenceReportPdf(letter, store.main.settings, ctx.today);
  writePdf(file, pdf, Boolean(opts.force));
  reportWritten(ctx, [{ file, pages }], false, {
    month,
    layout: letter.layout,
    participants: report.participants.map((p) => p.id),
    unbookedDays: report.unbookedDays,
  });
}
