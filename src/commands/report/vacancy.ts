// `insat report vacancy [--date D]`: the notice of free seats (Platzfreimeldung) to the Jobcenter.
import type { Ctx } from '../../cli/context.js';
import { refuseExisting } from '../../cli/output-file.js';
import { optionalDate } from '../../cli/parse.js';
import { openStore } from '../../cli/store-access.js';
import { vacancyNotice } from '../../model/vacancy.js';
import { vacancyNoticePdf } from '../../reports/pdf/vacancy-notice.js';
import type { VacancyReportOptions } from './index.js';
import { reportWritten, targetPath, writePdf } from './output.js';

export async function runVacancyReport(ctx: Ctx, opts: VacancyReportOptions): Promise<void> {
  const date = optionalDate(opts.date, '--date') ?? ctx.today;
  const store = await openStore(ctx);
  const file = targetPath(opts.out, `Platzfreimeldung_${date}.pdf`);
  refuseExisting([file], Boolean(opts.force));
  const notice = vacancyNotice(store.main, date);
  const { pdf, pages } = await vacancyNoticePdf(notice, store.main.settings, ctx.today);
  writePdf(file, pdf, Boolean(opts.force));
  reportWritten(ctx, [{ file, pages }], false, {
    date,
    free: notice.total.free,
    waiting: notice.waiting.map((w) => w.id),
  });
}
