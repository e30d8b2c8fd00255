// What every command needs from its surroundings: the data directory, today, output settings, the
// command line. Built once per run from the global options and the environment.
import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import { activeLang, m } from '../i18n/active.js';
import type { Catalogue, Lang } from '../i18n/text.js';
import { berlinDay } from '../model/berlin-day.js';
import { parseDate, type IsoDate } from '../model/dates.js';
import { requireUsableDataDir } from '../store/fs-errors.js';
import { resolveDataDir } from '../store/paths.js';
import { ioOf, type Io, type Sink } from './io.js';

export interface Ctx {
  dataDir: string;
  today: IsoDate;
  json: boolean;
  color: boolean;
  /** Prompts are allowed: stdin and stdout are terminals and CI is unset. */
  interactive: boolean;
  argv: string[];
  /** The command was given `--dry-run`: it changes nothing, not even the layout of an old store (store-access.ts). */
  dryRun: boolean;
  /** The run's streams: output goes through `out`, `warn` and `err`, never to process.stdout directly. */
  io: Io;
  out(text: string): void;
  warn(text: string): void;
  /** A line on stderr as it is (lists that precede an error, progress). */
  err(text: string): void;
  /** The words of the run's language (src/i18n): everything a person reads comes from here. */
  m: Catalogue;
  lang: Lang;
}

/** "Today" as a calendar day in Bochum, or INSAT_TODAY. */
export function today(env: NodeJS.ProcessEnv = process.env): IsoDate {
  if (env.INSAT_TODAY) {
    const d = parseDate(env.INSAT_TODAY);
    const value = env.INSAT_TODAY;
    if (!d) throw new UsageError((m) => m.input.badToday(value));
    return d;
  }
  return berlinDay(Date.now());
}

export function colorWanted(stream: Sink, opts: { color?: boolean; json?: boolean }, env = process.env): boolean {
  if (opts.color === false || opts.json) return false;
  if (env.NO_COLOR !== undefined || env.TERM === 'dumb') return false;
  return Boolean(stream.isTTY);
}

export function canPrompt(io: Io, env = process.env): boolean {
  return !env.CI && Boolean(io.stdout.isTTY) && io.stdinIsTTY;
}

export function contextOf(cmd: Command): Ctx {
  const g = cmd.optsWithGlobals() as {
    data?: string;
    json?: boolean;
    color?: boolean;
    format?: string;
    dryRun?: boolean;
  };
  const json = Boolean(g.json) || g.format === 'json';
  const io = ioOf(cmd);
  return {
    dataDir: requireUsableDataDir(resolveDataDir(g.data)),
    today: today(),
    json,
    color: colorWanted(io.stdout, { color: g.color, json: json || (g.format?.startsWith('csv') ?? false) }),
    interactive: canPrompt(io),
    argv: commandLine(cmd),
    dryRun: Boolean(g.dryRun),
    io,
    out: (text) => {
      io.stdout.write(text.endsWith('\n') ? text : text + '\n');
    },
    warn: (text) => {
      io.stderr.write(`${m().cli.warningPrefix}${text}\n`);
    },
    err: (text) => {
      io.stderr.write(text.endsWith('\n') ? text : text + '\n');
    },
    m: m(),
    lang: activeLang(),
  };
}

/** The words the run was started with (after `insat`), for the history. */
function commandLine(cmd: Command): string[] {
  let root = cmd;
  while (root.parent) root = root.parent;
  return [...((root as unknown as { rawArgs: string[] }).rawArgs ?? [])];
}
