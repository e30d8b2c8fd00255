// `insat group …` and the group-offer rules of the model (src/model/groups.ts).
import type { IsoDate } from '../../model/dates.js';
import { fmt } from './format.js';

export const group = {
  description:
    'lessons, group offers and excursions of the § 45 activation measure: attendance, no allowance, not AGH working time',
  optDate: 'the day',
  optTopic: 'the topic',
  optKind: 'lesson, group or excursion',
  optFrom: 'begins',
  optTo: 'ends',
  optLedBy: 'who leads it',
  add: {
    description: 'plan an offer',
    optTopic: 'e.g. Bewerbungstraining, Erste Hilfe, Museumsbesuch',
    optArea: "the work area whose participants are planned, or 'all'",
    done: (kind: string, id: string, date: IsoDate, from: string, to: string, topic: string) =>
      `added ${kind} ${id} on ${fmt.date(date)} ${from}–${to}: ${topic}`,
    wouldDo: (kind: string, id: string, date: IsoDate, from: string, to: string, topic: string) =>
      `add ${kind} ${id} on ${fmt.date(date)} ${from}–${to}: ${topic}`,
  },
  attend: {
    description:
      'record who attended: without names everyone planned (a seat that day, in the area) is present, except those booked absent that day (absent with the booked reason); --absent names the exceptions',
    optAbsent:
      'absent with a reason: sick, sick-certified, excused, holiday, unexcused (repeatable or comma-separated)',
    notIdCode: (part: string) => `--absent '${part}' is not ID=CODE — e.g. --absent p003=sick`,
    closed: (part: string) =>
      `--absent '${part}': 'closed' is not a reason for missing an offer — use sick, sick-certified, excused, holiday or unexcused, or delete the offer`,
    absentTwice: (id: string) =>
      `--absent names ${id} more than once — give each participant one reason (e.g. --absent ${id}=sick)`,
    both: (ids: readonly string[]) => `${ids.join(', ')} named as present and as absent — name each participant once`,
    nobody: (area: string, date: IsoDate) =>
      `nobody has a seat in ${area === 'all' ? 'any area' : area} on ${fmt.date(date)} — name the participants who attended`,
    optReplace: 'record the attendance of an offer anew: replaces the whole list recorded before',
    alreadyRecorded: (id: string, present: number, absent: number) =>
      `the attendance of offer ${id} is already recorded (${present} present, ${absent} absent) — pass --replace to record it anew; it replaces the whole list, so name everyone again`,
    done: (id: string, present: number, absent: number, was: number | null) =>
      `recorded offer ${id}: ${present} present, ${absent} absent${was !== null ? ` (replaces the attendance recorded for ${id}: ${was} → ${present + absent} participants)` : ''}`,
    wouldDo: (id: string, present: number, absent: number, was: number | null) =>
      `record offer ${id}: ${present} present, ${absent} absent${was !== null ? ` (replaces the attendance recorded for ${id}: ${was} → ${present + absent} participants)` : ''}`,
    absentAsBooked: (list: readonly { participantId: string; absence: string | null }[]) =>
      `absent as booked that day: ${list.map((a) => `${a.participantId} (${a.absence})`).join(', ')}`,
    presentButBooked: (id: string, absence: string, date: IsoDate, offer: string) =>
      `${id} is recorded present at offer ${offer} but booked ${absence} on ${fmt.date(date)} — correct the booking ('insat hours book ${id} --date ${date} … --replace') or the attendance (--absent ${id}=${absence})`,
  },
  list: {
    description: 'offers with their attendance',
    optMonth: 'one month',
    optParticipant: "one participant's offers (with the minutes attended)",
  },
  edit: {
    description: "correct an offer's fields; one undoable step",
    optArea: "a work area or 'all'",
    nothing: 'nothing to change — give at least one of --date, --topic, --kind, --from, --to, --led-by, --area',
    done: (fields: readonly string[], id: string) => `changed ${fields.join(', ')} of offer ${id}`,
    wouldDo: (fields: readonly string[], id: string) => `change ${fields.join(', ')} of offer ${id}`,
    unchanged: (id: string) => `nothing changed: offer ${id} already has these values`,
    recordedToFuture: (id: string, date: IsoDate, was: IsoDate) =>
      `the attendance of offer ${id} is recorded, so its date cannot move to ${fmt.date(date)}, in the future — keep ${fmt.date(was)} or another day up to today; an offer that has not taken place yet: delete it ('insat group delete ${id}') and add it again`,
  },
  delete: {
    description: 'remove an offer and its attendance; one undoable step',
    done: (id: string) => `deleted offer ${id}`,
    wouldDo: (id: string) => `delete offer ${id}`,
  },
  badClock: (flag: string, value: string) => `${flag} '${value}' is not a time of day — use HH:MM, e.g. 10:00`,
  badId: (value: string) =>
    `group offer '${value}' is not a group offer id — group offer ids look like u012 (see 'insat group list')`,
  notFound: (id: string) => `no group offer '${id}' — see 'insat group list'`,
  /** The kinds and the area 'all' in the table and csv-de; csv and JSON keep the codes. */
  kindWords: {} as Record<string, string>,
  allAreas: 'all',
  /** The area column (an area code or `all`) in people's words. */
  areaWords: { all: 'all' } as Record<string, string>,
  columns: {
    id: 'offer',
    date: 'date',
    from: 'from',
    to: 'to',
    minutes: 'hours',
    kind: 'kind',
    topic: 'topic',
    ledBy: 'led by',
    area: 'area',
    present: 'present',
    absent: 'absent',
    absence: 'absence',
    participant: 'participant',
    name: 'name',
    pseudonym: 'pseudonym',
  },
  // the rules (src/model/groups.ts)
  endsBeforeStart: (from: string, to: string) =>
    `the offer ends at ${to}, not after it begins at ${from} — give --to a later time than --from`,
  attendanceInFuture: (id: string, date: IsoDate) =>
    `offer ${id} is on ${fmt.date(date)}, in the future — record its attendance on or after that day`,
  namedTwice: (person: string, id: string) => `${person} is named twice for offer ${id} — name each participant once`,
  noSeat: (person: string, date: IsoDate, id: string) =>
    `${person} has no seat on ${fmt.date(date)}, the day of offer ${id} — only participants with a seat that day can attend`,
  noSeatMany: (people: readonly string[], date: IsoDate, id: string) =>
    `${people.length} participants recorded at offer ${id} have no seat on ${fmt.date(date)} (${people.slice(0, 5).join(', ')}${people.length > 5 ? ` and ${people.length - 5} more` : ''}) — only participants with a seat that day can attend`,
  unknownPerson: (id: string, person: string) => `offer ${id} lists ${person}, who is not in the store`,
};
