// A person's facts for `applicant edit` and `participant edit`: read from the flags into the corrected
// fields, or asked on a terminal with the current values as defaults.
import { REFERRAL_SOURCES, type Person } from '../model/types.js';
import type { PersonField } from '../model/person-edit.js';
import { ADDICTION_STATUSES, PERSON_CLEARABLE, PERSON_FLAGS, type PersonEditOptions } from './person-edit-options.js';
import { UsageError } from '../errors.js';
import { m } from '../i18n/active.js';
import { dateArg, textArg } from './parse.js';
import type { Question } from './prompts.js';

/**
 * `--clear a,b`: the flags (without dashes) to empty, each one `allowed` and not also given a value.
 * `given` maps a flag name to its option value.
 */
export function clearedFields(
  clear: string | undefined,
  allowed: readonly string[],
  given: Record<string, unknown>,
): Set<string> {
  const out = new Set<string>();
  for (const raw of (clear ?? '').split(',')) {
    const name = raw.trim().replace(/^--/, '');
    if (!name) continue;
    if (!allowed.includes(name)) throw new UsageError((m) => m.corrections.notClearable(name, allowed));
    if (given[name] !== undefined) throw new UsageError((m) => m.corrections.givenAndCleared(name));
    out.add(name);
  }
  return out;
}

/** The person fields the options give, read and checked as input (not yet against the rules). */
export function personFieldsOf(
  opts: PersonEditOptions,
  clearable: readonly string[] = PERSON_CLEARABLE,
): Partial<Person> {
  const out: Partial<Person> = {};
  const cleared = clearedFields(opts.clear, clearable, {
    phone: opts.phone,
    email: opts.email,
    address: opts.address,
    'jobcenter-no': opts.jobcenterNo,
  });
  if (cleared.has('phone')) out.phone = '';
  if (cleared.has('email')) out.email = '';
  if (cleared.has('address')) out.address = '';
  if (cleared.has('jobcenter-no')) out.jobcenterCustomerNo = '';
  if (opts.name !== undefined) out.name = textArg(opts.name, '--name', { max: 200 });
  if (opts.birthDate !== undefined) out.birthDate = dateArg(opts.birthDate, '--birth-date');
  if (opts.phone !== undefined) out.phone = textArg(opts.phone, '--phone', { required: false, max: 50 });
  if (opts.email !== undefined) out.email = textArg(opts.email, '--email', { required: false, max: 200 });
  if (opts.address !== undefined) out.address = textArg(opts.address, '--address', { required: false, max: 300 });
  if (opts.jobcenterNo !== undefined)
    out.jobcenterCustomerNo = textArg(opts.jobcenterNo, '--jobcenter-no', { required: false, max: 50 });
  if (opts.addiction !== undefined) out.addictionStatus = opts.addiction as Person['addictionStatus'];
  if (opts.referredBy !== undefined) out.referredBy = opts.referredBy as Person['referredBy'];
  if (opts.contactDate !== undefined) out.contactDate = dateArg(opts.contactDate, '--contact-date');
  return out;
}

/** The questions for a person's fields, each with the current value as its default. */
export function personQuestions(p: Person): Question[] {
  const q = (field: PersonField) => ({ flag: PERSON_FLAGS[field].flag, message: m().corrections.prompts[field]! });
  return [
    { ...q('name'), kind: 'text', default: p.name },
    { ...q('birthDate'), kind: 'date', default: p.birthDate ?? undefined },
    { ...q('phone'), kind: 'text', default: p.phone || undefined, optional: true },
    { ...q('email'), kind: 'text', default: p.email || undefined, optional: true },
    { ...q('address'), kind: 'text', default: p.address || undefined, optional: true },
    { ...q('jobcenterCustomerNo'), kind: 'text', default: p.jobcenterCustomerNo || undefined, optional: true },
    {
      ...q('addictionStatus'),
      kind: 'select',
      choices: ADDICTION_STATUSES.map((s) => ({ value: s, name: s })),
      default: p.addictionStatus,
    },
    {
      ...q('referredBy'),
      kind: 'select',
      choices: REFERRAL_SOURCES.map((s) => ({ value: s, name: s })),
      default: p.referredBy,
    },
    { ...q('contactDate'), kind: 'date', default: p.contactDate },
  ];
}

/** Prompt answers (by flag) as the options they stand for. */
export function personOptionsOf(answers: Record<string, string>): PersonEditOptions {
  const out: PersonEditOptions = {};
  for (const { flag, key } of Object.values(PERSON_FLAGS))
    if (answers[flag] !== undefined) (out as Record<string, string>)[key] = answers[flag]!;
  return out;
}
