// What is due: every deadline rule over one window, soonest first (overdue items lead).
import { compareIds, compareText } from '../compare.js';
import { addDays, type IsoDate } from '../dates.js';
import type { Booking, MainData } from '../types.js';
import { violation, type Violation } from '../violations.js';
import { absenceReportItems } from './absence-report.js';
import { aghLimitItems } from './agh-limits.js';
import { applicantItems } from './applicants.js';
import { applicationItems } from './application.js';
import { assignmentEndItems } from './assignment-end.js';
import { certificationItems } from './certifications.js';
import { DUE_KINDS, type DueItem, type DueWindow } from './item.js';
import { leaveLapseItems } from './leave-lapse.js';
import { progressReportItems } from './progress-reports.js';
import { sickCertificateItems } from './sick-certificates.js';

const KIND_ORDER = new Map(DUE_KINDS.map((k, i) => [k, i]));

/** By date; on one day in the order of DUE_KINDS, then by the first id. */
function soonestFirst(x: DueItem, y: DueItem): number {
  return (
    compareText(x.date, y.date) ||
    KIND_ORDER.get(x.kind)! - KIND_ORDER.get(y.kind)! ||
    compareIds(x.ids[0] ?? '', y.ids[0] ?? '')
  );
}

/**
 * Everything due from `w.today` to `w.to`, and what is overdue. `bookings` must reach back to the
 * start of the assignments running on `w.today` (leave and sick spells count from there).
 */
export function dueItems(main: MainData, bookings: readonly Booking[], w: DueWindow): DueItem[] {
  return [
    ...certificationItems(main, w),
    ...applicationItems(main, w),
    ...absenceReportItems(main, w),
    ...assignmentEndItems(main, w),
    ...progressReportItems(main, w),
    ...aghLimitItems(main, w),
    ...leaveLapseItems(main, bookings, w),
    ...sickCertificateItems(main, bookings, w),
    ...applicantItems(main, w),
  ].sort(soonestFirst);
}

/**
 * `insat check`'s warnings: the overdue items the office settles by recording the step in insat —
 * a certification done, an applicant's appointment, attendance or decision. The others (a final
 * report or extension request, a missing medical certificate) leave no record when they are done,
 * so a warning about them could not be cleared: `insat due` lists them.
 */
export function overdueWarnings(main: MainData, today: IsoDate): Violation[] {
  const w = { today, to: addDays(today, -1) };
  return [...certificationItems(main, w), ...applicantItems(main, w)]
    .sort(soonestFirst)
    .map((i) =>
      violation(
        `overdue-${i.kind}`,
        (m) => m.due.overdueWarning(m.due.kinds[i.kind], i.date, i.subject(m), i.detail(m)),
        i.ids,
      ),
    );
}
