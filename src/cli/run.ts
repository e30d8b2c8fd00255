// One run of insat: global options, the command groups, and the one place where errors become
// exit codes (CLI.md). Used by the process entry (main.ts) and, in-process, by the tests.
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { InsatError } from '../errors.js';
import { COMMAND_GROUPS } from './groups.js';
import { rejectEmptyOptions } from './empty-options.js';
import { attachIo, type Io } from './io.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

/** Runs `insat ARGS`, writing to `io`; returns the exit code. */
export async function runCli(args: readonly string[], io: Io): Promise<number> {
  const wantsJson =
    args.includes('--json') ||
    args.some((a, i) => (a === '--format' && args[i + 1] === 'json') || a === '--format=json');
  const reportError = (code: string, message: string): void => {
    io.stderr.write(`error: ${message}\n`);
    if (wantsJson) io.stderr.write(JSON.stringify({ error: { code, message } }) + '\n');
  };
  const program = buildProgram(io, reportError);
  try {
    await program.parseAsync([...args], { from: 'user' });
    return 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help')
        return 0;
      if (e.code === 'commander.executeSubCommandAsync') return 0;
      return 2;
    }
    if (e instanceof InsatError) {
      reportError(e.code, e.message);
      return e.exitCode;
    }
    const err = e as Error;
    if (err?.name === 'ExitPromptError') {
      io.stderr.write('cancelled — nothing was changed\n');
      return 130;
    }
    reportError(
      'internal',
      `${err?.message ?? String(e)} — this is a bug in insat; run again with INSAT_DEBUG=1 and report the output`,
    );
    if (process.env.INSAT_DEBUG === '1') io.stderr.write(`${err?.stack ?? ''}\n`);
    return 1;
  }
}

function buildProgram(io: Io, reportError: (code: string, message: string) => void): Command {
  const program = new Command('insat')
    .description('Administration toolkit for INSAT, the work-opportunity programme (AGH) in Bochum')
    .version(pkg.version, '-V, --version')
    .option('--data <dir>', 'store directory (default: $INSAT_DATA, else $XDG_DATA_HOME/insat)')
    .option('--json', 'print one JSON document on stdout')
    .option('--no-color', 'never colour the output')
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: (str) => io.stdout.write(str),
      writeErr: (str) => io.stderr.write(str),
      getOutHelpWidth: () => io.stdout.columns ?? 80,
      getErrHelpWidth: () => io.stderr.columns ?? 80,
      getOutHasColors: () => false,
      getErrHasColors: () => false,
      outputError: (str) => {
        const what = str.replace(/^error:\s*/, '').trim();
        reportError('usage', `${what} — see 'insat --help'`);
      },
    })
    .addHelpText(
      'after',
      `
Examples:
  $ insat init --demo                 create a store with the demo programme
  $ insat seats                       free and occupied seats today
  $ insat applicant add --name "Max Muster" --birth-date 1980-05-01 --referred-by jobcenter
  $ insat enrol p012 --area holz --start 2026-12-01 --until 2027-11-30 --hours-per-week 20
  $ insat hours book --area kueche --date 2026-11-24 --as-planned
  $ insat occupancy --format text     last week's summary, for cron

Exit codes: 0 done · 1 internal error · 2 usage · 3 refused by a programme rule · 4 not found · 5 busy · 6 store unreadable
Environment: INSAT_DATA (store), INSAT_TODAY (fixed date), NO_COLOR, INSAT_DEBUG=1 (stack traces)`,
    );
  attachIo(program, io);
  program.exitOverride();
  // An empty option value is a usage error everywhere (empty-options.ts), before any command runs.
  program.hook('preAction', (_program, action) => rejectEmptyOptions(action));
  for (const register of COMMAND_GROUPS) register(program);
  for (const cmd of program.commands) applyExitOverride(cmd, reportError);
  return program;
}

function applyExitOverride(
  cmd: Command,
  reportError: (code: string, message: string) => void,
  path = cmd.name(),
): void {
  cmd.exitOverride();
  cmd.configureOutput({
    outputError: (str) => reportError('usage', `${str.replace(/^error:\s*/, '').trim()} — see 'insat ${path} --help'`),
  });
  for (const sub of cmd.commands) applyExitOverride(sub, reportError, `${path} ${sub.name()}`);
}
