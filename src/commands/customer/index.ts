import type { Command } from 'commander';
import { contextOf } from '../../cli/context.js';
import { examples } from '../../cli/help.js';

export interface CustomerFields {
  name?: string;
  kind?: string;
  type?: string;
  address?: string;
  contact?: string;
  dryRun?: boolean;
}

export function registerCustomer(program: Command): void {
  const customer = program
    .command('customer')
    .description('customers of the work areas: public and non-profit organisations only (§ 16d (2)–(4) SGB II)');
  examples(customer, [
    'insat customer add --name "Kita Sonnenschein" --kind non-profit --type Kita',
    'insat customer list',
  ]);
  const load = () => import('./run.js');

  const add = customer
    .command('add')
    .description('record a customer (a commercial or private customer is refused)')
    .requiredOption('--name <name>', 'the organisation')
    .requiredOption('--kind <kind>', 'public or non-profit')
    .requiredOption(
      '--type <type>',
      "e.g. Kita, Schule, Stadt Bochum, Verein, Kirchengemeinde (the list: 'insat customer types')",
    )
    .option('--address <address>', "the organisation's address")
    .option('--contact <name>', 'the contact person')
    .option('--dry-run', 'show what would change, change nothing')
    .action(async (opts: CustomerFields, c: Command) => (await load()).runCustomerAdd(contextOf(c), opts));
  examples(add, [
    'insat customer add --name "Kita Sonnenschein" --kind non-profit --type Kita --address "Hauptstraße 5, 44787 Bochum" --contact "Frau Berg"',
    'insat customer add --name "Stadt Bochum, Grünflächenamt" --kind public --type "Stadt Bochum"',
  ]);

  const list = customer
    .command('list')
    .description('the customers with their number of orders')
    .option('--type <type>', 'only customers of this type')
    .option('--kind <kind>', 'only public or only non-profit customers')
    .option('--format <f>', 'table, csv, csv-de or json')
    .action(async (opts: { type?: string; kind?: string; format?: string }, c: Command) =>
      (await load()).runCustomerList(contextOf(c), opts),
    );
  examples(list, ['insat customer list', 'insat customer list --type Kita --format csv-de > kitas.csv']);

  const types = customer
    .command('types')
    .description("the customer types (data/customer-types.json and the setting 'customerTypes')")
    .action(async (_opts: unknown, c: Command) => (await load()).runCustomerTypes(contextOf(c)));
  examples(types, ['insat customer types', 'insat config set customerTypes "Jugendzentrum, Bürgerverein"']);

  const show = customer
    .command('show <id>')
    .description('one customer and their orders')
    .action(async (id: string, _opts: unknown, c: Command) => (await load()).runCustomerShow(contextOf(c), id));
  examples(show, ['insat customer show c001', 'insat customer show c001 --json']);

  const edit = customer
    .command('edit <id>')
    .description("correct a customer's fields; one undoable step")
    .option('--name <name>', 'the organisation')
    .option('--kind <kind>', 'public or non-profit')
    .option('--type <type>', 'the customer type')
    .option('--address <address>', 'the address ("" clears it)')
    .option('--contact <name>', 'the contact person ("" clears it)')
    .option('--dry-run', 'show what would change, change nothing')
    .action(async (id: string, opts: CustomerFields, c: Command) =>
      (await load()).runCustomerEdit(contextOf(c), id, opts),
    );
  examples(edit, [
    'insat customer edit c001 --contact "Herr Yilmaz"',
    'insat customer edit c003 --type Wohlfahrtsverband',
  ]);
}
