import type { Ctx } from '../../cli/context.js';
import { emit, paint } from '../../cli/output.js';
import { openStore } from '../../cli/store-access.js';
import { RuleError } from '../../errors.js';
import { storeViolations } from '../../model/check.js';
import { forcedWorkKinds, workKindsOf, workKindViolations } from '../../model/orders.js';
import { workKindCatalogue } from '../../store/catalogues.js';
import { violation } from '../../model/violations.js';
import { pseudonym } from '../../reports/pseudonym.js';

export async function runCheck(ctx: Ctx): Promise<void> {
  const store = await openStore(ctx); // a file that does not match the schema ends here: exit 6, naming file and field
  const bookings = await store.allBookings();
  const kinds = workKindsOf(store.main.settings, workKindCatalogue());
  const problems = [...storeViolations(store.main, bookings, ctx.today, pseudonym), ...store.main.orders.flatMap((o) => workKindViolations(o, kinds))];
  // Accepted with --force --reason: not a problem, but listed for whoever writes the application.
  for (const o of forcedWorkKinds(store.main.orders, kinds)) ctx.warn(`order ${o.id} (${o.area}) is of a kind of work the area did not list: '${o.kind}' — accepted because: ${o.kindReason}`);
  await emit(ctx, ctx.json ? 'json' : 'text', {
    json: () => ({ ok: problems.length === 0, problems }),
    text: async () => problems.length === 0
      ? await paint(ctx, 'green', `the store is consistent: ${count(store.main.people.length, 'person', 'people')}, ${count(store.main.assignments.length, 'assignment')}, ${count(bookings.length, 'booking')} checked`)
      : problems.map((p) => `${p.rule}: ${p.message}${p.ids.length ? ` (${p.ids.join(', ')})` : ''}`).join('\n'),
  });
  if (problems.length > 0) {
    throw new RuleError([violation('check', `${problems.length} problem${problems.length === 1 ? '' : 's'} found in the store — fix them (the list is on stdout), e.g. with 'insat undo' or 'insat backup restore NAME'`)]);
  }
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
