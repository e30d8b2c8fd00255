// One thing that is due: what, when, about whom, and whether its day has passed.
import type { Text } from '../../i18n/text.js';
import type { IsoDate } from '../dates.js';

/** In the order `insat due` lists things due on the same day. */
export const DUE_KINDS = [
  'certification',
  'application',
  'absence-report',
  'assignment-end',
  'progress-report',
  'agh-limit',
  'leave-lapse',
  'sick-certificate',
  'applicant',
] as const;
export type DueKind = (typeof DUE_KINDS)[number];

export interface DueItem {
  kind: DueKind;
  date: IsoDate;
  /** The day has passed and the store says it is still open. */
  overdue: boolean;
  /** The records it is about: person ids, a certification id; none for the programme's own deadlines. */
  ids: string[];
  /** Who or what: a person's name, a month, a year, a certification. */
  subject: Text;
  detail: Text;
}

/**
 * The days asked about: from `today` up to and including `to`. Items before `today` are listed
 * only while the store shows them still open (overdue); with `to` before `today`, only those.
 */
export interface DueWindow {
  today: IsoDate;
  to: IsoDate;
}

export function dueItem(
  kind: DueKind,
  date: IsoDate,
  w: DueWindow,
  ids: string[],
  subject: Text | string,
  detail: Text,
): DueItem {
  return {
    kind,
    date,
    overdue: date < w.today,
    ids,
    subject: typeof subject === 'string' ? () => subject : subject,
    detail,
  };
}

/** An item that needs no action once its day has passed: listed only from today on. */
export function upcoming(date: IsoDate, w: DueWindow): boolean {
  return date >= w.today && date <= w.to;
}
