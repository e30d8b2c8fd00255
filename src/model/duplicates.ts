// One person, one record (DOMAIN.md): the same person recorded twice would escape the AGH cap.
// Names are compared without case, accents, punctuation or extra spaces.
import type { Person } from './types.js';
import { violation, type Violation } from './violations.js';
import type { Text } from '../i18n/text.js';

export function normalName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * A name as two records of the team or two customers are told apart: without case, invisible
 * characters (zero-width space, soft hyphen) and extra spaces — accents and punctuation count.
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFC')
    .replace(/\p{Cf}/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLocaleLowerCase('de');
}

function normalCustomerNo(no: string): string {
  return no.replace(/[\s\-/]/g, '').toUpperCase();
}

/** Two strings that differ in at most one letter (inserted, removed or replaced). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < s.length && s[i] === l[i]) i++;
  return s.length === l.length ? s.slice(i + 1) === l.slice(i + 1) : s.slice(i) === l.slice(i + 1);
}

/** Records that are certainly the same person: same name and birth date, or same customer number. */
export function sameAs(
  candidate: Pick<Person, 'name' | 'birthDate' | 'jobcenterCustomerNo'>,
  people: readonly Person[],
): Person[] {
  const name = normalName(candidate.name);
  const no = normalCustomerNo(candidate.jobcenterCustomerNo);
  return people.filter(
    (p) =>
      !p.purged &&
      ((candidate.birthDate !== null && p.birthDate === candidate.birthDate && normalName(p.name) === name) ||
        (no !== '' && normalCustomerNo(p.jobcenterCustomerNo) === no)),
  );
}

export function duplicateViolations(
  candidate: Pick<Person, 'name' | 'birthDate' | 'jobcenterCustomerNo'>,
  people: readonly Person[],
): Violation[] {
  const same = sameAs(candidate, people);
  if (same.length === 0) return [];
  const ids = same.map((p) => p.id);
  return [
    violation(
      'duplicate-person',
      (m) =>
        m.people.duplicate(
          candidate.name,
          same.map((p) => m.people.sameRecord(p.id, p.name, p.birthDate, p.jobcenterCustomerNo)),
        ),
      ids,
    ),
  ];
}

/** Likely duplicates for `insat check`: same birth date and names that differ at most in case, accents or one letter; or the same customer number. */
export function likelyDuplicates(people: readonly Person[]): Violation[] {
  const out: Violation[] = [];
  const live = people.filter((p) => !p.purged);
  const byBirth = new Map<string, Person[]>();
  for (const p of live) {
    if (!p.birthDate) continue;
    const list = byBirth.get(p.birthDate);
    if (list) list.push(p);
    else byBirth.set(p.birthDate, [p]);
  }
  const pairs = new Set<string>();
  const report = (a: Person, b: Person, why: Text) => {
    const key = `${a.id}|${b.id}`;
    if (pairs.has(key)) return;
    pairs.add(key);
    out.push(
      violation('duplicate-person', (m) => m.people.likelyDuplicate(a.id, a.name, b.id, b.name, why(m)), [a.id, b.id]),
    );
  };
  for (const group of byBirth.values()) {
    for (let i = 0; i < group.length; i++)
      for (let j = i + 1; j < group.length; j++) {
        if (withinOneEdit(normalName(group[i]!.name), normalName(group[j]!.name)))
          report(group[i]!, group[j]!, (m) => m.people.alikeBorn(group[i]!.birthDate!));
      }
  }
  const byNo = new Map<string, Person>();
  for (const p of live) {
    const no = normalCustomerNo(p.jobcenterCustomerNo);
    if (!no) continue;
    const first = byNo.get(no);
    if (first) report(first, p, (m) => m.people.alikeCustomerNo(p.jobcenterCustomerNo));
    else byNo.set(no, p);
  }
  return out;
}
