// The store's schema (schema.ts) checked without zod. Loading zod costs about 0.12 s, and checking a
// 20-year main file with it about 0.09 s more — on every command. These plain checks accept exactly
// what schema.ts accepts (test/store/quick-check.test.ts compares them on thousands of altered
// records); only a file they reject is handed to zod, loaded then, for its precise message.
// Keep the two in step: a field added to schema.ts is added here too.
import type { z } from 'zod';
import { ABSENCE_CODES, AREAS, CUSTOMER_KINDS, GROUP_KINDS, ORDER_STATUSES, REFERRAL_SOURCES } from '../model/types.js';

export const SCHEMA_VERSION = 1;

type Check = (v: unknown) => boolean;
type Obj = Record<string, unknown>;

const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str: Check = (v) => typeof v === 'string';
const nonEmpty: Check = (v) => typeof v === 'string' && v.length > 0;
const bool: Check = (v) => typeof v === 'boolean';
const int = (min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER): Check =>
  (v) => typeof v === 'number' && Number.isSafeInteger(v) && v >= min && v <= max;
const num = (min: number): Check => (v) => typeof v === 'number' && Number.isFinite(v) && v >= min;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isoDate: Check = (v) => typeof v === 'string' && DATE.test(v);
const oneOf = (values: readonly string[]): Check => { const set = new Set(values); return (v) => typeof v === 'string' && set.has(v); };
const literal = (x: unknown): Check => (v) => v === x;
const nullable = (c: Check): Check => (v) => v === null || c(v);
const optional = (c: Check): Check => (v) => v === undefined || c(v);
const array = (c: Check, min = 0): Check => (v) => {
  if (!Array.isArray(v) || v.length < min) return false;
  for (let i = 0; i < v.length; i++) if (!c(v[i])) return false;
  return true;
};
const object = (shape: Record<string, Check>): Check => {
  const keys = Object.keys(shape);
  const checks = keys.map((k) => shape[k]!);
  return (v) => {
    if (!isObject(v)) return false;
    for (let i = 0; i < keys.length; i++) if (!checks[i]!(v[keys[i]!])) return false;
    return true;
  };
};
const record = (c: Check): Check => (v) => isObject(v) && Object.values(v).every(c);

const area = oneOf(AREAS);
const areaCounts = object({ holz: int(0), kueche: int(0), gestaltung: int(0) });
const contactShape = { name: str, street: str, city: str, phone: str, email: str, contactPerson: str };

const settings = object({
  seats: array(object({ from: isoDate, total: int(0), areas: areaCounts }), 1),
  weeklyHours: object({ min: int(1), max: int(undefined, 60) }),
  dailyMaxMinutes: int(1),
  rates: array(object({ from: isoDate, centsPerHour: int(0) }), 1),
  closingDays: array(isoDate),
  leaveDaysPerFullMonth: num(0),
  aghCap: object({
    months: int(1),
    extendedMonths: int(1),
    frameYears: int(1),
    countsFrom: isoDate,
    warnMonthsAhead: int(0),
    warnWeeksAhead: optional(int(0)),
  }),
  provider: object({ ...contactShape, measureName: str, measureNumber: str }),
  jobcenter: object(contactShape),
  staff: object({
    instructors: object({ holz: array(str), kueche: array(str), gestaltung: array(str) }),
    socialWorkers: array(str),
  }),
  flatRatesPerSeatMonth: record(int(0)),
  retention: object({
    notesYearsAfterExit: int(0),
    recordsYearsAfterFundingYear: int(0),
    applicantsMonthsAfterDecision: int(0),
  }),
  customerTypes: optional(array(str)),
  bookingGraceDays: optional(int(0)),
  workKinds: optional(object({ holz: optional(array(str)), kueche: optional(array(str)), gestaltung: optional(array(str)) })),
});

const person = object({
  id: nonEmpty,
  name: str,
  birthDate: nullable(isoDate),
  phone: str,
  email: str,
  address: str,
  addictionStatus: oneOf(['dependent', 'substitution', 'abstinent', 'unknown']),
  jobcenterCustomerNo: str,
  referredBy: oneOf(REFERRAL_SOURCES),
  contactDate: isoDate,
  infoAppointment: nullable(isoDate),
  attended: bool,
  decision: nullable(object({ suitable: bool, by: str, date: isoDate })),
  priorPeriods: array(object({ from: isoDate, to: isoDate, provider: str })),
  purged: optional(bool),
  withdrawn: optional(nullable(isoDate)),
});

const capDecision = object({ text: str, decided: isoDate });

const assignment = object({
  id: nonEmpty,
  personId: nonEmpty,
  start: isoDate,
  until: isoDate,
  hoursPerWeek: int(1),
  areas: array(object({ from: isoDate, area }), 1),
  jobcenterRef: str,
  integrationOfficer: str,
  socialWorker: str,
  extensions: array(object({ until: isoDate, previousUntil: isoDate, reason: str, beyondCap: bool, recorded: isoDate, capDecision: optional(nullable(capDecision)) })),
  exit: nullable(object({ date: isoDate, reason: str, text: str })),
  capExtensionReason: str,
  capDecision: optional(nullable(capDecision)),
});

const goalStatus = oneOf(['achieved', 'partly', 'open', 'dropped']);

const customer = object({ id: nonEmpty, name: str, kind: oneOf(CUSTOMER_KINDS), type: str, address: str, contact: str, created: isoDate });

const order = object({
  id: nonEmpty,
  customerId: nonEmpty,
  area,
  title: str,
  kind: str,
  kindReason: str,
  received: isoDate,
  due: nullable(isoDate),
  materialCents: int(0),
  status: oneOf(ORDER_STATUSES),
  started: nullable(isoDate),
  done: nullable(isoDate),
  delivered: nullable(isoDate),
  cancelled: nullable(isoDate),
  participants: array(nonEmpty),
});

const groupOffer = object({
  id: nonEmpty,
  date: isoDate,
  topic: str,
  kind: oneOf(GROUP_KINDS),
  fromMinutes: int(0, 1440),
  toMinutes: int(0, 1440),
  ledBy: str,
  area: oneOf([...AREAS, 'all']),
  attendance: nullable(array(object({ participantId: nonEmpty, absence: nullable(oneOf(ABSENCE_CODES)) }))),
});

const mainFile = object({
  schemaVersion: literal(SCHEMA_VERSION),
  settings,
  people: array(person),
  assignments: array(assignment),
  goals: array(object({
    id: str, personId: str, text: str, due: nullable(isoDate), created: isoDate, status: goalStatus,
    reviews: array(object({ date: isoDate, status: goalStatus, comment: str })),
  })),
  notes: array(object({
    id: str, personId: str, date: isoDate, text: str, visibility: oneOf(['internal', 'jobcenter']), author: str,
  })),
  customers: optional(array(customer)),
  orders: optional(array(order)),
  groupOffers: optional(array(groupOffer)),
  counters: object({ person: int(), assignment: int(), goal: int(), note: int(), customer: optional(int()), order: optional(int()), groupOffer: optional(int()) }),
});

const booking = object({
  participantId: nonEmpty,
  date: isoDate,
  minutes: int(0),
  absence: nullable(oneOf(ABSENCE_CODES)),
  forced: bool,
});

const bookingYearFile = object({ schemaVersion: literal(SCHEMA_VERSION), year: int(), bookings: array(booking) });

/** A kind of store file: a quick check for the usual case, and the zod schema for a precise message. */
export interface FileCheck {
  quick(data: unknown): boolean;
  schema(): Promise<z.ZodType>;
}

export const MAIN_FILE_CHECK: FileCheck = {
  quick: mainFile,
  schema: async () => (await import('./schema.js')).mainSchema,
};

export const BOOKING_YEAR_CHECK: FileCheck = {
  quick: bookingYearFile,
  schema: async () => (await import('./schema.js')).bookingYearSchema,
};

export const SETTINGS_CHECK: FileCheck = {
  quick: settings,
  schema: async () => (await import('./schema.js')).settingsSchema,
};
