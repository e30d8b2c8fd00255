import type { Ctx } from '../../cli/context.js';
import { emit, formatOf, reply } from '../../cli/output.js';
import { clip, textArg } from '../../cli/parse.js';
import { clearedFields } from '../../cli/person-edit.js';
import { customerIdArg, findCustomer } from '../../cli/record-ids.js';
import { change, openStore } from '../../cli/store-access.js';
import { refuseIf, RuleError, UsageError } from '../../errors.js';
import {
  customerTypes,
  duplicateCustomerViolations,
  isCustomerKind,
  matchCustomerType,
  refusedCustomerKind,
  refusedKindOf,
} from '../../model/customers.js';
import { nextId } from '../../model/people.js';
import { orderCountOf } from '../../model/orders.js';
import { CUSTOMER_KINDS, type Customer, type CustomerKind, type Settings } from '../../model/types.js';
import { customerTypeCatalogue } from '../../store/catalogues.js';
import type { CustomerFields } from './index.js';
import { compareText } from '../../model/compare.js';

const KIND_WORDS: Record<string, CustomerKind> = {
  öffentlich: 'public',
  oeffentlich: 'public',
  gemeinnützig: 'non-profit',
  gemeinnuetzig: 'non-profit',
};

/** public or non-profit; a commercial or private customer is refused by the rule, anything else is a typo. */
export function customerKindArg(value: string): CustomerKind {
  const v = value.trim().toLowerCase();
  const kind = KIND_WORDS[v] ?? v;
  if (isCustomerKind(kind)) return kind;
  const refused = refusedCustomerKind(v);
  if (refused) throw new RuleError([refused]);
  throw new UsageError((m) => m.customer.badKind(clip(value), CUSTOMER_KINDS));
}

/**
 * The kind to list: a kind the rule refuses can never be recorded, so filtering by it is a usage
 * matter (exit 2), not a refusal.
 */
function customerKindFilterArg(value: string): CustomerKind {
  const refused = refusedKindOf(value);
  if (refused) throw new UsageError((m) => m.customer.list.neverRecorded(refused, CUSTOMER_KINDS));
  return customerKindArg(value);
}

function customerTypeArg(value: string, settings: Settings): string {
  const types = customerTypes(settings, customerTypeCatalogue());
  const t = matchCustomerType(textArg(value, '--type', { max: 100 }), types);
  if (!t) throw new UsageError((m) => m.customer.badType(clip(value), types));
  return t;
}

export async function runCustomerAdd(ctx: Ctx, opts: CustomerFields): Promise<void> {
  const name = textArg(opts.name, '--name', { max: 200 });
  const kind = customerKindArg(opts.kind ?? '');
  const address = textArg(opts.address, '--address', { required: false, max: 300 });
  const contact = textArg(opts.contact, '--contact', { required: false, max: 200 });
  const { result: id } = await change(ctx, `customer add (${kind})`, Boolean(opts.dryRun), (tx) => {
    const type = customerTypeArg(opts.type ?? '', tx.main.settings);
    const c: Customer = { id: '', name, kind, type, address, contact, created: ctx.today };
    refuseIf(duplicateCustomerViolations(tx.main, c));
    c.id = nextId(tx.main, 'customer');
    tx.main.customers.push(c);
    return c.id;
  });
  reply(ctx, {
    json: { id },
    done: ctx.m.customer.add.done(id, name, kind),
    wouldDo: ctx.m.customer.add.wouldDo(id, name, kind),
    dryRun: opts.dryRun,
  });
}

/** The customer fields `customer edit --clear` may empty: the optional ones. */
export const CUSTOMER_CLEARABLE = ['address', 'contact'] as const;

export async function runCustomerEdit(ctx: Ctx, rawId: string, opts: CustomerFields): Promise<void> {
  const id = customerIdArg(rawId);
  const cleared = clearedFields(opts.clear, CUSTOMER_CLEARABLE, { address: opts.address, contact: opts.contact });
  const given = (['name', 'kind', 'type', 'address', 'contact'] as const).filter(
    (k) => opts[k] !== undefined || cleared.has(k),
  );
  if (given.length === 0) throw new UsageError((m) => m.customer.edit.nothing);
  const kind = opts.kind === undefined ? undefined : customerKindArg(opts.kind);
  const name = opts.name === undefined ? undefined : textArg(opts.name, '--name', { max: 200 });
  const address = cleared.has('address')
    ? ''
    : opts.address === undefined
      ? undefined
      : textArg(opts.address, '--address', { required: false, max: 300 });
  const contact = cleared.has('contact')
    ? ''
    : opts.contact === undefined
      ? undefined
      : textArg(opts.contact, '--contact', { required: false, max: 200 });
  const dryRun = Boolean(opts.dryRun);
  const { result: changed } = await change(ctx, `customer edit ${id} (${given.join(', ')})`, dryRun, (tx) => {
    const c = findCustomer(tx.main, id);
    const before = { ...c };
    if (name !== undefined) c.name = name;
    if (kind !== undefined) c.kind = kind;
    if (opts.type !== undefined) c.type = customerTypeArg(opts.type, tx.main.settings);
    if (address !== undefined) c.address = address;
    if (contact !== undefined) c.contact = contact;
    refuseIf(duplicateCustomerViolations(tx.main, c));
    return given.filter((k) => before[k] !== c[k]);
  });
  const words = ctx.m.customer.edit;
  // values the record already has change nothing, with --dry-run too
  reply(ctx, {
    json: { id, changed, dryRun },
    done: changed.length > 0 ? words.done(changed, id) : words.unchanged(id),
    wouldDo: words.wouldDo(changed, id),
    dryRun: dryRun && changed.length > 0,
  });
}

export async function runCustomerList(
  ctx: Ctx,
  opts: { type?: string; kind?: string; format?: string },
): Promise<void> {
  const format = formatOf(ctx, opts.format);
  const kind = opts.kind === undefined ? undefined : customerKindFilterArg(opts.kind);
  const data = (await openStore(ctx)).main;
  const type = opts.type === undefined ? undefined : customerTypeArg(opts.type, data.settings);
  const customers = data.customers
    .filter((c) => (!kind || c.kind === kind) && (!type || c.type === type))
    .sort((a, b) => a.name.localeCompare(b.name, 'de'));
  const orders = (id: string) => orderCountOf(data.orders, id);
  const words = ctx.m.customer.columns;
  await emit(ctx, format, {
    json: () => ({ customers: customers.map((c) => ({ ...c, orders: orders(c.id) })) }),
    tabular: () => ({
      columns: [
        { key: 'id', header: 'customer', label: words.id, kind: 'text' },
        { key: 'name', header: 'name', label: words.name, kind: 'text' },
        { key: 'kind', header: 'kind', label: words.kind, kind: 'text', words: ctx.m.customer.kindWords },
        { key: 'type', header: 'type', label: words.type, kind: 'text' },
        { key: 'contact', header: 'contact', label: words.contact, kind: 'text' },
        { key: 'orders', header: 'orders', label: words.orders, kind: 'int' },
      ],
      rows: customers.map((c) => ({
        id: c.id,
        name: c.name,
        kind: c.kind,
        type: c.type,
        contact: c.contact,
        orders: orders(c.id),
      })),
    }),
  });
}

export async function runCustomerTypes(ctx: Ctx): Promise<void> {
  const types = customerTypes((await openStore(ctx)).main.settings, customerTypeCatalogue());
  await emit(ctx, ctx.json ? 'json' : 'text', { json: () => ({ types }), text: () => types.join('\n') });
}

export async function runCustomerShow(ctx: Ctx, rawId: string): Promise<void> {
  const id = customerIdArg(rawId);
  const data = (await openStore(ctx)).main;
  const c = findCustomer(data, id);
  const orders = data.orders.filter((o) => o.customerId === id).sort((a, b) => compareText(a.received, b.received));
  await emit(ctx, ctx.json ? 'json' : 'text', {
    json: () => ({
      ...c,
      orders: orders.map((o) => ({ id: o.id, area: o.area, title: o.title, status: o.status, received: o.received })),
    }),
    text: () => {
      const words = ctx.m.customer.show;
      const areaWords = ctx.m.participant.show.areaWords;
      const statusWords = ctx.m.order.statusWords;
      const width = Math.max(
        9,
        ...[words.kind, words.type, words.address, words.contact, words.recorded].map((w) => w.length),
      );
      const line = (label: string, value: string) => `${label.padEnd(width)} ${value}`;
      return [
        `${c.id}  ${c.name}`,
        line(words.kind, ctx.m.customer.kindWords[c.kind] ?? c.kind),
        line(words.type, c.type),
        line(words.address, c.address || '–'),
        line(words.contact, c.contact || '–'),
        line(words.recorded, ctx.m.fmt.date(c.created)),
        line(words.orders, String(orders.length)),
        ...orders.map(
          (o) =>
            `  ${o.id}  ${ctx.m.fmt.date(o.received)}  ${(areaWords[o.area] ?? o.area).padEnd(10)} ${(statusWords[o.status] ?? o.status).padEnd(11)} ${o.title}`,
        ),
      ].join('\n');
    },
  });
}
