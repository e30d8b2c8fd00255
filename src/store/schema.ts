// The store's schema, checked on every load. A file that does not match is never overwritten.
import { z } from 'zod';
import {
  ABSENCE_CODES,
  ABSENCE_REPORT_LAYOUTS,
  AREAS,
  CERTIFICATION_KINDS,
  CUSTOMER_KINDS,
  GROUP_KINDS,
  ORDER_STATUSES,
  REFERRAL_SOURCES,
  STAFF_ROLES,
} from '../model/types.js';
import { isMonthDay, isValidIso } from '../model/dates.js';
import {
  bookingKeyOf,
  firstDuplicate,
  MONTH_LAYOUT_SCHEMA_VERSION,
  SCHEMA_VERSION,
  TEXT_LIMITS,
  UNIQUE_KEYS,
  YEAR_LAYOUT_SCHEMA_VERSION,
} from './quick-check.js';
import { activeLang, m } from '../i18n/active.js';

/** zod's own words ("expected string, received number") in the run's language. */
export function zodSpeaksActiveLanguage(): void {
  z.config(activeLang() === 'de' ? z.locales.de() : z.locales.en());
}

// Defined beside the quick checks, which load without zod (quick-check.ts mirrors this schema: a
// field added here is added there too; test/store/quick-check.test.ts compares the two).
export { SCHEMA_VERSION };

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD')
  .refine(isValidIso, 'no such calendar day');
const text = (max: number = TEXT_LIMITS.default) => z.string().max(max, `longer than ${max} characters`);
const str = text();
/** Every object is strict: a key the store does not know (say "diagnosis") is refused on load. */
const object = z.strictObject;
/** An array whose records' keys are unique; a repeated key is named with the record. */
const unique = <T extends z.ZodType>(items: T, key: (r: z.infer<T>) => string, what: string) =>
  z.array(items).superRefine((list, ctx) => {
    const i = firstDuplicate(list, key);
    if (i >= 0) ctx.addIssue({ code: 'custom', path: [i], message: m().store.appearsTwice(what, key(list[i]!)) });
  });
const area = z.enum(AREAS);
const areaCounts = object({
  holz: z.number().int().min(0),
  kueche: z.number().int().min(0),
  gestaltung: z.number().int().min(0),
});
const contactText = text(TEXT_LIMITS.contact);
const contactShape = {
  name: contactText,
  street: contactText,
  city: contactText,
  phone: contactText,
  email: contactText,
  contactPerson: contactText,
};
const contact = object(contactShape);

export const settingsSchema = object({
  seats: z.array(object({ from: isoDate, total: z.number().int().min(0), areas: areaCounts })).min(1),
  weeklyHours: object({ min: z.number().int().min(1), max: z.number().int().max(60) }),
  dailyMaxMinutes: z.number().int().positive(),
  rates: z.array(object({ from: isoDate, centsPerHour: z.number().int().min(0) })).min(1),
  closingDays: z.array(isoDate),
  leaveDaysPerFullMonth: z.number().min(0),
  aghCap: object({
    months: z.number().int().positive(),
    extendedMonths: z.number().int().positive(),
    frameYears: z.number().int().positive(),
    countsFrom: isoDate,
    warnMonthsAhead: z.number().int().min(0),
    warnWeeksAhead: z.number().int().min(0).optional(),
  }),
  provider: object({ ...contactShape, measureName: contactText, measureNumber: contactText }),
  jobcenter: contact,
  staff: object({
    instructors: object({
      holz: z.array(text(TEXT_LIMITS.staff)),
      kueche: z.array(text(TEXT_LIMITS.staff)),
      gestaltung: z.array(text(TEXT_LIMITS.staff)),
    }),
    socialWorkers: z.array(text(TEXT_LIMITS.staff)),
  }).optional(),
  caseloadTarget: z.number().int().min(1).optional(),
  flatRatesPerSeatMonth: z.record(z.string(), z.number().int().min(0)),
  retention: object({
    notesYearsAfterExit: z.number().int().min(0),
    recordsYearsAfterFundingYear: z.number().int().min(0),
    applicantsMonthsAfterDecision: z.number().int().min(0),
  }),
  customerTypes: z.array(str).optional(),
  bookingGraceDays: z.number().int().min(0).optional(),
  language: z.enum(['de', 'en']).optional(),
  due: object({
    assignmentEndWeeks: z.number().int().min(0).optional(),
    progressReportMonths: z.number().int().min(1).optional(),
    absenceReportDay: z.number().int().min(1).max(28).optional(),
    applicationDeadline: z.string().refine(isMonthDay, 'expected a day MM-DD').optional(),
    applicantDays: z.number().int().min(1).optional(),
  }).optional(),
  absenceReportLayout: z.enum(ABSENCE_REPORT_LAYOUTS).optional(),
  workKinds: object({
    holz: z.array(str).optional(),
    kueche: z.array(str).optional(),
    gestaltung: z.array(str).optional(),
  }).optional(),
  workKindLists: z.array(object({ from: isoDate, area, kinds: z.array(str).min(1) })).optional(),
});

const person = object({
  id: str.min(1),
  name: text(TEXT_LIMITS.name),
  birthDate: isoDate.nullable(),
  phone: text(TEXT_LIMITS.phone),
  email: text(TEXT_LIMITS.email),
  address: text(TEXT_LIMITS.address),
  addictionStatus: z.enum(['dependent', 'substitution', 'abstinent', 'unknown']),
  jobcenterCustomerNo: text(TEXT_LIMITS.jobcenterCustomerNo),
  referredBy: z.enum(REFERRAL_SOURCES),
  contactDate: isoDate,
  infoAppointment: isoDate.nullable(),
  attended: z.boolean(),
  decision: object({ suitable: z.boolean(), by: text(TEXT_LIMITS.decisionBy), date: isoDate }).nullable(),
  priorPeriods: z.array(object({ from: isoDate, to: isoDate, provider: text(TEXT_LIMITS.priorProvider) })),
  purged: z.boolean().optional(),
  withdrawn: isoDate.nullable().optional(),
});

const capDecision = object({ text: str, decided: isoDate });

const assignment = object({
  id: str.min(1),
  personId: str.min(1),
  start: isoDate,
  until: isoDate,
  hoursPerWeek: z.number().int().positive(),
  weekdayMinutes: z.array(z.number().int().min(0).max(1440)).length(5).optional(),
  hoursChanges: z.array(object({ from: isoDate, hoursPerWeek: z.number().int().positive() })).optional(),
  areas: z.array(object({ from: isoDate, area })).min(1),
  jobcenterRef: text(TEXT_LIMITS.jobcenterRef),
  integrationOfficer: text(TEXT_LIMITS.integrationOfficer),
  socialWorker: text(TEXT_LIMITS.socialWorker),
  instructor: text(TEXT_LIMITS.instructor).optional(),
  socialWorkerId: str.min(1).nullable().optional(),
  socialWorkerChanges: z.array(object({ from: isoDate, socialWorkerId: str.min(1) })).optional(),
  instructorId: str.min(1).nullable().optional(),
  extensions: z.array(
    object({
      until: isoDate,
      previousUntil: isoDate,
      reason: text(TEXT_LIMITS.extensionReason),
      beyondCap: z.boolean(),
      recorded: isoDate,
      capDecision: capDecision.nullable().optional(),
    }),
  ),
  exit: object({ date: isoDate, reason: str, text: text(TEXT_LIMITS.exitText) }).nullable(),
  capExtensionReason: text(TEXT_LIMITS.capExtensionReason),
  capDecision: capDecision.nullable().optional(),
});

const goalStatus = z.enum(['achieved', 'partly', 'open', 'dropped']);

const customer = object({
  id: str.min(1),
  name: str,
  kind: z.enum(CUSTOMER_KINDS),
  type: str,
  address: str,
  contact: str,
  created: isoDate,
});

const order = object({
  id: str.min(1),
  customerId: str.min(1),
  area,
  title: str,
  kind: str,
  kindReason: str,
  received: isoDate,
  due: isoDate.nullable(),
  materialCents: z.number().int().min(0),
  status: z.enum(ORDER_STATUSES),
  started: isoDate.nullable(),
  done: isoDate.nullable(),
  delivered: isoDate.nullable(),
  cancelled: isoDate.nullable(),
  participants: z.array(str.min(1)),
});

const groupOffer = object({
  id: str.min(1),
  date: isoDate,
  topic: str,
  kind: z.enum(GROUP_KINDS),
  fromMinutes: z.number().int().min(0).max(1440),
  toMinutes: z.number().int().min(0).max(1440),
  ledBy: str,
  area: z.enum([...AREAS, 'all']),
  attendance: z.array(object({ participantId: str.min(1), absence: z.enum(ABSENCE_CODES).nullable() })).nullable(),
});

const certification = object({
  id: str.min(1),
  kind: z.enum(CERTIFICATION_KINDS),
  due: isoDate.nullable(),
  everyMonths: z.number().int().min(1).max(120).nullable(),
  note: text(TEXT_LIMITS.certificationNote),
  done: z.array(object({ due: isoDate, date: isoDate })),
  created: isoDate,
});

const staffMember = object({
  id: str.min(1),
  name: text(TEXT_LIMITS.staff),
  role: z.enum(STAFF_ROLES),
  area: area.nullable(),
  from: isoDate,
  left: isoDate.nullable(),
});

const goalsSchema = unique(
  object({
    id: str,
    personId: str,
    text: text(TEXT_LIMITS.goalText),
    due: isoDate.nullable(),
    created: isoDate,
    status: goalStatus,
    reviews: z.array(object({ date: isoDate, status: goalStatus, comment: text(TEXT_LIMITS.reviewComment) })),
  }),
  UNIQUE_KEYS.goals,
  'goal',
);

const notesSchema = unique(
  object({
    id: str,
    personId: str,
    date: isoDate,
    text: str,
    visibility: z.enum(['internal', 'jobcenter']),
    author: text(TEXT_LIMITS.noteAuthor),
  }),
  UNIQUE_KEYS.notes,
  'note',
);

export const mainSchema = object({
  schemaVersion: z.union([
    z.literal(YEAR_LAYOUT_SCHEMA_VERSION),
    z.literal(MONTH_LAYOUT_SCHEMA_VERSION),
    z.literal(SCHEMA_VERSION),
  ]),
  archive: object({ before: isoDate }).optional(),
  settings: settingsSchema,
  people: unique(person, UNIQUE_KEYS.people, 'person'),
  assignments: unique(assignment, UNIQUE_KEYS.assignments, 'assignment'),
  goals: goalsSchema,
  notes: notesSchema,
  customers: unique(customer, UNIQUE_KEYS.customers, 'customer').optional(),
  orders: unique(order, UNIQUE_KEYS.orders, 'order').optional(),
  groupOffers: unique(groupOffer, UNIQUE_KEYS.groupOffers, 'group offer').optional(),
  certifications: unique(certification, UNIQUE_KEYS.certifications, 'certification').optional(),
  staff: unique(staffMember, UNIQUE_KEYS.staff, 'staff member').optional(),
  counters: object({
    person: z.number().int(),
    assignment: z.number().int(),
    goal: z.number().int(),
    note: z.number().int(),
    customer: z.number().int().optional(),
    order: z.number().int().optional(),
    groupOffer: z.number().int().optional(),
    certification: z.number().int().optional(),
    staff: z.number().int().optional(),
  }),
});

export const bookingSchema = object({
  participantId: str.min(1),
  date: isoDate,
  minutes: z.number().int().min(0),
  absence: z.enum(ABSENCE_CODES).nullable(),
  forced: z.boolean(),
});

/** archive.json: the people whose stay ended long ago, with their assignments, goals and notes. */
export const archiveSchema = object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  people: unique(person, UNIQUE_KEYS.people, 'person'),
  assignments: unique(assignment, UNIQUE_KEYS.assignments, 'assignment'),
  goals: goalsSchema,
  notes: notesSchema,
});

export const bookingMonthSchema = object({
  schemaVersion: z.literal(MONTH_LAYOUT_SCHEMA_VERSION),
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'not a month (YYYY-MM)'),
  bookings: unique(bookingSchema, bookingKeyOf, 'booking of'),
});

/** A year file of a store from before month files (schema 1). */
export const bookingYearSchema = object({
  schemaVersion: z.literal(YEAR_LAYOUT_SCHEMA_VERSION),
  year: z.number().int(),
  bookings: unique(bookingSchema, bookingKeyOf, 'booking of'),
});
