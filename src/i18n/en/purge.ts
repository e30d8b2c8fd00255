import type { IsoDate } from '../../model/dates.js';
import { fmt } from './format.js';

type Early = { id: string; kind: 'participant' | 'applicant'; since: IsoDate; keptUntil: IsoDate };

export const purge = {
  description:
    'delete the personal data of people who left before a day (and of old applicants); anonymous figures stay',
  optExitedBefore: 'purge participants whose last assignment ended before this day',
  optYes: 'confirm without a prompt (needed without a terminal: a purge cannot be undone)',
  optForce: 'also purge people inside their retention period (needs --reason)',
  optReason: 'why the retention period is overridden (recorded in the history)',
  optDryRun: 'show who would be purged, change nothing',
  exampleCron: 'cron, scripts',
  help: `
Who is purged:
  participants whose every assignment ended (end or exit) before the day, and applicants who never
  started whose last step (contact, appointment, decision, withdrawal) lies more than
  retention.applicantsMonthsAfterDecision months before the day. Applicants on the waiting list
  are never purged (the purge is refused until they are withdrawn). People still inside their
  retention period (retention.notesYearsAfterExit years after the last day, default 3;
  retention.applicantsMonthsAfterDecision months after an applicant's last step, default 6) are
  refused unless --force --reason TEXT (the reason goes into the history).
Confirmation:
  on a terminal the command lists who would be purged and asks; without one it needs --yes.
What is erased:
  name (replaced by a stable pseudonym), birth date, phone, e-mail, address, Jobcenter customer
  number and reference, addiction status, free texts of the assignment, goals and case notes —
  in the store, in the history (before/after images and command lines) and in every backup.
What stays:
  ids, assignments (dates, area, weekly hours, exit reason) and bookings, so that seats, occupancy,
  allowance totals and statistics do not change. A purge cannot be undone.`,
  forceNeedsReason: '--force purges people inside their retention period and needs a --reason TEXT for the history',
  reasonNeedsForce: '--reason goes with --force — leave it out, or add --force',
  notConfirmed: 'not confirmed — nothing was changed',
  summary: (date: IsoDate, reason: string | null) =>
    `purge --exited-before ${date}${reason !== null ? ` (forced inside the retention period: ${reason})` : ''}`,
  nobody: (date: IsoDate) => `nobody left before ${fmt.date(date)} who is not purged already`,
  purged: (n: number) => `purged ${n} ${n === 1 ? 'person' : 'people'}:`,
  wouldPurge: (n: number) => `would purge ${n} ${n === 1 ? 'person' : 'people'}:`,
  dryRunWouldPurge: (n: number) => `dry run: would purge ${n} ${n === 1 ? 'person' : 'people'}:`,
  kind: { participant: 'participant', applicant: 'applicant' },
  lastDay: (kind: string, date: IsoDate) => `${kind}, last day ${fmt.date(date)}`,
  cleaned: (entries: number, scrubbed: number, deleted: string[]) =>
    `history: ${entries} entr${entries === 1 ? 'y' : 'ies'} cleaned; backups: ${scrubbed} cleaned${deleted.length ? `, ${deleted.length} unreadable ones deleted (${deleted.join(', ')})` : ''}`,
  nothingChanged: 'nothing was changed',
  needsYes:
    'a purge cannot be undone — confirm it with --yes (there is no terminal to ask); see who would be purged with --dry-run',
  confirm: 'Erase their personal data for good? This cannot be undone',
  future: (date: IsoDate) =>
    `--exited-before ${date} lies in the future — purge only people who have already left; use today or an earlier day`,
  waiting: (id: string, decided: IsoDate) =>
    `${id} is on the waiting list (decided suitable on ${fmt.date(decided)}) — record the withdrawal with 'insat applicant withdraw ${id}' first, or choose an earlier --exited-before`,
  early: (people: Early[]) =>
    people
      .map((c) => `${c.id} (${c.kind}, last day ${fmt.date(c.since)}, kept until ${fmt.date(c.keptUntil)})`)
      .join(', '),
  forcedInside: (list: string) => `purged inside the retention period: ${list}`,
  insideRetention: (list: string, n: number) =>
    `${list} ${n === 1 ? 'is' : 'are'} still inside the retention period (settings retention.notesYearsAfterExit, retention.applicantsMonthsAfterDecision) — choose an earlier --exited-before, or override with --force --reason TEXT`,
};
