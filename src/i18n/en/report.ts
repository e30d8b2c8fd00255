// `insat report …`: the command line around the PDFs (the PDFs themselves are German in every language).
import type { IsoDate } from '../../model/dates.js';
import { fmt } from './format.js';

export const report = {
  description:
    'PDF documents for the Jobcenter (PDF/A-2b): progress report, annual application, attendance sheets, absence report, free seats',
  optForce: 'replace files that exist (without it, an existing file is refused and nothing is written)',
  optMonth: 'the month (default: this month)',
  outFile: (name: string) => `the PDF file, or a directory for ${name} (default: the current directory)`,
  progress: {
    description:
      'progress report (Verlaufsbericht) of a participant; without an id, of all active participants into the --out directory',
    optFrom: 'first day of the period (default: start of the assignment)',
    optTo: 'last day of the period (default: today, or the last day of the assignment)',
    optType: 'start, interim, final or on request (default: final after the last day, else interim)',
    exampleAll: 'every active participant, one file each',
    toBeforeFrom: (to: IsoDate, from: IsoDate) =>
      `--to ${fmt.date(to)} lies before --from ${fmt.date(from)} — swap the dates`,
    toInFuture: (to: IsoDate, today: IsoDate) =>
      `--to ${fmt.date(to)} lies in the future — a progress report covers days up to today (${fmt.date(today)})`,
    missingId:
      "missing participant ID — give one (e.g. 'insat report progress p012'), or --out DIR/ to write the reports of all active participants into a directory",
    nobody: (day: IsoDate) => `nobody has a seat on ${fmt.date(day)} — choose another day with --to`,
    fromAfterEnd: (from: IsoDate, end: IsoDate) =>
      `--from ${fmt.date(from)} lies after the end of the period (${fmt.date(end)}) — choose an earlier --from`,
  },
  application: {
    description:
      "annual application (Antrag) to run the AGH in a year, with the cost plan and the previous year's figures",
    optYear: 'the year applied for (default: next year)',
    gaps: (count: number, lines: string) =>
      `the annual application needs ${count === 1 ? 'a setting that is' : `${count} settings that are`} not set — set ${count === 1 ? 'it' : 'each'} and run again:\n${lines}`,
  },
  attendance: {
    description: 'attendance sheets (Anwesenheitsliste) of a month: one page per participant, to sign',
    optParticipant: 'only one participant',
    noSeat: (id: string, month: string) =>
      `${id} has no seat in ${month} — choose a month of the assignment (see 'insat participant show ${id}')`,
    nobody: (month: string) => `nobody has a seat in ${month} — choose another month`,
  },
  groups: {
    description:
      'attendance lists of the lessons and group offers (§ 45 measure) of a month: one page per offer, to sign',
    none: (month: string) => `no group offers in ${month} — choose another month (see 'insat group list')`,
  },
  outMissingDir: (out: string, dir: string) =>
    `--out '${out}': the directory ${dir} does not exist — create it, or end --out with / to have it created`,
  outNotPdf: (out: string) =>
    `--out '${out}' is neither a directory nor a .pdf file — end it with / for a directory or with .pdf for a file`,
  wrote: (file: string, pages: number) => `wrote ${file} (${pages} ${pages === 1 ? 'page' : 'pages'})`,
};
