// Ids of customers (c001), orders (o001), group offers (u001) and certification dates (z001): parsed, and found in the store.
import { NotFoundError, UsageError } from '../errors.js';
import type { Certification, Customer, GroupOffer, MainData, Order } from '../model/types.js';
import { clip } from './parse.js';

function recordId(value: string | undefined, prefix: string, what: string, list: string): string {
  const v = (value ?? '').trim().toLowerCase();
  if (!new RegExp(`^${prefix}\\d{1,6}$`).test(v))
    throw new UsageError(
      `${what} '${clip(value ?? '')}' is not ${what === 'order' ? 'an' : 'a'} ${what} id — ${what} ids look like ${prefix}012 (see '${list}')`,
    );
  return v;
}

export const customerIdArg = (v: string | undefined) => recordId(v, 'c', 'customer', 'insat customer list');
export const orderIdArg = (v: string | undefined) => recordId(v, 'o', 'order', 'insat order list');
export const offerIdArg = (v: string | undefined) => recordId(v, 'u', 'group offer', 'insat group list');

export function findCustomer(data: MainData, id: string): Customer {
  const c = data.customers.find((x) => x.id === id);
  if (!c) throw new NotFoundError(`no customer '${id}' — see 'insat customer list'`);
  return c;
}

export function findOrder(data: MainData, id: string): Order {
  const o = data.orders.find((x) => x.id === id);
  if (!o) throw new NotFoundError(`no order '${id}' — see 'insat order list'`);
  return o;
}

export function findOffer(data: MainData, id: string): GroupOffer {
  const o = data.groupOffers.find((x) => x.id === id);
  if (!o) throw new NotFoundError(`no group offer '${id}' — see 'insat group list'`);
  return o;
}

export const certificationIdArg = (v: string | undefined) =>
  recordId(v, 'z', 'certification', 'insat certification list');

export function findCertification(data: MainData, id: string): Certification {
  const c = data.certifications.find((x) => x.id === id);
  if (!c) throw new NotFoundError((m) => m.certification.notFound(id));
  return c;
}
