// The certification of the § 45 measure (AZAV, DOMAIN.md): the concept renewed with a
// certification body every 3 years, an audit every year — dates recorded with `insat
// certification add`. A date stays due (overdue once passed) until it is recorded as done; a
// recurring one then rolls on by its interval from the day it was due, or from the day it was done
// when that was earlier (an audit held early brings the next one forward; one held late does not
// push it back). 29 February rolls to 28 February.
import { addMonths, minDate, type IsoDate } from '../dates.js';
import type { Catalogue } from '../../i18n/text.js';
import type { Certification, MainData } from '../types.js';
import { violation, type Violation } from '../violations.js';
import { dueItem, type DueItem, type DueWindow } from './item.js';

export function certificationItems(main: MainData, w: DueWindow): DueItem[] {
  return main.certifications
    .filter((c) => c.due !== null && c.due <= w.to)
    .map((c) =>
      dueItem(
        'certification',
        c.due!,
        w,
        [c.id],
        (m) => m.due.certificationKinds[c.kind],
        (m) => m.due.certification(c.id, m.due.certificationKinds[c.kind], c.note),
      ),
    );
}

/** The next due date after one done on `date`: null when it does not recur. */
export function nextDue(c: Pick<Certification, 'due' | 'everyMonths'>, date: IsoDate): IsoDate | null {
  if (c.everyMonths === null || c.due === null) return null;
  return addMonths(minDate(c.due, date), c.everyMonths);
}

/** Why a date cannot be recorded as done after the one done last: in the future, before it, or the same day. */
export type DoneDateProblem = 'future' | 'before-last' | 'same-day';

/** The rule for a day a certification date was done, given the day it was done last (if ever). */
export function doneDateProblem(date: IsoDate, last: IsoDate | undefined, today: IsoDate): DoneDateProblem | null {
  if (date > today) return 'future';
  if (last !== undefined && date < last) return 'before-last';
  // The same day twice is a command run again, not a second audit: it would mark the next date done.
  if (last !== undefined && date === last) return 'same-day';
  return null;
}

/** Records that the due date happened on `date`; refused for a future day, a day before the last one done, or that day again. */
export function recordDone(c: Certification, date: IsoDate, today: IsoDate): Violation[] {
  const rule = 'certification-done';
  const label = (m: Catalogue) => m.due.certificationKinds[c.kind];
  const last = c.done[c.done.length - 1];
  if (c.due === null)
    return [violation(rule, (m) => m.certification.doneNotRecurring(c.id, label(m), last?.date ?? '?'), [c.id])];
  const problem = doneDateProblem(date, last?.date, today);
  if (problem === 'future') return [violation(rule, (m) => m.certification.doneInFuture(date, label(m)), [c.id])];
  if (problem === 'before-last')
    return [violation(rule, (m) => m.certification.doneBeforeLast(date, last!.date), [c.id])];
  if (problem === 'same-day')
    return [violation(rule, (m) => m.certification.doneAlready(c.id, label(m), date), [c.id])];
  c.done.push({ due: c.due, date });
  c.due = nextDue(c, date);
  return [];
}

/** A certification's recorded days that `insat certification done` would have refused: in the future or out of order. */
export function storedDoneViolations(c: Certification, today: IsoDate): Violation[] {
  const label = (m: Catalogue) => m.due.certificationKinds[c.kind];
  const out: Violation[] = [];
  c.done.forEach(({ date }, i) => {
    const before = c.done[i - 1]?.date;
    const problem = doneDateProblem(date, before, today);
    if (problem === 'future')
      out.push(
        violation('certification-done', (m) => m.certification.storedDoneInFuture(c.id, label(m), date), [c.id]),
      );
    else if (problem !== null)
      out.push(
        violation('certification-done', (m) => m.certification.storedDoneOutOfOrder(c.id, label(m), date, before!), [
          c.id,
        ]),
      );
  });
  return out;
}

/** A correction of a certification date (`certification edit`); undefined keeps a field. */
export interface CertificationEdit {
  kind?: Certification['kind'];
  due?: IsoDate;
  everyMonths?: number | null;
  note?: string;
  /** The corrected day the last recorded one happened; null takes that record back. */
  lastDone?: IsoDate | null;
}

/**
 * The certification date after a correction, or why it is refused. The next due date follows what it
 * was rolled on from: while it is still the one the last record gave (`done` rolled it on), a new
 * interval or a corrected last day rolls it on anew, and a record taken back restores the date it was
 * due then — unless `due` is given.
 */
export function editedCertification(
  c: Certification,
  e: CertificationEdit,
  today: IsoDate,
): { after: Certification; violations: Violation[] } {
  const after: Certification = { ...c, done: c.done.map((d) => ({ ...d })) };
  const label = (m: Catalogue) => m.due.certificationKinds[c.kind];
  const last = c.done[c.done.length - 1];
  const rolled = last !== undefined && c.due === nextDue({ due: last.due, everyMonths: c.everyMonths }, last.date);
  if (e.kind !== undefined) after.kind = e.kind;
  if (e.note !== undefined) after.note = e.note;
  if (e.everyMonths !== undefined) after.everyMonths = e.everyMonths;
  if (e.lastDone !== undefined && !last)
    return {
      after,
      violations: [violation('certification-done', (m) => m.certification.edit.neverDone(c.id, label(m)), [c.id])],
    };
  if (e.lastDone === null) {
    after.done.pop();
    after.due = last!.due;
  } else if (e.lastDone !== undefined) {
    const date = e.lastDone;
    const before = c.done[c.done.length - 2]?.date;
    const problem = doneDateProblem(date, before, today);
    if (problem === 'future')
      return {
        after,
        violations: [violation('certification-done', (m) => m.certification.doneInFuture(date, label(m)), [c.id])],
      };
    if (problem !== null)
      return {
        after,
        violations: [
          violation('certification-done', (m) => m.certification.edit.lastDoneNotAfter(date, before!), [c.id]),
        ],
      };
    after.done[after.done.length - 1] = { due: last!.due, date };
  }
  const newLast = after.done[after.done.length - 1];
  if (rolled && newLast && e.lastDone !== null && (e.everyMonths !== undefined || e.lastDone !== undefined))
    after.due = nextDue({ due: newLast.due, everyMonths: after.everyMonths }, newLast.date);
  if (e.due !== undefined) after.due = e.due;
  return { after, violations: [] };
}
