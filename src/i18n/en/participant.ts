// `insat participant`: participants and changes of their assignment (src/commands/participant).
import type { IsoDate } from '../../model/dates.js';
import { AREA_LABELS, type Area, type ExitGroup, type StaffMember } from '../../model/types.js';
import { fmt } from './format.js';

const tenths = (t: number) => `${Math.floor(t / 10)}.${t % 10}`;

export const participant = {
  description: 'participants and changes of their assignment: list, show, extend, move, edit, hours, exit',
  list: {
    description: 'participants with a seat on a day (default: today), or all with --all',
    optActiveOn: 'only those with a seat on this day (default: today)',
    optArea: 'only one work area',
    optAll: 'everybody ever enrolled, with status',
    nobody: (day: IsoDate) =>
      `nobody has a seat on ${fmt.date(day)} — 'insat participant list --all' lists everyone ever enrolled, '--active-on DATE' another day`,
    columns: {
      id: 'id',
      name: 'name',
      area: 'area',
      status: 'status',
      start: 'start',
      until: 'until',
      hoursPerWeek: 'h/week',
      exit: 'exit',
      reason: 'reason',
    },
  },
  show: {
    description: "one participant's assignment, area history, extensions, exit and AGH time used",
    /** The labels of `participant show`, padded to one column by the command. */
    labels: {
      status: 'status',
      area: 'area',
      assignment: 'assignment',
      weekdays: 'weekdays',
      jobcenter: 'jobcenter',
      socialWorker: 'social worker',
      instructor: 'instructor',
      extension: 'extension',
      exit: 'exit',
      agh: 'AGH time',
      warning: 'warning',
      earlier: 'earlier AGH',
      assignments: 'assignments',
    },
    statuses: { planned: 'planned', active: 'active', ended: 'ended', exited: 'exited' } as Record<string, string>,
    /** English keeps the codes of areas, exit reasons and exit groups in table cells. */
    areaWords: {} as Record<string, string>,
    exitReasonWords: {} as Record<string, string>,
    exitGroupWords: {} as Record<string, string>,
    hoursChange: (from: IsoDate, hours: number) => `, from ${fmt.date(from)} ${hours} h`,
    socialWorkerChange: (from: IsoDate, who: string) => `; from ${fmt.date(from)} ${who}`,
    born: (date: IsoDate) => ` (born ${fmt.date(date)})`,
    areaFrom: (area: string, from: IsoDate) => `${area} from ${fmt.date(from)}`,
    assignment: (start: IsoDate, until: IsoDate, hours: number) => `${fmt.range(start, until)}, ${hours} h a week`,
    jobcenter: (ref: string, customerNo: string, officer: string) =>
      `ref ${ref}, customer no ${customerNo}, officer ${officer}`,
    extension: (from: IsoDate, to: IsoDate, reason: string) =>
      `${fmt.date(from)} → ${fmt.date(to)}${reason ? ` (${reason})` : ''}`,
    extensionDecision: (decided: IsoDate, text: string) => `, Jobcenter decision of ${fmt.date(decided)}: ${text}`,
    exit: (date: IsoDate, reason: string, label: string, text: string) =>
      `${fmt.date(date)}: ${reason} – ${label}${text ? ` (${text})` : ''}`,
    frame: (from: IsoDate, to: IsoDate) => `in the 5 years from ${fmt.date(from)} to ${fmt.date(to)}`,
    /** Months in tenths (11 → "1.1"). */
    agh: (usedTenths: number, plannedTenths: number, limit: number, frame: string) =>
      `${tenths(usedTenths)} months used so far, ${tenths(plannedTenths)} planned to the end of the assignment, of ${limit} months ${frame}`,
    decision: (decided: IsoDate, text: string) =>
      `beyond 24 months by the Jobcenter's decision of ${fmt.date(decided)}: ${text}`,
    earlier: (from: IsoDate, to: IsoDate, provider: string) => `${fmt.range(from, to)} at ${provider}`,
    period: (from: IsoDate, to: IsoDate) => `${fmt.date(from)}–${fmt.date(to)}`,
  },
  extend: {
    description: 'extend the current assignment to a later end',
    optUntil: 'the new last day',
    optReason: 'why (free text, for the record)',
    optCapDecision:
      "the Jobcenter's decision to go beyond 24 months of AGH (up to 36); only when the extension crosses 24 months",
    optDecided: 'the day of that decision (default: today)',
    exampleSameEnd: 'same end: records the decision only',
    repaired: (id: string, decided: IsoDate | null) =>
      `recorded the AGH cap facts of ${id}${decided ? ` with the Jobcenter's decision of ${fmt.date(decided)}` : ''}`,
    wouldRepair: (id: string, decided: IsoDate | null) =>
      `record the AGH cap facts of ${id}${decided ? ` with the Jobcenter's decision of ${fmt.date(decided)}` : ''}`,
    done: (id: string, until: IsoDate) => `extended ${id} until ${fmt.date(until)}`,
    wouldDo: (id: string, until: IsoDate) => `extend ${id} until ${fmt.date(until)}`,
  },
  move: {
    description: 'move a participant to another work area from a day on',
    optArea: 'the new work area',
    optFrom: 'first day in the new area',
    optInstructor: 'the instructor in charge from the move on: an instructor of the new area (a staff id)',
    instructorLost: (id: string, s: StaffMember, area: Area, from: IsoDate) =>
      `from ${fmt.date(from)} ${id} works in ${AREA_LABELS[area]}, but their instructor ${s.id} (${s.name}) instructs in ${AREA_LABELS[s.area!]} — name the new instructor in the same step with --instructor ID (an instructor of ${AREA_LABELS[area]}, see 'insat staff list'), or first remove the old one with 'insat participant edit ${id} --clear instructor'`,
    instructorNotYet: (id: string, area: Area, from: IsoDate) =>
      `${id} moves to ${AREA_LABELS[area]} only on ${fmt.date(from)}, but --instructor takes effect today — leave out --instructor and on that day name an instructor of ${AREA_LABELS[area]} with 'insat participant edit ${id} --instructor ID'`,
    done: (id: string, area: string, from: IsoDate) => `moved ${id} to ${area} from ${fmt.date(from)}`,
    wouldDo: (id: string, area: string, from: IsoDate) => `move ${id} to ${area} from ${fmt.date(from)}`,
  },
  exit: {
    description: 'record that a participant left; the seat is free from the next day',
    optDate: 'the last day of participation',
    optReason: 'exit reason',
    optText: "details; required for reason 'other'",
    reasons: 'Exit reasons:',
    /** One exit reason in the help: its German label (as reported) and its reporting group. */
    reasonLine: (label: string, group: ExitGroup) => `${label} (${group})`,
    done: (id: string, date: IsoDate, reason: string) =>
      `recorded the exit of ${id} on ${fmt.date(date)} (${reason}); the seat is free from the next day`,
    wouldDo: (id: string, date: IsoDate, reason: string) =>
      `record the exit of ${id} on ${fmt.date(date)} (${reason}); the seat would be free from the next day`,
  },
};
