// The flags of `applicant edit` and `participant edit` for a person's facts, declared once (light:
// loaded with the command tree; reading them is in person-edit.ts).
import { type Command, Option } from 'commander';
import type { PersonField } from '../model/person-edit.js';
import { REFERRAL_SOURCES } from '../model/types.js';

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
  return cmd
    .option('--name <name>', 'full name')
    .option('--birth-date <date>', 'date of birth (re-checks the age at the first contact)')
    .option('--phone <phone>', 'phone number')
    .option('--email <email>', 'e-mail address')
    .option('--address <address>', 'postal address')
    .option('--jobcenter-no <no>', "the Jobcenter's customer number (re-checks duplicates)")
    .addOption(new Option('--addiction <category>', 'addiction status category').choices(ADDICTION_STATUSES))
    .addOption(new Option('--referred-by <source>', 'who referred the person').choices(REFERRAL_SOURCES))
    .option('--contact-date <date>', 'the first contact (re-checks the age and the pipeline order)')
    .option('--clear <fields>', 'empty optional fields, e.g. --clear phone,email (see the field flags)')
    .option('--not-duplicate', 'keep the change although another record has the same name and birth date or number');
}

export const PERSON_FLAG_NAMES = Object.values(PERSON_FLAGS).map((f) => f.flag);

/** The person fields `--clear` may empty. */
export const PERSON_CLEARABLE = ['phone', 'email', 'address', 'jobcenter-no'] as const;
