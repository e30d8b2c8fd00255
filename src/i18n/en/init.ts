export const init = {
  description: 'create the store with the programme defaults',
  optDemo: 'fill it with the demo programme from seeds/',
  optForce: 'replace an existing store (a backup of it is made first)',
  optDryRun: 'show what would be created, change nothing',
  exampleForce: 'start over; the old store goes to backups/',
  exists: (dir: string) =>
    `a store already exists in ${dir} — pass --force to replace it (a backup is made first), or choose another --data directory`,
  leftovers: (dir: string) =>
    `${dir} holds bookings or archive.json but no insat.json: what is left of a store — get insat.json back with 'insat backup list' and 'insat backup restore NAME', or pass --force to start over (the files are kept in backups/ first)`,
  demo: (people: number, bookings: number) => `the demo programme (${people} people, ${bookings} bookings)`,
  defaults: 'the programme defaults',
  wouldCreate: (dir: string, what: string, replaces: boolean) =>
    `create the store in ${dir} with ${what}${replaces ? ' (the existing store would be backed up and replaced)' : ''}`,
  created: (dir: string, what: string, backup: string | null) =>
    `created the store in ${dir} with ${what}${backup ? `; the old store is in ${backup}` : ''}`,
  /** The summary in the history. */
  replaced: (demo: boolean, what: string, saveAs: string) =>
    `init --force${demo ? ' --demo' : ''}: replaced the store by ${what} (the old files are kept in backups/${saveAs})`,
};
