import type { Command } from 'commander';
import { contextOf } from '../../cli/context.js';
import { examples } from '../../cli/help.js';
import { dryRunOption, formatOption } from '../../cli/output.js';
import { m } from '../../i18n/active.js';

export function registerConfig(program: Command): void {
  const words = m().config;
  const config = program.command('config').description(words.description);
  examples(config, [
    'insat config show',
    'insat config set seats.holz 12 --from 2027-01-01',
    'insat config rate set 2,00 --from 2020-03-01',
  ]);

  const show = config
    .command('show')
    .description(words.show)
    .action(async (_o: object, c: Command) => {
      const { runConfigShow } = await import('./run.js');
      await runConfigShow(contextOf(c));
    });
  examples(show, ['insat config show', 'insat config show --json']);

  const set = config
    .command('set <key> <value>')
    .description(words.set)
    .option('--from <date>', words.optFrom)
    .option('--force', words.optForce)
    .addOption(dryRunOption())
    .action(
      async (key: string, value: string, opts: { from?: string; force?: boolean; dryRun?: boolean }, c: Command) => {
        const { runConfigSet } = await import('./run.js');
        await runConfigSet(contextOf(c), key, value, opts);
      },
    );
  set.addHelpText('after', words.keysHelp);
  examples(set, [
    'insat config set seats.total 30 --from 2027-01-01',
    'insat config set provider.street "Musterstraße 1"',
    'insat config set closingDays 2026-12-24,2026-12-31',
  ]);

  const rate = config.command('rate').description(words.rate);
  examples(rate, [
    `insat config rate list                                  # ${words.exampleRateList}`,
    `insat config rate set 2,50 --from 2027-01-01            # ${words.exampleRateSet}`,
    `insat config rate delete --from 2027-01-01 --dry-run    # ${words.exampleRateDelete}`,
  ]);
  const rateSet = rate
    .command('set <euros>')
    .description(words.rateSet)
    .requiredOption('--from <date>', words.rateFrom)
    .option('--force', words.rateForce)
    .option('--dry-run', words.rateDryRun)
    .action(async (euros: string, opts: { from: string; force?: boolean; dryRun?: boolean }, c: Command) => {
      const { runRateSet } = await import('./run.js');
      await runRateSet(contextOf(c), euros, opts);
    });
  examples(rateSet, [
    'insat config rate set 2.50 --from 2027-01-01',
    `insat config rate set 2,50 --from 2026-04-01 --dry-run   # ${words.exampleRepriced}`,
    'insat config rate set 2,50 --from 2026-04-01 --force',
  ]);
  const rateDelete = rate
    .command('delete')
    .description(words.rateDelete)
    .requiredOption('--from <date>', words.rateDeleteFrom)
    .option('--force', words.rateDeleteForce)
    .option('--dry-run', words.rateDryRun)
    .action(async (opts: { from: string; force?: boolean; dryRun?: boolean }, c: Command) => {
      const { runRateDelete } = await import('./run.js');
      await runRateDelete(contextOf(c), opts);
    });
  examples(rateDelete, [
    'insat config rate delete --from 2027-01-01',
    'insat config rate delete --from 2026-04-01 --dry-run',
  ]);
  const rateList = rate
    .command('list')
    .description(words.rateList)
    .addOption(formatOption())
    .action(async (opts: { format?: string }, c: Command) => {
      const { runRateList } = await import('./run.js');
      await runRateList(contextOf(c), opts);
    });
  examples(rateList, ['insat config rate list', 'insat config rate list --json']);
}
