import type { Ctx } from '../../cli/context.js';
import { refuseExisting } from '../../cli/output-file.js';
import { monthArg } from '../../cli/parse.js';
import { openStore } from '../../cli/store-access.js';
import { RuleError } from '../../errors.js';
import { monthPeriod } from '../../model/dates.js';
import { violation } from '../../model/violations.js';
import { groupAttendancePdf } from '../../reports/pdf/group-attendance.js';
import type { GroupsReportOptions } from './index.js';
import { reportWritten, targetPath, writePdf } from './output.js';
import { compareText } from '../../model/compare.js';

export async function runGroupsReport(ctx: Ctx, opts: GroupsReportOptions): Promise<void> {
  const month = opts.month === undefined ? ctx.today.slice(0, 7) : monthArg(opts.month);
  const store = await openStore(ctx);
  const { from, to } = monthPeriod(month);
  const offers = store.main.groupOffers
    .filter((o) => o.date >= from && o.date <= to)
    .sort((a, b) => compareText(a.date, b.date) || a.fromMinutes - b.fromMinutes || compareText(a.id, b.id));
  if (offers.length === 0) throw new RuleError([violation('no-offers', (m) => m.report.groups.none(month))]);
  const file = targetPath(opts.out, `Gruppenangebote_${month}.pdf`);
  refuseExisting([file], Boolean(opts.force));
  const names = new Map(store.main.people.map((p) => [p.id, p.name]));
  const { pdf, pages } = await groupAttendancePdf(offers, names, store.main.settings, ctx.today, month);
  writePdf(file, pdf, Boolean(opts.force));
  reportWritten(ctx, [{ file, pages }], false, { month, offers: offers.map((o) => o.id) });
}
