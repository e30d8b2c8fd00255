// One run of insat: global options, the command groups, and the one place where errors become
// exit codes (CLI.md). Used by the process entry (main.ts) and, in-process, by the tests.
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { InsatError, UsageError } from '../errors.js';
import { useLanguage } from '../i18n/active.js';
import type { Catalogue } from '../i18n/text.js';
import { commanderError, speakHelp } from './commander-words.js';
import { COMMAND_GROUPS } from './groups.js';
import { rejectEmptyOptions } from './empty-options.js';
import { attachIo, type Io } from './io.js';
import { chosenLanguage, optionValue } from './language.js';
import { storeErrorFromFs } from '../store/fs-errors.js';
import { resolveDataDir } from '../store/paths.js';
import { refuseMissingFlags, takeOverMandatory } from './required.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

/** Runs `insat ARGS`, writing to `io`; returns the exit code. */
export async function runCli(args: readonly string[], io: Io): Promise<number> {
  const wantsJson =
    args.includes('--json') ||
    args.some((a, i) => (a === '--format' && args[i + 1] === 'json') || a === '--format=json');
  const language = chosenLanguage(args);
  const m = await useLanguage(language.lang);
  const reportError = (code: string, message: string): void => {
    io.stderr.write(`${m.cli.errorPrefix}${message}\n`);
    if (wantsJson) io.stderr.write(JSON.stringify({ error: { code, message } }) + '\n');
  };
  // commander answers a group without its command (`insat order`) with the whole help on stderr; it
  // becomes one usage line instead (exit 2), as every other error
  const missing: MissingCommand = { command: null };
  try {
    if (language.invalid) throw new UsageError(language.invalid);
    const program = buildProgram(io, m, reportError, namedGroup(args), missing);
    await program.parseAsync([...args], { from: 'user' });
    return 0;
  } catch (e) {
    if (e instanceof CommanderError && e.code === 'commander.help' && e.exitCode !== 0 && missing.command) {
      const { path, commands } = missing.command;
      reportError('usage', `${m.cli.commander.missingCommand(path, commands.join(', '))} — ${m.cli.seeHelp(path)}`);
      return 2;
    }
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help')
        return 0;
      if (e.code === 'commander.executeSubCommandAsync') return 0;
      return 2;
    }
    // A file-system error in the data directory that no command caught is the machine's state (a data
    // directory that is a file, a read-only or full disk), not a bug: exit 6 with what to do.
    const known = e instanceof InsatError ? e : storeErrorFromFs(e, resolveDataDir(optionValue(args, '--data')));
    if (known) {
      reportError(known.code, known.message);
      return known.exitCode;
    }
    const err = e as Error;
    if (err?.name === 'ExitPromptError') {
      io.stderr.write(`${m.cli.cancelled}\n`);
      return 130;
    }
    reportError('internal', m.cli.internal(err?.message ?? String(e)));
    if (process.env.INSAT_DEBUG === '1') io.stderr.write(`${err?.stack ?? ''}\n`);
    return 1;
  }
}

/** The group the first word of ARGS names, if it names one; global options and their values are skipped. */
export function namedGroup(args: readonly string[]): ((program: Command) => void) | undefined {
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--data' || a === '--lang') i++;
    else if (!a.startsWith('-')) return Object.hasOwn(COMMAND_GROUPS, a) ? COMMAND_GROUPS[a] : undefined;
  }
  return undefined;
}

function buildProgram(
  io: Io,
  m: Catalogue,
  reportError: (code: string, message: string) => void,
  group: ((program: Command) => void) | undefined,
  missing: MissingCommand,
): Command {
  const program = new Command('insat')
    .description(m.cli.program)
    .version(pkg.version, '-V, --version', m.cli.help.version)
    .option('--data <dir>', m.cli.options.data)
    .option('--json', m.cli.options.json)
    .option('--no-color', m.cli.options.noColor)
    .option('--lang <lang>', m.cli.options.lang)
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: (str) => io.stdout.write(str),
      // only help shown for an error goes here: a group (or insat) without its command
      writeErr: () => void (missing.command ??= { path: 'insat', commands: [] }),
      getOutHelpWidth: () => io.stdout.columns ?? 80,
      getErrHelpWidth: () => io.stderr.columns ?? 80,
      getOutHasColors: () => false,
      getErrHasColors: () => false,
      outputError: (str) => {
        const what = commanderError(m, str.replace(/^error:\s*/, '').trim());
        reportError('usage', `${what} — ${m.cli.seeHelp('insat')}`);
      },
    })
    .addHelpText('after', m.cli.programHelp);
  attachIo(program, io);
  speakHelp(program, m);
  program.exitOverride();
  // An empty option value is a usage error everywhere (empty-options.ts), before any command runs.
  // Then every required flag left out is named in one error (required.ts), not only the first.
  program.hook('preAction', (_program, action) => {
    rejectEmptyOptions(action);
    refuseMissingFlags(action);
  });
  // `insat hours book …` needs the hours group only; help, a typo or no command need them all.
  for (const register of group ? [group] : Object.values(COMMAND_GROUPS)) register(program);
  for (const cmd of program.commands) applyExitOverride(cmd, m, reportError, missing);
  return program;
}

/** The group commander was about to show its help for, because its command was missing. */
interface MissingCommand {
  command: { path: string; commands: string[] } | null;
}

function applyExitOverride(
  cmd: Command,
  m: Catalogue,
  reportError: (code: string, message: string) => void,
  missing: MissingCommand,
  path = cmd.name(),
): void {
  cmd.exitOverride();
  takeOverMandatory(cmd);
  cmd.configureOutput({
    writeErr: () => void (missing.command ??= { path: `insat ${path}`, commands: cmd.commands.map((c) => c.name()) }),
    outputError: (str) =>
      reportError(
        'usage',
        `${commanderError(m, str.replace(/^error:\s*/, '').trim())} — ${m.cli.seeHelp(`insat ${path}`)}`,
      ),
  });
  for (const sub of cmd.commands) applyExitOverride(sub, m, reportError, missing, `${path} ${sub.name()}`);
}
