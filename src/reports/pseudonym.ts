// Pseudonyms. Exports use `exportPseudonyms`: an HMAC of the id with the store's secret, the same
// for a person in every export of that store, and not recomputable from the id without the secret.
// `pseudonym` is the name a purged person keeps in the store itself (which holds the ids anyway).
import { createHash, createHmac } from 'node:crypto';

export function pseudonym(personId: string): string {
  return `TN-${createHash('sha256').update(`insat:${personId}`).digest('hex').slice(0, 8).toUpperCase()}`;
}

export type Pseudonymizer = (personId: string) => string;

export function exportPseudonyms(key: Buffer): Pseudonymizer {
  return (personId) => `TN-${createHmac('sha256', key).update(personId).digest('hex').slice(0, 8).toUpperCase()}`;
}
