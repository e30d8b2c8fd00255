// commander writes its own help chrome and errors in English; these put them into the run's
// language. The errors are matched by their wording in commander 14 (lib/command.js); one that is
// not matched is shown as commander wrote it.
import { Help, type Argument, type Command, type Option } from 'commander';
import type { Catalogue } from '../i18n/text.js';

/** Help titles, the help and version options, "(default: …)", for a command and what it registers later. */
export function speakHelp(program: Command, m: Catalogue): void {
  program.helpOption('-h, --help', m.cli.help.helpOption);
  program.helpCommand('help [command]', m.cli.help.helpCommand);
  program.configureHelp({
    styleTitle: (title: string) => m.cli.help.titles[title] ?? title,
    commandUsage(this: Help, cmd: Command) {
      return Help.prototype.commandUsage
        .call(this, cmd)
        .replace(/\[options\]|\[command\]/g, (p) => m.cli.help.usage[p] ?? p);
    },
    subcommandTerm(this: Help, cmd: Command) {
      return Help.prototype.subcommandTerm.call(this, cmd).replace(/\[options\]/g, (p) => m.cli.help.usage[p] ?? p);
    },
    optionDescription(this: Help, option: Option) {
      const extra: string[] = [];
      if (option.argChoices) extra.push(m.cli.help.choices(option.argChoices.join(', ')));
      if (option.defaultValue !== undefined && !option.negate)
        extra.push(m.cli.help.default(option.defaultValueDescription ?? JSON.stringify(option.defaultValue)));
      return extra.length ? `${option.description} (${extra.join(', ')})` : option.description;
    },
    argumentDescription(this: Help, argument: Argument) {
      const extra: string[] = [];
      if (argument.argChoices) extra.push(m.cli.help.choices(argument.argChoices.join(', ')));
      if (argument.defaultValue !== undefined)
        extra.push(m.cli.help.default(argument.defaultValueDescription ?? JSON.stringify(argument.defaultValue)));
      const joined = extra.join(', ');
      if (!joined) return argument.description;
      return argument.description ? `${argument.description} (${joined})` : `(${joined})`;
    },
  });
}

const PATTERNS: [RegExp, (m: Catalogue, g: string[]) => string][] = [
  [
    /^unknown option '(.+?)'(\n\(Did you mean (.+)\?\))?$/s,
    (m, g) => m.cli.commander.unknownOption(g[1]!, hint(m, g[3])),
  ],
  [
    /^unknown command '(.+?)'(\n\(Did you mean (.+)\?\))?$/s,
    (m, g) => m.cli.commander.unknownCommand(g[1]!, hint(m, g[3])),
  ],
  [/^missing required argument '(.+)'$/, (m, g) => m.cli.commander.missingArgument(g[1]!)],
  [/^option '(.+)' argument missing$/, (m, g) => m.cli.commander.optionArgumentMissing(g[1]!)],
  [/^required option '(.+)' not specified$/, (m, g) => m.cli.commander.requiredOption(g[1]!)],
  [
    /^too many arguments(?: for '(.+)')?\. Expected (\d+) arguments? but got (\d+)\.$/,
    (m, g) =>
      m.cli.commander.tooManyArguments(Number(g[2]), Number(g[3]), g[1] ? m.cli.commander.forCommand(g[1]) : ''),
  ],
  [
    /^option '(.+?)' argument '(.*)' is invalid\. (.*)$/s,
    (m, g) => m.cli.commander.invalidOption(g[1]!, g[2]!, choices(m, g[3]!)),
  ],
  [
    /^command-argument value '(.*)' is invalid for argument '(.+?)'\. (.*)$/s,
    (m, g) => m.cli.commander.invalidArgument(g[2]!, g[1]!, choices(m, g[3]!)),
  ],
  [/^(.+) cannot be used with (.+)$/, (m, g) => m.cli.commander.conflict(g[1]!, g[2]!)],
];

/** commander's "Allowed choices are a, b." after an invalid value; our own reasons pass as they are. */
function choices(m: Catalogue, why: string): string {
  const g = /^Allowed choices are (.*)\.$/s.exec(why);
  return g ? m.cli.commander.allowedChoices(g[1]!) : why;
}

function hint(m: Catalogue, what: string | undefined): string {
  return what ? ` ${m.cli.commander.didYouMean(what.replace(/^one of /, ''))}` : '';
}

/**
 * commander's error (without its "error: ") in the run's language, on one line: commander puts its
 * "(Did you mean …?)" on a line of its own, and an error is one line "what — how to fix" (CLI.md).
 */
export function commanderError(m: Catalogue, message: string): string {
  for (const [pattern, words] of PATTERNS) {
    const g = pattern.exec(message);
    if (g) return oneLine(words(m, [...g]));
  }
  return oneLine(message);
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}
