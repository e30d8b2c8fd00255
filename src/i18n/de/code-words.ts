// Codes in the German words people read, shared by the sections that show them (a list column, a
// before → after of a correction). The words typed as input are in src/model/words.ts.

/** `--referred-by` */
export const REFERRAL_WORDS = {
  self: 'selbst',
  jobcenter: 'Jobcenter',
  krisenhilfe: 'Krisenhilfe',
  counselling: 'Beratungsstelle',
  other: 'andere',
} as const satisfies Record<string, string>;

/** A note's `--visibility` */
export const VISIBILITY_WORDS: Readonly<Record<string, string>> = { internal: 'intern', jobcenter: 'Jobcenter' };

/** `--addiction`: the category of the addiction status, never a diagnosis */
export const ADDICTION_WORDS: Readonly<Record<string, string>> = {
  dependent: 'abhängig',
  substitution: 'in Substitution',
  abstinent: 'abstinent',
  unknown: 'unbekannt',
};
