import type { Command } from 'commander';
import { contextOf } from '../../cli/context.js';
import { examples } from '../../cli/help.js';
import { dryRunOption, formatOption } from '../../cli/output.js';
import { m } from '../../i18n/active.js';

export interface CustomerFields {
  name?: string;
  kind?: string;
  type?: string;
  address?: string;
  contact?: string;
  /** `customer edit`: comma-separated fields to empty (an empty option value is refused everywhere). */
  clear?: string;
  dryRun?: boolean;
}

export function registerCustomer(program: Command): void {
  const words = m().customer;
  const customer = program.command('customer').description(words.description);
  examples(customer, [
    'insat customer add --name "Kita Sonnenschein" --kind non-profit --type Kita',
    'insat customer list',
  ]);
  const load = () => import('./run.js');

  const add = customer
    .command('add')
    .description(words.add.description)
    .requiredOption('--name <name>', words.add.optName)
    .requiredOption('--kind <kind>', words.add.optKind)
    .requiredOption('--type <type>', words.add.optType)
    .option('--address <address>', words.add.optAddress)
    .option('--contact <name>', words.add.optContact)
    .addOption(dryRunOption())
    .action(async (opts: CustomerFields, c: Command) => (await load()).runCustomerAdd(contextOf(c), opts));
  examples(add, [
    'insat customer add --name "Kita Sonnenschein" --kind non-profit --type Kita --address "Hauptstraße 5, 44787 Bochum" --contact "Frau Berg"',
    'insat customer add --name "Stadt Bochum, Grünflächenamt" --kind public --type "Stadt Bochum"',
  ]);

  const list = customer
    .command('list')
    .description(words.list.description)
    .option('--type <type>', words.list.optType)
    .option('--kind <kind>', words.list.optKind)
    .addOption(formatOption())
    .action(async (opts: { type?: string; kind?: string; format?: string }, c: Command) =>
      (await load()).runCustomerList(contextOf(c), opts),
    );
  examples(list, ['insat customer list', 'insat customer list --type Kita --format csv-de > kitas.csv']);

  const types = customer
    .command('types')
    .description(words.types.description)
    .action(async (_opts: unknown, c: Command) => (await load()).runCustomerTypes(contextOf(c)));
  examples(types, ['insat customer types', 'insat config set customerTypes "Jugendzentrum, Bürgerverein"']);

  const show = customer
    .command('show <id>')
    .description(words.show.description)
    .action(async (id: string, _opts: unknown, c: Command) => (await load()).runCustomerShow(contextOf(c), id));
  examples(show, ['insat customer show c001', 'insat customer show c001 --json']);

  const edit = customer
    .command('edit <id>')
    .description(words.edit.description)
    .option('--name <name>', words.add.optName)
    .option('--kind <kind>', words.add.optKind)
    .option('--type <type>', words.edit.optType)
    .option('--address <address>', words.edit.optAddress)
    .option('--contact <name>', words.edit.optContact)
    .option('--clear <fields>', words.edit.optClear)
    .addOption(dryRunOption())
    .action(async (id: string, opts: CustomerFields, c: Command) =>
      (await load()).runCustomerEdit(contextOf(c), id, opts),
    );
  examples(edit, [
    'insat customer edit c001 --contact "Herr Yilmaz"',
    'insat customer edit c003 --type Wohlfahrtsverband',
    'insat customer edit c001 --clear address,contact',
  ]);
}
