// Options several commands share, each with the one parser of its values.
import { InvalidArgumentError, Option } from 'commander';
import { AREAS } from '../model/types.js';
import { areaArg } from './parse.js';
import { m } from '../i18n/active.js';

/** `--area`: a work area as its code or German name, in any case (CLI.md "input forms"); the command gets the code. */
export function areaOption(description: string): Option {
  return new Option('--area <area>', m().cli.options.area(description, AREAS.join(', '))).argParser((value: string) =>
    areaArg(value),
  );
}

/**
 * An option with a closed list of codes that also takes the German words naming them, in any case
 * (`--status teilweise`, `--visibility Jobcenter`); help lists the codes, the command gets the code.
 */
export function codeOption(
  flags: string,
  description: string,
  codes: readonly string[],
  ofWord: (text: string) => string | null,
): Option {
  return new Option(flags, description).choices(codes).argParser((value: string) => {
    const code = ofWord(value);
    // the words of commander's own refusal, which the catalogue translates (src/cli/commander-words.ts)
    if (code === null) throw new InvalidArgumentError(`Allowed choices are ${codes.join(', ')}.`);
    return code;
  });
}
