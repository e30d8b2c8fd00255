import type { Ctx } from '../../cli/context.js';
import { refuseExisting } from '../../cli/output-file.js';
import { idArg, monthArg } from '../../cli/parse.js';
import { findPerson, openStore } from '../../cli/store-access.js';
import { RuleError } from '../../errors.js';
import { attendanceSheets } from '../../model/attendance.js';
import { monthPeriod } from '../../model/dates.js';
import { violation } from '../../model/violations.js';
import { attendanceSheetsPdf } from '../../reports/pdf/attendance-sheet.js';
import type { AttendanceOptions } from './index.js';
import { reportWritten, targetPath, writePdf } from './output.js';

export async function runAttendance(ctx: Ctx, opts: AttendanceOptions): Promise<void> {
  const month = opts.month === undefined ? ctx.today.slice(0, 7) : monthArg(opts.month);
  const participant = opts.participant === undefined ? undefined : idArg(opts.participant, '--participant');
  const store = await openStore(ctx);
  if (participant) findPerson(store.main, participant);
  const { from, to } = monthPeriod(month);
  const sheets = attendanceSheets(store.main, await store.bookingsBetween(from, to), month, participant, ctx.today);
  if (sheets.length === 0) {
    throw new RuleError([
      violation(
        'no-participants',
        participant ? (m) => m.report.attendance.noSeat(participant, month) : (m) => m.report.attendance.nobody(month),
      ),
    ]);
  }
  const file = targetPath(opts.out, `Anwesenheitsliste_${month}${participant ? `_${participant}` : ''}.pdf`);
  refuseExisting([file], Boolean(opts.force));
  const { pdf, pages } = await attendanceSheetsPdf(sheets, store.main.settings, ctx.today, month);
  writePdf(file, pdf, Boolean(opts.force));
  reportWritten(ctx, [{ file, pages }], false, { month, participants: sheets.map((s) => s.person.id) });
}
