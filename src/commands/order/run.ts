import type { Ctx } from '../../cli/context.js';
import { emit, formatOf, reply } from '../../cli/output.js';
import { areaArg, clip, dateArg, eurosArg, idArg, intArg, optionalDate, textArg } from '../../cli/parse.js';
import { customerIdArg, findCustomer, findOrder, orderIdArg } from '../../cli/record-ids.js';
import { change, findPerson, openStore } from '../../cli/store-access.js';
import { fieldChanges } from '../../cli/field-changes.js';
import { clearedFields } from '../../cli/person-edit.js';
import { refuseIf, UsageError } from '../../errors.js';
import { sayViolation } from '../../i18n/active.js';
import { orderStatusOfWord } from '../../model/words.js';
import {
  applyOrderStep,
  kindAfterEdit,
  matchWorkKind,
  orderFieldViolations,
  orderParticipantViolations,
  orderStepEditViolations,
  orderStepViolations,
  statusOfSteps,
  STEP_FIELDS,
  workKindsOn,
  workKindViolations,
  type OrderStep,
} from '../../model/orders.js';
import { newViolations } from '../../model/touched-check.js';
import { nextId } from '../../model/people.js';
import { ORDER_STATUSES, type MainData, type Order, type OrderStatus } from '../../model/types.js';
import { violation } from '../../model/violations.js';
import { workKindCatalogue } from '../../store/catalogues.js';
import type { OrderAddOptions, OrderEditOptions, OrderListOptions } from './index.js';
import { compareText } from '../../model/compare.js';

/** The kinds each area listed on a day (the list valid when an order came in). */
const kindsOn = (data: MainData, date: string) => workKindsOn(data.settings, workKindCatalogue(), date);

export async function runOrderAdd(ctx: Ctx, opts: OrderAddOptions): Promise<void> {
  const customerId = customerIdArg(opts.customer);
  const area = areaArg(opts.area);
  const title = textArg(opts.title, '--title', { max: 300 });
  const received = opts.received === undefined ? ctx.today : dateArg(opts.received, '--received');
  const due = optionalDate(opts.due, '--due') ?? null;
  const kindText = textArg(opts.kind, '--kind', { required: false, max: 100 });
  const materialCents = opts.materialEuros === undefined ? 0 : eurosArg(opts.materialEuros, '--material-euros');
  const reason = textArg(opts.reason, '--reason', { required: false, max: 500 });
  if (reason && !opts.force) throw new UsageError((m) => m.order.add.reasonNeedsForce);
  const { result: id } = await change(ctx, `order add (${area})`, Boolean(opts.dryRun), (tx) => {
    findCustomer(tx.main, customerId);
    const listed = kindsOn(tx.main, received)[area];
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
      ...(received > ctx.today ? [violation('order-date', (m) => m.order.add.receivedInFuture(received))] : []),
      ...(due && due < received ? [violation('order-date', (m) => m.order.add.dueBeforeReceived(due, received))] : []),
      ...workKindViolations(o, kindsOn(tx.main, received)),
    ]);
    o.id = nextId(tx.main, 'order');
    tx.main.orders.push(o);
    return o.id;
  });
  reply(ctx, {
    json: { id },
    done: ctx.m.order.add.done(id, customerId, area, title),
    wouldDo: ctx.m.order.add.wouldDo(id, customerId, area, title),
    dryRun: opts.dryRun,
  });
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
    const unseated = (): string[] =>
      orderParticipantViolations(o, tx.main.assignments, ctx.today).map((v) => v.ids[1]!);
    const before = unseated();
    applyOrderStep(o, step, date);
    // a step dated back ends the order's days earlier: its participants must still have worked in them
    const now = unseated().filter((p) => !before.includes(p));
    refuseIf(orderParticipantViolations(o, tx.main.assignments, ctx.today, now));
    status = o.status;
  });
  reply(ctx, {
    json: { id, status, date },
    done: ctx.m.order.stepDone(id, status, date),
    wouldDo: ctx.m.order.stepWouldDo(id, status, date),
    dryRun: opts.dryRun,
  });
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
    const never = participants.filter((p) => !tx.main.assignments.some((a) => a.personId === p));
    refuseIf([
      ...never.map((p) => violation('order-participant', (m) => m.order.assign.neverEnrolled(p), [p])),
      ...orderParticipantViolations(
        o,
        tx.main.assignments,
        ctx.today,
        participants.filter((p) => !never.includes(p)),
      ),
    ]);
    added = participants.filter((p) => !o.participants.includes(p));
    o.participants = [...o.participants, ...added].sort();
  });
  const words = ctx.m.order.assign;
  reply(ctx, {
    json: { id, linked: added },
    done: added.length ? words.done(added, id) : words.nothingNew(participants, id),
    wouldDo: added.length ? words.wouldDo(added, id) : words.nothingNew(participants, id),
    dryRun: opts.dryRun,
  });
}

export async function runOrderUnassign(
  ctx: Ctx,
  rawId: string,
  rawParticipants: string[],
  opts: { dryRun?: boolean },
): Promise<void> {
  const id = orderIdArg(rawId);
  const participants = [...new Set(rawParticipants.map((p) => idArg(p, 'participant')))];
  let removed: string[] = [];
  await change(ctx, `order unassign ${id}`, Boolean(opts.dryRun), (tx) => {
    const o = findOrder(tx.main, id);
    // an id on the order goes whether or not the person is still in the store; any other must name someone
    for (const p of participants) if (!o.participants.includes(p)) findPerson(tx.main, p);
    removed = participants.filter((p) => o.participants.includes(p)).sort();
    o.participants = o.participants.filter((p) => !removed.includes(p));
  });
  const words = ctx.m.order.unassign;
  reply(ctx, {
    json: { id, unlinked: removed },
    done: removed.length ? words.done(removed, id) : words.nothingToUnlink(participants, id),
    wouldDo: removed.length ? words.wouldDo(removed, id) : words.nothingToUnlink(participants, id),
    dryRun: opts.dryRun,
  });
}

/** What `order edit --clear` may empty: the optional fields, and the steps (taken back). */
const ORDER_CLEARABLE = ['due', 'kind', ...STEP_FIELDS] as const;
/** The fields an edit reports, by their keys in `order list --json`. */
const ORDER_FIELDS = [
  'title',
  'customerId',
  'area',
  'kind',
  'kindReason',
  'materialCents',
  'due',
  'received',
  'started',
  'done',
  'delivered',
  'cancelled',
  'status',
] as const satisfies readonly (keyof Order)[];

export async function runOrderEdit(ctx: Ctx, rawId: string, opts: OrderEditOptions): Promise<void> {
  const id = orderIdArg(rawId);
  const cleared = clearedFields(opts.clear, ORDER_CLEARABLE, {
    due: opts.due,
    kind: opts.kind,
    started: opts.started,
    done: opts.done,
    delivered: opts.delivered,
    cancelled: opts.cancelled,
  });
  const reason = textArg(opts.reason, '--reason', { required: false, max: 500 });
  if (opts.force && !reason) throw new UsageError((m) => m.order.add.forceNeedsReason);
  if (reason && !opts.force) throw new UsageError((m) => m.order.add.reasonNeedsForce);
  const fields: Partial<Order> = {};
  if (opts.title !== undefined) fields.title = textArg(opts.title, '--title', { max: 300 });
  if (opts.customer !== undefined) fields.customerId = customerIdArg(opts.customer);
  if (opts.area !== undefined) fields.area = areaArg(opts.area);
  if (opts.materialEuros !== undefined) fields.materialCents = eurosArg(opts.materialEuros, '--material-euros');
  if (cleared.has('due')) fields.due = null;
  else if (opts.due !== undefined) fields.due = dateArg(opts.due, '--due');
  if (opts.received !== undefined) fields.received = dateArg(opts.received, '--received');
  for (const step of STEP_FIELDS)
    if (cleared.has(step)) fields[step] = null;
    else if (opts[step] !== undefined) fields[step] = dateArg(opts[step], `--${step}`);
  const kind = cleared.has('kind')
    ? ''
    : opts.kind === undefined
      ? undefined
      : textArg(opts.kind, '--kind', { max: 100 });
  const given = [...Object.keys(fields), ...(kind === undefined ? [] : ['kind']), ...(reason ? ['kindReason'] : [])];
  if (given.length === 0) throw new UsageError((m) => m.order.edit.nothing);
  const dryRun = Boolean(opts.dryRun);
  const { result: changes } = await change(ctx, `order edit ${id} (${given.join(', ')})`, dryRun, (tx) => {
    const o = findOrder(tx.main, id);
    if (fields.customerId !== undefined) findCustomer(tx.main, fields.customerId);
    const after: Order = { ...o, ...fields };
    // each order is judged by the kinds listed when it came in
    const kinds = kindsOn(tx.main, after.received);
    Object.assign(after, kindAfterEdit(o, after.area, kind, reason, kinds));
    // the status follows the steps; it is left alone when no step changed
    if (STEP_FIELDS.some((f) => f in fields)) after.status = statusOfSteps(after);
    refuseIf(orderStepEditViolations(o, after));
    // a problem the order had before the edit (a hand edit, a list of kinds changed since) is not the edit's
    refuseIf(
      newViolations(
        [
          ...orderFieldViolations(o, kindsOn(tx.main, o.received), ctx.today),
          ...orderParticipantViolations(o, tx.main.assignments, ctx.today),
        ],
        [
          ...orderFieldViolations(after, kinds, ctx.today),
          // a new area or span keeps only participants who had a seat in it (order assign's rule)
          ...orderParticipantViolations(after, tx.main.assignments, ctx.today),
        ],
        sayViolation,
      ),
    );
    const changes = fieldChanges(o, after, ORDER_FIELDS);
    Object.assign(o, after);
    return changes;
  });
  const words = ctx.m.order.edit;
  // values the order already has change nothing, with --dry-run too
  reply(ctx, {
    json: { id, changed: changes.map((c) => c.field), dryRun },
    done: changes.length > 0 ? words.done(id, changes) : words.unchanged(id),
    wouldDo: words.wouldDo(id, changes),
    dryRun: dryRun && changes.length > 0,
  });
}

export async function runOrderKinds(ctx: Ctx): Promise<void> {
  const settings = (await openStore(ctx)).main.settings;
  const kinds = kindsOn({ settings } as MainData, ctx.today);
  // lists set from a later day (the next application's) follow, each with its first day
  const later = (settings.workKindLists ?? []).filter((l) => l.from > ctx.today);
  await emit(ctx, ctx.json ? 'json' : 'text', {
    json: () => kinds,
    text: () =>
      [
        ...Object.entries(kinds).map(
          ([area, list]) => `${ctx.m.participant.show.areaWords[area] ?? area}: ${list.join(', ')}`,
        ),
        ...later.map((l) => ctx.m.order.kindsFrom(l.area, l.kinds, l.from)),
      ].join('\n'),
  });
}

function statusArg(value: string): OrderStatus {
  const status = orderStatusOfWord(value);
  if (status === null) throw new UsageError((m) => m.order.list.badStatus(clip(value), ORDER_STATUSES));
  return status;
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
  const words = ctx.m.order.columns;
  await emit(ctx, format, {
    json: () => ({ orders: orders.map((o) => ({ ...o, customer: names.get(o.customerId) ?? '' })) }),
    tabular: () => ({
      columns: [
        { key: 'id', header: 'order', label: words.id, kind: 'text' },
        { key: 'received', header: 'received', label: words.received, kind: 'date' },
        { key: 'area', header: 'area', label: words.area, kind: 'text', words: ctx.m.participant.show.areaWords },
        { key: 'customerId', header: 'customer', label: words.customerId, kind: 'text' },
        { key: 'customer', header: 'customer name', label: words.customer, kind: 'text' },
        { key: 'title', header: 'title', label: words.title, kind: 'text' },
        { key: 'kind', header: 'kind', label: words.kind, kind: 'text' },
        { key: 'status', header: 'status', label: words.status, kind: 'text', words: ctx.m.order.statusWords },
        { key: 'due', header: 'due', label: words.due, kind: 'date' },
        { key: 'materialCents', header: 'material', label: words.material, kind: 'cents' },
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
  const steps = [
    ['received', o.received],
    ['started', o.started],
    ['done', o.done],
    ['delivered', o.delivered],
    ['cancelled', o.cancelled],
  ] as const;
  await emit(ctx, ctx.json ? 'json' : 'text', {
    json: () => ({ ...o, customer: customer?.name ?? '' }),
    text: () => {
      const words = ctx.m.order.show;
      const { fmt } = ctx.m;
      const labels = [words.customer, words.area, words.kind, words.status, words.due, words.material];
      const width = Math.max(10, ...[...labels, ...Object.values(words.steps)].map((w) => w.length));
      const line = (label: string, value: string) => `${label.padEnd(width)} ${value}`;
      return [
        `${o.id}  ${o.title}`,
        line(words.customer, `${o.customerId} ${customer?.name ?? words.notInStore}`),
        line(words.area, ctx.m.participant.show.areaWords[o.area] ?? o.area),
        line(words.kind, `${o.kind || '–'}${o.kindReason ? words.notListed(o.kindReason) : ''}`),
        line(words.status, ctx.m.order.statusWords[o.status] ?? o.status),
        ...steps.flatMap(([k, d]) => (d ? [line(words.steps[k], fmt.date(d))] : [])),
        line(words.due, o.due ? fmt.date(o.due) : '–'),
        line(words.material, fmt.euro(o.materialCents)),
        `${words.participants} ${o.participants.join(', ') || '–'}`,
      ].join('\n');
    },
  });
}
