// What the store says when it cannot do its job: files that cannot be read or written, the lock,
// backups, undo. Every message ends in how to fix it.
export const store = {
  fix: {
    diskFull: 'free some disk space',
    readOnly: 'the data directory is on a read-only file system — mount it writable or choose another --data directory',
    notWritable: 'make the data directory writable for this user',
    other: 'check that the data directory exists and is writable',
    notADirectory: 'a part of the data directory path is a file — point --data or INSAT_DATA at a directory',
  },
  dataDirIsFile: (dir: string, file: string) =>
    `${dir} cannot hold a store: ${file} is a file, not a directory — point --data or INSAT_DATA at the store's directory (or at a new one for 'insat init')`,
  cannotUse: (dir: string, why: string, fix: string) => `cannot use the store ${dir}: ${why} — ${fix}`,
  noStore: (dir: string) =>
    `no insat store in ${dir} — run 'insat init' to create one, or point --data / INSAT_DATA at an existing store`,
  exists: (dir: string) => `a store already exists in ${dir} — pass --force to replace it (a backup is made first)`,
  empty: (path: string) =>
    `${path} is empty — restore it with 'insat backup restore NAME'; the file was left untouched`,
  wrongYear: (path: string, holds: number, year: number) =>
    `${path} holds bookings of ${holds}, not ${year} — move it back to its own year's file`,
  wrongMonth: (path: string, holds: string, month: string) =>
    `${path} holds bookings of ${holds}, not ${month} — move it back to its own month's file`,
  bookingOutsideMonth: (path: string, participant: string, date: string, month: string) =>
    `${path} holds a booking of ${participant} on ${date}, outside ${month} — move it into its own month's file`,
  layoutConflict: (yearFile: string, monthFile: string, participant: string, date: string) =>
    `${yearFile} and ${monthFile} both hold a booking of ${participant} on ${date}, and they differ — an older insat wrote the year file; keep the right one, delete the other, then run insat again`,
  layoutMigrated: (years: number, months: number) =>
    `store layout migrated: the bookings of ${years} year file${years === 1 ? '' : 's'} now lie in ${months} month file${months === 1 ? '' : 's'}`,
  cannotRead: (path: string, why: string) => `cannot read ${path}: ${why} — check the file's permissions`,
  notJson: (path: string, why: string) =>
    `${path} is not valid JSON (${why}) — restore it with 'insat backup restore NAME' or repair it by hand; the file was left untouched`,
  schema: (path: string, where: string, issue: string, hint: string) =>
    `${path} does not match the store schema at ${where}: ${issue} — ${hint}`,
  topLevel: 'the top level',
  newerInsat: (version: number) => `it was written by a newer insat (schema ${version}) — update insat`,
  repairHint: `restore it with 'insat backup restore NAME' or repair it by hand; the file was left untouched`,
  archiveMissing: (path: string, before: string) =>
    `${path} is missing, but insat.json keeps the people whose stay ended before ${before} there — put the file back, or restore the newest backup that has it ('insat backup list', 'insat backup restore NAME'); never delete or move it on its own`,
  inBothFiles: (archive: string, what: string, id: string) =>
    `${archive} holds ${what} ${id}, which insat.json holds too — keep one of them (the one in insat.json, when in doubt)`,
  appearsTwice: (what: string, key: string) => `${what} ${key} appears twice — keep one of them`,
  cannotWrite: (what: string, why: string, fix: string) => `cannot write ${what}: ${why} — ${fix}; nothing was changed`,
  recordedNotApplied: (dir: string, why: string, fix: string) =>
    `the change is recorded but ${dir} could not be updated (${why}) — ${fix}; the next insat command completes it`,
  cannotComplete: (dir: string, why: string, fix: string) =>
    `cannot complete an interrupted change in ${dir}: ${why} — ${fix}; nothing was changed`,
  defaultsBroken: (path: string) => `${path} does not match the settings schema — reinstall insat`,
  cannotLock: (dir: string, why: string, fix: string) =>
    `cannot lock the store ${dir}: ${why} — ${fix}; nothing was changed`,
  busy: (dir: string, who: string) =>
    `the store ${dir} is busy: ${who} holds it — try again in a moment; nothing was changed`,
  lockOwner: (pid: number, host: string | null, since: string) =>
    `insat process ${pid}${host ? ` on ${host}` : ''} (since ${since})`,
  anotherProcess: 'another insat process',
  cannotBackup: (dir: string, why: string, fix: string) =>
    `cannot make the daily backup in ${dir}: ${why} — ${fix}; nothing was changed`,
  cannotKeepOld: (name: string, why: string, fix: string) =>
    `cannot keep the old store as backup ${name}: ${why} — ${fix}; nothing was changed`,
  keyUnreadable: (path: string, why: string) => `cannot read ${path}: ${why} — check the file's permissions`,
  keyDamaged: (path: string) =>
    `${path} is damaged (not 64 hex digits) — delete it to have a new secret made; pseudonyms in earlier exports will then differ`,
  keyNotCreated: (path: string, why: string) => `cannot create ${path}: ${why} — make the data directory writable`,
  purgeJobUnreadable: (path: string, why: string) =>
    `${path} cannot be read (${why}) — it records a purge still to be finished; run 'insat purge' again with the same --exited-before`,
  noBackup: (name: string) => `no backup named '${name}' — 'insat backup list' shows the backups`,
  backupMissingMain: (path: string) => `${path} is missing or empty — choose another backup`,
  backupWrongYear: (path: string, year: number | string) => `${path} holds bookings of ${year} — choose another backup`,
  historyUnreadable: (path: string, why: string) => `cannot read ${path}: ${why} — check its permissions`,
  unknownHistoryFile: (file: string) =>
    `the history names an unknown file '${file}' — the trail may come from a newer insat; update insat`,
  records: {
    booking: (who: string, day: string) => `the booking of ${who} on ${day}`,
    settings: 'the settings',
    counters: 'the id counters',
    nouns: {
      people: 'person',
      assignments: 'assignment',
      goals: 'goal',
      notes: 'note',
      customers: 'customer',
      orders: 'order',
      certifications: 'certification',
      staff: 'staff member',
      groupOffers: 'group offer',
    },
  },
  undo: {
    purge: (summary: string) =>
      `the last change is '${summary}'; a purge cannot be undone — the personal data it erased is gone from the store, the history and the backups; nothing was changed`,
    unreadableReplaced: (summary: string) =>
      `the last change '${summary}' replaced files that could not be read, so there is nothing recorded to go back to — nothing was changed; 'insat backup list' shows the backups`,
    changedLater: (record: string, summary: string, at: string) =>
      `${record} was changed later by '${summary}' (${at}) — undo that first`,
    changedOutside: (record: string, summary: string) =>
      `${record} was changed outside insat after '${summary}' (by hand, or by 'insat init --force') — it cannot be undone; 'insat backup list' shows the backups to restore instead`,
    more: (n: number) => `… and ${n} more record${n === 1 ? '' : 's'} changed since`,
  },
};
