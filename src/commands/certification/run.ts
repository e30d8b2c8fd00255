import type { Ctx } from '../../cli/context.js';
import { emit, formatOf, reply } from '../../cli/output.js';
import { clip, dateArg, textArg } from '../../cli/parse.js';
import { certificationIdArg, findCertification } from '../../cli/record-ids.js';
import { change, openStore } from '../../cli/store-access.js';
import { refuseIf, UsageError } from '../../errors.js';
import { compareIds, compareText } from '../../model/compare.js';
import { editedCertification, recordDone, type CertificationEdit } from '../../model/due/certifications.js';
import { clearedFields } from '../../cli/person-edit.js';
import type { CertificationChange } from '../../i18n/en/certification.js';
import { nextId } from '../../model/people.js';
import { type Certification, type CertificationKind } from '../../model/types.js';
import { certificationKindOfWord } from '../../model/words.js';
import type { CertificationAddOptions, CertificationEditOptions } from './index.js';

function kindArg(value: string | undefined): CertificationKind {
  const kind = certificationKindOfWord(value ?? '');
  if (kind === null) throw new UsageError((m) => m.certification.badKind(clip(value ?? '')));
  return kind;
}

/** `1y`, `3y`, `6m` → months. */
export function everyArg(value: string): number {
  const m = /^(\d{1,3})\s*([ym])$/i.exec(value.trim());
  const months = m ? Number(m[1]) * (m[2]!.toLowerCase() === 'y' ? 12 : 1) : 0;
  if (months < 1 || months > 120) throw new UsageError((m) => m.certification.badEvery(clip(value)));
  return months;
}

export function formatEvery(months: number | null): string | null {
  if (months === null) return null;
  return months % 12 === 0 ? `${months / 12}y` : `${months}m`;
}

export async function runCertificationAdd(ctx: Ctx, opts: CertificationAddOptions): Promise<void> {
  const kind = kindArg(opts.kind);
  const due = dateArg(opts.due, '--due');
  const everyMonths = opts.every === undefined ? null : everyArg(opts.every);
  const note = textArg(opts.note, '--note', { required: false, max: 500 });
  const dryRun = Boolean(opts.dryRun);
  const { result: id } = await change(ctx, `certification add (${kind} due ${due})`, dryRun, (tx) => {
    const c: Certification = {
      id: nextId(tx.main, 'certification'),
      kind,
      due,
      everyMonths,
      note,
      done: [],
      created: ctx.today,
    };
    tx.main.certifications.push(c);
    return c.id;
  });
  const words = ctx.m.certification;
  const label = ctx.m.due.certificationKinds[kind];
  const every = everyMonths === null ? null : words.every(everyMonths);
  reply(ctx, {
    json: { id },
    done: words.added(id, label, due, every),
    wouldDo: words.wouldAdd(id, label, due, every),
    dryRun,
  });
}

export async function runCertificationDone(
  ctx: Ctx,
  rawId: string,
  opts: { date?: string; dryRun?: boolean },
): Promise<void> {
  const id = certificationIdArg(rawId);
  const date = opts.date === undefined ? ctx.today : dateArg(opts.date, '--date');
  const dryRun = Boolean(opts.dryRun);
  const { result } = await change(ctx, `certification done ${id} on ${date}`, dryRun, (tx) => {
    const c = findCertification(tx.main, id);
    refuseIf(recordDone(c, date, ctx.today));
    return { kind: c.kind, next: c.due };
  });
  const words = ctx.m.certification;
  const label = ctx.m.due.certificationKinds[result.kind];
  reply(ctx, {
    json: { id, date, nextDue: result.next, dryRun },
    done: words.recorded(id, label, date, result.next),
    wouldDo: words.wouldRecord(id, label, date, result.next),
    dryRun,
  });
}

const CERTIFICATION_CLEARABLE = ['every', 'note', 'last-done'] as const;

export async function runCertificationEdit(ctx: Ctx, rawId: string, opts: CertificationEditOptions): Promise<void> {
  const id = certificationIdArg(rawId);
  const cleared = clearedFields(opts.clear, CERTIFICATION_CLEARABLE, {
    every: opts.every,
    note: opts.note,
    'last-done': opts.lastDone,
  });
  const e: CertificationEdit = {};
  if (opts.kind !== undefined) e.kind = kindArg(opts.kind);
  if (opts.due !== undefined) e.due = dateArg(opts.due, '--due');
  if (cleared.has('every')) e.everyMonths = null;
  else if (opts.every !== undefined) e.everyMonths = everyArg(opts.every);
  if (cleared.has('note')) e.note = '';
  else if (opts.note !== undefined) e.note = textArg(opts.note, '--note', { max: 500 });
  if (cleared.has('last-done')) e.lastDone = null;
  else if (opts.lastDone !== undefined) e.lastDone = dateArg(opts.lastDone, '--last-done');
  const given = Object.keys(e);
  if (given.length === 0) throw new UsageError((m) => m.certification.edit.nothing);
  const dryRun = Boolean(opts.dryRun);
  const kinds = ctx.m.due.certificationKinds;
  const { result: changes } = await change(ctx, `certification edit ${id} (${given.join(', ')})`, dryRun, (tx) => {
    const i = tx.main.certifications.findIndex((c) => c.id === id);
    const c = findCertification(tx.main, id);
    const { after, violations } = editedCertification(c, e, ctx.today);
    refuseIf(violations);
    const shown = (x: Certification) => ({
      kind: kinds[x.kind],
      due: x.due,
      every: formatEvery(x.everyMonths),
      note: x.note,
      lastDone: x.done[x.done.length - 1]?.date ?? null,
    });
    const [b, a] = [shown(c), shown(after)];
    const out: CertificationChange[] = (['kind', 'due', 'every', 'note', 'lastDone'] as const)
      .filter((f) => (b[f] ?? '') !== (a[f] ?? ''))
      .map((f) => ({ field: f, before: b[f], after: a[f] }));
    tx.main.certifications[i] = after;
    return out;
  });
  const words = ctx.m.certification.edit;
  // values the date has already change nothing, with --dry-run too
  reply(ctx, {
    json: { id, changed: changes.map((c) => c.field), dryRun },
    done: changes.length > 0 ? words.done(id, changes) : words.unchanged(id),
    wouldDo: words.wouldDo(id, changes),
    dryRun: dryRun && changes.length > 0,
  });
}

export async function runCertificationDelete(ctx: Ctx, rawId: string, opts: { dryRun?: boolean }): Promise<void> {
  const id = certificationIdArg(rawId);
  const dryRun = Boolean(opts.dryRun);
  const { result: c } = await change(ctx, `certification delete ${id}`, dryRun, (tx) => {
    const found = findCertification(tx.main, id);
    tx.main.certifications = tx.main.certifications.filter((x) => x.id !== id);
    return { ...found };
  });
  const words = ctx.m.certification.delete;
  const label = ctx.m.due.certificationKinds[c.kind];
  reply(ctx, { json: { id }, done: words.done(id, label, c.due), wouldDo: words.wouldDo(id, label, c.due), dryRun });
}

export async function runCertificationList(ctx: Ctx, opts: { format?: string }): Promise<void> {
  const format = formatOf(ctx, opts.format);
  const words = ctx.m.certification;
  const list = [...(await openStore(ctx)).main.certifications].sort(
    (a, b) =>
      Number(a.due === null) - Number(b.due === null) ||
      compareText(a.due ?? '', b.due ?? '') ||
      compareIds(a.id, b.id),
  );
  const last = (c: Certification) => c.done[c.done.length - 1]?.date ?? null;
  await emit(ctx, format, {
    json: () => ({ certifications: list.map((c) => ({ ...c, every: formatEvery(c.everyMonths) })) }),
    tabular:
      format === 'table' && list.length === 0
        ? undefined
        : () => ({
            columns: [
              { key: 'id', header: 'id', label: words.columns.id, kind: 'text' },
              {
                key: 'kind',
                header: 'kind',
                label: words.columns.kind,
                kind: 'text',
                words: ctx.m.due.certificationKinds,
              },
              { key: 'due', header: 'due', label: words.columns.due, kind: 'date' },
              { key: 'every', header: 'every', label: words.columns.every, kind: 'text' },
              { key: 'lastDone', header: 'last done', label: words.columns.lastDone, kind: 'date' },
              { key: 'note', header: 'note', label: words.columns.note, kind: 'text' },
            ],
            rows: list.map((c) => ({
              id: c.id,
              kind: c.kind,
              due: c.due,
              // csv keeps the interval as typed (1y, 6m); people read it in words
              every:
                format === 'csv' || c.everyMonths === null ? formatEvery(c.everyMonths) : words.every(c.everyMonths),
              lastDone: last(c),
              note: c.note,
            })),
          }),
    text: format === 'table' && list.length === 0 ? () => words.none : undefined,
  });
}
