// The domain's records, as they are stored. Plain data only: the store validates them (zod) and
// the rules in this folder read them.
import type { IsoDate } from './dates.js';
import type { Cents } from './money.js';
import type { Minutes } from './durations.js';

export const AREAS = ['holz', 'kueche', 'gestaltung'] as const;
export type Area = (typeof AREAS)[number];
export const AREA_LABELS: Record<Area, string> = { holz: 'Holz', kueche: 'Küche', gestaltung: 'Gestaltung' };

export const ABSENCE_CODES = ['sick', 'sick-certified', 'excused', 'holiday', 'unexcused', 'closed'] as const;
export type AbsenceCode = (typeof ABSENCE_CODES)[number];

export const REFERRAL_SOURCES = ['self', 'jobcenter', 'krisenhilfe', 'counselling', 'other'] as const;
export type ReferralSource = (typeof REFERRAL_SOURCES)[number];

export const EXIT_GROUPS = ['regular', 'integration', 'further-support', 'other'] as const;
export type ExitGroup = (typeof EXIT_GROUPS)[number];

/** Seats valid from a day on (a dated setting: occupancy uses the plan valid on each day). */
export interface SeatPlan {
  from: IsoDate;
  total: number;
  areas: Record<Area, number>;
}

export interface RatePeriod {
  from: IsoDate;
  centsPerHour: Cents;
}

export interface ContactDetails {
  name: string;
  street: string;
  city: string;
  phone: string;
  email: string;
  contactPerson: string;
}

/** How `insat report absences` arranges the letter: a section per integration officer, or one list. */
export const ABSENCE_REPORT_LAYOUTS = ['per-officer', 'list'] as const;
export type AbsenceReportLayout = (typeof ABSENCE_REPORT_LAYOUTS)[number];

export interface Settings {
  seats: SeatPlan[];
  weeklyHours: { min: number; max: number };
  dailyMaxMinutes: Minutes;
  rates: RatePeriod[];
  closingDays: IsoDate[];
  leaveDaysPerFullMonth: number;
  aghCap: {
    months: number;
    extendedMonths: number;
    frameYears: number;
    countsFrom: IsoDate;
    warnMonthsAhead: number;
    /** Weeks before 24 or 36 months of AGH at which enrol, extend, show, check and reports warn (default 8). */
    warnWeeksAhead?: number;
  };
  provider: ContactDetails & { measureName: string; measureNumber: string };
  jobcenter: ContactDetails;
  /**
   * Legacy: staff names as free text, from before staff records. `insat staff migrate` turns them into
   * records and removes them; `insat check` warns while they are there.
   */
  staff?: { instructors: Record<Area, string[]>; socialWorkers: string[] };
  /** Participants one social worker cares for at most (`insat caseload`; default 17, about half the seats). */
  caseloadTarget?: number;
  /** Optional flat rates per seat and month for the application's cost plan (cents). */
  flatRatesPerSeatMonth: Record<string, Cents>;
  retention: {
    notesYearsAfterExit: number;
    recordsYearsAfterFundingYear: number;
    applicantsMonthsAfterDecision: number;
  };
  /** Customer types beyond data/customer-types.json. */
  customerTypes?: string[];
  /** The kinds of work an area listed in the application; data/work-areas.json gives the defaults. */
  workKinds?: Partial<Record<Area, string[]>>;
  /**
   * Later lists of an area's kinds of work (a new application's), each valid from its day on: an order
   * is judged by the list valid on the day it came in (`config set workKinds.<area> … --from D`).
   */
  workKindLists?: WorkKindList[];
  /** Working days a day may stay unbooked before `insat check` warns about it (default 5). */
  bookingGraceDays?: number;
  /** What people read (CLI.md "language"); a store without it speaks German. */
  language?: 'de' | 'en';
  /** Deadlines of `insat due` and `check` (model/due/settings.ts gives the defaults). */
  due?: DueSettings;
  /** Default 'per-officer'. */
  absenceReportLayout?: AbsenceReportLayout;
}

export interface WorkKindList {
  from: IsoDate;
  area: Area;
  kinds: string[];
}

export interface DueSettings {
  /** Weeks before an assignment ends by which the final report or extension request is due. */
  assignmentEndWeeks?: number;
  /** Months between progress reports, counted from the assignment's start. */
  progressReportMonths?: number;
  /** Day of the next month by which the monthly absence report is due. */
  absenceReportDay?: number;
  /** MM-DD: the yearly deadline of the annual application (for the next year). */
  applicationDeadline?: string;
  /** Days from first contact to the information appointment, and from it to the Jobcenter's decision. */
  applicantDays?: number;
}

export const CERTIFICATION_KINDS = ['concept', 'audit'] as const;
export type CertificationKind = (typeof CERTIFICATION_KINDS)[number];

/**
 * A certification date of the § 45 measure (AZAV): the concept renewed with a certification body
 * (every 3 years) or the annual audit. `due` is the next date; null once done and not recurring.
 */
export interface Certification {
  id: string;
  kind: CertificationKind;
  due: IsoDate | null;
  /** Recurs this many months after the date it was due (or done, when that was earlier); null: once. */
  everyMonths: number | null;
  note: string;
  /** What happened, oldest first. */
  done: { due: IsoDate; date: IsoDate }[];
  created: IsoDate;
}

/** An earlier AGH period of a person (elsewhere or here before insat); counts toward the cap. */
export interface PriorPeriod {
  from: IsoDate;
  to: IsoDate;
  provider: string;
}

export type ApplicantDecision = { suitable: boolean; by: string; date: IsoDate };

/**
 * A person from first contact on. The same id serves as applicant and, once enrolled, as
 * participant ("short stable ids").
 */
export interface Person {
  id: string;
  name: string;
  birthDate: IsoDate | null;
  phone: string;
  email: string;
  address: string;
  /** Category only (DOMAIN.md, Privacy) — never a diagnosis. */
  addictionStatus: 'dependent' | 'substitution' | 'abstinent' | 'unknown';
  jobcenterCustomerNo: string;
  referredBy: ReferralSource;
  contactDate: IsoDate;
  infoAppointment: IsoDate | null;
  attended: boolean;
  decision: ApplicantDecision | null;
  priorPeriods: PriorPeriod[];
  /** Set by purge: the personal fields above have been erased. */
  purged?: boolean;
  withdrawn?: IsoDate | null;
}

export interface AreaSegment {
  from: IsoDate;
  area: Area;
}

/** The Jobcenter's decision that a person may stay beyond 24 months of AGH (§ 16d (6) SGB II). */
export interface CapDecision {
  text: string;
  decided: IsoDate;
}

export interface Extension {
  until: IsoDate;
  previousUntil: IsoDate;
  reason: string;
  /** The extension takes the person beyond 24 months of AGH (computed from the days). */
  beyondCap: boolean;
  recorded: IsoDate;
  /** The Jobcenter decision recorded with this extension (only when it crosses 24 months). */
  capDecision?: CapDecision | null;
}

export interface ExitRecord {
  date: IsoDate;
  reason: string;
  text: string;
}

/** Weekly hours valid from a day of the assignment on; bookings before it keep the hours before. */
/** A handover: the social worker (staff id) in charge from a day on. */
export interface SocialWorkerChange {
  from: IsoDate;
  socialWorkerId: string;
}

export interface HoursChange {
  from: IsoDate;
  hoursPerWeek: number;
}

/** The Jobcenter's assignment (Zuweisung) of a person to a seat. */
export interface Assignment {
  id: string;
  personId: string;
  start: IsoDate;
  until: IsoDate;
  /** Weekly hours from the start; `hoursChanges` holds later ones (read through `weeklyHoursOn`). */
  hoursPerWeek: number;
  /**
   * Planned minutes of Monday … Friday (the weekday distribution, model/weekday-pattern.ts); absent
   * in older stores and for the default: the weekly hours evenly over Monday to Friday.
   */
  weekdayMinutes?: Minutes[];
  /** Weekly hours valid from a day on, oldest first (`insat participant hours`); absent in older stores. */
  hoursChanges?: HoursChange[];
  /** Area history: the first segment starts at `start`; a move adds one. */
  areas: AreaSegment[];
  jobcenterRef: string;
  integrationOfficer: string;
  /** Legacy: the social worker's name as free text ('' once linked to a staff record). */
  socialWorker: string;
  /** The instructor (Anleiter/in) in charge; free text, absent in older stores. */
  instructor?: string;
  /** The staff record of the social worker in charge from the start (`insat staff`); later ones in `socialWorkerChanges`. */
  socialWorkerId?: string | null;
  /**
   * Handovers: the social worker in charge from a day on, oldest first (`participant edit
   * --social-worker S --from D`; read through `socialWorkerOn`); absent in older stores.
   */
  socialWorkerChanges?: SocialWorkerChange[];
  /** The staff record of the instructor in charge (an instructor of the assignment's area). */
  instructorId?: string | null;
  extensions: Extension[];
  exit: ExitRecord | null;
  /**
   * Legacy: older versions took a free text as the Jobcenter's decision to go beyond 24 months.
   * It no longer lifts the cap; `insat check` reports it until a decision is recorded.
   */
  capExtensionReason: string;
  /** The Jobcenter decision recorded at enrolment (only when the assignment crosses 24 months). */
  capDecision?: CapDecision | null;
}

export interface Booking {
  participantId: string;
  date: IsoDate;
  minutes: Minutes;
  absence: AbsenceCode | null;
  forced: boolean;
}

export type GoalStatus = 'achieved' | 'partly' | 'open' | 'dropped';

export interface Goal {
  id: string;
  personId: string;
  text: string;
  due: IsoDate | null;
  created: IsoDate;
  status: GoalStatus;
  reviews: { date: IsoDate; status: GoalStatus; comment: string }[];
}

export interface Note {
  id: string;
  personId: string;
  date: IsoDate;
  text: string;
  visibility: 'internal' | 'jobcenter';
  author: string;
}

export const CUSTOMER_KINDS = ['public', 'non-profit'] as const;
export type CustomerKind = (typeof CUSTOMER_KINDS)[number];

/** An organisation the areas work for (public or non-profit only, § 16d (2)–(4) SGB II). */
export interface Customer {
  id: string;
  name: string;
  kind: CustomerKind;
  type: string;
  address: string;
  contact: string;
  created: IsoDate;
}

export const ORDER_STATUSES = ['received', 'in-progress', 'done', 'delivered', 'cancelled'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

/** A customer's order to one work area. */
export interface Order {
  id: string;
  customerId: string;
  area: Area;
  title: string;
  /** One of the kinds of work the area listed; '' when not given. */
  kind: string;
  /** Why a kind the area did not list was accepted (`--force --reason`); '' otherwise. */
  kindReason: string;
  received: IsoDate;
  due: IsoDate | null;
  /** Material contribution paid by the customer: income in the cost plan. */
  materialCents: Cents;
  status: OrderStatus;
  started: IsoDate | null;
  done: IsoDate | null;
  delivered: IsoDate | null;
  cancelled: IsoDate | null;
  participants: string[];
}

export const GROUP_KINDS = ['lesson', 'group', 'excursion'] as const;
export type GroupKind = (typeof GROUP_KINDS)[number];

/** Who was at a group offer: present (absence null) or absent with a code. */
export interface GroupAttendance {
  participantId: string;
  absence: AbsenceCode | null;
}

/** A lesson, group offer or excursion of the § 45 activation measure — not AGH working time. */
export interface GroupOffer {
  id: string;
  date: IsoDate;
  topic: string;
  kind: GroupKind;
  /** Minutes after midnight. */
  fromMinutes: Minutes;
  toMinutes: Minutes;
  ledBy: string;
  area: Area | 'all';
  /** null until attendance is recorded. */
  attendance: GroupAttendance[] | null;
}

export const STAFF_ROLES = ['instructor', 'social-worker', 'admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** A member of the team: an instructor of one area, a social worker or an administrator. */
export interface StaffMember {
  id: string;
  name: string;
  role: StaffRole;
  /** The instructor's work area; null for the other roles. */
  area: Area | null;
  /** The first day in the team. */
  from: IsoDate;
  /** The last day in the team; null while they stay. */
  left: IsoDate | null;
}

/** Everything but the bookings (which live per year). */
export interface MainData {
  settings: Settings;
  people: Person[];
  assignments: Assignment[];
  goals: Goal[];
  notes: Note[];
  /** Stores written before customers, orders and group offers existed load them as empty. */
  customers: Customer[];
  orders: Order[];
  groupOffers: GroupOffer[];
  /** Stores written before certification records existed load them as empty. */
  certifications: Certification[];
  /** Stores written before staff records existed load them as empty. */
  staff: StaffMember[];
  counters: {
    person: number;
    assignment: number;
    goal: number;
    note: number;
    customer?: number;
    order?: number;
    groupOffer?: number;
    certification?: number;
    staff?: number;
  };
}
