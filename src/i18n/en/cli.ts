// What the command line itself says: help chrome, prefixes, commander's own errors, shared options.
import { fmt } from './format.js';

export const cli = {
  program: 'Administration toolkit for INSAT, the work-opportunity programme (AGH) in Bochum',
  errorPrefix: 'error: ',
  warningPrefix: 'warning: ',
  cancelled: 'cancelled — nothing was changed',
  internal: (what: string) => `${what} — this is a bug in insat; run again with INSAT_DEBUG=1 and report the output`,
  outputFailed: (code: string) =>
    `the output could not be written (${code}) — free space on the disk or write the output elsewhere`,
  seeHelp: (command: string) => `see '${command} --help'`,
  /** Required flags left out (src/cli/required.ts); `with` is what made a flag required (`--reason other`). */
  missingFlags: (flags: readonly { flag: string; with?: string }[], command: string) =>
    `missing ${flags.map((f) => fmt.alternatives(f.flag.split('|')) + (f.with ? ` (with ${f.with})` : '')).join(', ')} — pass ${flags.length > 1 ? 'them' : 'it'} on the command line (see '${command} --help')`,
  /** A command group, or insat itself, run without a command (after its help, on stderr). */
  /** "dry run: would add customer k001 — nothing was changed"; `what` says it in the infinitive. */
  dryRun: (what: string) => `dry run: would ${what} — nothing was changed`,
  wroteFile: (file: string) => `wrote ${file}`,
  badLang: (value: string, source: string) => `${source} '${value}' is not a language — use de or en`,
  help: {
    titles: {
      'Usage:': 'Usage:',
      'Options:': 'Options:',
      'Commands:': 'Commands:',
      'Arguments:': 'Arguments:',
      'Global Options:': 'Global Options:',
    } as Record<string, string>,
    examples: 'Examples:',
    /** The placeholders of a usage line, as commander writes them. */
    usage: { '[options]': '[options]', '[command]': '[command]' } as Record<string, string>,
    helpOption: 'display help for command',
    helpCommand: 'display help for command',
    version: 'output the version number',
    default: (value: string) => `default: ${value}`,
    choices: (values: string) => `choices: ${values}`,
  },
  options: {
    data: 'store directory (default: $INSAT_DATA, else $XDG_DATA_HOME/insat)',
    json: 'print one JSON document on stdout',
    noColor: 'never colour the output',
    lang: 'language of what people read: de or en (default: $INSAT_LANG, else the store setting, else de)',
    dryRun: 'show what would change, change nothing',
    /** "--format: table, csv, csv-de or json" — the formats the command accepts, the first the default. */
    format: (formats: readonly string[]) => `${fmt.alternatives(formats)} (default ${formats[0]})`,
    area: (what: string, areas: string) => `${what}: ${areas} (or Holz, Küche, Gestaltung)`,
    formatNotHere: (requested: string, allowed: readonly string[]) =>
      `--format '${requested}' is not available here — use one of ${allowed.join(', ')}`,
  },
  programHelp: `
Examples:
  $ insat init --demo                 create a store with the demo programme
  $ insat seats                       free and occupied seats today
  $ insat applicant add --name "Max Muster" --birth-date 1980-05-01 --referred-by jobcenter
  $ insat enrol p012 --area holz --start 2026-12-01 --until 2027-11-30 --hours-per-week 20
  $ insat hours book --area kueche --date 2026-11-24 --as-planned
  $ insat occupancy --format text     last week's summary, for cron

Exit codes: 0 done · 1 internal error · 2 usage · 3 refused by a programme rule · 4 not found · 5 busy · 6 store unreadable
Environment: INSAT_DATA (store), INSAT_LANG (de or en), INSAT_TODAY (fixed date), NO_COLOR, INSAT_DEBUG=1 (stack traces)`,
  /** commander's own errors, as it words them (node_modules/commander/lib/command.js), in this language */
  commander: {
    unknownOption: (flag: string, suggestion: string) => `unknown option '${flag}'${suggestion}`,
    unknownCommand: (name: string, suggestion: string) => `unknown command '${name}'${suggestion}`,
    didYouMean: (what: string) => `(Did you mean ${what}?)`,
    missingCommand: (command: string, commands: string) =>
      `'${command}' needs a command${commands ? `: ${commands}` : ''}`,
    missingArgument: (name: string) => `missing required argument '${name}'`,
    optionArgumentMissing: (flags: string) => `option '${flags}' argument missing`,
    requiredOption: (flags: string) => `required option '${flags}' not specified`,
    tooManyArguments: (expected: number, got: number, forCommand: string) =>
      `too many arguments${forCommand}. Expected ${expected} argument${expected === 1 ? '' : 's'} but got ${got}.`,
    forCommand: (name: string) => ` for '${name}'`,
    invalidOption: (flags: string, value: string, why: string) =>
      `option '${flags}' argument '${value}' is invalid. ${why}`,
    invalidArgument: (name: string, value: string, why: string) =>
      `command-argument value '${value}' is invalid for argument '${name}'. ${why}`,
    conflict: (a: string, b: string) => `${a} cannot be used with ${b}`,
    allowedChoices: (choices: string) => `Allowed choices are ${choices}.`,
  },
};
