// Customers: the work must be additional, in the public interest and competition-neutral
// (§ 16d (2)–(4) SGB II), so only public and non-profit organisations order from the areas.
import type { IsoDate } from './dates.js';
import { CUSTOMER_KINDS, type Customer, type CustomerKind, type MainData, type Settings } from './types.js';
import { violation, type Violation } from './violations.js';
import { nameKey } from './duplicates.js';

/** Kinds of customer the programme may not work for, in the words people type. */
const REFUSED_KINDS: Record<string, 'commercial' | 'private'> = {
  commercial: 'commercial',
  gewerblich: 'commercial',
  company: 'commercial',
  firma: 'commercial',
  unternehmen: 'commercial',
  private: 'private',
  privat: 'private',
  privatperson: 'private',
  person: 'private',
};

export const CUSTOMER_RULE = 'customer-kind';

/** Why a kind of customer is refused, or null when it is allowed (public, non-profit) or unknown. */
/** `commercial` or `private` for a kind the rule refuses (also in German or as a synonym), else null. */
export function refusedKindOf(kind: string): 'commercial' | 'private' | null {
  return REFUSED_KINDS[kind.trim().toLowerCase()] ?? null;
}

export function refusedCustomerKind(kind: string): Violation | null {
  const refused = refusedKindOf(kind);
  if (!refused) return null;
  return violation(CUSTOMER_RULE, (m) => m.customer.refusedKind(refused));
}

export function isCustomerKind(kind: string): kind is CustomerKind {
  return (CUSTOMER_KINDS as readonly string[]).includes(kind);
}

/** The customer types: the shipped list and those added by the setting `customerTypes`. */
export function customerTypes(settings: Settings, catalogue: readonly string[]): string[] {
  const out = [...catalogue];
  for (const t of settings.customerTypes ?? []) if (!out.some((x) => x.toLowerCase() === t.toLowerCase())) out.push(t);
  return out;
}

/** The known type as it is spelled in the list, or null. */
export function matchCustomerType(type: string, types: readonly string[]): string | null {
  return types.find((t) => t.toLowerCase() === type.trim().toLowerCase()) ?? null;
}

/** Two customers with the same name would split one organisation's orders. */
export function duplicateCustomerViolations(data: MainData, c: Pick<Customer, 'id' | 'name'>): Violation[] {
  const key = nameKey(c.name);
  const same = data.customers.find((x) => x.id !== c.id && nameKey(x.name) === key);
  return same ? [violation('customer-duplicate', (m) => m.customer.duplicate(same.name, same.id), [same.id])] : [];
}

export function customerDateViolations(c: Customer, today: IsoDate): Violation[] {
  return c.created > today ? [violation('customer-date', (m) => m.customer.futureDate(c.id, c.created), [c.id])] : [];
}
