import type { Ctx } from '../../cli/context.js';
import { doneLine, emit, formatOf } from '../../cli/output.js';
import { clip, dateArg, textArg } from '../../cli/parse.js';
import { certificationIdArg, findCertification } from '../../cli/record-ids.js';
import { change, openStore } from '../../cli/store-access.js';
import { refuseIf, UsageError } from '../../errors.js';
import { compareIds, compareText } from '../../model/compare.js';
import { recordDone } from '../../model/due/certifications.js';
import { CERTIFICATION_LABELS } from '../../model/due/wording.js';
import { nextId } from '../../model/people.js';
import { CERTIFICATION_KINDS, type Certification, type CertificationKind } from '../../model/types.js';
import type { CertificationAddOptions } from './index.js';
import { certificationMessages as msg } from './messages.js';

function kindArg(value: string | undefined): CertificationKind {
  const v = (value ?? '').trim().toLowerCase();
  if (!(CERTIFICATION_KINDS as readonly string[]).includes(v)) throw new UsageError(msg.badKind(clip(value ?? '')));
  return v as CertificationKind;
}

/** `1y`, `3y`, `6m` → months. */
export function everyArg(value: string): number {
  const m = /^(\d{1,3})\s*([ym])$/i.exec(value.trim());
  const months = m ? Number(m[1]) * (m[2]!.toLowerCase() === 'y' ? 12 : 1) : 0;
  if (months < 1 || months > 120) throw new UsageError(msg.badEvery(clip(value)));
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
  const { result: id } = await change(ctx, msg.summaryAdd(kind, due), dryRun, (tx) => {
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
  if (ctx.json) ctx.out(JSON.stringify({ id }));
  else doneLine(ctx, dryRun, msg.added(dryRun, id, kind, due, formatEvery(everyMonths)));
}

export async function runCertificationDone(
  ctx: Ctx,
  rawId: string,
  opts: { date?: string; dryRun?: boolean },
): Promise<void> {
  const id = certificationIdArg(rawId);
  const date = opts.date === undefined ? ctx.today : dateArg(opts.date, '--date');
  const dryRun = Boolean(opts.dryRun);
  const { result } = await change(ctx, msg.summaryDone(id, date), dryRun, (tx) => {
    const c = findCertification(tx.main, id);
    refuseIf(recordDone(c, date, ctx.today));
    return { kind: c.kind, next: c.due };
  });
  if (ctx.json) ctx.out(JSON.stringify({ id, date, nextDue: result.next, dryRun }));
  else doneLine(ctx, dryRun, msg.done(dryRun, id, result.kind, date, result.next));
}

export async function runCertificationList(ctx: Ctx, opts: { format?: string }): Promise<void> {
  const format = formatOf(ctx, opts.format);
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
              { key: 'id', header: msg.headers.id, kind: 'text' },
              { key: 'kind', header: msg.headers.kind, kind: 'text' },
              { key: 'due', header: msg.headers.due, kind: 'date' },
              { key: 'every', header: msg.headers.every, kind: 'text' },
              { key: 'lastDone', header: msg.headers.lastDone, kind: 'date' },
              { key: 'note', header: msg.headers.note, kind: 'text' },
            ],
            rows: list.map((c) => ({
              id: c.id,
              kind: format === 'table' ? CERTIFICATION_LABELS[c.kind] : c.kind,
              due: c.due,
              every: formatEvery(c.everyMonths),
              lastDone: last(c),
              note: c.note,
            })),
          }),
    text: format === 'table' && list.length === 0 ? () => msg.none : undefined,
  });
}
