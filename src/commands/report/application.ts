import type { Ctx } from '../../cli/context.js';
import { refuseExisting } from '../../cli/output-file.js';
import { intArg } from '../../cli/parse.js';
import { openStore } from '../../cli/store-access.js';
import { UsageError } from '../../errors.js';
import { applicationGaps, costPlan } from '../../model/cost-plan.js';
import { isoOf } from '../../model/dates.js';
import { areaWork, materialIncomeCents } from '../../model/orders.js';
import { staffOfYear } from '../../model/staff.js';
import { yearStats } from '../../model/stats.js';
import { applicationPdf, workAreaTexts } from '../../reports/pdf/application.js';
import type { ApplicationOptions } from './index.js';
import { reportWritten, targetPath, writePdf } from './output.js';

export async function runApplication(ctx: Ctx, opts: ApplicationOptions): Promise<void> {
  const year = opts.year === undefined ? Number(ctx.today.slice(0, 4)) + 1 : intArg(opts.year, '--year', 2006, 2100);
  const store = await openStore(ctx);
  const main = store.main;
  const gaps = applicationGaps(main.settings, year, main.staff);
  if (gaps.length > 0) {
    const width = Math.max(...gaps.map((g) => g.key.length));
    const lines = gaps.map((g) => `  ${g.key.padEnd(width)}  ${g.fix}`).join('\n');
    throw new UsageError((m) => m.report.application.gaps(gaps.length, lines));
  }
  const texts = workAreaTexts();
  const prevYear = year - 1;
  // Income from products: the material contributions of the last year's orders, unless a flat rate for income is set.
  const flatIncome = texts.incomeKeys.some((k) => main.settings.flatRatesPerSeatMonth[k] !== undefined);
  const plan = costPlan(
    main.settings,
    year,
    texts.incomeKeys,
    flatIncome ? null : { basisYear: prevYear, cents: materialIncomeCents(main.orders, prevYear) },
  );
  const previous =
    ctx.today < isoOf(prevYear, 1, 1)
      ? null
      : yearStats(main, await store.bookingsOfYear(prevYear), prevYear, ctx.today);
  const file = targetPath(opts.out, `Antrag_AGH_${year}.pdf`);
  refuseExisting([file], Boolean(opts.force));
  const { pdf, pages } = await applicationPdf({
    year,
    today: ctx.today,
    settings: main.settings,
    staff: staffOfYear(main.staff, year),
    plan,
    previous,
    texts,
    work: areaWork(main, prevYear),
  });
  writePdf(file, pdf, Boolean(opts.force));
  reportWritten(ctx, [{ file, pages }], false, {
    year,
    allowanceCents: plan.allowanceCents,
    totalCents: plan.totalCents,
    materialIncomeCents: plan.materialIncome?.cents ?? 0,
    previousYear: previous ? { year: prevYear, to: previous.to, complete: previous.complete } : null,
  });
}
