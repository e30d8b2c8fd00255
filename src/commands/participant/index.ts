import { type Command, Option } from 'commander';
import { contextOf } from '../../cli/context.js';
import { areaOption } from '../../cli/options.js';
import { requireWhen } from '../../cli/required.js';
import { examples } from '../../cli/help.js';
import { dryRunOption, formatOption } from '../../cli/output.js';
import { m } from '../../i18n/active.js';
import { EXIT_REASONS } from '../../model/exit-reasons.js';
import type { ExtendOptions } from './run.js';
import { registerParticipantEdits } from './edit-options.js';

export function registerParticipant(program: Command): void {
  const words = m().participant;
  const participant = program.command('participant').description(words.description);
  examples(participant, ['insat participant list --area holz', 'insat participant show p012']);
  const load = () => import('./run.js');

  const list = participant
    .command('list')
    .description(words.list.description)
    .option('--active-on <date>', words.list.optActiveOn)
    .addOption(areaOption(words.list.optArea))
    .option('--all', words.list.optAll)
    .addOption(formatOption())
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
    .description(words.show.description)
    .action(async (id: string, _o: object, c: Command) => (await load()).runParticipantShow(contextOf(c), id));
  examples(show, ['insat participant show p012', 'insat participant show p012 --json']);

  const extend = participant
    .command('extend <id>')
    .description(words.extend.description)
    .requiredOption('--until <date>', words.extend.optUntil)
    .option('--reason <text>', words.extend.optReason)
    .option('--cap-decision <text>', words.extend.optCapDecision)
    .option('--decided <date>', words.extend.optDecided)
    .addOption(dryRunOption())
    .action(async (id: string, opts: ExtendOptions, c: Command) => (await load()).runExtend(contextOf(c), id, opts));
  examples(extend, [
    'insat participant extend p012 --until 2027-11-30 --reason "Folgezuweisung"',
    'insat participant extend p012 --until 2028-05-31 --cap-decision "Jobcenter Bochum, Az. 362-4711 (§ 16d (6) SGB II)" --decided 2027-10-02',
    `insat participant extend p012 --until 2028-05-31 --cap-decision "…" --decided 2027-10-02   # ${words.extend.exampleSameEnd}`,
  ]);

  const move = participant
    .command('move <id>')
    .description(words.move.description)
    .addOption(areaOption(words.move.optArea).makeOptionMandatory())
    .requiredOption('--from <date>', words.move.optFrom)
    .option('--instructor <id>', words.move.optInstructor)
    .addOption(dryRunOption())
    .action(
      async (id: string, opts: { area: string; from: string; instructor?: string; dryRun?: boolean }, c: Command) =>
        (await load()).runMove(contextOf(c), id, opts),
    );
  examples(move, [
    'insat participant move p012 --area gestaltung --from 2026-12-01',
    'insat participant move p012 --area kueche --from 2026-11-02 --instructor s004',
  ]);

  registerParticipantEdits(participant);

  const exit = participant
    .command('exit <id>')
    .description(words.exit.description)
    .requiredOption('--date <date>', words.exit.optDate)
    .addOption(
      new Option('--reason <code>', words.exit.optReason).choices(Object.keys(EXIT_REASONS)).makeOptionMandatory(),
    )
    .option('--text <text>', words.exit.optText)
    .addOption(dryRunOption())
    .action(async (id: string, opts: { date: string; reason: string; text?: string; dryRun?: boolean }, c: Command) =>
      (await load()).runExit(contextOf(c), id, opts),
    );
  exit.addHelpText(
    'after',
    `\n${words.exit.reasons}\n${Object.entries(EXIT_REASONS)
      .map(([k, v]) => `  ${k.padEnd(20)}${words.exit.reasonLine(v.label, v.group)}`)
      .join('\n')}\n`,
  );
  // reason `other` says nothing by itself: its text is a required value, not a programme rule
  requireWhen(exit, (o) =>
    o.reason === 'other' && o.text === undefined
      ? [{ flag: '--text', with: '--reason other', alone: (m) => m.people.otherNeedsText }]
      : [],
  );
  examples(exit, [
    'insat participant exit p012 --date 2026-11-30 --reason job',
    'insat participant exit p013 --date 2026-11-20 --reason other --text "Pflege eines Angehörigen"',
  ]);
}
