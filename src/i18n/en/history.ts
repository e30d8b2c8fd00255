export const history = {
  description: 'the audit trail of changes, newest first: when, who, what, the command line, whether undone',
  optLimit: 'how many changes to show (default 20; 0 = all)',
  optVerbose: 'also show every changed record, before → after',
  empty: 'no changes recorded yet',
  records: (n: number) => `${n} record${n === 1 ? '' : 's'}`,
  undone: 'undone',
  more: (n: number) => `… and ${n} more (see --json)`,
  damagedSkipped: `history.jsonl holds a line that is not a readable entry; it was left out — 'insat check' names the damaged lines and says what to do`,
};
