// What `insat certification` says, in one place (the German catalogue replaces these words).
import type { IsoDate } from '../../model/dates.js';
import type { CertificationKind } from '../../model/types.js';
import { CERTIFICATION_LABELS } from '../../model/due/wording.js';

export const certificationMessages = {
  badKind: (value: string) => `--kind '${value}' is not a kind of certification date — use concept or audit`,
  badEvery: (value: string) =>
    `--every '${value}' is not an interval — use years or months, e.g. 1y (the audit) or 3y (the concept), 6m`,
  added: (dryRun: boolean, id: string, kind: CertificationKind, due: IsoDate, every: string | null) =>
    `${dryRun ? 'add' : 'added'} ${id}: ${CERTIFICATION_LABELS[kind]} due on ${due}${every ? `, every ${every}` : ''}`,
  done: (dryRun: boolean, id: string, kind: CertificationKind, date: IsoDate, next: IsoDate | null) =>
    `${dryRun ? 'record' : 'recorded'} ${id} (${CERTIFICATION_LABELS[kind]}) done on ${date}${next ? `; next due on ${next}` : ''}`,
  summaryAdd: (kind: CertificationKind, due: IsoDate) => `certification add (${kind} due ${due})`,
  summaryDone: (id: string, date: IsoDate) => `certification done ${id} on ${date}`,
  headers: {
    id: 'id',
    kind: 'kind',
    due: 'due',
    every: 'every',
    lastDone: 'last done',
    note: 'note',
  },
  none: "no certification dates recorded — add one with 'insat certification add --kind concept|audit --due D --every 3y|1y'",
};
