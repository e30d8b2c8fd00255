// The store's schema (schema.ts) checked without zod. Loading zod costs about 0.12 s, and checking a
// 20-year main file with it about 0.09 s more — on every command. These plain checks accept exactly
// what schema.ts accepts (test/store/quick-check.test.ts compares them on thousands of altered
// records); only a file they reject is handed to zod, loaded then, for its precise message.
// Keep the two in step: a field added to schema.ts is added here too.
import type { z } from 'zod';
import { isMonthDay, isValidIso } from '../model/dates.js';
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

/** Schema 3 keeps people whose stay ended long ago in archive.json (an older insat must not read the main file alone). */
export const SCHEMA_VERSION = 3;
/** Schema 2 brought month files; they have not changed since, and keep this version. */
export const MONTH_LAYOUT_SCHEMA_VERSION = 2;
/** Schema 1 kept bookings in one file per year; its main file is the same as schema 2's (read, then migrated). */
export const YEAR_LAYOUT_SCHEMA_VERSION = 1;
export const MAIN_SCHEMA_VERSIONS = [YEAR_LAYOUT_SCHEMA_VERSION, MONTH_LAYOUT_SCHEMA_VERSION, SCHEMA_VERSION] as const;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * The longest text each field may hold — the same bounds the commands put on input, so that a
 * hand-edited file with a 50 MB name is refused on load instead of exhausting memory later.
 */
export const TEXT_LIMITS = {
  /** Any text without a bound of its own (ids, codes, note texts). */
  default: 2000,
  name: 200,
  phone: 50,
  email: 200,
  address: 300,
  jobcenterCustomerNo: 50,
  decisionBy: 200,
  priorProvider: 200,
  contact: 200,
  staff: 100,
  jobcenterRef: 100,
  integrationOfficer: 200,
  socialWorker: 200,
  instructor: 200,
  capExtensionReason: 500,
  extensionReason: 500,
  exitText: 500,
  goalText: 500,
  reviewComment: 1000,
  noteAuthor: 100,
  certificationNote: 500,
} as const;

/** Records with a key that must be unique in their file: the collection and how a record's key reads. */
export const UNIQUE_KEYS = {
  people: (r: { id: string }) => r.id,
  assignments: (r: { id: string }) => r.id,
  goals: (r: { id: string }) => r.id,
  notes: (r: { id: string }) => r.id,
  customers: (r: { id: string }) => r.id,
  orders: (r: { id: string }) => r.id,
  groupOffers: (r: { id: string }) => r.id,
  certifications: (r: { id: string }) => r.id,
  staff: (r: { id: string }) => r.id,
} as const;
export const bookingKeyOf = (b: { participantId: string; date: string }) => `${b.participantId} on ${b.date}`;

/** The index of the first record whose key another record before it has, or -1. */
export function firstDuplicate<T>(records: readonly T[], key: (r: T) => string): number {
  const seen = new Set<string>();
  for (let i = 0; i < records.length; i++) {
    const k = key(records[i]!);
    if (seen.has(k)) return i;
    seen.add(k);
  }
  return -1;
}

type Check = (v: unknown) => boolean;
type Obj = Record<string, unknown>;

const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const text =
  (max: number = TEXT_LIMITS.default): Check =>
  (v) =>
    typeof v === 'string' && v.length <= max;
const str: Check = text();
const nonEmpty: Check = (v) => typeof v === 'string' && v.length > 0 && v.length <= TEXT_LIMITS.default;
const bool: Check = (v) => typeof v === 'boolean';
const int =
  (min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER): Check =>
  (v) =>
    typeof v === 'number' && Number.isSafeInteger(v) && v >= min && v <= max;
const num =
  (min: number): Check =>
  (v) =>
    typeof v === 'number' && Number.isFinite(v) && v >= min;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isoDate: Check = (v) => typeof v === 'string' && DATE.test(v) && isValidIso(v);
const oneOf = (values: readonly string[]): Check => {
  const set = new Set(values);
  return (v) => typeof v === 'string' && set.has(v);
};
const literal =
  (x: unknown): Check =>
  (v) =>
    v === x;
const nullable =
  (c: Check): Check =>
  (v) =>
    v === null || c(v);
const optional =
  (c: Check): Check =>
  (v) =>
    v === undefined || c(v);
const array =
  (c: Check, min = 0): Check =>
  (v) => {
    if (!Array.isArray(v) || v.length < min) return false;
    for (let i = 0; i < v.length; i++) if (!c(v[i])) return false;
    return true;
  };
/** An object with these keys and no others (a key the store does not know, say "diagnosis", is refused). */
const object = (shape: Record<string, Check>): Check => {
  const keys = Object.keys(shape);
  const checks = keys.map((k) => shape[k]!);
  const known = new Set(keys);
  return (v) => {
    if (!isObject(v)) return false;
    for (let i = 0; i < keys.length; i++) if (!checks[i]!(v[keys[i]!])) return false;
    for (const k in v) if (!known.has(k)) return false;
    return true;
  };
};
const unique =
  <T>(c: Check, key: (r: T) => string): Check =>
  (v) =>
    c(v) && firstDuplicate(v as T[], key) < 0;
const record =
  (c: Check): Check =>
  (v) =>
    isObject(v) && Object.values(v).every(c);

const area = oneOf(AREAS);
const areaCounts = object({ holz: int(0), kueche: int(0), gestaltung: int(0) });
const contactText = text(TEXT_LIMITS.contact);
const contactShape = {
  name: contactText,
  street: contactText,
  city: contactText,
  phone: contactText,
  email: contactText,
  contactPerson: contactText,
};

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
  provider: object({ ...contactShape, measureName: contactText, measureNumber: contactText }),
  jobcenter: object(contactShape),
  staff: optional(
    object({
      instructors: object({
        holz: array(text(TEXT_LIMITS.staff)),
        kueche: array(text(TEXT_LIMITS.staff)),
        gestaltung: array(text(TEXT_LIMITS.staff)),
      }),
      socialWorkers: array(text(TEXT_LIMITS.staff)),
    }),
  ),
  caseloadTarget: optional(int(1)),
  flatRatesPerSeatMonth: record(int(0)),
  retention: object({
    notesYearsAfterExit: int(0),
    recordsYearsAfterFundingYear: int(0),
    applicantsMonthsAfterDecision: int(0),
  }),
  customerTypes: optional(array(str)),
  bookingGraceDays: optional(int(0)),
  language: optional(oneOf(['de', 'en'])),
  due: optional(
    object({
      assignmentEndWeeks: optional(int(0)),
      progressReportMonths: optional(int(1)),
      absenceReportDay: optional(int(1, 28)),
      applicationDeadline: optional((v) => typeof v === 'string' && isMonthDay(v)),
      applicantDays: optional(int(1)),
    }),
  ),
  absenceReportLayout: optional(oneOf(ABSENCE_REPORT_LAYOUTS)),
  workKinds: optional(
    object({ holz: optional(array(str)), kueche: optional(array(str)), gestaltung: optional(array(str)) }),
  ),
  workKindLists: optional(array(object({ from: isoDate, area, kinds: array(str, 1) }))),
});

const person = object({
  id: nonEmpty,
  name: text(TEXT_LIMITS.name),
  birthDate: nullable(isoDate),
  phone: text(TEXT_LIMITS.phone),
  email: text(TEXT_LIMITS.email),
  address: text(TEXT_LIMITS.address),
  addictionStatus: oneOf(['dependent', 'substitution', 'abstinent', 'unknown']),
  jobcenterCustomerNo: text(TEXT_LIMITS.jobcenterCustomerNo),
  referredBy: oneOf(REFERRAL_SOURCES),
  contactDate: isoDate,
  infoAppointment: nullable(isoDate),
  attended: bool,
  decision: nullable(object({ suitable: bool, by: text(TEXT_LIMITS.decisionBy), date: isoDate })),
  priorPeriods: array(object({ from: isoDate, to: isoDate, provider: text(TEXT_LIMITS.priorProvider) })),
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
  weekdayMinutes: optional((v) => array(int(0, 1440))(v) && (v as unknown[]).length === 5),
  hoursChanges: optional(array(object({ from: isoDate, hoursPerWeek: int(1) }))),
  areas: array(object({ from: isoDate, area }), 1),
  jobcenterRef: text(TEXT_LIMITS.jobcenterRef),
  integrationOfficer: text(TEXT_LIMITS.integrationOfficer),
  socialWorker: text(TEXT_LIMITS.socialWorker),
  instructor: optional(text(TEXT_LIMITS.instructor)),
  socialWorkerId: optional(nullable(nonEmpty)),
  socialWorkerChanges: optional(array(object({ from: isoDate, socialWorkerId: nonEmpty }))),
  instructorId: optional(nullable(nonEmpty)),
  extensions: array(
    object({
      until: isoDate,
      previousUntil: isoDate,
      reason: text(TEXT_LIMITS.extensionReason),
      beyondCap: bool,
      recorded: isoDate,
      capDecision: optional(nullable(capDecision)),
    }),
  ),
  exit: nullable(object({ date: isoDate, reason: str, text: text(TEXT_LIMITS.exitText) })),
  capExtensionReason: text(TEXT_LIMITS.capExtensionReason),
  capDecision: optional(nullable(capDecision)),
});

const goalStatus = oneOf(['achieved', 'partly', 'open', 'dropped']);

const customer = object({
  id: nonEmpty,
  name: str,
  kind: oneOf(CUSTOMER_KINDS),
  type: str,
  address: str,
  contact: str,
  created: isoDate,
});

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

const certification = object({
  id: nonEmpty,
  kind: oneOf(CERTIFICATION_KINDS),
  due: nullable(isoDate),
  everyMonths: nullable(int(1, 120)),
  note: text(TEXT_LIMITS.certificationNote),
  done: array(object({ due: isoDate, date: isoDate })),
  created: isoDate,
});

const staffMember = object({
  id: nonEmpty,
  name: text(TEXT_LIMITS.staff),
  role: oneOf(STAFF_ROLES),
  area: nullable(area),
  from: isoDate,
  left: nullable(isoDate),
});

const goals = unique(
  array(
    object({
      id: str,
      personId: str,
      text: text(TEXT_LIMITS.goalText),
      due: nullable(isoDate),
      created: isoDate,
      status: goalStatus,
      reviews: array(object({ date: isoDate, status: goalStatus, comment: text(TEXT_LIMITS.reviewComment) })),
    }),
  ),
  UNIQUE_KEYS.goals,
);

const notes = unique(
  array(
    object({
      id: str,
      personId: str,
      date: isoDate,
      text: str,
      visibility: oneOf(['internal', 'jobcenter']),
      author: text(TEXT_LIMITS.noteAuthor),
    }),
  ),
  UNIQUE_KEYS.notes,
);

const mainFile = object({
  schemaVersion: (v: unknown) => (MAIN_SCHEMA_VERSIONS as readonly unknown[]).includes(v),
  archive: optional(object({ before: isoDate })),
  settings,
  people: unique(array(person), UNIQUE_KEYS.people),
  assignments: unique(array(assignment), UNIQUE_KEYS.assignments),
  goals,
  notes,
  customers: optional(unique(array(customer), UNIQUE_KEYS.customers)),
  orders: optional(unique(array(order), UNIQUE_KEYS.orders)),
  groupOffers: optional(unique(array(groupOffer), UNIQUE_KEYS.groupOffers)),
  certifications: optional(unique(array(certification), UNIQUE_KEYS.certifications)),
  staff: optional(unique(array(staffMember), UNIQUE_KEYS.staff)),
  counters: object({
    person: int(),
    assignment: int(),
    goal: int(),
    note: int(),
    customer: optional(int()),
    order: optional(int()),
    groupOffer: optional(int()),
    certification: optional(int()),
    staff: optional(int()),
  }),
});

const booking = object({
  participantId: nonEmpty,
  date: isoDate,
  minutes: int(0),
  absence: nullable(oneOf(ABSENCE_CODES)),
  forced: bool,
});

/** archive.json: the people whose stay ended long ago, with their assignments, goals and notes. */
const archiveFile = object({
  schemaVersion: literal(SCHEMA_VERSION),
  people: unique(array(person), UNIQUE_KEYS.people),
  assignments: unique(array(assignment), UNIQUE_KEYS.assignments),
  goals,
  notes,
});

const bookingMonthFile = object({
  schemaVersion: literal(MONTH_LAYOUT_SCHEMA_VERSION),
  month: (v) => typeof v === 'string' && MONTH.test(v),
  bookings: unique(array(booking), bookingKeyOf),
});

const bookingYearFile = object({
  schemaVersion: literal(YEAR_LAYOUT_SCHEMA_VERSION),
  year: int(),
  bookings: unique(array(booking), bookingKeyOf),
});

/** The zod schemas, loaded only to word a precise message, in the run's language. */
async function zodSchemas(): Promise<typeof import('./schema.js')> {
  const schemas = await import('./schema.js');
  schemas.zodSpeaksActiveLanguage();
  return schemas;
}

/** A kind of store file: a quick check for the usual case, and the zod schema for a precise message. */
export interface FileCheck {
  quick(data: unknown): boolean;
  schema(): Promise<z.ZodType>;
}

export const MAIN_FILE_CHECK: FileCheck = {
  quick: mainFile,
  schema: async () => (await zodSchemas()).mainSchema,
};

export const ARCHIVE_FILE_CHECK: FileCheck = {
  quick: archiveFile,
  schema: async () => (await zodSchemas()).archiveSchema,
};

export const BOOKING_MONTH_CHECK: FileCheck = {
  quick: bookingMonthFile,
  schema: async () => (await zodSchemas()).bookingMonthSchema,
};

/** A year file of a store from before month files (schema 1), read once to migrate it. */
export const BOOKING_YEAR_CHECK: FileCheck = {
  quick: bookingYearFile,
  schema: async () => (await zodSchemas()).bookingYearSchema,
};

export const SETTINGS_CHECK: FileCheck = {
  quick: settings,
  schema: async () => (await zodSchemas()).settingsSchema,
};
