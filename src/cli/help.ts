import type { Command } from 'commander';
import { m } from '../i18n/active.js';

/** Adds an "Examples:" block to a command's help. */
export function examples(cmd: Command, lines: string[]): Command {
  return cmd.addHelpText('after', `\n${m().cli.help.examples}\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`);
}
