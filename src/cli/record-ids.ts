// Ids of customers (c001), orders (o001), group offers (u001), certification dates (z001), staff (s001), notes
// (n001) and goals (g001): parsed — an id of another kind is a usage error — and found in the store.
import { NotFoundError, UsageError } from '../errors.js';
import type { Text } from '../i18n/text.js';
import type { Certification, Customer, GroupOffer, MainData, Order, StaffMember } from '../model/types.js';
import { clip } from './parse.js';

function recordId(value: string | undefined, prefix: string, refusal: (clipped: string) => Text): string {
  const v = (value ?? '').trim().toLowerCase();
  if (!new RegExp(`^${prefix}\\d{1,6}$`).test(v)) throw new UsageError(refusal(clip(value ?? '')));
  return v;
}

export const customerIdArg = (v: string | undefined) => recordId(v, 'c', (x) => (m) => m.customer.badId(x));
export const orderIdArg = (v: string | undefined) => recordId(v, 'o', (x) => (m) => m.order.badId(x));
export const offerIdArg = (v: string | undefined) => recordId(v, 'u', (x) => (m) => m.group.badId(x));
/** A staff id (s003); a name typed where an id belongs is a usage error that says where the ids are. */
export function staffIdArg(value: string | undefined, flag = 'ID'): string {
  const v = (value ?? '').trim().toLowerCase();
  if (!/^s\d{1,6}$/.test(v)) throw new UsageError((m) => m.staff.errors.notStaffId(flag, clip(value ?? '')));
  return v;
}

export function findCustomer(data: MainData, id: string): Customer {
  const c = data.customers.find((x) => x.id === id);
  if (!c) throw new NotFoundError((m) => m.customer.notFound(id));
  return c;
}

export function findOrder(data: MainData, id: string): Order {
  const o = data.orders.find((x) => x.id === id);
  if (!o) throw new NotFoundError((m) => m.order.notFound(id));
  return o;
}

export function findOffer(data: MainData, id: string): GroupOffer {
  const o = data.groupOffers.find((x) => x.id === id);
  if (!o) throw new NotFoundError((m) => m.group.notFound(id));
  return o;
}

export const noteIdArg = (v: string | undefined) => recordId(v, 'n', (x) => (m) => m.corrections.badNoteId(x));
export const goalIdArg = (v: string | undefined) => recordId(v, 'g', (x) => (m) => m.corrections.badGoalId(x));
export const certificationIdArg = (v: string | undefined) => recordId(v, 'z', (x) => (m) => m.certification.badId(x));

export function findCertification(data: MainData, id: string): Certification {
  const c = data.certifications.find((x) => x.id === id);
  if (!c) throw new NotFoundError((m) => m.certification.notFound(id));
  return c;
}

export function findStaff(data: MainData, id: string): StaffMember {
  const s = data.staff.find((x) => x.id === id);
  if (!s) throw new NotFoundError((m) => m.staff.errors.notFound(id));
  return s;
}
