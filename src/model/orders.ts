// Orders of customers to a work area: the kind of work the area listed in the application, the
// steps received → in progress → done → delivered (or cancelled), and the material contributions
// that are income in the cost plan.
import { lastDay } from './assignment.js';
import { addDays, type IsoDate, type Period } from './dates.js';
import type { Cents } from './money.js';
import {
  AREAS,
  type Area,
  type Assignment,
  type MainData,
  type Order,
  type OrderStatus,
  type Settings,
} from './types.js';
import { validOn } from './settings.js';
import { violation, type Violation } from './violations.js';

export type WorkKinds = Record<Area, readonly string[]>;

/** The kinds of work each area listed: the setting `workKinds.<area>`, else the shipped lists. */
export function workKindsOf(settings: Settings, catalogue: WorkKinds): WorkKinds {
  return {
    holz: settings.workKinds?.holz ?? catalogue.holz,
    kueche: settings.workKinds?.kueche ?? catalogue.kueche,
    gestaltung: settings.workKinds?.gestaltung ?? catalogue.gestaltung,
  };
}

/**
 * The kinds of work each area listed on a day (DOMAIN.md: "a kind of work the area listed in the
 * annual application" — the application of that time): the latest list set from that day or before
 * (`workKindLists`), else the undated setting, else the shipped lists.
 */
export function workKindsOn(settings: Settings, catalogue: WorkKinds, date: IsoDate): WorkKinds {
  const out = { ...workKindsOf(settings, catalogue) };
  const lists = settings.workKindLists ?? [];
  for (const area of AREAS) {
    const list = validOn(
      lists.filter((l) => l.area === area),
      date,
    );
    if (list) out[area] = list.kinds;
  }
  return out;
}

/**
 * A change of the lists may not leave an order with a kind its area did not list on the day it came
 * in (unless accepted with a reason): the orders it would leave so, for `config set workKinds.<area>`.
 */
export function workKindChangeViolations(
  orders: readonly Order[],
  before: Settings,
  after: Settings,
  catalogue: WorkKinds,
  area: Area,
  from: IsoDate,
): Violation[] {
  const unlisted = (o: Order, s: Settings) => workKindViolations(o, workKindsOn(s, catalogue, o.received)).length > 0;
  const orphaned = orders.filter((o) => o.area === area && !unlisted(o, before) && unlisted(o, after));
  if (orphaned.length === 0) return [];
  const named = orphaned.map((o) => ({ id: o.id, kind: o.kind, received: o.received }));
  return [
    violation(
      'work-kind',
      (m) => m.order.kindsOrphaned(area, from, named),
      orphaned.map((o) => o.id),
    ),
  ];
}

/** The listed kind as it is spelled in the list, or null. */
export function matchWorkKind(kind: string, listed: readonly string[]): string | null {
  return listed.find((k) => k.toLowerCase() === kind.trim().toLowerCase()) ?? null;
}

/** A kind the area did not list needs a reason (`--force --reason`); with one it is accepted but noted. */
export function workKindViolations(
  o: Pick<Order, 'id' | 'area' | 'kind' | 'kindReason'>,
  kinds: WorkKinds,
): Violation[] {
  if (!o.kind || matchWorkKind(o.kind, kinds[o.area]) || o.kindReason) return [];
  return [violation('work-kind', (m) => m.order.workKind(o.kind, o.area, kinds[o.area]), [o.id])];
}

/** Orders whose kind of work the area did not list, accepted with a reason: `insat check` names them. */
export function forcedWorkKinds(orders: readonly Order[], kinds: WorkKinds): Order[] {
  return orders.filter((o) => o.kind && o.kindReason && !matchWorkKind(o.kind, kinds[o.area]));
}

export type OrderStep = 'start' | 'done' | 'deliver' | 'cancel';

const STEPS: Record<
  OrderStep,
  { from: readonly OrderStatus[]; to: OrderStatus; field: 'started' | 'done' | 'delivered' | 'cancelled' }
> = {
  start: { from: ['received'], to: 'in-progress', field: 'started' },
  done: { from: ['in-progress'], to: 'done', field: 'done' },
  deliver: { from: ['done'], to: 'delivered', field: 'delivered' },
  cancel: { from: ['received', 'in-progress'], to: 'cancelled', field: 'cancelled' },
};

/** The day of the step before: a step is never dated before it. */
function lastStepDate(o: Order): IsoDate {
  return o.done ?? o.started ?? o.received;
}

/** Moves an order one step on; refused when the step does not follow from its status or the date is wrong. */
export function orderStepViolations(o: Order, step: OrderStep, date: IsoDate, today: IsoDate): Violation[] {
  const rule = STEPS[step];
  const status = o.status;
  if (!rule.from.includes(status)) {
    const next = nextSteps(status);
    return [violation('order-status', (m) => m.order.stepOutOfOrder(o.id, status, step, rule.from, next), [o.id])];
  }
  if (date > today) return [violation('order-date', (m) => m.order.stepInFuture(date), [o.id])];
  const before = lastStepDate(o);
  if (date < before) return [violation('order-date', (m) => m.order.stepBeforeLast(o.id, step, date, before), [o.id])];
  return [];
}

export function applyOrderStep(o: Order, step: OrderStep, date: IsoDate): void {
  o.status = STEPS[step].to;
  o[STEPS[step].field] = date;
}

export function nextSteps(status: OrderStatus): OrderStep[] {
  return (Object.keys(STEPS) as OrderStep[]).filter((s) => STEPS[s].from.includes(status));
}

/** The step dates in their order; `cancelled` follows the last step taken before it. */
export const STEP_FIELDS = ['started', 'done', 'delivered', 'cancelled'] as const;
export type StepField = (typeof STEP_FIELDS)[number];

/** The status the step dates stand for (an order's status follows its steps). */
export function statusOfSteps(o: Pick<Order, StepField>): OrderStatus {
  if (o.cancelled) return 'cancelled';
  if (o.delivered) return 'delivered';
  if (o.done) return 'done';
  return o.started ? 'in-progress' : 'received';
}

/** The steps that need `field` taken before them, in the order the steps go. */
const LATER: Record<StepField, readonly StepField[]> = {
  started: ['done', 'delivered'],
  done: ['delivered'],
  delivered: [],
  cancelled: [],
};

/**
 * `order edit`: a step date is corrected only for a step taken (the steps themselves are `order
 * start|done|deliver|cancel`); a step is taken back only with the steps that followed it.
 */
export function orderStepEditViolations(before: Order, after: Order): Violation[] {
  const out: Violation[] = [];
  const { id } = before;
  for (const field of STEP_FIELDS) {
    if (before[field] === null && after[field] !== null)
      out.push(violation('order-status', (m) => m.order.edit.stepNotTaken(id, field, before.status), [id]));
    if (before[field] !== null && after[field] === null) {
      const later = LATER[field].filter((f) => after[f] !== null);
      if (later.length > 0)
        out.push(violation('order-status', (m) => m.order.edit.laterStepStays(id, field, later), [id]));
    }
  }
  return out;
}

/**
 * The rules an order's fields keep, as `order add` and the steps check them: no day in the future,
 * due not before received, the steps in their order (cancelled not before the step it followed),
 * a kind of work the area listed or one accepted with a reason.
 */
export function orderFieldViolations(o: Order, kinds: WorkKinds, today: IsoDate): Violation[] {
  const { id } = o;
  const out: Violation[] = [];
  const dated = (['received', ...STEP_FIELDS] as const)
    .map((field) => ({ field, date: o[field] }))
    .filter((x): x is { field: 'received' | StepField; date: IsoDate } => x.date !== null);
  for (const { field, date } of dated)
    if (date > today) out.push(violation('order-date', (m) => m.order.edit.inFuture(id, field, date), [id]));
  const due = o.due;
  if (due && due < o.received)
    out.push(violation('order-date', (m) => m.order.edit.dueBeforeReceived(id, due, o.received), [id]));
  const chain = dated.filter((x) => x.field !== 'cancelled');
  for (let i = 1; i < chain.length; i++) {
    const later = chain[i]!;
    const earlier = chain[i - 1]!;
    if (later.date < earlier.date)
      out.push(violation('order-date', (m) => m.order.edit.outOfOrder(id, later, earlier), [id]));
  }
  const cancelled = dated.find((x) => x.field === 'cancelled');
  const last = chain[chain.length - 1]!;
  if (cancelled && cancelled.date < last.date)
    out.push(violation('order-date', (m) => m.order.edit.outOfOrder(id, cancelled, last), [id]));
  out.push(...workKindViolations(o, kinds));
  return out;
}

/**
 * The kind of work and its reason after `order edit`: a kind given (or kept in another area) is
 * spelled as the area lists it; one the area did not list keeps the reason it was accepted with only
 * while neither kind nor area changes — otherwise it needs a new `--force --reason`
 * (workKindViolations refuses it without). `kind` '' empties it; undefined keeps it.
 */
export function kindAfterEdit(
  before: Pick<Order, 'area' | 'kind' | 'kindReason'>,
  area: Area,
  kind: string | undefined,
  reason: string,
  kinds: WorkKinds,
): Pick<Order, 'kind' | 'kindReason'> {
  if (kind === undefined && area === before.area && !reason)
    return { kind: before.kind, kindReason: before.kindReason };
  const listed = kinds[area];
  const wanted = kind ?? before.kind;
  const spelled = wanted ? (matchWorkKind(wanted, listed) ?? wanted) : '';
  if (!spelled || matchWorkKind(spelled, listed)) return { kind: spelled, kindReason: '' };
  if (reason) return { kind: spelled, kindReason: reason };
  const same = spelled === before.kind && area === before.area;
  return { kind: spelled, kindReason: same ? before.kindReason : '' };
}

/** The rules of one order as stored: dates in order, status and dates agree. */
export function orderViolations(o: Order, today: IsoDate): Violation[] {
  const out: Violation[] = [];
  if (o.received > today) out.push(violation('order-date', (m) => m.order.receivedInFuture(o.id, o.received), [o.id]));
  const due = o.due;
  if (due && due < o.received)
    out.push(violation('order-date', (m) => m.order.dueBeforeReceived(o.id, due, o.received), [o.id]));
  const chain = [o.received, o.started, o.done, o.delivered].filter((d): d is IsoDate => d !== null);
  for (let i = 1; i < chain.length; i++) {
    const later = chain[i]!;
    const earlier = chain[i - 1]!;
    if (later < earlier)
      out.push(violation('order-date', (m) => m.order.stepsOutOfOrder(o.id, later, earlier), [o.id]));
  }
  const expected: Record<OrderStatus, boolean> = {
    received: !o.started && !o.done && !o.delivered && !o.cancelled,
    'in-progress': Boolean(o.started) && !o.done && !o.delivered && !o.cancelled,
    done: Boolean(o.started && o.done) && !o.delivered && !o.cancelled,
    delivered: Boolean(o.started && o.done && o.delivered) && !o.cancelled,
    cancelled: Boolean(o.cancelled) && !o.done && !o.delivered,
  };
  if (!expected[o.status]) out.push(violation('order-status', (m) => m.order.statusDisagrees(o.id, o.status), [o.id]));
  return out;
}

/** The days an order's work runs: from its receipt to its last step (delivered, done, cancelled), else to today. */
export function orderSpan(o: Pick<Order, 'received' | 'done' | 'delivered' | 'cancelled'>, today: IsoDate): Period {
  const to = o.delivered ?? o.done ?? o.cancelled ?? today;
  return { from: o.received, to: to < o.received ? o.received : to };
}

/** Whether the person had a seat in the area on at least one day of the period (a move changes the area). */
export function hadSeatInArea(
  assignments: readonly Assignment[],
  personId: string,
  area: Area,
  period: Period,
): boolean {
  for (const a of assignments) {
    if (a.personId !== personId) continue;
    const end = lastDay(a);
    for (let i = 0; i < a.areas.length; i++) {
      const s = a.areas[i]!;
      if (s.area !== area) continue;
      const next = a.areas[i + 1];
      const from = s.from > a.start ? s.from : a.start;
      const beforeNext = next ? addDays(next.from, -1) : end;
      const to = beforeNext < end ? beforeNext : end;
      if (from <= to && from <= period.to && to >= period.from) return true;
    }
  }
  return false;
}

/**
 * Who works on an order works in its area: each participant linked to it had a seat in the order's
 * area on some day between its receipt and its last step (or today). `order assign` refuses others;
 * `insat check` names them.
 */
export function orderParticipantViolations(
  o: Order,
  assignments: readonly Assignment[],
  today: IsoDate,
  participants: readonly string[] = o.participants,
): Violation[] {
  const span = orderSpan(o, today);
  return participants
    .filter((p) => !hadSeatInArea(assignments, p, o.area, span))
    .map((p) =>
      violation('order-participant', (m) => m.order.assign.noSeatInArea(p, o.id, o.area, span.from, span.to), [
        o.id,
        p,
      ]),
    );
}

/** Orders that point at a customer or participant not in the store. */
export function orderReferenceViolations(data: MainData): Violation[] {
  const customers = new Set(data.customers.map((c) => c.id));
  const people = new Set(data.people.map((p) => p.id));
  const out: Violation[] = [];
  for (const o of data.orders) {
    if (!customers.has(o.customerId))
      out.push(violation('unknown-customer', (m) => m.order.unknownCustomer(o.id, o.customerId), [o.id, o.customerId]));
    for (const p of o.participants)
      if (!people.has(p)) out.push(violation('unknown-person', (m) => m.order.unknownPerson(o.id, p), [o.id, p]));
  }
  return out;
}

/** A customer's orders, whatever their status. */
export function orderCountOf(orders: readonly Order[], customerId: string): number {
  return orders.filter((o) => o.customerId === customerId).length;
}

/** The year an order counts in: the day it was received. */
export function ordersOfYear(orders: readonly Order[], year: number): Order[] {
  return orders.filter((o) => Number(o.received.slice(0, 4)) === year);
}

/** Material contributions of the year's orders that were not cancelled: income in the cost plan. */
export function materialIncomeCents(orders: readonly Order[], year: number): Cents {
  return ordersOfYear(orders, year)
    .filter((o) => o.status !== 'cancelled')
    .reduce((s, o) => s + o.materialCents, 0);
}

export interface AreaWork {
  orders: number;
  /** The customers of the area's orders, grouped by type (organisation names only). */
  byType: { type: string; customers: string[]; orders: number }[];
}

/** The customers an area worked for (each counted once within its type). */
export function customerCount(w: AreaWork): number {
  return w.byType.reduce((n, g) => n + g.customers.length, 0);
}

/** What each area did for whom in a year (orders received that year, cancelled ones left out). */
export function areaWork(data: MainData, year: number): Record<Area, AreaWork> {
  const customers = new Map(data.customers.map((c) => [c.id, c]));
  const out = {
    holz: { orders: 0, byType: [] },
    kueche: { orders: 0, byType: [] },
    gestaltung: { orders: 0, byType: [] },
  } as Record<Area, AreaWork>;
  for (const o of ordersOfYear(data.orders, year)) {
    if (o.status === 'cancelled') continue;
    const c = customers.get(o.customerId);
    const w = out[o.area];
    w.orders++;
    const type = c?.type ?? '–';
    let group = w.byType.find((g) => g.type === type);
    if (!group) w.byType.push((group = { type, customers: [], orders: 0 }));
    group.orders++;
    if (c && !group.customers.includes(c.name)) group.customers.push(c.name);
  }
  for (const w of Object.values(out)) {
    w.byType.sort((a, b) => b.orders - a.orders || a.type.localeCompare(b.type, 'de'));
    for (const g of w.byType) g.customers.sort((a, b) => a.localeCompare(b, 'de'));
  }
  return out;
}
