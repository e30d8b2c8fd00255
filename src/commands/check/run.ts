import type { Ctx } from '../../cli/context.js';
import { emit, paint } from '../../cli/output.js';
import { openStore } from '../../cli/store-access.js';
import { RuleError } from '../../errors.js';
import { sayViolation } from '../../i18n/active.js';
import { storeViolations, storeWarnings } from '../../model/check.js';
import { forcedWorkKinds, workKindsOf, workKindViolations } from '../../model/orders.js';
import { workKindCatalogue } from '../../store/catalogues.js';
import { violation, type Violation } from '../../model/violations.js';
import { pseudonym } from '../../reports/pseudonym.js';

const line = (p: Violation) => `${p.rule}: ${sayViolation(p)}${p.ids.length ? ` (${p.ids.join(', ')})` : ''}`;

export async function runCheck(ctx: Ctx, opts: { strict?: boolean } = {}): Promise<void> {
  const store = await openStore(ctx); // a file that does not match the schema ends here: exit 6, naming file and field
  const bookings = await store.allBookings();
  const kinds = workKindsOf(store.main.settings, workKindCatalogue());
  const errors = [
    ...storeViolations(store.main, bookings, ctx.today, pseudonym),
    ...store.main.orders.flatMap((o) => workKindViolations(o, kinds)),
  ];
  const warnings = storeWarnings(store.main, ctx.today, bookings);
  const failing = opts.strict ? [...errors, ...warnings] : errors;
  const problems = [
    ...errors.map((p) => ({ ...p, message: sayViolation(p), severity: 'error' })),
    ...warnings.map((p) => ({ ...p, message: sayViolation(p), severity: 'warning' })),
  ];
  // Accepted with --force --reason: not a problem, but listed for whoever writes the application.
  for (const o of forcedWorkKinds(store.main.orders, kinds))
    ctx.warn(
      `order ${o.id} (${o.area}) is of a kind of work the area did not list: '${o.kind}' — accepted because: ${o.kindReason}`,
    );
  if (!ctx.json) for (const w of warnings) ctx.warn(line(w));
  await emit(ctx, ctx.json ? 'json' : 'text', {
    json: () => ({ ok: failing.length === 0, problems }),
    text: async () =>
      errors.length === 0
        ? await paint(
            ctx,
            'green',
            `the store is consistent: ${count(store.main.people.length, 'person', 'people')}, ${count(store.main.assignments.length, 'assignment')}, ${count(bookings.length, 'booking')} checked${warnings.length ? `, ${count(warnings.length, 'warning')} (on stderr)` : ''}`,
          )
        : errors.map(line).join('\n'),
  });
  if (failing.length > 0) {
    const what =
      errors.length > 0
        ? `${count(errors.length, 'problem')} found in the store`
        : `${count(warnings.length, 'warning')} with --strict`;
    const also = warnings.length && errors.length ? `; ${count(warnings.length, 'warning')} besides` : '';
    throw new RuleError([
      violation(
        'check',
        `${what} — fix them (the list is on stdout, warnings on stderr), e.g. with 'insat undo' or 'insat backup restore NAME'; the README's "Repairing an older store" says how${also}`,
      ),
    ]);
  }
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
