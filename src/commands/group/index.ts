import { type Command, Option } from 'commander';
import { contextOf } from '../../cli/context.js';
import { examples } from '../../cli/help.js';

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
  const group = program
    .command('group')
    .description(
      'lessons, group offers and excursions of the § 45 activation measure: attendance, no allowance, not AGH working time',
    );
  examples(group, [
    'insat group add --date 2026-11-24 --topic Bewerbungstraining --kind lesson --from 10:00 --to 12:00 --led-by "Frau Kaya"',
    'insat group attend u001 --absent p003=sick',
  ]);
  const load = () => import('./run.js');

  const add = group
    .command('add')
    .description('plan an offer')
    .requiredOption('--date <date>', 'the day')
    .requiredOption('--topic <text>', 'e.g. Bewerbungstraining, Erste Hilfe, Museumsbesuch')
    .addOption(
      new Option('--kind <kind>', 'lesson, group or excursion')
        .choices(['lesson', 'group', 'excursion'])
        .makeOptionMandatory(),
    )
    .requiredOption('--from <HH:MM>', 'begins')
    .requiredOption('--to <HH:MM>', 'ends')
    .requiredOption('--led-by <name>', 'who leads it')
    .option('--area <area>', "the work area whose participants are planned, or 'all'", 'all')
    .option('--dry-run', 'show what would change, change nothing')
    .action(async (opts: OfferFields, c: Command) => (await load()).runGroupAdd(contextOf(c), opts));
  examples(add, [
    'insat group add --date 2026-11-24 --topic "Bewerbungstraining" --kind lesson --from 10:00 --to 12:00 --led-by "Frau Kaya"',
    'insat group add --date 2026-12-03 --topic "Besuch im Bergbaumuseum" --kind excursion --from 09:00 --to 13:00 --led-by "Herr Brandt" --area holz',
  ]);

  const attend = group
    .command('attend <id> [participants...]')
    .description(
      'record who attended: without names everyone planned (a seat that day, in the area) is present; --absent names the exceptions',
    )
    .option(
      '--absent <id=code>',
      'absent with a reason: sick, sick-certified, excused, holiday, unexcused (repeatable or comma-separated)',
      collect,
    )
    .option('--dry-run', 'show what would change, change nothing')
    .action(async (id: string, participants: string[], opts: { absent?: string[]; dryRun?: boolean }, c: Command) =>
      (await load()).runGroupAttend(contextOf(c), id, participants, opts),
    );
  examples(attend, [
    'insat group attend u001',
    'insat group attend u001 --absent p003=sick,p007=excused',
    'insat group attend u002 p003 p007 p011',
  ]);

  const list = group
    .command('list')
    .description('offers with their attendance')
    .option('--month <YYYY-MM>', 'one month')
    .option('--participant <id>', "one participant's offers (with the minutes attended)")
    .option('--format <f>', 'table, csv, csv-de or json')
    .action(async (opts: { month?: string; participant?: string; format?: string }, c: Command) =>
      (await load()).runGroupList(contextOf(c), opts),
    );
  examples(list, [
    'insat group list --month 2026-11',
    'insat group list --participant p012 --format csv-de > gruppen-p012.csv',
  ]);

  const edit = group
    .command('edit <id>')
    .description("correct an offer's fields; one undoable step")
    .option('--date <date>', 'the day')
    .option('--topic <text>', 'the topic')
    .addOption(new Option('--kind <kind>', 'lesson, group or excursion').choices(['lesson', 'group', 'excursion']))
    .option('--from <HH:MM>', 'begins')
    .option('--to <HH:MM>', 'ends')
    .option('--led-by <name>', 'who leads it')
    .option('--area <area>', "a work area or 'all'")
    .option('--dry-run', 'show what would change, change nothing')
    .action(async (id: string, opts: OfferFields, c: Command) => (await load()).runGroupEdit(contextOf(c), id, opts));
  examples(edit, ['insat group edit u001 --to 12:30', 'insat group edit u001 --led-by "Herr Brandt"']);

  const del = group
    .command('delete <id>')
    .description('remove an offer and its attendance; one undoable step')
    .option('--dry-run', 'show what would change, change nothing')
    .action(async (id: string, opts: { dryRun?: boolean }, c: Command) =>
      (await load()).runGroupDelete(contextOf(c), id, opts),
    );
  examples(del, ['insat group delete u001']);
}
