// `insat order …` and the order rules of the model (src/model/orders.ts).
import type { IsoDate } from '../../model/dates.js';
import { fmt } from './format.js';

type Step = 'start' | 'done' | 'deliver' | 'cancel';
type StepField = 'started' | 'done' | 'delivered' | 'cancelled';
type DatedField = 'received' | StepField;

/** One changed field of an order as `order edit` reports it; `field` is the key of `order list --json`. */
export interface OrderChange {
  field: string;
  before: string | number | null;
  after: string | number | null;
}

const STEP_COMMAND: Record<StepField, Step> = {
  started: 'start',
  done: 'done',
  delivered: 'deliver',
  cancelled: 'cancel',
};
const LABEL: Record<string, string> = { customerId: 'customer', materialCents: 'material', kindReason: 'reason' };
const label = (field: string) => LABEL[field] ?? field;
const shown = (c: OrderChange, v: string | number | null) =>
  v === null || v === ''
    ? '–'
    : c.field === 'materialCents'
      ? fmt.euro(Number(v))
      : /^\d{4}-\d\d-\d\d$/.test(String(v))
        ? fmt.date(String(v))
        : String(v);
const changeList = (changes: readonly OrderChange[]) =>
  changes.map((c) => `${label(c.field)} ${shown(c, c.before)} → ${shown(c, c.after)}`).join('; ');

export const order = {
  description: "customers' orders to a work area: received → start → done → deliver (or cancel)",
  add: {
    description: 'record an order; its kind of work must be one the area listed in the application',
    optCustomer: 'the customer (c001)',
    optArea: 'holz, kueche or gestaltung',
    optTitle: 'what is made or done',
    optReceived: 'the day the order came in (default: today)',
    optDue: 'the agreed day of delivery',
    optKind: "the kind of work (the area's list: 'insat order kinds')",
    optMaterial: 'material contribution paid by the customer (income in the cost plan)',
    optForce: 'accept a kind of work the area did not list (needs --reason)',
    optReason: 'why the kind of work is accepted anyway',
    forceNeedsReason: '--force needs --reason TEXT — say why a kind of work the area did not list is accepted',
    reasonNeedsForce:
      '--reason goes with --force — leave it out, or pass --force for a kind of work the area did not list',
    receivedInFuture: (date: IsoDate) =>
      `--received ${fmt.date(date)} lies in the future — use today or an earlier day`,
    dueBeforeReceived: (due: IsoDate, received: IsoDate) =>
      `--due ${fmt.date(due)} is before the order was received (${fmt.date(received)}) — give a later day`,
    done: (id: string, customer: string, area: string, title: string) =>
      `added order ${id} for ${customer} (${area}): ${title}`,
    wouldDo: (id: string, customer: string, area: string, title: string) =>
      `add order ${id} for ${customer} (${area}): ${title}`,
  },
  steps: {
    start: 'work on the order began; one undoable step',
    done: 'the work is finished; one undoable step',
    deliver: 'the order was handed over; one undoable step',
    cancel: 'the order was withdrawn (from received or in progress); one undoable step',
  } satisfies Record<Step, string>,
  optDate: 'the day (default: today)',
  stepDone: (id: string, status: string, date: IsoDate) => `marked order ${id} ${status} on ${fmt.date(date)}`,
  stepWouldDo: (id: string, status: string, date: IsoDate) => `mark order ${id} ${status} on ${fmt.date(date)}`,
  kindsOrphaned: (area: string, from: IsoDate, orders: readonly { id: string; kind: string; received: IsoDate }[]) =>
    `the list of ${area} from ${fmt.date(from)} leaves out the kind of work of ${orders.length === 1 ? 'an order' : `${orders.length} orders`} received since: ${orders
      .slice(0, 5)
      .map((o) => `${o.id} '${o.kind}' (${fmt.date(o.received)})`)
      .join(
        ', ',
      )}${orders.length > 5 ? ', …' : ''} — keep ${orders.length === 1 ? 'that kind' : 'those kinds'} in the list, or let the new list start after ${orders.length === 1 ? 'it' : 'them'} (--from)`,
  assign: {
    description: 'link participants to an order (optional: never needed for booking hours)',
    neverEnrolled: (id: string) => `${id} was never enrolled — only participants can work on an order`,
    noSeatInArea: (id: string, order: string, area: string, from: IsoDate, to: IsoDate) =>
      `${id} had no seat in ${area} on any day of order ${order} (${fmt.date(from)} – ${fmt.date(to)}) — link only participants who worked in ${area} while the order ran`,
    done: (ids: readonly string[], id: string) => `linked ${ids.join(', ')} to order ${id}`,
    wouldDo: (ids: readonly string[], id: string) => `link ${ids.join(', ')} to order ${id}`,
    nothingNew: (ids: readonly string[], id: string) => `link nothing new: ${ids.join(', ')} already on order ${id}`,
  },
  unassign: {
    description: 'unlink participants linked to an order by mistake; one undoable step',
    done: (ids: readonly string[], id: string) => `unlinked ${ids.join(', ')} from order ${id}`,
    wouldDo: (ids: readonly string[], id: string) => `unlink ${ids.join(', ')} from order ${id}`,
    nothingToUnlink: (ids: readonly string[], id: string) =>
      `unlink nothing: ${ids.join(', ')} ${ids.length === 1 ? 'is' : 'are'} not on order ${id}`,
  },
  edit: {
    description:
      "correct an order's fields or the dates of the steps it took (a step taken by mistake: --clear STEP); one undoable step",
    optTitle: 'what is made or done',
    optCustomer: 'the customer (c001)',
    optArea: 'holz, kueche or gestaltung (re-checks the kind of work)',
    optKind: "the kind of work (the area's list: 'insat order kinds')",
    optMaterial: 'material contribution paid by the customer (0 for none)',
    optDue: 'the agreed day of delivery',
    optReceived: 'the day the order came in',
    optStarted: 'the day work began (a step taken)',
    optDone: 'the day the work was finished (a step taken)',
    optDelivered: 'the day the order was handed over (a step taken)',
    optCancelled: 'the day the order was withdrawn (a step taken)',
    optClear:
      'empty fields: due, kind, or take back steps: started, done, delivered, cancelled (e.g. --clear delivered)',
    optForce: 'accept a kind of work the area did not list (needs --reason)',
    optReason: 'why the kind of work is accepted anyway',
    nothing:
      'nothing to change — give at least one of --title, --customer, --area, --kind, --material-euros, --due, --received, --started, --done, --delivered, --cancelled, --clear, --force --reason',
    done: (id: string, changes: readonly OrderChange[]) => `changed order ${id}: ${changeList(changes)}`,
    wouldDo: (id: string, changes: readonly OrderChange[]) => `change order ${id}: ${changeList(changes)}`,
    unchanged: (id: string) => `nothing changed: order ${id} already has these values`,
    // the rules an edit re-checks (src/model/orders.ts)
    stepNotTaken: (id: string, field: StepField, status: string) =>
      `order ${id} is ${status} and was never ${field} — record the step with 'insat order ${STEP_COMMAND[field]} ${id} --date DATE'`,
    laterStepStays: (id: string, field: StepField, later: readonly StepField[]) =>
      `the step ${field} of order ${id} cannot be taken back while ${later.join(' and ')} ${later.length === 1 ? 'stays' : 'stay'} — take back the later ${later.length === 1 ? 'step' : 'steps'} too: --clear ${[field, ...later].join(',')}`,
    inFuture: (id: string, field: DatedField, date: IsoDate) =>
      `order ${id}: ${field} ${fmt.date(date)} lies in the future — use today or an earlier day`,
    dueBeforeReceived: (id: string, due: IsoDate, received: IsoDate) =>
      `order ${id} would be due on ${fmt.date(due)}, before it was received (${fmt.date(received)}) — correct --due or --received`,
    outOfOrder: (
      id: string,
      later: { field: DatedField; date: IsoDate },
      earlier: { field: DatedField; date: IsoDate },
    ) =>
      `order ${id} would be ${later.field} on ${fmt.date(later.date)}, before it was ${earlier.field} (${fmt.date(earlier.date)}) — the steps go received, started, done, delivered (cancelled after the last one taken); correct the dates`,
  },
  kinds: {
    description:
      "the kinds of work each area lists today (data/work-areas.json, or the setting 'workKinds.<area>'), then lists set from a later day",
  },
  kindsFrom: (area: string, kinds: readonly string[], from: IsoDate) =>
    `${area} from ${fmt.date(from)}: ${kinds.join(', ')}`,
  list: {
    description: 'orders, newest first',
    optArea: 'one work area',
    optStatus: 'received, in-progress, done, delivered or cancelled',
    optYear: 'received in this year',
    optCustomer: 'one customer',
    badStatus: (value: string, statuses: readonly string[]) =>
      `--status '${value}' is not an order status — use one of ${statuses.join(', ')}`,
  },
  /** The statuses in the table and csv-de; csv and JSON keep the codes. */
  statusWords: {} as Record<string, string>,
  columns: {
    id: 'order',
    received: 'received',
    area: 'area',
    customerId: 'customer',
    customer: 'customer name',
    title: 'title',
    kind: 'kind',
    status: 'status',
    due: 'due',
    material: 'material',
  },
  show: {
    description: 'one order with its customer, steps and participants',
    customer: 'customer',
    notInStore: '(not in the store)',
    area: 'area',
    kind: 'kind',
    notListed: (reason: string) => ` (not listed by the area; accepted: ${reason})`,
    status: 'status',
    steps: {
      received: 'received',
      started: 'started',
      done: 'done',
      delivered: 'delivered',
      cancelled: 'cancelled',
    },
    due: 'due',
    material: 'material',
    participants: 'participants',
  },
  badId: (value: string) => `order '${value}' is not an order id — order ids look like o012 (see 'insat order list')`,
  notFound: (id: string) => `no order '${id}' — see 'insat order list'`,
  // the rules (src/model/orders.ts)
  workKind: (kind: string, area: string, listed: readonly string[]) =>
    `'${kind}' is not a kind of work the area ${area} listed in the application (${listed.join(', ')}) — choose one of them, or pass --force --reason TEXT`,
  stepOutOfOrder: (id: string, status: string, step: Step, needs: readonly string[], next: readonly Step[]) =>
    `order ${id} is ${status}; '${step}' needs an order that is ${needs.join(' or ')} — ${next.length ? `next: insat order ${next.join(' | ')} ${id}` : 'it is closed'}`,
  stepInFuture: (date: IsoDate) => `the date ${fmt.date(date)} lies in the future — use today or an earlier day`,
  stepBeforeLast: (id: string, step: Step, date: IsoDate, before: IsoDate) =>
    `order ${id} cannot ${step === 'done' ? 'be done' : step} on ${fmt.date(date)}, before its last step on ${fmt.date(before)} — use ${fmt.date(before)} or later`,
  receivedInFuture: (id: string, date: IsoDate) => `order ${id} was received on ${fmt.date(date)}, in the future`,
  dueBeforeReceived: (id: string, due: IsoDate, received: IsoDate) =>
    `order ${id} is due on ${fmt.date(due)}, before it was received (${fmt.date(received)})`,
  stepsOutOfOrder: (id: string, later: IsoDate, earlier: IsoDate) =>
    `order ${id}: the step on ${fmt.date(later)} comes before the step on ${fmt.date(earlier)}`,
  statusDisagrees: (id: string, status: string) => `order ${id} is ${status} but its step dates say otherwise`,
  unknownCustomer: (id: string, customer: string) => `order ${id} names customer ${customer}, who is not in the store`,
  unknownPerson: (id: string, person: string) => `order ${id} lists ${person}, who is not in the store`,
};
