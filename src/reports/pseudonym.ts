// Stable pseudonyms for exports: the same person always gets the same pseudonym, and it does not
// reveal the name (a hash of the id; ids carry no personal data).
import { createHash } from 'node:crypto';

export function pseudonym(personId: string): string {
  return `TN-${createHash('sha256').update(`insat:${personId}`).digest('hex').slice(0, 8).toUpperCase()}`;
}
