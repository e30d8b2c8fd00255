import type { Ctx } from '../../cli/context.js';
import { emit, paint } from '../../cli/output.js';
import type { Catalogue } from '../../i18n/text.js';
import { intArg } from '../../cli/parse.js';
import type { HistoryEntry } from '../../store/history.js';
import type { ChangeRecord } from '../../store/records.js';
import { canonical, historyNewestFirst, recordLabel, requireStore } from '../../store/undo.js';

/** An instant of the trail as wall-clock time in Bochum (Europe/Berlin, whatever TZ the process has): 25.11.2026 14:03:12. */
export function localTime(m: Catalogue, iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('de-DE', {
      timeZone: 'Europe/Berlin',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(d)
      .map((p) => [p.type, p.value]),
  );
  return `${m.fmt.date(`${parts.year}-${parts.month}-${parts.day}`)} ${parts.hour}:${parts.minute}:${parts.second}`;
}

function shellWord(w: string): string {
  return /^[\w@%+=:,./-]+$/.test(w) ? w : `'${w.replace(/'/g, `'\\''`)}'`;
}

function short(v: unknown): string {
  const s = typeof v === 'string' ? v : (JSON.stringify(v) ?? 'null');
  return s.length > 40 ? `${s.slice(0, 39)}…` : s;
}

/** One changed record in one line: created, deleted, or the fields that changed. */
export function describeChange(m: Catalogue, c: ChangeRecord): string {
  const label = recordLabel(m, c);
  if (c.before === null) return `+ ${label}`;
  if (c.after === null) return `- ${label}`;
  if (typeof c.before !== 'object' || typeof c.after !== 'object')
    return `~ ${label}: ${short(c.before)} → ${short(c.after)}`;
  const b = c.before as Record<string, unknown>,
    a = c.after as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter(
    (k) => canonical(b[k]) !== canonical(a[k]),
  );
  return `~ ${label}: ${fields.map((k) => fieldLine(m, k, b[k] ?? null, a[k] ?? null)).join('; ')}`;
}

type Scalar = string | number | boolean | null;
const scalar = (v: unknown): v is Scalar => v === null || ['string', 'number', 'boolean'].includes(typeof v);

/** One field before → after: people's label and formats for plain values (as `participant edit` says them), the label and the stored form for nested ones. */
function fieldLine(m: Catalogue, field: string, before: unknown, after: unknown): string {
  if (!scalar(before) || !scalar(after)) {
    const nested = (v: unknown) => (v === null ? '–' : short(v));
    return `${m.corrections.fieldLabel(field)} ${nested(before)} → ${nested(after)}`;
  }
  const cut = (v: Scalar) => (typeof v === 'string' ? short(v) : v);
  return m.corrections.fieldChange({ field, before: cut(before), after: cut(after) });
}

interface Row {
  entry: HistoryEntry;
  undone: boolean;
}

export async function runHistory(ctx: Ctx, opts: { limit?: string; verbose?: boolean }): Promise<void> {
  const limit = opts.limit === undefined ? 20 : intArg(opts.limit, '--limit');
  requireStore(ctx.dataDir);
  const rows: Row[] = [];
  const undone = new Set<string>();
  let damaged = false;
  for (const entry of historyNewestFirst(ctx.dataDir, () => (damaged = true))) {
    if (entry.undoOf) undone.add(entry.undoOf);
    rows.push({ entry, undone: undone.has(entry.id) });
    if (limit > 0 && rows.length >= limit) break;
  }
  const words = ctx.m.history;
  if (damaged) ctx.warn(words.damagedSkipped);
  await emit(ctx, ctx.json ? 'json' : 'text', {
    json: () => ({
      entries: rows.map(({ entry: e, undone: u }) => ({
        id: e.id,
        at: e.at,
        user: e.user,
        summary: e.summary,
        argv: e.argv,
        records: e.changes.length,
        undone: u,
        ...(e.undoOf ? { undoOf: e.undoOf } : {}),
        ...(opts.verbose ? { changes: e.changes } : {}),
      })),
    }),
    text: () => (rows.length === 0 ? words.empty : historyText(ctx, rows, Boolean(opts.verbose))),
  });
}

async function historyText(ctx: Ctx, rows: Row[], verbose: boolean): Promise<string> {
  const words = ctx.m.history;
  const lines: string[] = [];
  for (const { entry: e, undone: u } of rows) {
    const flags = [words.records(e.changes.length), ...(u ? [words.undone] : [])];
    lines.push(
      `${await paint(ctx, 'dim', localTime(ctx.m, e.at))}  ${e.user}  ${await paint(ctx, u ? 'dim' : 'bold', e.summary)}  (${flags.join(', ')})`,
    );
    // The layout migration ran on its own, by no command line of its own.
    if (e.argv.length > 0) lines.push(`    $ insat ${e.argv.map(shellWord).join(' ')}`);
    if (verbose) {
      const shown = e.changes.slice(0, 50);
      for (const c of shown) lines.push(`      ${describeChange(ctx.m, c)}`);
      if (e.changes.length > shown.length) lines.push(`      ${words.more(e.changes.length - shown.length)}`);
    }
  }
  return lines.join('\n');
}
