import type { Ctx } from '../../cli/context.js';
import { emit, paint } from '../../cli/output.js';
import { openStore } from '../../cli/store-access.js';
import { RuleError } from '../../errors.js';
import { sayViolation } from '../../i18n/active.js';
import { archivePromiseViolations } from '../../model/archive.js';
import { storeViolations, storeWarnings } from '../../model/check.js';
import { forcedWorkKinds, workKindsOn, workKindViolations } from '../../model/orders.js';
import { workKindCatalogue } from '../../store/catalogues.js';
import { historyViolations } from '../../store/history.js';
import { violation, type Violation } from '../../model/violations.js';
import { pseudonym } from '../../reports/pseudonym.js';

const line = (p: Violation) => `${p.rule}: ${sayViolation(p)}${p.ids.length ? ` (${p.ids.join(', ')})` : ''}`;

export async function runCheck(ctx: Ctx, opts: { strict?: boolean } = {}): Promise<void> {
  const store = await openStore(ctx); // a file that does not match the schema ends here: exit 6, naming file and field
  const bookings = await store.allBookings();
  // each order by the kinds its area listed on the day it came in
  const catalogue = workKindCatalogue();
  const kindsOf = (o: { received: string }) => workKindsOn(store.main.settings, catalogue, o.received);
  const errors = [
    ...storeViolations(store.main, bookings, ctx.today, pseudonym),
    ...store.main.orders.flatMap((o) => workKindViolations(o, kindsOf(o))),
    ...archivePromiseViolations(store.main, store.archivedPart(), store.archiveBefore),
    ...historyViolations(ctx.dataDir),
  ];
  const warnings = storeWarnings(store.main, ctx.today, bookings);
  const failing = opts.strict ? [...errors, ...warnings] : errors;
  const problems = [
    ...errors.map((p) => ({ ...p, message: sayViolation(p), severity: 'error' })),
    ...warnings.map((p) => ({ ...p, message: sayViolation(p), severity: 'warning' })),
  ];
  // Accepted with --force --reason: not a problem, but listed for whoever writes the application.
  for (const o of store.main.orders.filter((x) => forcedWorkKinds([x], kindsOf(x)).length > 0))
    ctx.warn(ctx.m.check.forcedWorkKind(o.id, o.area, o.kind, o.kindReason ?? ''));
  if (!ctx.json) for (const w of warnings) ctx.warn(line(w));
  await emit(ctx, ctx.json ? 'json' : 'text', {
    json: () => ({ ok: failing.length === 0, problems }),
    text: async () =>
      errors.length === 0
        ? await paint(
            ctx,
            'green',
            ctx.m.check.consistent(
              store.main.people.length,
              store.main.assignments.length,
              bookings.length,
              warnings.length,
            ),
          )
        : errors.map(line).join('\n'),
  });
  if (failing.length > 0) {
    throw new RuleError([
      violation('check', (m) =>
        m.check.failed(
          errors.length > 0 ? m.check.problemsFound(errors.length) : m.check.strictWarnings(warnings.length),
          warnings.length && errors.length ? m.check.alsoWarnings(warnings.length) : '',
        ),
      ),
    ]);
  }
}
