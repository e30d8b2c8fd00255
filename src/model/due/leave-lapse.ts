// Leave that will lapse. insat models leave as earned per full month of participation and taken
// only once earned (absences.ts); it does not carry leave over a year end or pay it out. The one
// day leave certainly lapses is the last day of the assignment: what is left then is lost. So the
// due list names, on that day, the leave earned by it and not taken — listed from today on.
import { leaveBalance } from '../absences.js';
import { lastDay } from '../assignment.js';
import { groupBy } from '../collections.js';
import type { Booking, MainData } from '../types.js';
import { dueItem, upcoming, type DueItem, type DueWindow } from './item.js';
import { nameOf } from './names.js';

export function leaveLapseItems(main: MainData, bookings: readonly Booking[], w: DueWindow): DueItem[] {
  const ending = main.assignments.filter((a) => upcoming(lastDay(a), w));
  if (ending.length === 0) return [];
  const name = nameOf(main);
  const leave = groupBy(
    bookings.filter((b) => b.absence === 'holiday'),
    (b) => b.participantId,
  );
  const out: DueItem[] = [];
  for (const a of ending) {
    const end = lastDay(a);
    const balance = leaveBalance(main.settings, a, leave.get(a.personId) ?? [], end);
    if (balance.left <= 0) continue;
    out.push(
      dueItem('leave-lapse', end, w, [a.personId], name(a.personId), (m) =>
        m.due.leaveLapse(balance.left, balance.earned, balance.taken),
      ),
    );
  }
  return out;
}
