// Finds English left in text meant to be German: words that are English and never German, once
// what stays the same in every language is taken out — flags, codes, ids, file names, quoted values
// and example command lines (CLI.md "language").

const ENGLISH = new Set(
  `the and with of to is are not for from use using which when that this what be by it its each every one
new without only must can cannot would should could has have had been into than then there their they
you your how who why nothing changed change changes show shows print prints day days hours hour people
store file files between after before until since already again first last next here more less
many much other another same such these those or if no yes does were our we us at on as all any
some give gives given take takes make makes made need needs keep keeps kept see run runs remove removes
record records recorded booked booking bookings seat seats area areas week weeks month months year years
today yesterday dates number whole minutes allowance rate participant participants applicant applicants
assignment assignments goal goals note notes customer customers order orders group offer offers backup
backups warning warnings error errors found missing unknown invalid empty value values exists exist
directory write read written instead default choose typed leave left also both either neither where while
every being else ever never always about above below over under within out off up down just still
free taken ends ended starts started while against least most`.split(/\s+/),
);

/** What every language shares: flags, placeholders, quoted values, paths, codes with dots or digits. */
function withoutCodes(text: string): string {
  return (
    text
      .split('\n')
      .filter((line) => !/^\s*\$ /.test(line) && !/^(Aufruf|Usage):/.test(line))
      // the first column of an option, argument or command list: flags and command names
      .map((line) => line.replace(/^ {2}(\S+(?: \S+)*?)(?= {2,})/, ''))
      // wrapped help lines are one sentence again
      .join(' ')
      .replace(/\s+/g, ' ')
      .replace(/\((Auswahl|choices): [^)]*\)/g, ' ')
      .replace(/(Möglich sind|Allowed choices are):[^.]*\./g, ' ')
      .replace(/'[^']*'|"[^"]*"|`[^`]*`/g, ' ')
      .replace(/<[^>]*>|\[[^\]]*\]/g, ' ')
      .replace(/(^|\s)-{1,2}[\w-]+(=\S*)?/g, ' ')
      // ids, numbers, paths, keys like seats.holz, codes like sick-certified
      .replace(/\S*(?:[/=_\d@$]|\w[.,-]\w|\w\.\*)\S*/g, ' ')
  );
}

/**
 * Codes of the contract (CLI.md) that happen to be English words, shown as codes beside their German
 * meaning: `--kind group (Gruppenangebot)`, the exit group `(other)`, `insat export hours|participants`,
 * the applicant status `new`, the order step `done`.
 */
const CODES = new Set(['group', 'other', 'hours', 'participants', 'new', 'done']);

/**
 * The English words in `text` (each once, in order), after the shared codes are taken out — and the
 * values the user typed (`typed`: a refusal quotes them, and a value may hold quotes itself).
 */
export function englishWords(text: string, typed: readonly string[] = []): string[] {
  let rest = text;
  for (const value of [...typed].sort((a, b) => b.length - a.length)) {
    const shown = value.replace(/[\u0000-\u001f\u007f]/g, '?');
    for (const part of new Set([value, shown, shown.slice(0, 40), `${shown.slice(0, 40)}…`]))
      rest = rest.split(`'${part}'`).join(' ');
  }
  // metavariables people read as placeholders: ID, GOAL, NAME
  const words =
    withoutCodes(rest)
      .replace(/\b[A-Z]{2,}\b/g, ' ')
      .match(/\p{L}+/gu) ?? [];
  return [...new Set(words.filter((w) => ENGLISH.has(w.toLowerCase()) && !CODES.has(w)))];
}
