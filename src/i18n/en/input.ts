// Values people type: dates, months, weeks, hours, euros, areas, codes, ids, files written with --out.
export const input = {
  needsDate: (flag: string) => `${flag} needs a date — use YYYY-MM-DD or dd.MM.yyyy`,
  notDate: (flag: string, value: string) =>
    `${flag} '${value}' is not a date — use YYYY-MM-DD or dd.MM.yyyy (also dd.MM.yy, heute, gestern)`,
  notMonth: (flag: string, value: string) => `${flag} '${value}' is not a month — use YYYY-MM, e.g. 2026-11`,
  notWeek: (flag: string, value: string) => `${flag} '${value}' is not an ISO week — use YYYY-Www, e.g. 2026-W47`,
  notHours: (flag: string, value: string) => `${flag} '${value}' is not a number of hours — use 6.5, 6,5 or 6:30`,
  notQuarterHour: (flag: string, value: string) =>
    `${flag} '${value}' is not in quarter-hour steps — round to :00, :15, :30 or :45`,
  theRate: 'the rate',
  notEuros: (what: string, value: string) => `${what} '${value}' is not an amount in euros — use 2.00 or 2,00`,
  notArea: (flag: string, value: string, areas: string) =>
    `${flag} '${value}' is not a work area — use one of ${areas} (or Holz, Küche, Gestaltung)`,
  notAbsence: (flag: string, value: string, codes: string, german: string) =>
    `${flag} '${value}' is not an absence code — use one of ${codes} (or ${german})`,
  notWholeNumber: (flag: string, value: string, min: number, max: number) =>
    `${flag} '${value}' is not a whole number from ${min} to ${max}`,
  notWeeklyHours: (flag: string, value: string, min: number, max: number) =>
    `${flag} '${value}' are not valid weekly hours — give whole hours within the programme's range of ${min} to ${max} (settings weeklyHours.min and weeklyHours.max)`,
  notId: (what: string, value: string) =>
    `${what} '${value}' is not an id — ids look like p012 (see 'insat participant list' or 'insat applicant list')`,
  notPersonId: (what: string, value: string) =>
    `${what} '${value}' is not an applicant or participant id — those ids look like p012 (see 'insat participant list' or 'insat applicant list')`,
  emptyValue: (flag: string) => `${flag} needs a value — it cannot be empty`,
  badToday: (value: string) => `INSAT_TODAY='${value}' is not a date — use YYYY-MM-DD`,
  noPerson: (id: string) =>
    `no applicant or participant '${id}' — see 'insat applicant list' or 'insat participant list'`,
  notParticipant: (id: string) =>
    `${id} is an applicant, not a participant — enrol them first with 'insat enrol ${id} …'`,
  out: {
    exists: (path: string) => `${path} exists — pass --force to replace it, or choose another --out`,
    manyExist: (n: number, paths: string) =>
      `${n} files exist: ${paths} — pass --force to replace them, or choose another --out directory`,
    cannotWrite: (path: string, why: string, fix: string) => `cannot write ${path}: ${why} — ${fix}`,
    diskFull: 'free some disk space',
    isDirectory: 'choose a file name that is not a directory',
    other: 'check that the directory exists and is writable',
    outIsDirectory: (out: string, example: string) =>
      `--out '${out}' is a directory — give a file name, e.g. ${example}`,
    noDirectory: (out: string, dir: string) => `--out '${out}': the directory ${dir} does not exist — create it first`,
    notADirectory: (out: string, path: string) =>
      `--out '${out}': ${path} is a file, not a directory — give a directory that exists or can be created, or a file name in one`,
    notRegular: (path: string, kind: string) =>
      `${path} is ${kind}, not a regular file — insat replaces regular files only, also with --force; choose another --out`,
    manyNotRegular: (n: number, paths: string) =>
      `${n} targets are not regular files: ${paths} — insat replaces regular files only, also with --force; choose another --out directory`,
    kinds: {
      directory: 'a directory',
      symlink: 'a symbolic link',
      fifo: 'a named pipe (FIFO)',
      device: 'a device file',
      socket: 'a socket',
      other: 'a special file',
    },
    pathNotDirectory: 'a part of the path is a file, not a directory — choose a path through directories',
  },
  /** Free text typed by a user (src/cli/free-text.ts). */
  freeText: {
    empty: (flag: string) => `${flag} needs a value — it cannot be empty`,
    notUtf8: (flag: string) =>
      `${flag} is not valid UTF-8 (it holds U+FFFD where bytes could not be read) — type it again in a UTF-8 terminal or script`,
    lineBreak: (flag: string) => `${flag} cannot span lines — write it on one line`,
    control: (flag: string) => `${flag} contains control characters — type plain text`,
    bidi: (flag: string, codePoint: string) =>
      `${flag} contains a bidirectional control character (${codePoint}) that can disguise text — remove it`,
    invisible: (flag: string, codePoint: string) =>
      `${flag} contains an invisible character (${codePoint}) that makes one name look like another — retype the value without it`,
    tooLong: (flag: string, length: number, max: number) =>
      `${flag} is ${length} characters long — at most ${max} are allowed`,
  },
};
