// Required flags, named all at once (CLI.md "prompts": without a terminal, a missing required value is
// a usage error that names every missing flag). commander stops at the first mandatory option it
// misses, so run.ts takes each command's mandatory options over (takeOverMandatory) and checks them
// here before the action runs, together with the flags a command needs only with some values
// (requireWhen: `--text` with `--reason other`). Commands that ask on a terminal use prompts.ts.
import type { Command, Option } from 'commander';
import { UsageError } from '../errors.js';
import type { Text } from '../i18n/text.js';

export interface MissingFlag {
  /** `--date`, or alternatives: `--suitable|--unsuitable` */
  flag: string;
  /** What makes the flag required: `--reason other`. */
  with?: string;
  /** The message when this is the only flag missing (it says why the flag is needed). */
  alone?: Text;
}

type Condition = (opts: Record<string, unknown>) => MissingFlag[];

const required = new WeakSet<Option>();
const conditions = new WeakMap<Command, Condition[]>();

/** CMD needs more flags depending on the values it got; `condition` returns the ones missing. */
export function requireWhen<C extends Command>(cmd: C, condition: Condition): C {
  conditions.set(cmd, [...(conditions.get(cmd) ?? []), condition]);
  return cmd;
}

/** commander's mandatory options of CMD become ours: checked by refuseMissingFlags, all at once. */
export function takeOverMandatory(cmd: Command): void {
  for (const option of cmd.options) {
    if (!option.mandatory) continue;
    option.mandatory = false;
    required.add(option);
  }
}

/** Every required flag the command line left out (the command's and its parents'), in the order of the help. */
export function missingFlags(action: Command): MissingFlag[] {
  const missing: MissingFlag[] = [];
  const chain: Command[] = [];
  for (let c: Command | null = action; c; c = c.parent) chain.unshift(c);
  for (const c of chain)
    for (const option of c.options)
      if (required.has(option) && c.getOptionValue(option.attributeName()) === undefined)
        missing.push({ flag: option.long ?? option.flags });
  for (const condition of conditions.get(action) ?? []) missing.push(...condition(action.opts()));
  return missing;
}

/** Throws a usage error naming every missing required flag of the command about to run. */
export function refuseMissingFlags(action: Command): void {
  refuseMissing(missingFlags(action), commandPath(action));
}

/**
 * Throws a usage error naming every flag in MISSING (one alone says why, with its own message): for a
 * command that finds out what it misses only in its action (`hours book --area …`).
 */
export function refuseMissing(missing: readonly MissingFlag[], command: string): void {
  if (missing.length === 0) return;
  const alone = missing.length === 1 ? missing[0]!.alone : undefined;
  if (alone) throw new UsageError(alone);
  throw new UsageError((m) => m.cli.missingFlags(missing, command));
}

/** `insat participant exit`: the words that name CMD. */
export function commandPath(cmd: Command): string {
  const names: string[] = [];
  for (let c: Command | null = cmd; c; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}
