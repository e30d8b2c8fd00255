import { type Command, Option } from 'commander';
import { contextOf } from '../../cli/context.js';
import { areaOption } from '../../cli/options.js';
import { examples } from '../../cli/help.js';
import { EXIT_REASONS } from '../../model/exit-reasons.js';
import type { ExtendOptions } from './run.js';
import { registerParticipantEdits } from './edit-options.js';

export function registerParticipant(program: Command): void {
  const participant = program
    .command('participant')
    .description('participants and changes of their assignment: list, show, extend, move, exit');
  examples(participant, ['insat participant list --area holz', 'insat participant show p012']);
  const load = () => import('./run.js');

  const list = participant
    .command('list')
    .description('participants with a seat on a day (default: today), or all with --all')
    .option('--active-on <date>', 'only those with a seat on this day (default: today)')
    .addOption(areaOption('only one work area'))
    .option('--all', 'everybody ever enrolled, with status')
    .option('--format <f>', 'table, csv, csv-de or json')
    .action(async (opts: { activeOn?: string; area?: string; all?: boolean; format?: string }, c: Command) =>
      (await load()).runParticipantList(contextOf(c), opts),
    );
  examples(list, [
    'insat participant list',
    'insat participant list --active-on 2026-06-30 --area kueche',
    'insat participant list --all --format csv-de > teilnehmende.csv',
  ]);

  const show = participant
    .command('show <id>')
    .description("one participant's assignment, area history, extensions, exit and AGH time used")
    .action(async (id: string, _o: object, c: Command) => (await load()).runParticipantShow(contextOf(c), id));
  examples(show, ['insat participant show p012', 'insat participant show p012 --json']);

  const extend = participant
    .command('extend <id>')
    .description('extend the current assignment to a later end')
    .requiredOption('--until <date>', 'the new last day')
    .option('--reason <text>', 'why (free text, for the record)')
    .option(
      '--cap-decision <text>',
      "the Jobcenter's decision to go beyond 24 months of AGH (up to 36); only when the extension crosses 24 months",
    )
    .option('--decided <date>', 'the day of that decision (default: today)')
    .option('--dry-run', 'show what would change, change nothing')
    .action(async (id: string, opts: ExtendOptions, c: Command) => (await load()).runExtend(contextOf(c), id, opts));
  examples(extend, [
    'insat participant extend p012 --until 2027-11-30 --reason "Folgezuweisung"',
    'insat participant extend p012 --until 2028-05-31 --cap-decision "Jobcenter Bochum, Az. 362-4711 (§ 16d (6) SGB II)" --decided 2027-10-02',
    'insat participant extend p012 --until 2028-05-31 --cap-decision "…" --decided 2027-10-02   # same end: records the decision only',
  ]);

  const move = participant
    .command('move <id>')
    .description('move a participant to another work area from a day on')
    .addOption(areaOption('the new work area').makeOptionMandatory())
    .requiredOption('--from <date>', 'first day in the new area')
    .option('--dry-run', 'show what would change, change nothing')
    .action(async (id: string, opts: { area: string; from: string; dryRun?: boolean }, c: Command) =>
      (await load()).runMove(contextOf(c), id, opts),
    );
  examples(move, ['insat participant move p012 --area gestaltung --from 2026-12-01']);

  registerParticipantEdits(participant);

  const exit = participant
    .command('exit <id>')
    .description('record that a participant left; the seat is free from the next day')
    .requiredOption('--date <date>', 'the last day of participation')
    .addOption(new Option('--reason <code>', 'exit reason').choices(Object.keys(EXIT_REASONS)).makeOptionMandatory())
    .option('--text <text>', "details; required for reason 'other'")
    .option('--dry-run', 'show what would change, change nothing')
    .action(async (id: string, opts: { date: string; reason: string; text?: string; dryRun?: boolean }, c: Command) =>
      (await load()).runExit(contextOf(c), id, opts),
    );
  exit.addHelpText(
    'after',
    `\nExit reasons:\n${Object.entries(EXIT_REASONS)
      .map(([k, v]) => `  ${k.padEnd(20)}${v.label} (${v.group})`)
      .join('\n')}\n`,
  );
  examples(exit, [
    'insat participant exit p012 --date 2026-11-30 --reason job',
    'insat participant exit p013 --date 2026-11-20 --reason other --text "Pflege eines Angehörigen"',
  ]);
}
