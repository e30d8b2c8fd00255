import type { order as en, OrderChange } from '../en/order.js';
import { fmt } from './format.js';
import { AREA_LABELS, type Area } from '../../model/types.js';

/** The order statuses in words; the code stays beside it where it is typed as a flag value. */
const STATUS: Record<string, string> = {
  received: 'eingegangen',
  'in-progress': 'in Arbeit',
  done: 'fertig',
  delivered: 'übergeben',
  cancelled: 'storniert',
};
const status = (code: string) => STATUS[code] ?? code;
const PARTICIPLE = { start: 'begonnen', done: 'fertiggestellt', deliver: 'übergeben', cancel: 'storniert' };

/** The dated fields of an order, as `order edit` names them. */
const DATED: Record<string, string> = {
  received: 'eingegangen',
  started: 'begonnen',
  done: 'fertiggestellt',
  delivered: 'übergeben',
  cancelled: 'storniert',
};
const STEP_COMMAND: Record<string, string> = {
  started: 'start',
  done: 'done',
  delivered: 'deliver',
  cancelled: 'cancel',
};
const LABEL: Record<string, string> = {
  title: 'Titel',
  customerId: 'Kunde',
  area: 'Praxisbereich',
  kind: 'Tätigkeit',
  kindReason: 'Begründung',
  materialCents: 'Material',
  due: 'fällig',
  received: 'Eingang',
  started: 'begonnen',
  done: 'fertig',
  delivered: 'übergeben',
  cancelled: 'storniert',
  status: 'Status',
};
const shown = (c: OrderChange, v: string | number | null) =>
  v === null || v === ''
    ? '–'
    : c.field === 'materialCents'
      ? fmt.euro(Number(v))
      : c.field === 'status'
        ? status(String(v))
        : /^\d{4}-\d\d-\d\d$/.test(String(v))
          ? fmt.date(String(v))
          : String(v);
const changeList = (changes: readonly OrderChange[]) =>
  changes.map((c) => `${LABEL[c.field] ?? c.field} ${shown(c, c.before)} → ${shown(c, c.after)}`).join('; ');

export const order: typeof en = {
  description: 'Aufträge von Kunden an einen Praxisbereich: eingegangen → start → done → deliver (oder cancel)',
  add: {
    description: 'einen Auftrag erfassen; die Tätigkeit muss eine sein, die der Praxisbereich im Antrag genannt hat',
    optCustomer: 'der Kunde (c001)',
    optArea: 'holz, kueche oder gestaltung',
    optTitle: 'was hergestellt oder erledigt wird',
    optReceived: 'der Tag, an dem der Auftrag einging (Standard: heute)',
    optDue: 'der vereinbarte Liefertag',
    optKind: "die Tätigkeit (die Liste des Praxisbereichs: 'insat order kinds')",
    optMaterial: 'Materialbeitrag des Kunden (Einnahme im Kostenplan)',
    optForce: 'eine Tätigkeit annehmen, die der Praxisbereich nicht genannt hat (braucht --reason)',
    optReason: 'warum die Tätigkeit trotzdem angenommen wird',
    forceNeedsReason: '--force braucht --reason TEXT — begründen, warum eine nicht genannte Tätigkeit angenommen wird',
    reasonNeedsForce: '--reason gehört zu --force — weglassen, oder --force für eine nicht genannte Tätigkeit angeben',
    receivedInFuture: (date) =>
      `--received ${fmt.date(date)} liegt in der Zukunft — heute oder einen früheren Tag angeben`,
    dueBeforeReceived: (due, received) =>
      `--due ${fmt.date(due)} liegt vor dem Eingang des Auftrags (${fmt.date(received)}) — einen späteren Tag angeben`,
    done: (id, customer, area, title) =>
      `Auftrag ${id} für ${customer} (${AREA_LABELS[area as Area] ?? area}) erfasst: ${title}`,
    wouldDo: (id, customer, area, title) =>
      `Auftrag ${id} für ${customer} (${AREA_LABELS[area as Area] ?? area}) würde erfasst werden: ${title}`,
  },
  steps: {
    start: 'die Arbeit am Auftrag hat begonnen; ein Schritt, der rückgängig gemacht werden kann',
    done: 'die Arbeit ist fertig; ein Schritt, der rückgängig gemacht werden kann',
    deliver: 'der Auftrag wurde übergeben; ein Schritt, der rückgängig gemacht werden kann',
    cancel:
      'der Auftrag wurde zurückgezogen (wenn eingegangen oder in Arbeit); ein Schritt, der rückgängig gemacht werden kann',
  },
  optDate: 'der Tag (Standard: heute)',
  stepDone: (id, code, date) => `Auftrag ${id} am ${fmt.date(date)} als ${status(code)} vermerkt`,
  stepWouldDo: (id, code, date) => `Auftrag ${id} würde am ${fmt.date(date)} als ${status(code)} vermerkt werden`,
  kindsOrphaned: (area, from, orders) =>
    `die Liste von ${AREA_LABELS[area as Area] ?? area} ab ${fmt.date(from)} lässt die Tätigkeit von ${orders.length === 1 ? 'einem Auftrag' : `${orders.length} Aufträgen`} weg, die seitdem eingegangen ${orders.length === 1 ? 'ist' : 'sind'}: ${orders
      .slice(0, 5)
      .map((o) => `${o.id} '${o.kind}' (${fmt.date(o.received)})`)
      .join(
        ', ',
      )}${orders.length > 5 ? ', …' : ''} — ${orders.length === 1 ? 'diese Tätigkeit' : 'diese Tätigkeiten'} in der Liste behalten oder die neue Liste erst danach beginnen lassen (--from)`,
  assign: {
    description: 'Teilnehmende einem Auftrag zuordnen (freiwillig: für das Buchen von Stunden nie nötig)',
    neverEnrolled: (id) => `${id} hatte nie eine Zuweisung — nur Teilnehmende können an einem Auftrag arbeiten`,
    noSeatInArea: (id, order, area, from, to) =>
      `${id} hatte an keinem Tag des Auftrags ${order} (${fmt.date(from)} – ${fmt.date(to)}) einen Platz im Praxisbereich ${AREA_LABELS[area as Area] ?? area} — nur Teilnehmende zuordnen, die in dieser Zeit dort gearbeitet haben`,
    done: (ids, id) => `${fmt.list(ids)} dem Auftrag ${id} zugeordnet`,
    wouldDo: (ids, id) => `${fmt.list(ids)} würden dem Auftrag ${id} zugeordnet werden`,
    nothingNew: (ids, id) => `nichts Neues zuzuordnen: ${fmt.list(ids)} schon beim Auftrag ${id}`,
  },
  unassign: {
    description:
      'die Zuordnung von Teilnehmenden zu einem Auftrag zurücknehmen; ein Schritt, der rückgängig gemacht werden kann',
    done: (ids, id) => `${fmt.list(ids)} vom Auftrag ${id} gelöst`,
    wouldDo: (ids, id) => `${fmt.list(ids)} würden vom Auftrag ${id} gelöst werden`,
    nothingToUnlink: (ids, id) => `nichts zu lösen: ${fmt.list(ids)} nicht beim Auftrag ${id}`,
  },
  edit: {
    description:
      'Angaben eines Auftrags oder die Tage seiner Schritte berichtigen (ein versehentlicher Schritt: --clear SCHRITT); ein Schritt, der rückgängig gemacht werden kann',
    optTitle: 'was hergestellt oder erledigt wird',
    optCustomer: 'der Kunde (c001)',
    optArea: 'holz, kueche oder gestaltung (prüft die Tätigkeit erneut)',
    optKind: "die Tätigkeit (die Liste des Praxisbereichs: 'insat order kinds')",
    optMaterial: 'Materialbeitrag des Kunden (0 für keinen)',
    optDue: 'der vereinbarte Liefertag',
    optReceived: 'der Tag, an dem der Auftrag einging',
    optStarted: 'der Tag, an dem die Arbeit begann (ein Schritt, der vermerkt ist)',
    optDone: 'der Tag, an dem die Arbeit fertig war (ein Schritt, der vermerkt ist)',
    optDelivered: 'der Tag der Übergabe (ein Schritt, der vermerkt ist)',
    optCancelled: 'der Tag, an dem der Auftrag zurückgezogen wurde (ein Schritt, der vermerkt ist)',
    optClear:
      "Felder leeren: 'due', 'kind', oder Schritte zurücknehmen: 'started', 'done', 'delivered', 'cancelled' (z. B. --clear delivered)",
    optForce: 'eine Tätigkeit annehmen, die der Praxisbereich nicht genannt hat (braucht --reason)',
    optReason: 'warum die Tätigkeit trotzdem angenommen wird',
    nothing:
      'nichts zu ändern — mindestens eine der Optionen --title, --customer, --area, --kind, --material-euros, --due, --received, --started, --done, --delivered, --cancelled, --clear, --force --reason angeben',
    done: (id, changes) => `Auftrag ${id} berichtigt: ${changeList(changes)}`,
    wouldDo: (id, changes) => `Auftrag ${id} berichtigen: ${changeList(changes)}`,
    unchanged: (id) => `nichts geändert: Auftrag ${id} hat diese Angaben bereits`,
    stepNotTaken: (id, field, code) =>
      `Auftrag ${id} ist ${status(code)} und wurde nie ${DATED[field]} — den Schritt mit 'insat order ${STEP_COMMAND[field]} ${id} --date DATUM' vermerken`,
    laterStepStays: (id, field, later) =>
      `der Schritt ${DATED[field]} des Auftrags ${id} kann nicht zurückgenommen werden, solange er ${fmt.list(later.map((f) => DATED[f]!))} ist — die späteren Schritte mit zurücknehmen: --clear ${[field, ...later].join(',')}`,
    inFuture: (id, field, date) =>
      `Auftrag ${id}: ${DATED[field]} am ${fmt.date(date)} liegt in der Zukunft — heute oder einen früheren Tag angeben`,
    dueBeforeReceived: (id, due, received) =>
      `Auftrag ${id} wäre am ${fmt.date(due)} fällig, vor seinem Eingang (${fmt.date(received)}) — --due oder --received berichtigen`,
    outOfOrder: (id, later, earlier) =>
      `Auftrag ${id}: ${DATED[later.field]} am ${fmt.date(later.date)} läge vor ${DATED[earlier.field]} am ${fmt.date(earlier.date)} — die Schritte folgen aufeinander: eingegangen, begonnen, fertiggestellt, übergeben (storniert nach dem letzten); die Tage berichtigen`,
  },
  kinds: {
    description:
      "die Tätigkeiten, die jeder Praxisbereich heute nennt (data/work-areas.json oder die Einstellung 'workKinds.<area>'), dann die Listen, die erst später gelten",
  },
  kindsFrom: (area, kinds, from) => `${area} ab ${fmt.date(from)}: ${kinds.join(', ')}`,
  list: {
    description: 'Aufträge, die neuesten zuerst',
    optArea: 'ein Praxisbereich',
    optStatus:
      'received (eingegangen), in-progress (in Arbeit), done (fertig), delivered (übergeben) oder cancelled (storniert)',
    optYear: 'in diesem Jahr eingegangen',
    optCustomer: 'ein Kunde',
    badStatus: (value, statuses) =>
      `--status '${value}' ist kein Auftragsstatus — einen davon angeben: ${statuses.map((s) => `${s} (${status(s)})`).join(', ')}`,
  },
  statusWords: STATUS,
  columns: {
    id: 'Auftrag',
    received: 'Eingang',
    area: 'Praxisbereich',
    customerId: 'Kunde',
    customer: 'Name des Kunden',
    title: 'Titel',
    kind: 'Tätigkeit',
    status: 'Status',
    due: 'fällig',
    material: 'Material',
  },
  show: {
    description: 'ein Auftrag mit Kunde, Schritten und Teilnehmenden',
    customer: 'Kunde',
    notInStore: '(nicht im Datenbestand)',
    area: 'Praxisbereich',
    kind: 'Tätigkeit',
    notListed: (reason) => ` (vom Praxisbereich nicht genannt; angenommen: ${reason})`,
    status: 'Status',
    steps: {
      received: 'eingegangen',
      started: 'begonnen',
      done: 'fertig',
      delivered: 'übergeben',
      cancelled: 'storniert',
    },
    due: 'fällig',
    material: 'Material',
    participants: 'Teilnehmende',
  },
  badId: (value) =>
    `Auftrag '${value}' ist keine Auftrags-ID — Auftrags-IDs sehen so aus: o012 (siehe 'insat order list')`,
  notFound: (id) => `keinen Auftrag '${id}' gefunden — siehe 'insat order list'`,
  workKind: (kind, area, listed) =>
    `'${kind}' ist keine Tätigkeit, die der Praxisbereich ${area} im Antrag genannt hat (${listed.join(', ')}) — eine davon wählen oder --force --reason TEXT angeben`,
  stepOutOfOrder: (id, code, step, needs, next) =>
    `Auftrag ${id} ist ${status(code)}; '${step}' braucht einen Auftrag, der ${fmt.alternatives(needs.map(status))} ist — ${next.length ? `als Nächstes: insat order ${next.join(' | ')} ${id}` : 'er ist abgeschlossen'}`,
  stepInFuture: (date) => `der ${fmt.date(date)} liegt in der Zukunft — heute oder einen früheren Tag angeben`,
  stepBeforeLast: (id, step, date, before) =>
    `Auftrag ${id} kann nicht am ${fmt.date(date)} ${PARTICIPLE[step]} werden, vor seinem letzten Schritt am ${fmt.date(before)} — den ${fmt.date(before)} oder später angeben`,
  receivedInFuture: (id, date) => `Auftrag ${id} ist am ${fmt.date(date)} eingegangen, also in der Zukunft`,
  dueBeforeReceived: (id, due, received) =>
    `Auftrag ${id} ist am ${fmt.date(due)} fällig, vor seinem Eingang (${fmt.date(received)})`,
  stepsOutOfOrder: (id, later, earlier) =>
    `Auftrag ${id}: der Schritt am ${fmt.date(later)} liegt vor dem Schritt am ${fmt.date(earlier)}`,
  statusDisagrees: (id, code) =>
    `Auftrag ${id} ist ${status(code)} (${code}), aber die Daten seiner Schritte sagen etwas anderes`,
  unknownCustomer: (id, customer) => `Auftrag ${id} nennt den Kunden ${customer}, der nicht im Datenbestand ist`,
  unknownPerson: (id, person) => `Auftrag ${id} nennt ${person}, die Person ist nicht im Datenbestand`,
};
