import type { Ctx } from '../../cli/context.js';
import { doneLine, emit, formatOf } from '../../cli/output.js';
import { areaArg, clip, dateArg, eurosArg, idArg, intArg, optionalDate, textArg } from '../../cli/parse.js';
import { customerIdArg, findCustomer, findOrder, orderIdArg } from '../../cli/record-ids.js';
import { change, findPerson, openStore } from '../../cli/store-access.js';
import { refuseIf, UsageError } from '../../errors.js';
import { formatEuroDe } from '../../model/money.js';
import {
  applyOrderStep,
  matchWorkKind,
  orderStepViolations,
  workKindsOf,
  workKindViolations,
  type OrderStep,
} from '../../model/orders.js';
import { nextId } from '../../model/people.js';
import { ORDER_STATUSES, type MainData, type Order, type OrderStatus } from '../../model/types.js';
import { violation } from '../../model/violations.js';
import { workKindCatalogue } from '../../store/catalogues.js';
import type { OrderAddOptions, OrderListOptions } from './index.js';
import { compareText } from '../../model/compare.js';

const kindsOf = (data: MainData) => workKindsOf(data.settings, workKindCatalogue());

export async function runOrderAdd(ctx: Ctx, opts: OrderAddOptions): Promise<void> {
  const customerId = customerIdArg(opts.customer);
  const area = areaArg(opts.area);
  const title = textArg(opts.title, '--title', { max: 300 });
  const received = opts.received === undefined ? ctx.today : dateArg(opts.received, '--received');
  const due = optionalDate(opts.due, '--due') ?? null;
  const kindText = textArg(opts.kind, '--kind', { required: false, max: 100 });
  const materialCents = opts.materialEuros === undefined ? 0 : eurosArg(opts.materialEuros, '--material-euros');
  const reason = textArg(opts.reason, '--reason', { required: false, max: 500 });
  if (opts.force && !reason)
    throw new UsageError('--force needs --reason TEXT — say why a kind of work the area did not list is accepted');
  if (reason && !opts.force)
    throw new UsageError(
      '--reason goes with --force — leave it out, or pass --force for a kind of work the area did not list',
    );
  const { result: id } = await change(ctx, `order add (${area})`, Boolean(opts.dryRun), (tx) => {
    findCustomer(tx.main, customerId);
    const listed = kindsOf(tx.main)[area];
    const kind = kindText ? (matchWorkKind(kindText, listed) ?? kindText) : '';
    const o: Order = {
      id: '',
      customerId,
      area,
      title,
      kind,
      kindReason: kind && !matchWorkKind(kind, listed) ? reason : '',
      received,
      due,
      materialCents,
      status: 'received',
      started: null,
      done: null,
      delivered: null,
      cancelled: null,
      participants: [],
    };
    refuseIf([
      ...(received > ctx.today
        ? [violation('order-date', `--received ${received} lies in the future — use today or an earlier day`)]
        : []),
      ...(due && due < received
        ? [violation('order-date', `--due ${due} is before the order was received (${received}) — give a later day`)]
        : []),
      ...workKindViolations(o, kindsOf(tx.main)),
    ]);
    o.id = nextId(tx.main, 'order');
    tx.main.orders.push(o);
    return o.id;
  });
  if (ctx.json) ctx.out(JSON.stringify({ id }));
  else
    doneLine(
      ctx,
      Boolean(opts.dryRun),
      `${opts.dryRun ? 'add' : 'added'} order ${id} for ${customerId} (${area}): ${title}`,
    );
}

export async function runOrderStep(
  ctx: Ctx,
  step: OrderStep,
  rawId: string,
  opts: { date?: string; dryRun?: boolean },
): Promise<void> {
  const id = orderIdArg(rawId);
  const date = opts.date === undefined ? ctx.today : dateArg(opts.date, '--date');
  let status: OrderStatus = 'received';
  await change(ctx, `order ${step} ${id}`, Boolean(opts.dryRun), (tx) => {
    const o = findOrder(tx.main, id);
    refuseIf(orderStepViolations(o, step, date, ctx.today));
    applyOrderStep(o, step, date);
    status = o.status;
  });
  doneLine(ctx, Boolean(opts.dryRun), `${opts.dryRun ? 'mark' : 'marked'} order ${id} ${status} on ${date}`);
}

export async function runOrderAssign(
  ctx: Ctx,
  rawId: string,
  rawParticipants: string[],
  opts: { dryRun?: boolean },
): Promise<void> {
  const id = orderIdArg(rawId);
  const participants = [...new Set(rawParticipants.map((p) => idArg(p, 'participant')))];
  let added: string[] = [];
  await change(ctx, `order assign ${id}`, Boolean(opts.dryRun), (tx) => {
    const o = findOrder(tx.main, id);
    for (const p of participants) findPerson(tx.main, p);
    refuseIf(
      participants
        .filter((p) => !tx.main.assignments.some((a) => a.personId === p))
        .map((p) =>
          violation('order-participant', `${p} was never enrolled — only participants can work on an order`, [p]),
        ),
    );
    added = participants.filter((p) => !o.participants.includes(p));
    o.participants = [...o.participants, ...added].sort();
  });
  doneLine(
    ctx,
    Boolean(opts.dryRun),
    added.length
      ? `${opts.dryRun ? 'link' : 'linked'} ${added.join(', ')} to order ${id}`
      : `link nothing new: ${participants.join(', ')} already on order ${id}`,
  );
}

export async function runOrderKinds(ctx: Ctx): Promise<void> {
  const kinds = kindsOf((await openStore(ctx)).main);
  if (ctx.json) ctx.out(JSON.stringify(kinds));
  else
    ctx.out(
      Object.entries(kinds)
        .map(([area, list]) => `${area}: ${list.join(', ')}`)
        .join('\n'),
    );
}

function statusArg(value: string): OrderStatus {
  if (!(ORDER_STATUSES as readonly string[]).includes(value))
    throw new UsageError(`--status '${clip(value)}' is not an order status — use one of ${ORDER_STATUSES.join(', ')}`);
  return value as OrderStatus;
}

export async function runOrderList(ctx: Ctx, opts: OrderListOptions): Promise<void> {
  const format = formatOf(ctx, opts.format);
  const area = opts.area === undefined ? undefined : areaArg(opts.area);
  const status = opts.status === undefined ? undefined : statusArg(opts.status);
  const year = opts.year === undefined ? undefined : intArg(opts.year, '--year', 1990, 2100);
  const customer = opts.customer === undefined ? undefined : customerIdArg(opts.customer);
  const data = (await openStore(ctx)).main;
  if (customer) findCustomer(data, customer);
  const names = new Map(data.customers.map((c) => [c.id, c.name]));
  const orders = data.orders
    .filter(
      (o) =>
        (!area || o.area === area) &&
        (!status || o.status === status) &&
        (!year || Number(o.received.slice(0, 4)) === year) &&
        (!customer || o.customerId === customer),
    )
    .sort((a, b) => compareText(b.received, a.received) || compareText(b.id, a.id));
  await emit(ctx, format, {
    json: () => ({ orders: orders.map((o) => ({ ...o, customer: names.get(o.customerId) ?? '' })) }),
    tabular: () => ({
      columns: [
        { key: 'id', header: 'order', kind: 'text' },
        { key: 'received', header: 'received', kind: 'date' },
        { key: 'area', header: 'area', kind: 'text' },
        { key: 'customerId', header: 'customer', kind: 'text' },
        { key: 'customer', header: 'customer name', kind: 'text' },
        { key: 'title', header: 'title', kind: 'text' },
        { key: 'kind', header: 'kind', kind: 'text' },
        { key: 'status', header: 'status', kind: 'text' },
        { key: 'due', header: 'due', kind: 'date' },
        { key: 'materialCents', header: 'material', kind: 'cents' },
      ],
      rows: orders.map((o) => ({
        id: o.id,
        received: o.received,
        area: o.area,
        customerId: o.customerId,
        customer: names.get(o.customerId) ?? '',
        title: o.title,
        kind: o.kind,
        status: o.status,
        due: o.due,
        materialCents: o.materialCents,
      })),
    }),
  });
}

export async function runOrderShow(ctx: Ctx, rawId: string): Promise<void> {
  const id = orderIdArg(rawId);
  const data = (await openStore(ctx)).main;
  const o = findOrder(data, id);
  const customer = data.customers.find((c) => c.id === o.customerId);
  const steps: [string, string | null][] = [
    ['received', o.received],
    ['started', o.started],
    ['done', o.done],
    ['delivered', o.delivered],
    ['cancelled', o.cancelled],
  ];
  await emit(ctx, ctx.json ? 'json' : 'text', {
    json: () => ({ ...o, customer: customer?.name ?? '' }),
    text: () =>
      [
        `${o.id}  ${o.title}`,
        `customer   ${o.customerId} ${customer?.name ?? '(not in the store)'}`,
        `area       ${o.area}`,
        `kind       ${o.kind || '–'}${o.kindReason ? ` (not listed by the area; accepted: ${o.kindReason})` : ''}`,
        `status     ${o.status}`,
        ...steps.filter(([, d]) => d).map(([k, d]) => `${k.padEnd(10)} ${d}`),
        `due        ${o.due ?? '–'}`,
        `material   ${formatEuroDe(o.materialCents)}`,
        `participants ${o.participants.join(', ') || '–'}`,
      ].join('\n'),
  });
}
