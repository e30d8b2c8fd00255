// What --pseudonymize means for every export: names become the store's pseudonyms.
import type { Ctx } from '../../cli/context.js';
import { exportPseudonyms, type Pseudonymizer } from '../../reports/pseudonym.js';
import { pseudonymKey } from '../../store/pseudonym-key.js';

/**
 * The pseudonyms of this store, or undefined when names are exported as they are. The key is read
 * (or made) on the first pseudonym, after the store was found — never in a directory without one.
 */
export function pseudonymsFor(ctx: Ctx, pseudonymize: boolean | undefined): Pseudonymizer | undefined {
  if (!pseudonymize) return undefined;
  let alias: Pseudonymizer | undefined;
  return (personId) => (alias ??= exportPseudonyms(pseudonymKey(ctx.dataDir)))(personId);
}
