// What the correction commands say (applicant/participant edit, participant hours, applicant reopen,
// note and plan edit/delete), in one place: the future catalogue section `corrections`.
import type { FieldChange } from './field-changes.js';

const shown = (v: string | number | null) => (v === null || v === '' ? '–' : String(v));

export const corrections = {
  labels: {
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
    until: 'end',
    text: 'text',
    visibility: 'visibility',
    goal: 'goal',
    due: 'due',
  } as Record<string, string>,
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
  } as Record<string, string>,
  /** "phone – → 0234 1234; end 2027-11-30 → 2027-06-30" */
  changeList: (changes: readonly FieldChange[]) =>
    changes.map((c) => `${corrections.labels[c.field] ?? c.field} ${shown(c.before)} → ${shown(c.after)}`).join('; '),
  changed: (what: string, changes: readonly FieldChange[]) => `changed ${what}: ${corrections.changeList(changes)}`,
  /** the infinitive for a dry run ("dry run: would change …") */
  wouldChange: (what: string, changes: readonly FieldChange[]) => `change ${what}: ${corrections.changeList(changes)}`,
  unchanged: (what: string) => `nothing changed: ${what} already has these values`,
  nothingGiven: (command: string, flags: readonly string[]) =>
    `nothing to change — give at least one of ${flags.join(', ')} (on a terminal, '${command}' without flags asks with the current values)`,
  /** past tense and infinitive alike ("would set" in a dry run) */
  hoursSet: (id: string, hours: number, from: string, before: number) =>
    `set the weekly hours of ${id} to ${hours} from ${from} (before: ${before} h); bookings before that day keep their hours`,
  hoursUnchanged: (id: string, hours: number, from: string) =>
    `nothing changed: ${id} already works ${hours} h a week from ${from}`,
  reopened: (id: string, undid: 'withdrawal' | 'decision', status: string, dryRun: boolean) =>
    dryRun
      ? `dry run: would take back the ${undid} of ${id} (status then: ${status}) — nothing was changed`
      : undid === 'withdrawal'
        ? `took back the withdrawal of ${id}; status now: ${status}`
        : `took back the decision on ${id}; status now: ${status} — record the right one with 'insat applicant decide ${id}'`,
  noteDeleted: (noteId: string, personId: string, dryRun: boolean) =>
    `${dryRun ? 'delete' : 'deleted'} note ${noteId} of ${personId}`,
  goalDeleted: (goalId: string, personId: string, dryRun: boolean) =>
    `${dryRun ? 'delete' : 'deleted'} goal ${goalId} of ${personId}`,
  noNote: (noteId: string) => `no note '${noteId}' — see 'insat note list ID'`,
  noGoal: (goalId: string) => `no goal '${goalId}' — see 'insat plan list ID'`,
};
