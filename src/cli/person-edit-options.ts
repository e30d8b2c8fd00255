// The flags of `applicant edit` and `participant edit` for a person's facts, declared once (light:
// loaded with the command tree; reading them is in person-edit.ts).
import { type Command, Option } from 'commander';
import type { PersonField } from '../model/person-edit.js';
import { REFERRAL_SOURCES } from '../model/types.js';
import { m } from '../i18n/active.js';
import { codeOption } from './options.js';
import { referralOfWord } from '../model/words.js';

export const ADDICTION_STATUSES = ['dependent', 'substitution', 'abstinent', 'unknown'] as const;

export interface PersonEditOptions {
  name?: string;
  birthDate?: string;
  phone?: string;
  email?: string;
  address?: string;
  jobcenterNo?: string;
  addiction?: string;
  referredBy?: string;
  contactDate?: string;
  notDuplicate?: boolean;
  /** Comma-separated field flags to empty (an empty option value is refused, so clearing is said). */
  clear?: string;
  dryRun?: boolean;
}

/** Each person field: its flag and the option key commander gives it. */
export const PERSON_FLAGS: Record<PersonField, { flag: string; key: keyof PersonEditOptions }> = {
  name: { flag: '--name', key: 'name' },
  birthDate: { flag: '--birth-date', key: 'birthDate' },
  phone: { flag: '--phone', key: 'phone' },
  email: { flag: '--email', key: 'email' },
  address: { flag: '--address', key: 'address' },
  jobcenterCustomerNo: { flag: '--jobcenter-no', key: 'jobcenterNo' },
  addictionStatus: { flag: '--addiction', key: 'addiction' },
  referredBy: { flag: '--referred-by', key: 'referredBy' },
  contactDate: { flag: '--contact-date', key: 'contactDate' },
};

export function addPersonEditOptions(cmd: Command): Command {
  const o = m().corrections.help.opt;
  return cmd
    .option('--name <name>', o.name)
    .option('--birth-date <date>', o.birthDate)
    .option('--phone <phone>', o.phone)
    .option('--email <email>', o.email)
    .option('--address <address>', o.address)
    .option('--jobcenter-no <no>', o.jobcenterNo)
    .addOption(new Option('--addiction <category>', o.addiction).choices(ADDICTION_STATUSES))
    .addOption(codeOption('--referred-by <source>', o.referredBy, REFERRAL_SOURCES, referralOfWord))
    .option('--contact-date <date>', o.contactDate)
    .option('--clear <fields>', o.clear)
    .option('--not-duplicate', o.notDuplicate);
}

export const PERSON_FLAG_NAMES = Object.values(PERSON_FLAGS).map((f) => f.flag);

/** The person fields `--clear` may empty. */
export const PERSON_CLEARABLE = ['phone', 'email', 'address', 'jobcenter-no'] as const;
