import type { Ctx } from '../../cli/context.js';
import { paint } from '../../cli/output.js';
import { intArg } from '../../cli/parse.js';
import type { HistoryEntry } from '../../store/history.js';
import type { ChangeRecord } from '../../store/records.js';
import { canonical, historyNewestFirst, recordLabel, requireStore } from '../../store/undo.js';

/** An instant of the trail as wall-clock time in Bochum (Europe/Berlin, whatever TZ the process has): 25.11.2026 14:03:12. */
export function localTime(iso: string): string {
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
  return `${parts.day}.${parts.month}.${parts.year} ${parts.hour}:${parts.minute}:${parts.second}`;
}

function shellWord(w: string): string {
  return /^[\w@%+=:,./-]+$/.test(w) ? w : `'${w.replace(/'/g, `'\\''`)}'`;
}

function short(v: unknown): string {
  const s = typeof v === 'string' ? v : (JSON.stringify(v) ?? 'null');
  return s.length > 40 ? `${s.slice(0, 39)}…` : s;
}

/** One changed record in one line: created, deleted, or the fields that changed. */
export function describeChange(c: ChangeRecord): string {
  const label = recordLabel(c);
  if (c.before === null) return `+ ${label}`;
  if (c.after === null) return `- ${label}`;
  if (typeof c.before !== 'object' || typeof c.after !== 'object')
    return `~ ${label}: ${short(c.before)} → ${short(c.after)}`;
  const b = c.before as Record<string, unknown>,
    a = c.after as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter(
    (k) => canonical(b[k]) !== canonical(a[k]),
  );
  return `~ ${label}: ${fields.map((k) => `${k} ${short(b[k] ?? null)} → ${short(a[k] ?? null)}`).join('; ')}`;
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
  for (const entry of historyNewestFirst(ctx.dataDir)) {
    if (entry.undoOf) undone.add(entry.undoOf);
    rows.push({ entry, undone: undone.has(entry.id) });
    if (limit > 0 && rows.length >= limit) break;
  }
  if (ctx.json) {
    ctx.out(
      JSON.stringify(
        {
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
        },
        null,
        2,
      ),
    );
    return;
  }
  if (rows.length === 0) {
    ctx.out('no changes recorded yet');
    return;
  }
  const lines: string[] = [];
  for (const { entry: e, undone: u } of rows) {
    const flags = [`${e.changes.length} record${e.changes.length === 1 ? '' : 's'}`, ...(u ? ['undone'] : [])];
    lines.push(
      `${await paint(ctx, 'dim', localTime(e.at))}  ${e.user}  ${await paint(ctx, u ? 'dim' : 'bold', e.summary)}  (${flags.join(', ')})`,
    );
    lines.push(`    $ insat ${e.argv.map(shellWord).join(' ')}`);
    if (opts.verbose) {
      const shown = e.changes.slice(0, 50);
      for (const c of shown) lines.push(`      ${describeChange(c)}`);
      if (e.changes.length > shown.length)
        lines.push(`      … and ${e.changes.length - shown.length} more (see --json)`);
    }
  }
  ctx.out(lines.join('\n'));
}
