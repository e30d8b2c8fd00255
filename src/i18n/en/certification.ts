// `insat certification`: the certification dates of the § 45 measure (AZAV).
import type { IsoDate } from '../../model/dates.js';
import { fmt } from './format.js';

/** One changed field of a certification date as `certification edit` reports it (values as shown). */
export interface CertificationChange {
  field: 'kind' | 'due' | 'every' | 'note' | 'lastDone';
  before: string | null;
  after: string | null;
}

const LABEL = { kind: 'kind', due: 'due', every: 'every', note: 'note', lastDone: 'last done' };
const shown = (v: string | null) => (v === null || v === '' ? '–' : /^\d{4}-\d\d-\d\d$/.test(v) ? fmt.date(v) : v);
const changeList = (changes: readonly CertificationChange[]) =>
  changes.map((c) => `${LABEL[c.field]} ${shown(c.before)} → ${shown(c.after)}`).join('; ');

export const certification = {
  description: 'certification dates of the § 45 measure (AZAV): concept renewal and annual audit',
  add: 'record a date the measure is due for its concept renewal or audit',
  optKind: 'concept (renewed with a certification body) or audit (every year)',
  optDue: 'the day it is due',
  optEvery: 'recurs: 1y, 3y (also months: 6m); done rolls the date on',
  optNote: 'e.g. the certification body',
  list: 'the certification dates, next due first',
  done: 'record that it happened; a recurring date rolls on to the next',
  optDoneDate: 'the day it happened (default: today)',
  badKind: (value: string) => `--kind '${value}' is not a kind of certification date — use concept or audit`,
  badEvery: (value: string) =>
    `--every '${value}' is not an interval — use years or months, e.g. 1y (the audit) or 3y (the concept), 6m`,
  badId: (value: string) =>
    `certification '${value}' is not a certification id — certification ids look like z012 (see 'insat certification list')`,
  notFound: (id: string) => `no certification date '${id}' — see 'insat certification list'`,
  added: (id: string, label: string, due: IsoDate, every: string | null) =>
    `added ${id}: ${label} due on ${fmt.date(due)}${every ? `, every ${every}` : ''}`,
  wouldAdd: (id: string, label: string, due: IsoDate, every: string | null) =>
    `add ${id}: ${label} due on ${fmt.date(due)}${every ? `, every ${every}` : ''}`,
  recorded: (id: string, label: string, date: IsoDate, next: IsoDate | null) =>
    `recorded ${id} (${label}) done on ${fmt.date(date)}${next ? `; next due on ${fmt.date(next)}` : ''}`,
  wouldRecord: (id: string, label: string, date: IsoDate, next: IsoDate | null) =>
    `record ${id} (${label}) done on ${fmt.date(date)}${next ? `; next due on ${fmt.date(next)}` : ''}`,
  /** A recurring interval as people read it (English: as typed, 12 → "1y", 6 → "6m"). */
  every: (months: number): string => (months % 12 === 0 ? `${months / 12}y` : `${months}m`),
  edit: {
    exampleClearLastDone: 'a time done recorded by mistake',
    description:
      'correct a certification date: its kind, due day, interval, note, or the day the last one happened; one undoable step',
    optDue: 'the day it is due',
    optEvery: 'recurs: 1y, 3y (also months: 6m); once: --clear every',
    optLastDone: 'the corrected day the last one happened (a date rolled on from it rolls on anew)',
    optClear: 'empty fields: every, note; or take back the last record of it done: last-done',
    nothing: 'nothing to change — give at least one of --kind, --due, --every, --note, --last-done, --clear',
    done: (id: string, changes: readonly CertificationChange[]) => `changed ${id}: ${changeList(changes)}`,
    wouldDo: (id: string, changes: readonly CertificationChange[]) => `change ${id}: ${changeList(changes)}`,
    unchanged: (id: string) => `nothing changed: ${id} already has these values`,
    neverDone: (id: string, label: string) =>
      `${id} (${label}) was never recorded as done — nothing to correct; record it with 'insat certification done ${id} --date DATE'`,
    lastDoneNotAfter: (date: IsoDate, before: IsoDate) =>
      `--last-done ${fmt.date(date)} is not after the time before (${fmt.date(before)}) — give a later day`,
  },
  delete: {
    description: 'delete a certification date recorded by mistake (with its record of times done); one undoable step',
    done: (id: string, label: string, due: IsoDate | null) =>
      `deleted ${id}: ${label}${due ? ` due on ${fmt.date(due)}` : ''}`,
    wouldDo: (id: string, label: string, due: IsoDate | null) =>
      `delete ${id}: ${label}${due ? ` due on ${fmt.date(due)}` : ''}`,
  },
  columns: { id: 'id', kind: 'kind', due: 'due', every: 'every', lastDone: 'last done', note: 'note' },
  none: "no certification dates recorded — add one with 'insat certification add --kind concept|audit --due D --every 3y|1y'",
  doneNotRecurring: (id: string, label: string, last: IsoDate) =>
    `${id} (${label}) is already done on ${fmt.date(last)} and does not recur — record the next date with 'insat certification add'`,
  doneInFuture: (date: IsoDate, label: string) =>
    `${fmt.date(date)} lies in the future — record the ${label} once it has happened (on that day or later)`,
  doneAlready: (id: string, label: string, date: IsoDate) =>
    `${id} (${label}) is already recorded as done on ${fmt.date(date)} — nothing to record again; 'insat certification list' shows the next date`,
  doneBeforeLast: (date: IsoDate, last: IsoDate) =>
    `${fmt.date(date)} lies before the last time it was done (${fmt.date(last)}) — give a later --date`,
  storedDoneInFuture: (id: string, label: string, date: IsoDate) =>
    `${id} (${label}) is recorded as done on ${fmt.date(date)}, which lies in the future — correct it with 'insat certification edit ${id} --last-done DATE', or take it back with '--clear last-done'`,
  storedDoneOutOfOrder: (id: string, label: string, date: IsoDate, before: IsoDate) =>
    `${id} (${label}) is recorded as done on ${fmt.date(date)}, not after the time before (${fmt.date(before)}) — correct the dates in insat.json while no insat command runs`,
};
