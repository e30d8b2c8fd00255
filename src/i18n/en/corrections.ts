// Correcting facts: applicant/participant edit, participant hours, applicant reopen, note and plan
// edit/delete — their help, prompts, what they print and the rules they re-check.
import type { IsoDate } from '../../model/dates.js';
import type { Minutes } from '../../model/durations.js';
import { fmt } from './format.js';

/** One changed field as an edit reports it; `field` is the store's key. */
export interface FieldChangeWords {
  field: string;
  before: string | number | boolean | null;
  after: string | number | boolean | null;
}

const shown = (v: string | number | boolean | null) =>
  v === null || v === ''
    ? '–'
    : typeof v === 'boolean'
      ? v
        ? 'yes'
        : 'no'
      : /^\d{4}-\d\d-\d\d$/.test(String(v))
        ? fmt.date(String(v))
        : String(v);

const labels: Record<string, string> = {
  name: 'name',
  birthDate: 'birth date',
  phone: 'phone',
  email: 'e-mail',
  address: 'address',
  jobcenterCustomerNo: 'Jobcenter customer no',
  addictionStatus: 'addiction status',
  referredBy: 'referred by',
  contactDate: 'first contact',
  jobcenterRef: 'Jobcenter ref',
  integrationOfficer: 'integration officer',
  socialWorker: 'social worker',
  instructor: 'instructor',
  socialWorkerId: 'social worker',
  instructorId: 'instructor',
  start: 'start',
  until: 'end',
  hoursPerWeek: 'weekly hours',
  infoAppointment: 'information appointment',
  attended: 'attended',
  withdrawn: 'withdrawn',
  extensions: 'extensions',
  hoursChanges: 'weekly hours from',
  socialWorkerChanges: 'handovers',
  areas: 'areas',
  exit: 'exit',
  decision: 'decision',
  capDecision: 'decision beyond 24 months',
  priorPeriods: 'earlier AGH periods',
  weekdayMinutes: 'weekday distribution',
  text: 'text',
  visibility: 'visibility',
  goal: 'goal',
  due: 'due',
};

const fieldChange = (c: FieldChangeWords) => `${labels[c.field] ?? c.field} ${shown(c.before)} → ${shown(c.after)}`;
const changeList = (changes: readonly FieldChangeWords[]) => changes.map(fieldChange).join('; ');

export const corrections = {
  help: {
    applicantEdit:
      "correct a person's facts; re-checks the rules they touch; one undoable step (a terminal asks without flags)",
    participantEdit:
      "correct a participant's facts and the current assignment's fields, or shorten it; one undoable step (a terminal asks without flags)",
    reopen: 'take back a decision (or a withdrawal) recorded by mistake; refused once the person was enrolled',
    hours: 'weekly hours from a day on; bookings before it keep the hours valid then',
    noteEdit: 'correct a note: its text or who may read it; one undoable step (a terminal asks without flags)',
    noteDelete: 'delete a note written by mistake; one undoable step',
    planEdit: "correct a goal's text or due date; one undoable step (a terminal asks without flags)",
    planDelete: 'delete a goal recorded by mistake (with its reviews); one undoable step',
    opt: {
      name: 'full name',
      birthDate: 'date of birth (re-checks the age at the first contact)',
      phone: 'phone number',
      email: 'e-mail address',
      address: 'postal address',
      jobcenterNo: "the Jobcenter's customer number (re-checks duplicates)",
      addiction: 'addiction status category',
      referredBy: 'who referred the person',
      contactDate: 'the first contact (re-checks the age and the pipeline order)',
      clear: 'empty optional fields, e.g. --clear phone,email',
      notDuplicate: 'keep the change although another record has the same name and birth date or number',
      jobcenterRef: 'the Jobcenter reference of the assignment',
      integrationOfficer: 'the Jobcenter contact',
      socialWorker:
        "the social worker in charge: a staff id (see 'insat staff list'); without --from a correction from the first day",
      socialWorkerFrom:
        'with --social-worker: the day the new social worker takes over (who was in charge before stays recorded)',
      instructor: 'the instructor in charge: a staff id of an instructor of the area',
      until: 'an earlier end (refused below the last booking); to lengthen use extend',
      from: 'the first day the new weekly hours apply',
      text: 'the corrected note',
      visibility: "'jobcenter' or 'internal'",
      goal: 'the goal, as agreed',
      due: 'when it should be reached',
      noDue: 'remove the due date',
    },
  },
  prompts: {
    name: 'Full name',
    birthDate: 'Date of birth',
    phone: 'Phone',
    email: 'E-mail',
    address: 'Address',
    jobcenterCustomerNo: 'Jobcenter customer number',
    addictionStatus: 'Addiction status (category)',
    referredBy: 'Referred by',
    contactDate: 'First contact',
    jobcenterRef: 'Jobcenter reference',
    integrationOfficer: 'Integration officer',
    socialWorker: 'Social worker',
    instructor: 'Instructor',
    text: 'Note',
    visibility: 'Visibility',
    goal: 'Goal',
    due: 'Due (empty: none)',
    notADate: 'not a date — use YYYY-MM-DD or dd.MM.yyyy',
  } as Record<string, string>,
  changed: (what: string, changes: readonly FieldChangeWords[]) => `changed ${what}: ${changeList(changes)}`,
  /** the infinitive, for the dry-run line */
  wouldChange: (what: string, changes: readonly FieldChangeWords[]) => `change ${what}: ${changeList(changes)}`,
  /** one changed field, before → after (also `history --verbose`) */
  fieldChange,
  /** a stored field's name for people */
  fieldLabel: (field: string) => labels[field] ?? field,
  unchanged: (what: string) => `nothing changed: ${what} already has these values`,
  nothingGiven: (command: string, flags: readonly string[]) =>
    `nothing to change — give at least one of ${flags.join(', ')} (on a terminal, '${command}' without flags asks with the current values)`,
  notClearable: (name: string, allowed: readonly string[]) =>
    `--clear '${name}' is not a field that can be emptied — use ${allowed.join(', ')}`,
  dueAndNoDue:
    '--due and --no-due contradict each other — give --due DATE to set the due date or --no-due to remove it',
  givenAndCleared: (name: string) => `--${name} is both given and cleared — leave out one of them`,
  hoursSet: (id: string, hours: number, from: IsoDate, before: number) =>
    `set the weekly hours of ${id} to ${hours} from ${fmt.date(from)} (before: ${before} h); bookings before that day keep their hours`,
  hoursWouldSet: (id: string, hours: number, from: IsoDate, before: number) =>
    `set the weekly hours of ${id} to ${hours} from ${fmt.date(from)} (before: ${before} h)`,
  hoursUnchanged: (id: string, hours: number, from: IsoDate) =>
    `nothing changed: ${id} already works ${hours} h a week from ${fmt.date(from)}`,
  reopened: (id: string, undid: 'withdrawal' | 'decision', status: string) =>
    undid === 'withdrawal'
      ? `took back the withdrawal of ${id}; status now: ${status}`
      : `took back the decision on ${id}; status now: ${status} — record the right one with 'insat applicant decide ${id}'`,
  wouldReopen: (id: string, undid: 'withdrawal' | 'decision', status: string) =>
    `take back the ${undid} of ${id} (status then: ${status})`,
  noteDeleted: (noteId: string, personId: string) => `deleted note ${noteId} of ${personId}`,
  noteWouldDelete: (noteId: string, personId: string) => `delete note ${noteId} of ${personId}`,
  goalDeleted: (goalId: string, personId: string) => `deleted goal ${goalId} of ${personId}`,
  goalWouldDelete: (goalId: string, personId: string) => `delete goal ${goalId} of ${personId}`,
  noNote: (noteId: string) => `no note '${noteId}' — see 'insat note list ID'`,
  noGoal: (goalId: string) => `no goal '${goalId}' — see 'insat plan list ID'`,
  badNoteId: (value: string) => `note '${value}' is not a note id — note ids look like n012 (see 'insat note list ID')`,
  badGoalId: (value: string) => `goal '${value}' is not a goal id — goal ids look like g012 (see 'insat plan list ID')`,
  // the rules
  purged: (id: string) => `the personal data of ${id} has been purged — there is nothing left to correct`,
  socialWorkerDate: (id: string, day: IsoDate, start: IsoDate, last: IsoDate) =>
    `${id}: ${fmt.date(day)} is not a day of the assignment ${fmt.range(start, last)} — choose a --from day within it for the handover`,
  handover: (from: IsoDate, who: string) => `from ${fmt.date(from)} ${who}`,
  fromNeedsSocialWorker:
    '--from is the day a new social worker takes over — give it with --social-worker ID (without --from a correction from the first day)',
  hoursDate: (id: string, day: IsoDate, start: IsoDate, last: IsoDate) =>
    `${id}: ${fmt.date(day)} is not a day of the assignment ${fmt.range(start, last)} — choose a --from day within it`,
  weekOver: (monday: IsoDate, sunday: IsoDate, booked: Minutes, limit: number) =>
    `${fmt.range(monday, sunday)}: ${fmt.hours(booked)} h of ${limit} h`,
  bookedAboveHours: (id: string, weeks: readonly string[], more: number) =>
    `${id} has more hours booked than the new weekly hours allow in ${weeks.join(', ')}${more > 0 ? ` and ${more} more weeks` : ''} — correct those bookings first ('insat hours book ${id} --date DAY --hours H --replace'), or change the hours from a later day`,
  shortenNotEarlier: (id: string, until: IsoDate, current: IsoDate) =>
    `the new end ${fmt.date(until)} is not before the current end ${fmt.date(current)} — to lengthen the assignment use 'insat participant extend ${id} --until ${until}'`,
  shortenBeforeStart: (until: IsoDate, start: IsoDate) =>
    `the new end ${fmt.date(until)} lies before the start ${fmt.date(start)} — choose the start or a later day`,
  shortenBeforeExit: (id: string, exit: IsoDate) =>
    `${id} left on ${fmt.date(exit)}; the end cannot lie before the exit day — choose ${fmt.date(exit)} or later`,
  shortenBookings: (id: string, until: IsoDate, days: readonly IsoDate[], more: number) =>
    `${id} has bookings after the new end ${fmt.date(until)}: ${days.map(fmt.date).join(', ')}${more > 0 ? ` and ${more} more` : ''} — delete them first with 'insat hours delete ${id} --date DAY', or choose a later end`,
  reopenEnrolled: (id: string, start: IsoDate) =>
    `${id} was enrolled (assignment from ${fmt.date(start)}); the decision an assignment rests on cannot be reopened — correct the assignment with 'insat participant edit ${id}', end it with 'insat participant exit ${id} --date D --reason CODE', or 'insat undo' the enrolment if nothing came after it`,
  reopenPurged: (id: string) => `the personal data of ${id} has been purged — there is nothing to reopen`,
  reopenNothing: (id: string) =>
    `${id} has no decision and no withdrawal to take back — record the decision with 'insat applicant decide ${id}'`,
};
