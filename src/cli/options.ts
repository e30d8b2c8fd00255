// Options several commands share, each with the one parser of its values.
import { Option } from 'commander';
import { AREAS } from '../model/types.js';
import { areaArg } from './parse.js';
import { m } from '../i18n/active.js';

/** `--area`: a work area as its code or German name, in any case (CLI.md "input forms"); the command gets the code. */
export function areaOption(description: string): Option {
  return new Option('--area <area>', m().cli.options.area(description, AREAS.join(', '))).argParser((value: string) =>
    areaArg(value),
  );
}
