// insat staff and the staff rules of the model (model/staff.ts): who is in the team, who may be
// named on an assignment, who needs a new social worker.
import { addDays, type IsoDate } from '../../model/dates.js';
import { AREA_LABELS, STAFF_ROLES, type Area, type StaffMember, type StaffRole } from '../../model/types.js';
import { fmt } from './format.js';

const roleName: Record<StaffRole, string> = {
  instructor: 'instructor',
  'social-worker': 'social worker',
  admin: 'administrator',
};
const withArticle: Record<StaffRole, string> = {
  instructor: 'an instructor',
  'social-worker': 'a social worker',
  admin: 'an administrator',
};
const flagOf: Record<StaffRole, string> = { instructor: '--instructor', 'social-worker': '--social-worker', admin: '' };
const who = (s: Pick<StaffMember, 'id' | 'name'>) => `${s.id} (${s.name})`;
const roleOf = (s: Pick<StaffMember, 'role' | 'area'>) =>
  s.area ? `${roleName[s.role]} (${s.area})` : roleName[s.role];

export const staff = {
  roleName,
  configShown: (target: number) =>
    `staff              see 'insat staff list'; caseload target ${target} participants per social worker`,
  description: 'the team: instructors of the work areas, social workers, administration',
  add: {
    description: 'add a member of the team; one undoable step',
    optName: 'first and last name',
    optRole: `${STAFF_ROLES.join(', ')}`,
    optArea: 'the instructor’s work area (instructors only)',
    optFrom: 'first day in the team (default: today)',
    done: (s: StaffMember) => `added ${who(s)} as ${roleOf(s)} from ${fmt.date(s.from)}`,
    wouldDo: (s: StaffMember) => `add ${s.name} as ${roleOf(s)} from ${fmt.date(s.from)}`,
  },
  list: {
    description: 'the team on a day (default today), or everybody with --all',
    optDate: 'the day (default: today)',
    optAll: 'everybody ever in the team, with the first and last day',
    columns: { id: 'staff', name: 'name', role: 'role', area: 'area', from: 'from', left: 'left' },
    none: (date: IsoDate) =>
      `nobody in the team on ${fmt.date(date)} — add people with 'insat staff add --name NAME --role ROLE', or turn names typed before into records with 'insat staff migrate'`,
  },
  edit: {
    exampleClearLeft: 'a leave recorded by mistake',
    description:
      'correct a name, an instructor’s area, the first day, or the last day (a leave recorded by mistake: --clear left); one undoable step',
    optName: 'the corrected name',
    optArea: 'the instructor’s work area',
    optFrom: 'the corrected first day in the team (refused after a day they are in charge of someone)',
    optLeft: 'the corrected last day in the team (warns who needs someone new)',
    optClear: 'left: withdraw the leaving day (in the team again)',
    nothing: 'nothing to change — give --name, --area, --from, --left or --clear left',
    field: { name: 'name', area: 'area', from: 'first day', left: 'last day' } as Record<
      'name' | 'area' | 'from' | 'left',
      string
    >,
    dateChange: (field: string, before: IsoDate | null, after: IsoDate | null) =>
      `${field} (${before ? fmt.date(before) : '–'} → ${after ? fmt.date(after) : '–'})`,
    done: (id: string, fields: string[]) => `changed ${fmt.list(fields)} of ${id}`,
    wouldDo: (id: string, fields: string[]) => `change ${fmt.list(fields)} of ${id}`,
    unchanged: (id: string) => `nothing changed: ${id} already has these values`,
  },
  leave: {
    exampleCheck: 'who needs a new social worker',
    description: 'record the last day of a member of the team; one undoable step',
    optDate: 'the last day in the team',
    done: (s: StaffMember) => `${who(s)} leaves the team on ${fmt.date(s.left!)}`,
    wouldDo: (s: StaffMember) => `record that ${who(s)} leaves the team on ${fmt.date(s.left!)}`,
    needNew: (people: string[], left: IsoDate) =>
      `${fmt.list(people)} ${people.length === 1 ? 'needs' : 'need'} a new social worker from the day after — hand ${people.length === 1 ? 'them' : 'each'} over with 'insat participant edit ID --social-worker ID --from ${fmt.date(addDays(left, 1))}'; 'insat check' lists them until they have one`,
    needNewInstructor: (people: string[]) =>
      `${fmt.list(people)} ${people.length === 1 ? 'needs' : 'need'} a new instructor from the day after — 'insat check' lists them until they have one`,
  },
  migrate: {
    description:
      'one-time step for stores from before staff records: staff names typed as free text become records and the assignments point at them',
    nothing: 'nothing to migrate: every staff name is a staff record already',
    done: (created: StaffMember[], linked: number) =>
      `created ${fmt.count(created.length, 'staff record', 'staff records')}${created.length ? ` (${created.map((s) => `${s.id} ${s.name}`).join(', ')})` : ''} and linked ${fmt.count(linked, 'assignment', 'assignments')} to their social workers`,
    wouldDo: (created: StaffMember[], linked: number) =>
      `create ${fmt.count(created.length, 'staff record', 'staff records')}${created.length ? ` (${created.map((s) => `${s.id} ${s.name}`).join(', ')})` : ''} and link ${fmt.count(linked, 'assignment', 'assignments')} to their social workers`,
  },
  prompt: { socialWorker: 'Social worker', instructor: 'Instructor' },
  enrol: {
    optSocialWorker: "the social worker in charge: a staff id (see 'insat staff list')",
    optInstructor: 'the instructor in charge: a staff id of an instructor of the area',
  },
  errors: {
    role: (value: string) => `--role '${value}' is not a role — use one of ${STAFF_ROLES.join(', ')}`,
    areaNeeded: 'an instructor belongs to a work area — add --area holz|kueche|gestaltung',
    areaNotForRole: (role: StaffRole) =>
      `only instructors belong to a work area, not ${withArticle[role]} — leave out --area`,
    duplicate: (s: StaffMember) =>
      `${s.name} is in the team already as ${roleOf(s)} (${s.id}) — see 'insat staff list'; 'insat staff edit ${s.id}' corrects the record`,
    notStaffId: (flag: string, value: string) =>
      `${flag} '${value}' is not a staff id — staff ids look like s003 (see 'insat staff list'; add people with 'insat staff add')`,
    notFound: (id: string) => `no staff member '${id}' — see 'insat staff list --all'`,
    noLongerSetting: (key: string) =>
      `'${key}' is no longer a setting: staff are records now — add them with 'insat staff add --name NAME --role instructor|social-worker --area AREA' (names set before: 'insat staff migrate')`,
  },
  /** The model's rules (model/staff.ts). */
  rules: {
    emptyName: (id: string) => `staff member ${id} has no name — give one with 'insat staff edit ${id} --name NAME'`,
    instructorArea: (id: string) =>
      `instructor ${id} has no work area — give one with 'insat staff edit ${id} --area AREA'`,
    areaNotInstructor: (id: string, role: StaffRole) =>
      `${id} is ${withArticle[role]}; only instructors belong to a work area — remove the area`,
    leftBeforeFrom: (id: string, left: IsoDate, from: IsoDate) =>
      `${id} cannot leave on ${fmt.date(left)}, before their first day ${fmt.date(from)} — use a day on or after ${fmt.date(from)}`,
    unknownStaff: (assignment: string, person: string, role: StaffRole, id: string) =>
      `assignment ${assignment} of ${person} names ${roleName[role]} ${id}, who is not in the store — see 'insat staff list --all'`,
    wrongRole: (s: StaffMember, wanted: StaffRole) =>
      `${who(s)} is ${withArticle[s.role]}, not ${withArticle[wanted]} — choose ${withArticle[wanted]} for ${flagOf[wanted]} (see 'insat staff list')`,
    notActive: (s: StaffMember, day: IsoDate) =>
      `${who(s)} is not in the team on ${fmt.date(day)} (${s.left ? `${fmt.date(s.from)} to ${fmt.date(s.left)}` : `from ${fmt.date(s.from)}`}) — choose someone who is (see 'insat staff list --date ${day}')`,
    otherArea: (s: StaffMember, wanted: Area) =>
      `${who(s)} is an instructor in ${AREA_LABELS[s.area!]}, not in ${AREA_LABELS[wanted]} — choose an instructor of ${AREA_LABELS[wanted]}`,
    unlinkedNames: (n: number) =>
      `${n === 1 ? 'one staff name is' : `${n} staff names are`} free text from an older version, not linked to a staff record — run 'insat staff migrate' (README, "Repairing an older store")`,
    alreadyLeft: (s: StaffMember) =>
      `${who(s)} already left on ${fmt.date(s.left!)} — correct a wrong leaving day with 'insat staff edit ${s.id} --left DATE', or withdraw it with 'insat staff edit ${s.id} --clear left'`,
    firstDayAfterInCharge: (s: StaffMember, from: IsoDate, people: string[]) =>
      `${who(s)} cannot join on ${fmt.date(from)}: ${fmt.list(people)} ${people.length === 1 ? 'has' : 'have'} them as ${roleName[s.role]} on an earlier day — give ${people.length === 1 ? 'them' : 'each'} another one first with 'insat participant edit ID ${flagOf[s.role]} ID', or give an earlier first day`,
    needNewSocialWorker: (s: StaffMember, people: string[]) =>
      `social worker ${who(s)} leaves on ${fmt.date(s.left!)}, but ${fmt.list(people)} ${people.length === 1 ? 'stays' : 'stay'} assigned to them beyond that day — hand ${people.length === 1 ? 'them' : 'each'} over to a new social worker with 'insat participant edit ID --social-worker ID --from ${fmt.date(addDays(s.left!, 1))}'`,
    instructorOtherArea: (person: string, s: StaffMember, area: Area, day: IsoDate) =>
      `the instructor of ${person}, ${who(s)}, instructs in ${AREA_LABELS[s.area!]}, but ${person} works in ${AREA_LABELS[area]} on ${fmt.date(day)} — name an instructor of ${AREA_LABELS[area]} with 'insat participant edit ${person} --instructor ID' (see 'insat staff list'), or none with 'insat participant edit ${person} --clear instructor'`,
    instructorAreaAhead: (person: string, s: StaffMember, area: Area, from: IsoDate) =>
      `from ${fmt.date(from)} ${person} works in ${AREA_LABELS[area]}, and their instructor ${s.id} (${s.name}) instructs in ${AREA_LABELS[s.area!]} — on that day name an instructor of ${AREA_LABELS[area]} with 'insat participant edit ${person} --instructor ID'`,
    areaLeavesPeople: (s: StaffMember, area: Area, people: string[]) =>
      `moving ${who(s)} to ${AREA_LABELS[area]} would leave ${fmt.list(people)} without an instructor of ${AREA_LABELS[s.area!]} — first give ${people.length === 1 ? 'them' : 'each'} another one with 'insat participant edit ID --instructor ID'; if ${s.id} instructs in ${AREA_LABELS[area]} from a day on, record that with 'insat staff leave ${s.id} --date DAY' and 'insat staff add --name "${s.name}" --role instructor --area ${area} --from NEXT-DAY'`,
    needNewInstructor: (s: StaffMember, people: string[]) =>
      `instructor ${who(s)} leaves on ${fmt.date(s.left!)}, but ${fmt.list(people)} ${people.length === 1 ? 'stays' : 'stay'} assigned to them beyond that day — give ${people.length === 1 ? 'them' : 'each'} a new instructor`,
  },
};
