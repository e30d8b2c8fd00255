// `participant move` and the instructor in charge (model/instructor-area.ts): a move never leaves an
// instructor of another area in charge; `--instructor` names the new one in the same step.
import { findStaff } from '../../cli/record-ids.js';
import { refuseIf } from '../../errors.js';
import { areaOn } from '../../model/assignment.js';
import type { IsoDate } from '../../model/dates.js';
import { inChargeDay, instructorAfterMove } from '../../model/instructor-area.js';
import { staffChoiceViolations } from '../../model/staff.js';
import type { Area, Assignment, MainData, StaffMember } from '../../model/types.js';
import { violation } from '../../model/violations.js';

/**
 * The instructor in charge after a move: `instructorId` names the new one (checked like `participant
 * edit --instructor`); without it a move that leaves the instructor in another area than the
 * participant's today is refused. Returns the instructor who will not fit from a move still to come.
 */
export function instructorOfMove(
  data: MainData,
  after: Assignment,
  from: IsoDate,
  instructorId: string | undefined,
  today: IsoDate,
): { instructor: StaffMember; area: Area; from: IsoDate } | null {
  const ids = [after.personId];
  const day = inChargeDay(after, today);
  if (instructorId !== undefined) {
    const moved = areaOn(after, from);
    if (from > day)
      refuseIf([
        violation('instructor-area', (m) => m.participant.move.instructorNotYet(after.personId, moved, from), ids),
      ]);
    refuseIf(staffChoiceViolations(findStaff(data, instructorId), 'instructor', day, areaOn(after, day), ids));
    after.instructorId = instructorId;
    delete after.instructor;
    return null;
  }
  const outcome = instructorAfterMove(data, after, from, today);
  if (outcome?.kind === 'lost') {
    const { instructor, area } = outcome;
    const member = { ...instructor };
    refuseIf([
      violation('instructor-area', (m) => m.participant.move.instructorLost(after.personId, member, area, from), ids),
    ]);
  }
  return outcome?.kind === 'later' ? outcome : null;
}
