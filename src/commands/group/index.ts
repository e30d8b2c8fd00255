import type { Command } from 'commander';
import { contextOf } from '../../cli/context.js';
import { examples } from '../../cli/help.js';
import { dryRunOption, formatOption } from '../../cli/output.js';
import { m } from '../../i18n/active.js';
import { codeOption } from '../../cli/options.js';
import { groupKindOfWord } from '../../model/words.js';
import { GROUP_KINDS } from '../../model/types.js';

export interface OfferFields {
  date?: string;
  topic?: string;
  kind?: string;
  from?: string;
  to?: string;
  ledBy?: string;
  area?: string;
  dryRun?: boolean;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function registerGroup(program: Command): void {
  const words = m().group;
  const group = program.command('group').description(words.description);
  examples(group, [
    'insat group add --date 2026-11-24 --topic Bewerbungstraining --kind lesson --from 10:00 --to 12:00 --led-by "Frau Kaya"',
    'insat group attend u001 --absent p003=sick',
  ]);
  const load = () => import('./run.js');

  const add = group
    .command('add')
    .description(words.add.description)
    .requiredOption('--date <date>', words.optDate)
    .requiredOption('--topic <text>', words.add.optTopic)
    .addOption(codeOption('--kind <kind>', words.optKind, GROUP_KINDS, groupKindOfWord).makeOptionMandatory())
    .requiredOption('--from <HH:MM>', words.optFrom)
    .requiredOption('--to <HH:MM>', words.optTo)
    .requiredOption('--led-by <name>', words.optLedBy)
    .option('--area <area>', words.add.optArea, 'all')
    .addOption(dryRunOption())
    .action(async (opts: OfferFields, c: Command) => (await load()).runGroupAdd(contextOf(c), opts));
  examples(add, [
    'insat group add --date 2026-11-24 --topic "Bewerbungstraining" --kind lesson --from 10:00 --to 12:00 --led-by "Frau Kaya"',
    'insat group add --date 2026-12-03 --topic "Besuch im Bergbaumuseum" --kind excursion --from 09:00 --to 13:00 --led-by "Herr Brandt" --area holz',
  ]);

  const attend = group
    .command('attend <id> [participants...]')
    .description(words.attend.description)
    .option('--absent <id=code>', words.attend.optAbsent, collect)
    .option('--replace', words.attend.optReplace)
    .addOption(dryRunOption())
    .action(
      async (
        id: string,
        participants: string[],
        opts: { absent?: string[]; replace?: boolean; dryRun?: boolean },
        c: Command,
      ) => (await load()).runGroupAttend(contextOf(c), id, participants, opts),
    );
  examples(attend, [
    'insat group attend u001',
    'insat group attend u001 --absent p003=sick,p007=excused',
    'insat group attend u002 p003 p007 p011',
    'insat group attend u002 p003 p007 p011 p012 --replace',
  ]);

  const list = group
    .command('list')
    .description(words.list.description)
    .option('--month <YYYY-MM>', words.list.optMonth)
    .option('--participant <id>', words.list.optParticipant)
    .addOption(formatOption())
    .action(async (opts: { month?: string; participant?: string; format?: string }, c: Command) =>
      (await load()).runGroupList(contextOf(c), opts),
    );
  examples(list, [
    'insat group list --month 2026-11',
    'insat group list --participant p012 --format csv-de > gruppen-p012.csv',
  ]);

  const edit = group
    .command('edit <id>')
    .description(words.edit.description)
    .option('--date <date>', words.optDate)
    .option('--topic <text>', words.optTopic)
    .addOption(codeOption('--kind <kind>', words.optKind, GROUP_KINDS, groupKindOfWord))
    .option('--from <HH:MM>', words.optFrom)
    .option('--to <HH:MM>', words.optTo)
    .option('--led-by <name>', words.optLedBy)
    .option('--area <area>', words.edit.optArea)
    .addOption(dryRunOption())
    .action(async (id: string, opts: OfferFields, c: Command) => (await load()).runGroupEdit(contextOf(c), id, opts));
  examples(edit, ['insat group edit u001 --to 12:30', 'insat group edit u001 --led-by "Herr Brandt"']);

  const del = group
    .command('delete <id>')
    .description(words.delete.description)
    .addOption(dryRunOption())
    .action(async (id: string, opts: { dryRun?: boolean }, c: Command) =>
      (await load()).runGroupDelete(contextOf(c), id, opts),
    );
  examples(del, ['insat group delete u001']);
}
