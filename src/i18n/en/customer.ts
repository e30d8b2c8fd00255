// `insat customer …` and the customer rules of the model (src/model/customers.ts).
import type { IsoDate } from '../../model/dates.js';
import { fmt } from './format.js';

export const customer = {
  description: 'customers of the work areas: public and non-profit organisations only (§ 16d (2)–(4) SGB II)',
  add: {
    description: 'record a customer (a commercial or private customer is refused)',
    optName: 'the organisation',
    optKind: 'public or non-profit',
    optType: "e.g. Kita, Schule, Stadt Bochum, Verein, Kirchengemeinde (the list: 'insat customer types')",
    optAddress: "the organisation's address",
    optContact: 'the contact person',
    done: (id: string, name: string, kind: string) => `added customer ${id}: ${name} (${kind})`,
    wouldDo: (id: string, name: string, kind: string) => `add customer ${id}: ${name} (${kind})`,
  },
  /** The kinds in the table and csv-de; csv and JSON keep the codes. */
  kindWords: {} as Record<string, string>,
  list: {
    description: 'the customers with their number of orders',
    optType: 'only customers of this type',
    optKind: 'only public or only non-profit customers',
    neverRecorded: (kind: 'commercial' | 'private', kinds: readonly string[]) =>
      `--kind: there are no ${kind} customers to list — only public and non-profit customers can be recorded (§ 16d SGB II); use --kind ${kinds.join(' or --kind ')}, or leave --kind out`,
  },
  types: { description: "the customer types (data/customer-types.json and the setting 'customerTypes')" },
  show: {
    description: 'one customer and their orders',
    kind: 'kind',
    type: 'type',
    address: 'address',
    contact: 'contact',
    recorded: 'recorded',
    orders: 'orders',
  },
  edit: {
    description: "correct a customer's fields; one undoable step",
    optType: 'the customer type',
    optAddress: 'the address (to empty it: --clear address)',
    optContact: 'the contact person (to empty it: --clear contact)',
    optClear: 'empty optional fields: address, contact (e.g. --clear address,contact)',
    nothing: 'nothing to change — give at least one of --name, --kind, --type, --address, --contact, --clear',
    done: (fields: readonly string[], id: string) => `changed ${fields.join(', ')} of customer ${id}`,
    wouldDo: (fields: readonly string[], id: string) => `change ${fields.join(', ')} of customer ${id}`,
    unchanged: (id: string) => `nothing changed: customer ${id} already has these values`,
  },
  columns: { id: 'customer', name: 'name', kind: 'kind', type: 'type', contact: 'contact', orders: 'orders' },
  badKind: (value: string, kinds: readonly string[]) =>
    `--kind '${value}' is not a kind of customer — use ${kinds.join(' or ')}`,
  badType: (value: string, types: readonly string[]) =>
    `--type '${value}' is not a customer type — use one of ${types.join(', ')}; or add it with 'insat config set customerTypes "${value}"'`,
  badId: (value: string) =>
    `customer '${value}' is not a customer id — customer ids look like c012 (see 'insat customer list')`,
  notFound: (id: string) => `no customer '${id}' — see 'insat customer list'`,
  // the rules (src/model/customers.ts)
  refusedKind: (kind: 'commercial' | 'private') =>
    `a ${kind} customer is refused: AGH work must be additional, in the public interest and competition-neutral (§ 16d (2)–(4) SGB II), so only public and non-profit organisations can order — record the order only for a public or non-profit customer`,
  duplicate: (name: string, id: string) =>
    `a customer named '${name}' is already recorded as ${id} — use ${id}, or choose a distinguishing name`,
  futureDate: (id: string, date: IsoDate) => `customer ${id} is recorded on ${fmt.date(date)}, in the future`,
};
