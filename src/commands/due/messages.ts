// What `insat due` says, in one place (the German catalogue replaces these words).
import type { IsoDate } from '../../model/dates.js';

export const dueMessages = {
  badWithin: (value: string) =>
    `--within '${value}' is not a span — use weeks or days, e.g. 4w, 8w or 30d (at most 366 days)`,
  headers: {
    date: 'date',
    status: 'status',
    kind: 'kind',
    subject: 'subject',
    ids: 'ids',
    detail: 'detail',
  },
  overdue: 'overdue',
  nothing: (from: IsoDate, to: IsoDate) => `Nothing is due from ${from} to ${to}, and nothing is overdue.`,
  summary: (count: number, overdue: number, from: IsoDate, to: IsoDate) =>
    `${count} item${count === 1 ? '' : 's'} due up to ${to} (from ${from})${overdue ? `, ${overdue} of them overdue` : ''}.`,
};
