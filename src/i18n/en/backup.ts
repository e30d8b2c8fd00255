export const backup = {
  description: 'automatic backups: one before the first change of each day (14 kept) and one before every restore',
  list: 'the backups, oldest first, with their size and number of people',
  restore: "replace the store by a backup; the current store is backed up first, and 'insat undo' reverts the restore",
  exampleUndo: 'changed your mind: back to the store before the restore',
  kinds: { daily: 'daily', 'before restore': 'before restore', 'before init': 'before init', other: 'other' } as Record<
    string,
    string
  >,
  columns: { name: 'name', kind: 'kind', people: 'people', kb: 'KB' },
  howToRestore: "restore one with 'insat backup restore NAME'",
  none: 'no backups yet — one is made before the first change of each day',
  wouldReplaceBroken: (name: string, why: string) => `replace the unreadable store by backup ${name} (${why})`,
  /** The summaries in the history. */
  summaryBroken: (name: string, saved: string) =>
    `backup restore ${name} over an unreadable store (its files are kept in backups/${saved})`,
  summary: (name: string) => `backup restore ${name}`,
  restoredBroken: (name: string, saved: string) =>
    `restored backup ${name} over the unreadable store; its files are kept in backups/${saved} — this step cannot be undone`,
  records: (n: number) => `${n} record${n === 1 ? '' : 's'}`,
  same: (name: string) => `the store already equals backup ${name} — nothing to restore`,
  wouldRestore: (name: string, n: number) => `restore backup ${name} (${n} record${n === 1 ? '' : 's'} would change)`,
  restored: (name: string, records: string, saved: string | null) =>
    `restored backup ${name} (${records} changed); the store as it was is kept as backup ${saved} — 'insat undo' reverts the restore`,
};
