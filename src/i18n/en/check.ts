import type { IsoDate } from '../../model/dates.js';
import type { Contact } from '../../model/assignment-contacts.js';
import { fmt } from './format.js';

const CONTACT: Record<Contact, string> = { socialWorker: 'social worker', integrationOfficer: 'integration officer' };
const CONTACT_FLAG: Record<Contact, string> = {
  socialWorker: ' --social-worker ID',
  integrationOfficer: ' --integration-officer NAME',
};

export const check = {
  description:
    'validate the whole store against every programme rule; exit 3 with the full list of problems (warnings on stderr, exit 0)',
  optStrict: 'warnings fail too (exit 3)',
  consistent: (people: number, assignments: number, bookings: number, warnings: number) =>
    `the store is consistent: ${fmt.count(people, 'person', 'people')}, ${fmt.count(assignments, 'assignment', 'assignments')}, ${fmt.count(bookings, 'booking', 'bookings')} checked${warnings ? `, ${fmt.count(warnings, 'warning', 'warnings')} (on stderr)` : ''}`,
  problemsFound: (n: number) => `${fmt.count(n, 'problem', 'problems')} found in the store`,
  strictWarnings: (n: number) => `${fmt.count(n, 'warning', 'warnings')} with --strict`,
  alsoWarnings: (n: number) => `; ${fmt.count(n, 'warning', 'warnings')} besides`,
  failed: (what: string, also: string) =>
    `${what} — fix them as each line of the list says (the list is on stdout, warnings on stderr); for a store changed by hand or broken, see the README's "Repairing an older store"${also}`,
  forcedWorkKind: (order: string, area: string, kind: string, reason: string) =>
    `order ${order} (${area}) is of a kind of work the area did not list: '${kind}' — accepted because: ${reason}`,
  duplicateId: (collection: string, id: string) =>
    `two ${collection} have the id ${id} — give one of them a new id by hand`,
  idCounter: (counter: string, stands: number, collection: string, highest: number) =>
    `the ${counter} counter stands at ${stands} but ${collection} already use numbers up to ${highest}; the next new id would repeat an old one — set counters.${counter} to ${highest} by hand`,
  unknownPerson: (what: 'assignment' | 'goal' | 'note', id: string, person: string) =>
    `${what} ${id} belongs to ${person}, who is not in the store`,
  hoursChanges: (id: string, start: IsoDate, until: IsoDate, days: readonly IsoDate[]) =>
    `${id}: the changes of weekly hours of the assignment ${fmt.range(start, until)} must lie after its first day and within it, oldest first, one a day — ${days.map(fmt.date).join(', ')} ${days.length === 1 ? 'does' : 'do'} not; correct hoursChanges by hand or restore a backup ('insat backup restore NAME')`,
  socialWorkerChanges: (id: string, start: IsoDate, until: IsoDate, days: readonly IsoDate[]) =>
    `${id}: the handovers to another social worker in the assignment ${fmt.range(start, until)} must lie after its first day and within it, oldest first, one a day — ${days.map(fmt.date).join(', ')} ${days.length === 1 ? 'does' : 'do'} not; correct socialWorkerChanges by hand or restore a backup ('insat backup restore NAME')`,
  contactsMissing: (person: string, assignment: string, missing: readonly Contact[]) =>
    `${person}: assignment ${assignment} names no ${missing.map((c) => CONTACT[c]).join(' and no ')} — add ${missing.length === 1 ? 'it' : 'them'} with 'insat participant edit ${person}${missing.map((c) => CONTACT_FLAG[c]).join('')}' (social workers: 'insat staff list')`,
  archiveCurrent: (id: string, before: IsoDate | null) =>
    `${id} lies in archive.json but ${before === null ? 'insat.json names no archive.before' : `has records on or after ${fmt.date(before)}`}; the commands of every day would not find them — move the person and their assignments, goals and notes back into insat.json by hand (any change through insat then files them again)`,
  archiveApart: (n: number) =>
    `${fmt.count(n, 'record lies', 'records lie')} in another file than ${n === 1 ? 'its' : 'their'} person (archive.json or insat.json) — move ${n === 1 ? 'it' : 'them'} beside the person by hand`,
  historyDamaged: (path: string, lines: readonly number[], count: number) =>
    `${path}: ${count === 1 ? `line ${lines[0]} is not a readable entry` : `${count} lines are not readable entries (${lines.join(', ')}${count > lines.length ? ', …' : ''})`} — the store's data is not affected, but the ${count === 1 ? 'change recorded there' : 'changes recorded there'} can neither be shown nor undone; while no insat command runs, put ${count === 1 ? 'the line' : 'the lines'} back from a copy of the file (a backup of the machine), or delete ${count === 1 ? 'it' : 'them'}`,
  purgeIncomplete: (id: string) => `${id} is marked purged but still has personal data — run 'insat purge' again`,
  legacyCap: (id: string, start: IsoDate, reason: string | undefined, until: IsoDate) =>
    `${id}: the assignment from ${fmt.date(start)} carries a decision to go beyond 24 months taken from a free text${reason ? ` ('${reason}')` : ''}, which no longer counts — re-record the facts with 'insat participant extend ${id} --until ${until}' (add --cap-decision TEXT --decided DATE if the Jobcenter did decide)`,
};
