// `insat report absences --month M`: the monthly absence report (§ 61 SGB II) as a letter to the
// Jobcenter. The figures are `insat absences`' (monthAbsenceReport), computed once.
import type { Ctx } from '../../cli/context.js';
import { refuseExisting } from '../../cli/output-file.js';
import { monthArg } from '../../cli/parse.js';
import { openStore } from '../../cli/store-access.js';
import { refuseIf } from '../../errors.js';
import { absenceLetter, absenceReportLayout } from '../../model/absence-letter.js';
import type { AbsenceReport } from '../../model/absences.js';
import { formatDateDe } from '../../model/dates.js';
import { violation } from '../../model/violations.js';
import { absenceReportPdf } from '../../reports/pdf/absence-report.js';
import { monthAbsenceReport } from '../absences/month-report.js';
import type { AbsencesReportOptions } from './index.js';
import { reportWritten, targetPath, writePdf } from './output.js';

// The command's messages, in one place.
const say = {
  nobody: (month: string) => `nobody has a seat in ${month} — choose another month`,
  gaps: (month: string, days: number, list: string) =>
    `${days} assigned working day${days === 1 ? '' : 's'} of ${month} nobody booked (${list}): the absence report would be incomplete — book them first ('insat hours missing --month ${month}' lists them), or pass --allow-gaps to report them as not booked`,
  gapsReported: (month: string, days: number) =>
    `${days} assigned working day${days === 1 ? '' : 's'} of ${month} nobody booked: reported as not booked, never as absence`,
};

/** p003 02.11.2026, 03.11.2026; p007 05.11.2026 — oldest day first. */
function unbookedList(report: AbsenceReport): string {
  return report.participants
    .filter((p) => p.unbookedDates.length > 0)
    .map((p) => `${p.id} ${p.unbookedDates.map(formatDateDe).join(', ')}`)
    .join('; ');
}

export async function runAbsencesReport(ctx: Ctx, opts: AbsencesReportOptions): Promise<void> {
  const month = monthArg(opts.month);
  const store = await openStore(ctx);
  const report = await monthAbsenceReport(store, month, undefined, ctx.today);
  if (report.participants.length === 0) refuseIf([violation('no-participants', say.nobody(month))]);
  if (report.unbookedDays > 0) {
    if (!opts.allowGaps)
      refuseIf([
        violation(
          'unbooked-days',
          say.gaps(month, report.unbookedDays, unbookedList(report)),
          report.participants.filter((p) => p.unbookedDates.length > 0).map((p) => p.id),
        ),
      ]);
    ctx.warn(say.gapsReported(month, report.unbookedDays));
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
