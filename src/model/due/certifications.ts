// The certification of the § 45 measure (AZAV, DOMAIN.md): the concept renewed with a
// certification body every 3 years, an audit every year — dates recorded with `insat
// certification add`. A date stays due (overdue once passed) until it is recorded as done; a
// recurring one then rolls on by its interval from the day it was due, or from the day it was done
// when that was earlier (an audit held early brings the next one forward; one held late does not
// push it back). 29 February rolls to 28 February.
import { addMonths, minDate, type IsoDate } from '../dates.js';
import type { Certification, MainData } from '../types.js';
import { violation, type Violation } from '../violations.js';
import { dueItem, type DueItem, type DueWindow } from './item.js';
import { CERTIFICATION_LABELS, dueWording } from './wording.js';

export function certificationItems(main: MainData, w: DueWindow): DueItem[] {
  return main.certifications
    .filter((c) => c.due !== null && c.due <= w.to)
    .map((c) =>
      dueItem(
        'certification',
        c.due!,
        w,
        [c.id],
        CERTIFICATION_LABELS[c.kind],
        dueWording.certification(c.id, c.kind, c.note),
      ),
    );
}

/** The next due date after one done on `date`: null when it does not recur. */
export function nextDue(c: Pick<Certification, 'due' | 'everyMonths'>, date: IsoDate): IsoDate | null {
  if (c.everyMonths === null || c.due === null) return null;
  return addMonths(minDate(c.due, date), c.everyMonths);
}

/** Records that the due date happened on `date`; refused for a future day or a date already done. */
export function recordDone(c: Certification, date: IsoDate, today: IsoDate): Violation[] {
  if (c.due === null)
    return [
      violation(
        'certification-done',
        `${c.id} (${CERTIFICATION_LABELS[c.kind]}) is already done on ${c.done[c.done.length - 1]?.date ?? '?'} and does not recur — record the next date with 'insat certification add'`,
        [c.id],
      ),
    ];
  if (date > today)
    return [
      violation(
        'certification-done',
        `${date} lies in the future — record the ${CERTIFICATION_LABELS[c.kind]} once it has happened (on that day or later)`,
        [c.id],
      ),
    ];
  const last = c.done[c.done.length - 1];
  if (last && date < last.date)
    return [
      violation(
        'certification-done',
        `${date} lies before the last time it was done (${last.date}) — give a later --date`,
        [c.id],
      ),
    ];
  c.done.push({ due: c.due, date });
  c.due = nextDue(c, date);
  return [];
}
