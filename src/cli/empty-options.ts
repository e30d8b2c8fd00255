// An option given with an empty value (`--date ""`, `--phone " "`) is refused rather than taken as
// left out: in a script, an unset variable (`--date "$DAY"`) must not silently mean today. main.ts
// runs this before every action, for the command's own options and its parents' (`--data`). Kept
// apart from parse.ts so that start-up loads nothing more.
import type { Command } from 'commander';
import { UsageError } from '../errors.js';

export function rejectEmptyOptions(command: Command): void {
  for (let c: Command | null = command; c; c = c.parent) {
    for (const option of c.options) {
      const key = option.attributeName();
      if (c.getOptionValueSource(key) !== 'cli') continue;
      const value: unknown = c.getOptionValue(key);
      const values = Array.isArray(value) ? value : [value];
      if (values.some((v) => typeof v === 'string' && v.trim() === '')) {
        throw new UsageError((m) => m.input.emptyValue(option.long ?? option.flags));
      }
    }
  }
}
