// The store's schema, checked on every load. A file that does not match is never overwritten.
import { z } from 'zod';
import { ABSENCE_CODES, AREAS, CUSTOMER_KINDS, GROUP_KINDS, ORDER_STATUSES, REFERRAL_SOURCES } from '../model/types.js';
import { SCHEMA_VERSION } from './quick-check.js';

// Defined beside the quick checks, which load without zod (quick-check.ts mirrors this schema: a
// field added here is added there too; test/store/quick-check.test.ts compares the two).
export { SCHEMA_VERSION };

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');
const area = z.enum(AREAS);
const areaCounts = z.object({ holz: z.number().int().min(0), kueche: z.number().int().min(0), gestaltung: z.number().int().min(0) });
const contact = z.object({
  name: z.string(), street: z.string(), city: z.string(), phone: z.string(), email: z.string(), contactPerson: z.string(),
});

export const settingsSchema = z.object({
  seats: z.array(z.object({ from: isoDate, total: z.number().int().min(0), areas: areaCounts })).min(1),
  weeklyHours: z.object({ min: z.number().int().min(1), max: z.number().int().max(60) }),
  dailyMaxMinutes: z.number().int().positive(),
  rates: z.array(z.object({ from: isoDate, centsPerHour: z.number().int().min(0) })).min(1),
  closingDays: z.array(isoDate),
  leaveDaysPerFullMonth: z.number().min(0),
  aghCap: z.object({
    months: z.number().int().positive(),
    extendedMonths: z.number().int().positive(),
    frameYears: z.number().int().positive(),
    countsFrom: isoDate,
    warnMonthsAhead: z.number().int().min(0),
    warnWeeksAhead: z.number().int().min(0).optional(),
  }),
  provider: contact.extend({ measureName: z.string(), measureNumber: z.string() }),
  jobcenter: contact,
  staff: z.object({
    instructors: z.object({ holz: z.array(z.string()), kueche: z.array(z.string()), gestaltung: z.array(z.string()) }),
    socialWorkers: z.array(z.string()),
  }),
  flatRatesPerSeatMonth: z.record(z.string(), z.number().int().min(0)),
  retention: z.object({
    notesYearsAfterExit: z.number().int().min(0),
    recordsYearsAfterFundingYear: z.number().int().min(0),
    applicantsMonthsAfterDecision: z.number().int().min(0),
  }),
  customerTypes: z.array(z.string()).optional(),
  bookingGraceDays: z.number().int().min(0).optional(),
  workKinds: z.object({ holz: z.array(z.string()).optional(), kueche: z.array(z.string()).optional(), gestaltung: z.array(z.string()).optional() }).optional(),
});

const person = z.object({
  id: z.string().min(1),
  name: z.string(),
  birthDate: isoDate.nullable(),
  phone: z.string(),
  email: z.string(),
  address: z.string(),
  addictionStatus: z.enum(['dependent', 'substitution', 'abstinent', 'unknown']),
  jobcenterCustomerNo: z.string(),
  referredBy: z.enum(REFERRAL_SOURCES),
  contactDate: isoDate,
  infoAppointment: isoDate.nullable(),
  attended: z.boolean(),
  decision: z.object({ suitable: z.boolean(), by: z.string(), date: isoDate }).nullable(),
  priorPeriods: z.array(z.object({ from: isoDate, to: isoDate, provider: z.string() })),
  purged: z.boolean().optional(),
  withdrawn: isoDate.nullable().optional(),
});

const capDecision = z.object({ text: z.string(), decided: isoDate });

const assignment = z.object({
  id: z.string().min(1),
  personId: z.string().min(1),
  start: isoDate,
  until: isoDate,
  hoursPerWeek: z.number().int().positive(),
  areas: z.array(z.object({ from: isoDate, area })).min(1),
  jobcenterRef: z.string(),
  integrationOfficer: z.string(),
  socialWorker: z.string(),
  extensions: z.array(z.object({ until: isoDate, previousUntil: isoDate, reason: z.string(), beyondCap: z.boolean(), recorded: isoDate, capDecision: capDecision.nullable().optional() })),
  exit: z.object({ date: isoDate, reason: z.string(), text: z.string() }).nullable(),
  capExtensionReason: z.string(),
  capDecision: capDecision.nullable().optional(),
});

const goalStatus = z.enum(['achieved', 'partly', 'open', 'dropped']);

const customer = z.object({
  id: z.string().min(1), name: z.string(), kind: z.enum(CUSTOMER_KINDS), type: z.string(), address: z.string(), contact: z.string(), created: isoDate,
});

const order = z.object({
  id: z.string().min(1),
  customerId: z.string().min(1),
  area,
  title: z.string(),
  kind: z.string(),
  kindReason: z.string(),
  received: isoDate,
  due: isoDate.nullable(),
  materialCents: z.number().int().min(0),
  status: z.enum(ORDER_STATUSES),
  started: isoDate.nullable(),
  done: isoDate.nullable(),
  delivered: isoDate.nullable(),
  cancelled: isoDate.nullable(),
  participants: z.array(z.string().min(1)),
});

const groupOffer = z.object({
  id: z.string().min(1),
  date: isoDate,
  topic: z.string(),
  kind: z.enum(GROUP_KINDS),
  fromMinutes: z.number().int().min(0).max(1440),
  toMinutes: z.number().int().min(0).max(1440),
  ledBy: z.string(),
  area: z.enum([...AREAS, 'all']),
  attendance: z.array(z.object({ participantId: z.string().min(1), absence: z.enum(ABSENCE_CODES).nullable() })).nullable(),
});

export const mainSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  settings: settingsSchema,
  people: z.array(person),
  assignments: z.array(assignment),
  goals: z.array(z.object({
    id: z.string(), personId: z.string(), text: z.string(), due: isoDate.nullable(), created: isoDate, status: goalStatus,
    reviews: z.array(z.object({ date: isoDate, status: goalStatus, comment: z.string() })),
  })),
  notes: z.array(z.object({
    id: z.string(), personId: z.string(), date: isoDate, text: z.string(), visibility: z.enum(['internal', 'jobcenter']), author: z.string(),
  })),
  customers: z.array(customer).optional(),
  orders: z.array(order).optional(),
  groupOffers: z.array(groupOffer).optional(),
  counters: z.object({
    person: z.number().int(), assignment: z.number().int(), goal: z.number().int(), note: z.number().int(),
    customer: z.number().int().optional(), order: z.number().int().optional(), groupOffer: z.number().int().optional(),
  }),
});

export const bookingSchema = z.object({
  participantId: z.string().min(1),
  date: isoDate,
  minutes: z.number().int().min(0),
  absence: z.enum(ABSENCE_CODES).nullable(),
  forced: z.boolean(),
});

export const bookingYearSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  year: z.number().int(),
  bookings: z.array(bookingSchema),
});
