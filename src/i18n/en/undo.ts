export const undo = {
  description: 'revert the last change as a whole (a roster booking, an import or a restore is one step)',
  optDryRun: 'show what would be reverted, change nothing',
  nothing: "there is nothing to undo — every recorded change has been undone already ('insat history' shows the trail)",
  nothingYet:
    "there is nothing to undo yet — no change to this store's records has been made ('insat history' shows the trail)",
  raced: "another change was recorded while undo started — run 'insat history' and then 'insat undo' again",
  /** The summary the undo leaves in the history. */
  summary: (summary: string) => `undo: ${summary}`,
  what: (summary: string, at: string, user: string, records: number) =>
    `'${summary}' of ${at} by ${user} (${records} record${records === 1 ? '' : 's'})`,
  done: (what: string) => `undid ${what}`,
  wouldDo: (what: string) => `undo ${what}`,
};
