// Hand-built stores for model tests: the programme defaults plus the people, assignments and
// bookings a test spells out.
import type { IsoDate } from '../../src/model/dates.js';
import type { AbsenceCode, Area, Assignment, Booking, MainData, Person } from '../../src/model/types.js';
import { emptyStore } from '../../src/store/defaults.js';

export function mainData(): MainData {
  return emptyStore();
}

export function person(id: string, over: Partial<Person> = {}): Person {
  return {
    id,
    name: `Person ${id}`,
    birthDate: '1980-01-01',
    phone: '',
    email: '',
    address: '',
    addictionStatus: 'unknown',
    jobcenterCustomerNo: '',
    referredBy: 'jobcenter',
    contactDate: '2020-01-01',
    infoAppointment: '2020-01-08',
    attended: true,
    decision: { suitable: true, by: 'Frau Schulte', date: '2020-01-15' },
    priorPeriods: [],
    ...over,
  };
}

export interface AssignmentSpec {
  exit?: { date: IsoDate; reason: string };
  /** Area moves after the start: [from, area]. */
  moves?: [IsoDate, Area][];
  hoursPerWeek?: number;
}

/** Adds a person with one assignment (id a-<personId>) and returns the assignment. */
export function enrol(
  data: MainData,
  personId: string,
  area: Area,
  start: IsoDate,
  until: IsoDate,
  spec: AssignmentSpec = {},
): Assignment {
  if (!data.people.some((p) => p.id === personId)) data.people.push(person(personId));
  const a: Assignment = {
    id: `a-${personId}-${data.assignments.length + 1}`,
    personId,
    start,
    until,
    hoursPerWeek: spec.hoursPerWeek ?? 20,
    areas: [{ from: start, area }, ...(spec.moves ?? []).map(([from, to]) => ({ from, area: to }))],
    jobcenterRef: '',
    integrationOfficer: '',
    socialWorker: '',
    extensions: [],
    exit: spec.exit ? { ...spec.exit, text: spec.exit.reason === 'other' ? 'details' : '' } : null,
    capExtensionReason: '',
  };
  data.assignments.push(a);
  return a;
}

export function worked(participantId: string, date: IsoDate, minutes: number, forced = false): Booking {
  return { participantId, date, minutes, absence: null, forced };
}

export function absent(participantId: string, date: IsoDate, absence: AbsenceCode): Booking {
  return { participantId, date, minutes: 0, absence, forced: false };
}
